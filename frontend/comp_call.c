/* comp_call.c - calls, arguments, conversions and built-in functions. */
#include "comp_internal.h"

#include "../vm/interp.h"

#include <string.h>

#define TT (c->tt)

static Node *unparen(Node *e)
{
    return ast_unparen(e);
}

static Type *dflt(Comp *c, Type *t)
{
    return t ? type_default(TT, t) : t;
}

/* Is fun a direct reference to a declared function (not a variable)? */
bool comp_is_static_func(Node *fun, Object **fobj)
{
    fun = unparen(fun);
    if (fun->kind == N_INDEX) fun = unparen(fun->u.index.x); /* F[int] */
    Object *o = NULL;
    if (fun->kind == N_IDENT) o = fun->u.ident.obj;
    else if (fun->kind == N_SELECTOR && fun->u.sel.selkind == SEL_QUALIFIED) o = fun->u.sel.obj;
    if (o && o->kind == OBJ_FUNC) {
        *fobj = o;
        return true;
    }
    return false;
}

/* Pushes n values of the elements already on the stack as a new slice. */
static void make_slice_of(Comp *c, Type *elem, int n)
{
    type_layout(TT, elem);
    vpop(c, n * tslots(c, elem));
    safepoint(c);
    emit_op(c, OP_MKSLICE);
    emit_ptr(c, elem);
    emit_arg(c, n);
    vpush(c, true);
    vpush(c, false);
    vpush(c, false);
}

/* Pushes the arguments of call e for signature sig; returns their slots. */
int comp_args(Comp *c, Node *e, Type *sig)
{
    NodeList *args = &e->u.call.args;
    int before = vdepth(c);
    int np = sig->nparams;
    if (args->len == 1 && args->items[0]->type && args->items[0]->type->kind == KIND_TUPLE) {
        /* f(g()): g's results become the arguments */
        Node *g = args->items[0];
        Type *tup = g->type;
        comp_call(c, g);
        bool need_conv = false;
        for (int i = 0; i < tup->nparams; i++) {
            Type *pt = (sig->variadic && i >= np - 1) ? type_under(sig->params[np - 1])->elem : sig->params[i];
            if (pt != tup->params[i]) need_conv = true;
        }
        if (!need_conv && !sig->variadic) return vdepth(c) - before;
        /* spill to temporaries, then push converted */
        int *slots = util_calloc(tup->nparams, sizeof(int));
        for (int i = tup->nparams - 1; i >= 0; i--) {
            int s = local_alloc(c, tup->params[i]);
            int n = tslots(c, tup->params[i]);
            if (n == 1) emit1(c, OP_ST, s);
            else if (n > 1) emit2(c, OP_STN, s, n);
            vpop(c, n);
            slots[i] = s;
        }
        int nfixed = sig->variadic ? np - 1 : np;
        for (int i = 0; i < tup->nparams; i++) {
            Type *from = tup->params[i];
            Type *pt = i < nfixed ? sig->params[i] : type_under(sig->params[np - 1])->elem;
            int n = tslots(c, from);
            if (n == 1) emit1(c, OP_LD, slots[i]);
            else if (n > 1) emit2(c, OP_LDN, slots[i], n);
            vpush_type(c, from);
            comp_convert_value(c, from, pt);
        }
        if (sig->variadic) {
            int extra = tup->nparams - nfixed;
            Type *elem = type_under(sig->params[np - 1])->elem;
            if (extra == 0) {
                emit1(c, OP_PUSHZ, 3);
                vpush(c, true);
                vpush_n(c, 2, false);
            } else {
                make_slice_of(c, elem, extra);
            }
        }
        free(slots);
        return vdepth(c) - before;
    }
    int nfixed = sig->variadic ? np - 1 : np;
    for (int i = 0; i < nfixed && i < args->len; i++) comp_expr_to(c, args->items[i], sig->params[i]);
    if (sig->variadic) {
        Type *st = sig->params[np - 1];
        if (e->u.call.has_dots) {
            comp_expr_to(c, args->items[args->len - 1], st);
        } else {
            int extra = args->len - nfixed;
            if (extra <= 0) {
                emit1(c, OP_PUSHZ, 3);
                vpush(c, true);
                vpush_n(c, 2, false);
            } else {
                Type *elem = type_under(st)->elem;
                for (int i = nfixed; i < args->len; i++) comp_expr_to(c, args->items[i], elem);
                make_slice_of(c, elem, extra);
            }
        }
    }
    return vdepth(c) - before;
}

static void push_results(Comp *c, Type *sig)
{
    for (int i = 0; i < sig->nresults; i++) vpush_type(c, sig->results[i]);
}

static int result_slots(Comp *c, Type *sig)
{
    int n = 0;
    for (int i = 0; i < sig->nresults; i++) n += tslots(c, sig->results[i]);
    return n;
}

static void receiver_and_call_method(Comp *c, Node *e, Node *sel)
{
    Object *m = sel->u.sel.obj;
    Type *sig = type_under(sel->type);
    if (!m) {
        /* interface method */
        comp_iface_recv(c, sel);
        Type *it = sel->u.sel.x->type;
        for (int i = 0; i < sel->u.sel.pathlen; i++) {
            Type *u = type_under(it);
            if (u->kind == KIND_POINTER) u = type_under(u->elem);
            it = u->fields[sel->u.sel.path[i]].type;
        }
        Type *iu = type_under(it);
        int idx = 0;
        for (int i = 0; i < iu->nimethods; i++)
            if (iu->imethods[i].name == sel->u.sel.sel->u.ident.name) idx = i;
        int nargs = comp_args(c, e, sig);
        vpop(c, nargs + 2);
        set_line(c, e->pos);
        emit2(c, OP_CALLI, idx, nargs);
        safepoint(c);
        push_results(c, sig);
        return;
    }
    Node *recv = m->decl->u.funcdecl.recv;
    bool ptr = ast_unparen(recv->u.field.type)->kind == N_STAR;
    comp_receiver(c, sel, ptr);
    Func *f = comp_func_of(c, m);
    int nrecv = tslots(c, m->finfo->recv->type);
    int nargs = comp_args(c, e, sig);
    vpop(c, nargs + nrecv);
    set_line(c, e->pos);
    emit_op(c, OP_CALL);
    emit_ptr(c, f);
    safepoint(c);
    push_results(c, sig);
}

/* The ATOMIC operand of a call of sync/atomic's integer functions
   (AddInt64, CompareAndSwapUint32, ...: natives otherwise), or -1. */
static int atomic_intrinsic(Object *fo)
{
    if (!fo->pkg || !fo->pkg->builtin_lib || fo->decl->u.funcdecl.body || strcmp(fo->pkg->path, "sync/atomic") != 0)
        return -1;
    static const struct {
        const char *name;
        int op;
    } ops[] = {{"Add", AT_ADD},   {"And", AT_AND},   {"Or", AT_OR},   {"Load", AT_LOAD},
               {"Store", AT_STORE}, {"Swap", AT_SWAP}, {"CompareAndSwap", AT_CAS}};
    static const struct {
        const char *name;
        int width;
    } widths[] = {{"Int32", AT_I32}, {"Uint32", AT_U32}, {"Int64", AT_W64}, {"Uint64", AT_W64}, {"Uintptr", AT_W64}};
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].name);
        if (strncmp(fo->name, ops[i].name, n) != 0) continue;
        for (size_t k = 0; k < sizeof widths / sizeof widths[0]; k++)
            if (strcmp(fo->name + n, widths[k].name) == 0) return ops[i].op << 2 | widths[k].width;
    }
    return -1;
}

void comp_call(Comp *c, Node *e)
{
    if (e->u.call.conversion) {
        Node *x = e->u.call.args.items[0];
        comp_expr(c, x);
        comp_convert_value(c, dflt(c, x->type), e->type);
        return;
    }
    if (e->u.call.builtin) {
        comp_builtin(c, e);
        return;
    }
    Node *fun = unparen(e->u.call.fun);
    Type *sig = type_under(fun->type);
    if (fun->kind == N_SELECTOR && fun->u.sel.selkind == SEL_METHOD) {
        receiver_and_call_method(c, e, fun);
        return;
    }
    Object *fo = NULL;
    if (comp_is_static_func(fun, &fo)) {
        int at = atomic_intrinsic(fo);
        if (at >= 0) {
            int nargs = comp_args(c, e, sig);
            vpop(c, nargs);
            set_line(c, e->pos);
            emit1(c, OP_ATOMIC, at);
            push_results(c, sig);
            return;
        }
        Func *f = comp_func_of(c, fo);
        int nargs = comp_args(c, e, sig);
        vpop(c, nargs);
        set_line(c, e->pos);
        emit_op(c, OP_CALL);
        emit_ptr(c, f);
        safepoint(c);
        push_results(c, sig);
        return;
    }
    comp_expr(c, fun);
    int nargs = comp_args(c, e, sig);
    vpop(c, nargs + 1);
    set_line(c, e->pos);
    emit1(c, OP_CALLC, nargs);
    safepoint(c);
    push_results(c, sig);
    UNUSED(result_slots);
}

/* ---- built-ins ---------------------------------------------------------------- */

static Node *arg(Node *e, int i)
{
    return e->u.call.args.items[i];
}

static void builtin_len_cap(Comp *c, Node *e, bool is_len)
{
    Node *x = arg(e, 0);
    Type *u = type_under(x->type);
    comp_expr(c, x);
    if (u->kind == KIND_POINTER) {
        /* len(p) of *array: constant unless p is evaluated for effects;
           the checker folded the pure cases */
        emit_pop(c, 1);
        emit_push_int(c, type_under(u->elem)->len);
        return;
    }
    switch (u->kind) {
    case KIND_STRING:
        vpop(c, 2);
        emit0(c, OP_SLEN);
        vpush(c, false);
        return;
    case KIND_SLICE:
        vpop(c, 3);
        emit0(c, is_len ? OP_SLICELEN : OP_SLICECAP);
        vpush(c, false);
        return;
    case KIND_MAP:
        vpop(c, 1);
        emit0(c, OP_MAPLEN);
        vpush(c, false);
        return;
    case KIND_CHAN:
        vpop(c, 1);
        emit0(c, is_len ? OP_CHANLEN : OP_CHANCAP);
        vpush(c, false);
        return;
    case KIND_ARRAY:
        emit_pop(c, tslots(c, x->type));
        emit_push_int(c, u->len);
        return;
    default:
        emit_pop(c, tslots(c, x->type));
        emit_push_int(c, 0);
        return;
    }
}

static void builtin_append(Comp *c, Node *e)
{
    Node *s = arg(e, 0);
    Type *st = s->type;
    Type *elem = type_under(st)->elem;
    type_layout(TT, elem);
    comp_expr(c, s);
    if (e->u.call.has_dots) {
        Node *x = arg(e, 1);
        if (type_is_string(type_under(x->type))) {
            comp_expr_to(c, x, TT->basic[KIND_STRING]);
            vpop(c, 5);
            safepoint(c);
            emit0(c, OP_APPENDSTR);
        } else {
            comp_expr_to(c, x, type_slice(TT, elem));
            vpop(c, 6);
            safepoint(c);
            emit_op(c, OP_APPENDSL);
            emit_ptr(c, elem);
        }
        vpush(c, true);
        vpush_n(c, 2, false);
        return;
    }
    int n = e->u.call.args.len - 1;
    for (int i = 1; i <= n; i++) comp_expr_to(c, arg(e, i), elem);
    vpop(c, 3 + n * tslots(c, elem));
    safepoint(c);
    emit_op(c, OP_APPEND);
    emit_ptr(c, elem);
    emit_arg(c, n);
    vpush(c, true);
    vpush_n(c, 2, false);
}

static void builtin_make(Comp *c, Node *e)
{
    Type *t = arg(e, 0)->type;
    Type *u = type_under(t);
    Type *it = TT->basic[KIND_INT];
    int n = e->u.call.args.len;
    switch (u->kind) {
    case KIND_SLICE:
        comp_expr_to(c, arg(e, 1), dflt(c, arg(e, 1)->type));
        comp_convert_value(c, dflt(c, arg(e, 1)->type), it);
        if (n > 2) {
            comp_expr_to(c, arg(e, 2), dflt(c, arg(e, 2)->type));
            comp_convert_value(c, dflt(c, arg(e, 2)->type), it);
        } else {
            emit0(c, OP_DUP);
            vpush(c, false);
        }
        type_layout(TT, u->elem);
        vpop(c, 2);
        safepoint(c);
        emit_op(c, OP_MAKESLICE);
        emit_ptr(c, u->elem);
        vpush(c, true);
        vpush_n(c, 2, false);
        return;
    case KIND_MAP:
        if (n > 1) {
            comp_expr_to(c, arg(e, 1), dflt(c, arg(e, 1)->type));
            comp_convert_value(c, dflt(c, arg(e, 1)->type), it);
        } else {
            emit_push_int(c, 0);
        }
        vpop(c, 1);
        safepoint(c);
        emit_op(c, OP_MAKEMAP);
        emit_ptr(c, u);
        vpush(c, true);
        return;
    default: /* channels */
        if (n > 1) {
            comp_expr_to(c, arg(e, 1), dflt(c, arg(e, 1)->type));
            comp_convert_value(c, dflt(c, arg(e, 1)->type), it);
        } else {
            emit_push_int(c, 0);
        }
        type_layout(TT, u->elem);
        vpop(c, 1);
        safepoint(c);
        emit_op(c, OP_MAKECHAN);
        emit_ptr(c, t);
        vpush(c, true);
        return;
    }
}

static void builtin_print(Comp *c, Node *e, bool ln)
{
    int n = e->u.call.args.len;
    for (int i = 0; i < n; i++) {
        Node *x = arg(e, i);
        Type *t = dflt(c, x->type);
        comp_expr_to(c, x, t);
        int flags = 0;
        if (ln && i > 0) flags |= 1;
        if (ln && i == n - 1) flags |= 2;
        vpop(c, tslots(c, t));
        emit_op(c, OP_PRINT);
        emit_ptr(c, t);
        emit_arg(c, flags);
    }
    if (ln && n == 0) emit0(c, OP_PRINTNL);
}

static void emit_fminmax(Comp *c, int acc, int cur, bool is_min);

static void builtin_minmax(Comp *c, Node *e, bool is_min)
{
    Type *t = dflt(c, e->type);
    Type *u = type_under(t);
    int n = e->u.call.args.len;
    int slots = tslots(c, t);
    /* keep the running result in a temporary; compare each argument */
    int acc = local_alloc(c, t);
    comp_expr_to(c, arg(e, 0), t);
    if (slots == 1) emit1(c, OP_ST, acc);
    else emit2(c, OP_STN, acc, slots);
    vpop(c, slots);
    for (int i = 1; i < n; i++) {
        int cur = local_alloc(c, t);
        comp_expr_to(c, arg(e, i), t);
        if (slots == 1) emit1(c, OP_ST, cur);
        else emit2(c, OP_STN, cur, slots);
        vpop(c, slots);
        Label *keep = label_new(c);
        if (type_is_float(u)) {
            /* NaN wins; then ordinary comparison (with -0 < +0) */
            emit_fminmax(c, acc, cur, is_min);
            continue;
        }
        /* if !(cur < acc) keep acc (for min) */
        if (slots == 1) emit1(c, OP_LD, cur);
        else emit2(c, OP_LDN, cur, slots);
        vpush_type(c, t);
        if (slots == 1) emit1(c, OP_LD, acc);
        else emit2(c, OP_LDN, acc, slots);
        vpush_type(c, t);
        Opcode o;
        if (type_is_string(u)) o = is_min ? OP_SLT : OP_SGT;
        else if (type_is_unsigned(u)) o = is_min ? OP_LTU : OP_GTU;
        else o = is_min ? OP_LT : OP_GT;
        vpop(c, 2 * slots);
        emit0(c, o);
        vpush(c, false);
        emit_jump(c, OP_JF, keep);
        if (slots == 1) emit1(c, OP_LD, cur);
        else emit2(c, OP_LDN, cur, slots);
        vpush_type(c, t);
        if (slots == 1) emit1(c, OP_ST, acc);
        else emit2(c, OP_STN, acc, slots);
        vpop(c, slots);
        label_bind(c, keep);
    }
    if (slots == 1) emit1(c, OP_LD, acc);
    else emit2(c, OP_LDN, acc, slots);
    vpush_type(c, t);
}

/* Float min/max: Go's rules (any NaN -> NaN; min(-0, +0) = -0), by a
   native on the two doubles acc and cur; the result goes back to acc. */
static void emit_fminmax(Comp *c, int acc, int cur, bool is_min)
{
    emit1(c, OP_LD, acc);
    emit1(c, OP_LD, cur);
    vpush_n(c, 2, false);
    vpop(c, 2);
    emit_op(c, OP_NATIVE);
    emit_ptr(c, (const void *)(is_min ? rt_native_fmin : rt_native_fmax));
    emit_arg(c, 2);
    emit_arg(c, 1);
    vpush(c, false);
    emit1(c, OP_ST, acc);
    vpop(c, 1);
}

void comp_builtin(Comp *c, Node *e)
{
    BuiltinId id = (BuiltinId)e->u.call.builtin;
    Type *it = TT->basic[KIND_INT];
    switch (id) {
    case BI_LEN: builtin_len_cap(c, e, true); return;
    case BI_CAP: builtin_len_cap(c, e, false); return;
    case BI_APPEND: builtin_append(c, e); return;
    case BI_MAKE: builtin_make(c, e); return;
    case BI_NEW: {
        comp_box_new(c, type_under(e->type)->elem);
        return;
    }
    case BI_COPY: {
        Node *d = arg(e, 0), *s = arg(e, 1);
        Type *elem = type_under(d->type)->elem;
        type_layout(TT, elem);
        comp_expr(c, d);
        if (type_is_string(type_under(s->type))) {
            comp_expr_to(c, s, TT->basic[KIND_STRING]);
            vpop(c, 5);
            emit0(c, OP_COPYSTR);
        } else {
            comp_expr(c, s);
            vpop(c, 6);
            emit_op(c, OP_COPY);
            emit_ptr(c, elem);
        }
        vpush(c, false);
        return;
    }
    case BI_DELETE: {
        Node *m = arg(e, 0);
        Type *mt = type_under(m->type);
        comp_expr(c, m);
        comp_expr_to(c, arg(e, 1), mt->key);
        vpop(c, 1 + tslots(c, mt->key));
        emit_op(c, OP_MAPDEL);
        emit_ptr(c, mt);
        return;
    }
    case BI_CLEAR: {
        Node *x = arg(e, 0);
        Type *u = type_under(x->type);
        comp_expr(c, x);
        if (u->kind == KIND_MAP) {
            vpop(c, 1);
            emit_op(c, OP_MAPCLEAR);
            emit_ptr(c, u);
        } else {
            type_layout(TT, u->elem);
            vpop(c, 3);
            emit_op(c, OP_CLEARSL);
            emit_ptr(c, u->elem);
        }
        return;
    }
    case BI_PANIC:
        comp_expr_to(c, arg(e, 0), TT->any_type);
        vpop(c, 2);
        set_line(c, e->pos);
        emit0(c, OP_PANIC);
        safepoint(c);
        return;
    case BI_RECOVER:
        emit0(c, OP_RECOVER);
        vpush(c, false);
        vpush(c, true);
        return;
    case BI_PRINT: builtin_print(c, e, false); return;
    case BI_PRINTLN: builtin_print(c, e, true); return;
    case BI_COMPLEX: {
        Type *ft = type_under(e->type)->kind == KIND_COMPLEX64 ? TT->basic[KIND_FLOAT32] : TT->basic[KIND_FLOAT64];
        comp_expr_to(c, arg(e, 0), ft);
        comp_expr_to(c, arg(e, 1), ft);
        return;
    }
    case BI_REAL:
    case BI_IMAG: {
        Node *x = arg(e, 0);
        comp_expr(c, x);
        if (id == BI_REAL) {
            emit_pop(c, 1);
        } else {
            emit0(c, OP_SWAP);
            emit_pop(c, 1);
        }
        return;
    }
    case BI_MIN: builtin_minmax(c, e, true); return;
    case BI_MAX: builtin_minmax(c, e, false); return;
    case BI_CLOSE:
        comp_expr(c, arg(e, 0));
        vpop(c, 1);
        emit0(c, OP_CLOSE);
        return;
    default:
        /* channels and unsafe extras: evaluate arguments for effects */
        for (int i = 0; i < e->u.call.args.len; i++) {
            Node *x = arg(e, i);
            if (x->mode == MODE_TYPE) continue;
            comp_expr(c, x);
            emit_pop(c, tslots(c, dflt(c, x->type)));
        }
        if (e->type) comp_zero(c, e->type);
        UNUSED(it);
        return;
    }
}
