/* ops.h - helpers behind the interpreter's bigger instructions (ops.c). */
#ifndef GOVM_OPS_H
#define GOVM_OPS_H

#include "interp.h"

Slot *op_box(G *g, Type *t, void *tab, Slot *sp);
Slot *op_assert(G *g, Type *t, Type *src, bool commaok, Slot *sp);
Slot *op_asserti(G *g, Type *t, Type *src, bool commaok, Slot *sp);
Slot *op_i2i(G *g, Type *t, Slot *sp);
bool op_typeimpl(G *g, Type *t, bool empty, Iface v);
Slot *op_unbox(Type *t, bool empty, Slot *sp);
int op_ifaceeq(G *g, Iface a, Iface b, bool empty);
int op_blockeq(G *g, Type *t, const Slot *a, const Slot *b);

Slot *op_concat(G *g, int n, Slot *sp);
Slot *op_sslice(G *g, int flags, Slot *sp);

Slot *op_reslice(G *g, int64_t esize, int flags, Slot *sp);
Slot *op_makeslice(G *g, Type *elem, Slot *sp);
Slot *op_append(G *g, Type *elem, int n, Slot *sp);
Slot *op_mkslice(G *g, Type *elem, int n, Slot *sp);
Slot *op_appendslice(G *g, Type *elem, Slot *sp);
Slot *op_appendstr(G *g, Type *bytet, Slot *sp);
Slot *op_copy(G *g, Type *elem, bool fromstr, Slot *sp); /* elem NULL: bytes from a string */
Slot *op_sl2arr(G *g, int64_t n, Slot *sp);

Slot *op_mapget(G *g, Type *mt, bool commaok, Slot *sp);
Slot *op_mapset(G *g, Type *mt, Slot *sp);
Slot *op_mapdel(G *g, Type *mt, Slot *sp);
bool op_mapnext(Type *mt, Slot *fr);

/* builtin print (runtime/print.c) */
void rt_print_value(G *g, Type *t, const Slot *v, int flags);

#endif
