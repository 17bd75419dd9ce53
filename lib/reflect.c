/* reflect.c - natives of package reflect: type descriptors and memory.
 *
 * lib/go/reflect is Go code over these natives. A type descriptor is a
 * Type* (canonical, so pointer identity is type identity); a value is
 * addressed by a pointer to its memory form. Interfaces follow vm.h: tab is
 * the Type* for empty interfaces and an Itab* otherwise; data is the value
 * itself for pointer-shaped types (TF_DIRECTIFACE), else a pointer to an
 * immutable heap copy.
 *
 * Values handed to Go code always live in memory: unpacking an interface
 * holding a pointer-shaped value boxes the word in a fresh 8-byte cell.
 *
 * Copies are plain memcpy into freshly allocated objects or into memory
 * the Go code designates; when the collector gains a write barrier, the
 * stores in copy_value must go through it.
 */
#include "lib_int.h"

#include <string.h>

#include "frontend/ast.h" /* CHAN_BOTH, CHAN_SEND, CHAN_RECV */
#include "runtime/heap.h"
#include "vm/interp.h"
#include "runtime/map.h"
#include "runtime/panic.h"

static Type *under(Type *t) { return type_under(t); }
static Type *complete(G *g, Type *t);
static bool direct_iface(const Type *t) { return (t->flags & TF_DIRECTIFACE) != 0; }
static Type *elem_for_gc(Type *t) { return (t->flags & TF_HASPTR) ? t : NULL; }

static void put_string(G *g, Slot *res, const char *s)
{
    GoString gs = {NULL, 0};
    if (s && *s) gs = lib_make_string(g, s, strlen(s));
    res[0].p = (void *)gs.ptr;
    res[1].i = gs.len;
}

static void copy_value(G *g, Type *t, void *dst, const void *src)
{
    if (!t->size) return;
    if (t->flags & TF_HASPTR) heap_wb(g, dst, src, t->size);
    memmove(dst, src, t->size);
}

/* A fresh heap copy of the value of type t at src. */
static void *new_copy(G *g, Type *t, const void *src)
{
    void *p = heap_alloc(g, t->size ? t->size : 1, elem_for_gc(t));
    copy_value(g, t, p, src);
    return p;
}

/* Memory holding the value an interface data word stands for. */
static void *data_memory(G *g, Type *dyn, void *data)
{
    if (!direct_iface(dyn)) return data;
    void **cell = heap_alloc(g, sizeof(void *), dyn);
    *cell = data;
    return cell;
}

/* The interface data word for the value of type t at p. */
static void *data_word(G *g, Type *t, const void *p)
{
    if (direct_iface(t)) return *(void *const *)p;
    return new_copy(g, t, p);
}

static Type *iface_dyn_type(Type *it, const Iface *v)
{
    if (!v->tab) return NULL;
    return under(it)->nimethods == 0 ? (Type *)v->tab : ((Itab *)v->tab)->type;
}

/* ---- interfaces and memory ---------------------------------------------- */

/* efaceType(i any) unsafe.Pointer: the tab word is the type. */
static void reflect_efaceType(G *g, Slot *args) { UNUSED(g); UNUSED(args); }

/* unpackEface(i any) (t, p unsafe.Pointer) */
static void reflect_unpackEface(G *g, Slot *args)
{
    Type *t = args[0].p;
    args[1].p = t ? data_memory(g, t, args[1].p) : NULL;
}

/* packEface(t, p unsafe.Pointer) any */
static void reflect_packEface(G *g, Slot *args)
{
    Type *t = args[0].p;
    args[1].p = data_word(g, t, args[1].p);
}

/* ifaceElem(t, p unsafe.Pointer) (et, ep unsafe.Pointer) */
static void reflect_ifaceElem(G *g, Slot *args)
{
    Type *it = args[0].p;
    const Iface *v = args[1].p;
    Type *dyn = iface_dyn_type(it, v);
    args[0].p = dyn;
    args[1].p = dyn ? data_memory(g, dyn, v->data) : NULL;
}

/* storeIface(t, dst, vt, src unsafe.Pointer): *dst = interface of type t
   holding the value of type vt at src. */
static void reflect_storeIface(G *g, Slot *args)
{
    Type *it = args[0].p, *vt = args[2].p;
    Iface *dst = args[1].p;
    void *tab = vt;
    if (under(it)->nimethods != 0) {
        tab = itab_find(g->vm, it, vt);
        if (!tab) {
            rt_panic_runtime(g, "reflect: %s does not implement %s", type_string(vt), type_string(it));
            return;
        }
    }
    void *data = data_word(g, vt, args[3].p);
    Iface v = {tab, data};
    heap_wb(g, dst, &v, sizeof v);
    *dst = v;
}

/* typedmemmove(t, dst, src unsafe.Pointer) */
static void reflect_typedmemmove(G *g, Slot *args)
{
    copy_value(g, args[0].p, args[1].p, args[2].p);
}

/* newObject(t unsafe.Pointer) unsafe.Pointer: a zero value in the heap. */
static void reflect_newObject(G *g, Slot *args)
{
    Type *t = args[0].p;
    args[0].p = heap_alloc(g, t->size ? t->size : 1, elem_for_gc(t));
}

/* valuesEqual(t, p, q unsafe.Pointer) bool */
static void reflect_valuesEqual(G *g, Slot *args)
{
    Type *t = args[0].p, *bad = NULL;
    int r = type_equal_ex(t, args[1].p, args[2].p, &bad);
    if (r < 0) {
        rt_panic_runtime(g, "comparing uncomparable type %s", type_string(bad ? bad : t));
        return;
    }
    args[0].i = r;
}

/* ---- types ------------------------------------------------------------------ */

static void reflect_typeKind(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = ((Type *)args[0].p)->kind;
}

static void reflect_typeString(G *g, Slot *args) { put_string(g, args, type_string(args[0].p)); }

/* Name: the defined type's name, "" for unnamed types. */
static void reflect_typeName(G *g, Slot *args)
{
    Type *t = args[0].p;
    put_string(g, args, type_is_named(t) ? t->name : NULL);
}

static void reflect_typePkgPath(G *g, Slot *args)
{
    Type *t = args[0].p;
    put_string(g, args, type_is_named(t) && t->pkg ? package_head(t->pkg)->path : NULL);
}

static void reflect_typeSize(G *g, Slot *args)
{
    UNUSED(g);
    args[0].u = ((Type *)args[0].p)->size;
}

static void reflect_typeAlign(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = ((Type *)args[0].p)->align;
}

static void reflect_typeElem(G *g, Slot *args)
{
    UNUSED(g);
    args[0].p = under(args[0].p)->elem;
}

static void reflect_typeKey(G *g, Slot *args)
{
    UNUSED(g);
    args[0].p = under(args[0].p)->key;
}

static void reflect_typeLen(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = under(args[0].p)->len;
}

/* reflect.ChanDir: RecvDir 1, SendDir 2, BothDir 3. */
static void reflect_typeChanDir(G *g, Slot *args)
{
    UNUSED(g);
    int d = under(args[0].p)->dir;
    args[0].i = d == CHAN_BOTH ? 3 : d == CHAN_RECV ? 1 : 2;
}

static void reflect_typeNumField(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = under(args[0].p)->nfields;
}

/* typeField(t, i) (name string, ft unsafe.Pointer, offset uintptr,
   tag string, embedded bool, pkgpath string) */
static void reflect_typeField(G *g, Slot *args)
{
    Type *u = under(args[0].p);
    const Field *f = &u->fields[args[1].i];
    const char *pkg = NULL;
    if (!f->exported && f->pkg) pkg = package_head(f->pkg)->path;
    put_string(g, &args[0], f->name);
    args[2].p = f->type;
    args[3].u = f->offset;
    put_string(g, &args[4], f->tag);
    args[6].i = f->embedded;
    put_string(g, &args[7], pkg);
}

/* The methods reflect shows: an interface's methods, or the exported
   methods of a concrete type's method set (mtab, sorted exported first). */
static int visible_methods(VM *vm, Type *t, const Method **ms)
{
    Type *u = under(t);
    if (u->kind == KIND_INTERFACE) {
        *ms = u->imethods;
        return u->nimethods;
    }
    vm_method_table(vm, t);
    *ms = t->mtab;
    int n = 0;
    while (n < t->nmtab && type_name_exported(t->mtab[n].name)) n++;
    return n;
}

static void reflect_typeNumMethod(G *g, Slot *args)
{
    const Method *ms;
    args[0].i = visible_methods(g->vm, args[0].p, &ms);
}

/* typeMethod(t, i) (name, pkgpath string, mt unsafe.Pointer) */
static void reflect_typeMethod(G *g, Slot *args)
{
    Type *t = args[0].p;
    const Method *ms;
    visible_methods(g->vm, t, &ms);
    const Method *m = &ms[args[1].i];
    Type *mt = m->sig;
    if (under(t)->kind != KIND_INTERFACE) {
        /* a concrete type's method type takes the receiver first */
        Type **ps = util_malloc(sizeof(Type *) * (size_t)(mt->nparams + 1));
        ps[0] = t;
        for (int i = 0; i < mt->nparams; i++) ps[i + 1] = mt->params[i];
        pthread_mutex_lock(&g->vm->typelock);
        mt = complete(g, type_func(&g->vm->types, ps, mt->nparams + 1, mt->results, mt->nresults, mt->variadic));
        pthread_mutex_unlock(&g->vm->typelock);
        free(ps);
    }
    put_string(g, &args[0], m->name);
    put_string(g, &args[2], m->pkg ? package_head(m->pkg)->path : NULL);
    args[4].p = mt;
}

/* typeFuncCounts(t) (nin, nout int, variadic bool) */
static void reflect_typeFuncCounts(G *g, Slot *args)
{
    UNUSED(g);
    Type *u = under(args[0].p);
    args[0].i = u->nparams;
    args[1].i = u->nresults;
    args[2].i = u->variadic;
}

static void reflect_typeIn(G *g, Slot *args)
{
    UNUSED(g);
    args[0].p = under(args[0].p)->params[args[1].i];
}

static void reflect_typeOut(G *g, Slot *args)
{
    UNUSED(g);
    args[0].p = under(args[0].p)->results[args[1].i];
}

/* Finds method m (name and package identity) among ms[0..n). */
static const Method *find_method(const Method *ms, int n, const Method *m)
{
    for (int i = 0; i < n; i++)
        if (ms[i].name == m->name && (type_name_exported(m->name) || ms[i].pkg == m->pkg)) return &ms[i];
    return NULL;
}

static bool implements(VM *vm, Type *t, Type *iface)
{
    Type *iu = under(iface), *tu = under(t);
    if (tu->kind != KIND_INTERFACE) vm_method_table(vm, t);
    for (int i = 0; i < iu->nimethods; i++) {
        const Method *want = &iu->imethods[i], *have;
        if (tu->kind == KIND_INTERFACE) have = find_method(tu->imethods, tu->nimethods, want);
        else have = find_method(t->mtab, t->nmtab, want);
        if (!have || have->sig != want->sig) return false;
    }
    return true;
}

static void reflect_typeImplements(G *g, Slot *args)
{
    args[0].i = implements(g->vm, args[0].p, args[1].p);
}

/* Go's assignability for types (values of type v to variables of type t). */
static bool assignable(VM *vm, Type *v, Type *t)
{
    if (v == t) return true;
    Type *vu = under(v), *tu = under(t);
    if (tu->kind == KIND_INTERFACE) return implements(vm, v, t);
    if (vu == tu && (!type_is_named(v) || !type_is_named(t))) return true;
    if (vu->kind == KIND_CHAN && tu->kind == KIND_CHAN && vu->dir == CHAN_BOTH && vu->elem == tu->elem &&
        (!type_is_named(v) || !type_is_named(t)))
        return true;
    return false;
}

static void reflect_typeAssignableTo(G *g, Slot *args)
{
    args[0].i = assignable(g->vm, args[0].p, args[1].p);
}

static void reflect_typeComparable(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = (((Type *)args[0].p)->flags & TF_COMPARABLE) != 0;
}

/* Derived types are made in the VM's type table (as the compiler does). */
static Type *complete(G *g, Type *t)
{
    if (!(t->flags & TF_COMPLETE)) type_layout(&g->vm->types, t);
    return t;
}

static void reflect_typePtrTo(G *g, Slot *args)
{
    pthread_mutex_lock(&g->vm->typelock);
    args[0].p = complete(g, type_pointer(&g->vm->types, args[0].p));
    pthread_mutex_unlock(&g->vm->typelock);
}

static void reflect_typeSliceOf(G *g, Slot *args)
{
    pthread_mutex_lock(&g->vm->typelock);
    args[0].p = complete(g, type_slice(&g->vm->types, args[0].p));
    pthread_mutex_unlock(&g->vm->typelock);
}

/* ---- maps and channels ----------------------------------------------------- */

/* mapLen(t, m unsafe.Pointer) int; m points to the map variable. */
static void reflect_mapLen(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = map_len(*(GoMap **)args[1].p);
}

/* mapAccess(t, m, key unsafe.Pointer) unsafe.Pointer: a copy of the value,
   or nil when the key is absent. */
static void reflect_mapAccess(G *g, Slot *args)
{
    Type *mt = args[0].p;
    void *v = map_access(g, mt, *(GoMap **)args[1].p, args[2].p);
    args[0].p = v ? new_copy(g, under(mt)->elem, v) : NULL;
}

/* mapIterStart(t, m unsafe.Pointer) unsafe.Pointer: a *MapIter. */
static void reflect_mapIterStart(G *g, Slot *args)
{
    args[0].p = map_iter_make(g, args[0].p, *(GoMap **)args[1].p);
}

static void reflect_mapIterNext(G *g, Slot *args)
{
    UNUSED(g);
    MapIter *it = args[0].p;
    void *k, *v;
    bool ok = map_iter_next(it, &k, &v);
    if (ok) {
        it->key = k;
        it->value = v;
    }
    args[0].i = ok;
}

/* mapIterKey(it) / mapIterValue(it): copies of the current entry. */
static void reflect_mapIterKey(G *g, Slot *args)
{
    MapIter *it = args[0].p;
    args[0].p = new_copy(g, it->ml->key, it->key);
}

static void reflect_mapIterValue(G *g, Slot *args)
{
    MapIter *it = args[0].p;
    args[0].p = new_copy(g, it->ml->elem, it->value);
}

/* chanLen/chanCap(c unsafe.Pointer) int: not yet wired to channels. */
static void reflect_chanLen(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = 0;
}

static void reflect_chanCap(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = 0;
}

const NativeDef lib_reflect_natives[] = {
    /* sorted by name (strcmp) */
    {"reflect.chanCap", reflect_chanCap},
    {"reflect.chanLen", reflect_chanLen},
    {"reflect.efaceType", reflect_efaceType},
    {"reflect.ifaceElem", reflect_ifaceElem},
    {"reflect.mapAccess", reflect_mapAccess},
    {"reflect.mapIterKey", reflect_mapIterKey},
    {"reflect.mapIterNext", reflect_mapIterNext},
    {"reflect.mapIterStart", reflect_mapIterStart},
    {"reflect.mapIterValue", reflect_mapIterValue},
    {"reflect.mapLen", reflect_mapLen},
    {"reflect.newObject", reflect_newObject},
    {"reflect.packEface", reflect_packEface},
    {"reflect.storeIface", reflect_storeIface},
    {"reflect.typeAlign", reflect_typeAlign},
    {"reflect.typeAssignableTo", reflect_typeAssignableTo},
    {"reflect.typeChanDir", reflect_typeChanDir},
    {"reflect.typeComparable", reflect_typeComparable},
    {"reflect.typeElem", reflect_typeElem},
    {"reflect.typeField", reflect_typeField},
    {"reflect.typeFuncCounts", reflect_typeFuncCounts},
    {"reflect.typeImplements", reflect_typeImplements},
    {"reflect.typeIn", reflect_typeIn},
    {"reflect.typeKey", reflect_typeKey},
    {"reflect.typeKind", reflect_typeKind},
    {"reflect.typeLen", reflect_typeLen},
    {"reflect.typeMethod", reflect_typeMethod},
    {"reflect.typeName", reflect_typeName},
    {"reflect.typeNumField", reflect_typeNumField},
    {"reflect.typeNumMethod", reflect_typeNumMethod},
    {"reflect.typeOut", reflect_typeOut},
    {"reflect.typePkgPath", reflect_typePkgPath},
    {"reflect.typePtrTo", reflect_typePtrTo},
    {"reflect.typeSize", reflect_typeSize},
    {"reflect.typeSliceOf", reflect_typeSliceOf},
    {"reflect.typeString", reflect_typeString},
    {"reflect.typedmemmove", reflect_typedmemmove},
    {"reflect.unpackEface", reflect_unpackEface},
    {"reflect.valuesEqual", reflect_valuesEqual},
};
const int lib_reflect_nnatives = ARRAY_LEN(lib_reflect_natives);
