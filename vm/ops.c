/* ops.c - the work behind instructions that do more than a few machine
 * operations: value forms, interfaces, strings, slices and maps.
 *
 * Each op_* function takes the goroutine and the operand stack top (sp,
 * one past the top slot), performs the instruction and returns the new sp.
 * On a Go panic it raises it (runtime/panic.h) and returns sp unchanged;
 * the interpreter checks g->raising after the call.
 */
#include "ops.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/heap.h"
#include "../runtime/map.h"
#include "../runtime/panic.h"
#include "../runtime/str.h"

/* ---- stack form <-> memory form --------------------------------------------- */

void val_to_mem(Type *t, void *dst, const Slot *src)
{
    switch (type_under(t)->kind) {
    case KIND_BOOL:
    case KIND_INT8:
    case KIND_UINT8: *(uint8_t *)dst = (uint8_t)src->u; return;
    case KIND_INT16:
    case KIND_UINT16: {
        uint16_t v = (uint16_t)src->u;
        memcpy(dst, &v, 2);
        return;
    }
    case KIND_INT32:
    case KIND_UINT32: {
        uint32_t v = (uint32_t)src->u;
        memcpy(dst, &v, 4);
        return;
    }
    case KIND_FLOAT32: {
        float f = (float)src->f;
        memcpy(dst, &f, 4);
        return;
    }
    case KIND_COMPLEX64: {
        float p[2] = {(float)src[0].f, (float)src[1].f};
        memcpy(dst, p, 8);
        return;
    }
    default: memcpy(dst, src, t->size); return;
    }
}

void val_to_stack(Type *t, Slot *dst, const void *src)
{
    switch (type_under(t)->kind) {
    case KIND_BOOL:
    case KIND_UINT8: dst->u = *(const uint8_t *)src; return;
    case KIND_INT8: dst->i = *(const int8_t *)src; return;
    case KIND_INT16: {
        int16_t v;
        memcpy(&v, src, 2);
        dst->i = v;
        return;
    }
    case KIND_UINT16: {
        uint16_t v;
        memcpy(&v, src, 2);
        dst->u = v;
        return;
    }
    case KIND_INT32: {
        int32_t v;
        memcpy(&v, src, 4);
        dst->i = v;
        return;
    }
    case KIND_UINT32: {
        uint32_t v;
        memcpy(&v, src, 4);
        dst->u = v;
        return;
    }
    case KIND_FLOAT32: {
        float f;
        memcpy(&f, src, 4);
        dst->f = f;
        return;
    }
    case KIND_COMPLEX64: {
        float p[2];
        memcpy(p, src, 8);
        dst[0].f = p[0];
        dst[1].f = p[1];
        return;
    }
    default: {
        size_t n = t->slots * 8;
        if (t->size < n) dst[t->slots - 1].u = 0;
        memcpy(dst, src, t->size);
        return;
    }
    }
}

/* Does a value's stack form equal its memory form (so a pointer to the
   slots can serve as a pointer to the value)? */
static bool same_form(Type *t)
{
    switch (type_under(t)->kind) {
    case KIND_BOOL: case KIND_INT8: case KIND_UINT8: case KIND_INT16: case KIND_UINT16:
    case KIND_INT32: case KIND_UINT32: case KIND_FLOAT32: case KIND_COMPLEX64:
        return false;
    default: return true;
    }
}

/* A value of zero size needs an address but no storage. */
static const uint64_t zerobase[2];

Iface val_box(G *g, Type *t, void *tab, const Slot *src)
{
    Iface r;
    r.tab = tab;
    if (t->flags & TF_DIRECTIFACE) {
        r.data = src[0].p;
        return r;
    }
    if (t->size == 0) {
        r.data = (void *)zerobase;
        return r;
    }
    void *p = heap_alloc(g, t->size, (t->flags & TF_HASPTR) ? t : NULL);
    if (t->flags & TF_HASPTR) heap_wb(g, NULL, src, t->size);
    val_to_mem(t, p, src);
    r.data = p;
    return r;
}

/* Unpacks an interface's data word into the stack form of t. */
static void val_unbox(Type *t, Slot *dst, void *data)
{
    if (t->flags & TF_DIRECTIFACE) {
        dst[0].p = data;
        return;
    }
    if (t->size == 0) return;
    val_to_stack(t, dst, data);
}

/* ---- interfaces -------------------------------------------------------------- */

Slot *op_box(G *g, Type *t, void *tab, Slot *sp)
{
    int n = (int)t->slots;
    Iface v = val_box(g, t, tab, sp - n);
    sp -= n;
    sp[0].p = v.tab;
    sp[1].p = v.data;
    return sp + 2;
}

static bool is_empty_iface(Type *t)
{
    Type *u = type_under(t);
    return u->kind == KIND_INTERFACE && u->nimethods == 0;
}

static void assert_fail(G *g, Type *src, Type *dyn, Type *want, const char *missing)
{
    const char *srcs = is_empty_iface(src) ? "interface {}" : type_string(src);
    if (type_under(want)->kind == KIND_INTERFACE) {
        if (!dyn) rt_panic_typeassert(g, "interface conversion: interface is nil, not %s", type_string(want));
        else
            rt_panic_typeassert(g, "interface conversion: %s is not %s: missing method %s", type_string(dyn),
                                type_string(want), missing ? missing : "?");
        return;
    }
    if (!dyn) rt_panic_typeassert(g, "interface conversion: %s is nil, not %s", srcs, type_string(want));
    else rt_panic_typeassert(g, "interface conversion: %s is %s, not %s", srcs, type_string(dyn), type_string(want));
}

/* x.(T) for a concrete T: pops the interface, pushes the value (and ok). */
Slot *op_assert(G *g, Type *t, Type *src, bool commaok, Slot *sp)
{
    Iface v = {sp[-2].p, sp[-1].p};
    sp -= 2;
    Type *dyn = iface_type(v, is_empty_iface(src));
    int n = (int)t->slots;
    if (dyn != t) {
        if (!commaok) {
            assert_fail(g, src, dyn, t, NULL);
            return sp + 2;
        }
        memset(sp, 0, sizeof(Slot) * (n + 1));
        return sp + n + 1;
    }
    val_unbox(t, sp, v.data);
    sp += n;
    if (commaok) (sp++)->u = 1;
    return sp;
}

/* x.(I) for an interface I. */
Slot *op_asserti(G *g, Type *t, Type *src, bool commaok, Slot *sp)
{
    Iface v = {sp[-2].p, sp[-1].p};
    Type *dyn = iface_type(v, is_empty_iface(src));
    void *tab = NULL;
    if (dyn) {
        if (is_empty_iface(t)) tab = dyn;
        else tab = itab_find(g->vm, t, dyn);
    }
    if (!tab) {
        if (!commaok) {
            assert_fail(g, src, dyn, t, dyn ? itab_missing(t, dyn) : NULL);
            return sp;
        }
        sp[-2].p = NULL;
        sp[-1].p = NULL;
        (sp++)->u = 0;
        return sp;
    }
    sp[-2].p = tab;
    if (commaok) (sp++)->u = 1;
    return sp;
}

Slot *op_i2i(G *g, Type *t, Slot *sp)
{
    Itab *it = sp[-2].p;
    if (it) {
        Type *dyn = it->type;
        sp[-2].p = is_empty_iface(t) ? (void *)dyn : (void *)itab_find(g->vm, t, dyn);
    }
    return sp;
}

bool op_typeimpl(G *g, Type *t, bool empty, Iface v)
{
    Type *dyn = iface_type(v, empty);
    if (!dyn) return false;
    if (is_empty_iface(t)) return true;
    return itab_find(g->vm, t, dyn) != NULL;
}

Slot *op_unbox(Type *t, bool empty, Slot *sp)
{
    UNUSED(empty);
    void *data = sp[-1].p;
    sp -= 2;
    val_unbox(t, sp, data);
    return sp + t->slots;
}

/* Interface equality; -1 after raising a panic. */
int op_ifaceeq(G *g, Iface a, Iface b, bool empty)
{
    Type *ta = iface_type(a, empty), *tb = iface_type(b, empty);
    if (ta != tb) return 0;
    if (!ta) return 1;
    if (!(ta->flags & TF_COMPARABLE)) {
        rt_panic_runtime(g, "comparing uncomparable type %s", type_string(ta));
        return -1;
    }
    if (ta->flags & TF_DIRECTIFACE) return a.data == b.data;
    Type *bad = NULL;
    int r = type_equal_ex(ta, a.data, b.data, &bad);
    if (r < 0) {
        rt_panic_runtime(g, "comparing uncomparable type %s", type_string(bad ? bad : ta));
        return -1;
    }
    return r;
}

/* == on structs and arrays (stack form is the memory form). */
int op_blockeq(G *g, Type *t, const Slot *a, const Slot *b)
{
    Type *bad = NULL;
    int r = type_equal_ex(t, a, b, &bad);
    if (r < 0) {
        rt_panic_runtime(g, "comparing uncomparable type %s", type_string(bad ? bad : t));
        return -1;
    }
    return r;
}

/* ---- strings ------------------------------------------------------------------- */

Slot *op_concat(G *g, int n, Slot *sp)
{
    GoString parts[16];
    GoString *ps = n <= 16 ? parts : util_calloc(n, sizeof(GoString));
    Slot *base = sp - 2 * n;
    for (int i = 0; i < n; i++) {
        ps[i].ptr = base[2 * i].p;
        ps[i].len = base[2 * i + 1].i;
    }
    GoString r = str_concat(g, ps, n);
    if (ps != parts) free(ps);
    base[0].p = (void *)r.ptr;
    base[1].i = r.len;
    return base + 2;
}

Slot *op_sslice(G *g, int flags, Slot *sp)
{
    int64_t hi = -1, lo = 0;
    if (flags & 2) hi = (--sp)->i;
    if (flags & 1) lo = (--sp)->i;
    const uint8_t *p = sp[-2].p;
    int64_t len = sp[-1].i;
    if (!(flags & 2)) hi = len;
    if ((uint64_t)hi > (uint64_t)len) {
        rt_panic_runtime(g, "slice bounds out of range [:%lld] with length %lld", (long long)hi, (long long)len);
        return sp;
    }
    if ((uint64_t)lo > (uint64_t)hi) {
        if (lo < 0) rt_panic_runtime(g, "slice bounds out of range [%lld:]", (long long)lo);
        else rt_panic_runtime(g, "slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
        return sp;
    }
    sp[-2].p = (void *)(hi - lo ? p + lo : p);
    sp[-1].i = hi - lo;
    return sp;
}

/* ---- slices -------------------------------------------------------------------- */

Slot *op_reslice(G *g, int64_t esize, int flags, Slot *sp)
{
    int64_t lo = 0, hi, max;
    int64_t vmax = 0, vhi = 0;
    if (flags & 4) vmax = (--sp)->i;
    if (flags & 2) vhi = (--sp)->i;
    if (flags & 1) lo = (--sp)->i;
    char *p = sp[-3].p;
    int64_t len = sp[-2].i, cap = sp[-1].i;
    bool array = flags & 8;
    max = (flags & 4) ? vmax : cap;
    hi = (flags & 2) ? vhi : len;
    const char *what = array ? "length" : "capacity";
    if (flags & 4) {
        if ((uint64_t)max > (uint64_t)cap) {
            rt_panic_runtime(g, "slice bounds out of range [::%lld] with %s %lld", (long long)max, what, (long long)cap);
            return sp;
        }
        if ((uint64_t)hi > (uint64_t)max) {
            rt_panic_runtime(g, "slice bounds out of range [:%lld:%lld]", (long long)hi, (long long)max);
            return sp;
        }
        if ((uint64_t)lo > (uint64_t)hi) {
            rt_panic_runtime(g, "slice bounds out of range [%lld:%lld:]", (long long)lo, (long long)hi);
            return sp;
        }
    } else {
        if ((uint64_t)hi > (uint64_t)cap) {
            rt_panic_runtime(g, "slice bounds out of range [:%lld] with %s %lld", (long long)hi, what, (long long)cap);
            return sp;
        }
        if ((uint64_t)lo > (uint64_t)hi) {
            if (lo < 0) rt_panic_runtime(g, "slice bounds out of range [%lld:]", (long long)lo);
            else rt_panic_runtime(g, "slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi);
            return sp;
        }
    }
    sp[-3].p = (max - lo) ? p + lo * esize : p;
    sp[-2].i = hi - lo;
    sp[-1].i = max - lo;
    return sp;
}

static int64_t max_elems(int64_t esize)
{
    const int64_t maxalloc = (int64_t)1 << 47;
    return esize ? maxalloc / esize : maxalloc;
}

Slot *op_makeslice(G *g, Type *elem, Slot *sp)
{
    int64_t cap = sp[-1].i, len = sp[-2].i;
    int64_t es = (int64_t)elem->size;
    if (len < 0 || len > max_elems(es)) {
        rt_panic_runtime(g, "makeslice: len out of range");
        return sp;
    }
    if (cap < len || cap > max_elems(es)) {
        rt_panic_runtime(g, "makeslice: cap out of range");
        return sp;
    }
    void *p = heap_alloc(g, (size_t)(cap * es), (elem->flags & TF_HASPTR) ? elem : NULL);
    sp[-2].p = p;
    sp[-1].i = len;
    sp[0].i = cap;
    return sp + 1;
}

/* Go's growslice: the new capacity for appending to a slice of cap old so
   that it holds at least need elements of size esize. */
static int64_t grow_cap(int64_t old, int64_t need, int64_t esize)
{
    int64_t newcap = old;
    int64_t dbl = old + old;
    if (need > dbl) {
        newcap = need;
    } else {
        const int64_t threshold = 256;
        if (old < threshold) {
            newcap = dbl;
        } else {
            while (newcap > 0 && newcap < need) newcap += (newcap + 3 * threshold) / 4;
            if (newcap <= 0) newcap = need;
        }
    }
    if (esize == 0) return newcap;
    size_t bytes = heap_roundupsize((size_t)(newcap * esize));
    return (int64_t)bytes / esize;
}

/* Ensures room for n more elements; returns the (possibly new) slice. */
static bool slice_grow(G *g, Type *elem, GoSlice *s, int64_t n)
{
    int64_t need = s->len + n;
    if (need <= s->cap) return true;
    int64_t es = (int64_t)elem->size;
    if (need < 0 || need > max_elems(es)) {
        rt_panic_runtime(g, "growslice: len out of range");
        return false;
    }
    int64_t ncap = grow_cap(s->cap, need, es);
    bool ptrs = (elem->flags & TF_HASPTR) != 0;
    size_t used = (size_t)(s->len * es), size = (size_t)(ncap * es);
    void *p;
    if (ptrs) {
        p = heap_alloc(g, size, elem);
        /* the old array may be dropped: what it held must not be lost */
        if (s->len) heap_wb(g, NULL, s->ptr, used);
    } else {
        /* as Go: only the part past the copied elements is cleared */
        p = heap_alloc_raw(g, size);
        memset((char *)p + used, 0, size - used);
    }
    if (s->len) memcpy(p, s->ptr, used);
    s->ptr = p;
    s->cap = ncap;
    return true;
}

/* append(s, v1..vn): the values (stack form) are above the slice. */
Slot *op_append(G *g, Type *elem, int n, Slot *sp)
{
    int vs = (int)elem->slots;
    Slot *vals = sp - n * vs;
    Slot *sl = vals - 3;
    GoSlice s = {sl[0].p, sl[1].i, sl[2].i};
    if (!slice_grow(g, elem, &s, n)) return sp;
    int64_t es = (int64_t)elem->size;
    if (elem->flags & TF_HASPTR) heap_wb(g, (char *)s.ptr + s.len * es, vals, (size_t)(n * es));
    for (int i = 0; i < n; i++) val_to_mem(elem, (char *)s.ptr + (s.len + i) * es, vals + i * vs);
    s.len += n;
    sl[0].p = s.ptr;
    sl[1].i = s.len;
    sl[2].i = s.cap;
    return sl + 3;
}

/* A new slice holding the n values on the stack (variadic arguments). */
Slot *op_mkslice(G *g, Type *elem, int n, Slot *sp)
{
    int vs = (int)elem->slots;
    Slot *vals = sp - n * vs;
    int64_t es = (int64_t)elem->size;
    void *p = heap_alloc(g, (size_t)(n * es), (elem->flags & TF_HASPTR) ? elem : NULL);
    if (elem->flags & TF_HASPTR) heap_wb(g, NULL, vals, (size_t)(n * es));
    for (int i = 0; i < n; i++) val_to_mem(elem, (char *)p + i * es, vals + i * vs);
    vals[0].p = p;
    vals[1].i = n;
    vals[2].i = n;
    return vals + 3;
}

Slot *op_appendslice(G *g, Type *elem, Slot *sp)
{
    Slot *sl = sp - 6;
    GoSlice s = {sl[0].p, sl[1].i, sl[2].i};
    void *src = sl[3].p;
    int64_t n = sl[4].i;
    if (n > 0) {
        if (!slice_grow(g, elem, &s, n)) return sp;
        size_t bytes = (size_t)(n * (int64_t)elem->size);
        if (elem->flags & TF_HASPTR) heap_wb(g, (char *)s.ptr + s.len * (int64_t)elem->size, src, bytes);
        memmove((char *)s.ptr + s.len * (int64_t)elem->size, src, bytes);
        s.len += n;
    }
    sl[0].p = s.ptr;
    sl[1].i = s.len;
    sl[2].i = s.cap;
    return sl + 3;
}

Slot *op_appendstr(G *g, Type *bytet, Slot *sp)
{
    Slot *sl = sp - 5;
    GoSlice s = {sl[0].p, sl[1].i, sl[2].i};
    const void *src = sl[3].p;
    int64_t n = sl[4].i;
    if (n > 0) {
        if (!slice_grow(g, bytet, &s, n)) return sp;
        memmove((char *)s.ptr + s.len, src, (size_t)n);
        s.len += n;
    }
    sl[0].p = s.ptr;
    sl[1].i = s.len;
    sl[2].i = s.cap;
    return sl + 3;
}

Slot *op_copy(G *g, Type *elem, bool fromstr, Slot *sp)
{
    Slot *d = sp - (fromstr ? 5 : 6);
    int64_t esize = elem ? (int64_t)elem->size : 1;
    int64_t n = d[1].i;
    int64_t sn = d[4].i;
    if (sn < n) n = sn;
    if (n > 0 && elem && (elem->flags & TF_HASPTR)) heap_wb(g, d[0].p, d[3].p, (size_t)(n * esize));
    if (n > 0) memmove(d[0].p, d[3].p, (size_t)(n * esize));
    d[0].i = n;
    return d + 1;
}

Slot *op_sl2arr(G *g, int64_t n, Slot *sp)
{
    int64_t len = sp[-2].i;
    if (len < n) {
        rt_panic_runtime(g, "cannot convert slice with length %lld to array or pointer to array with length %lld",
                         (long long)len, (long long)n);
        return sp;
    }
    sp -= 3;
    return sp + 1; /* the data pointer stays in place */
}

/* ---- maps ---------------------------------------------------------------------------- */

/* The memory form of a key held in stack form at src. */
static const void *key_mem(Type *kt, const Slot *src, void *buf)
{
    if (same_form(kt)) return src;
    val_to_mem(kt, buf, src);
    return buf;
}

Slot *op_mapget(G *g, Type *mt, bool commaok, Slot *sp)
{
    Type *kt = mt->key, *vt = mt->elem;
    int ks = (int)kt->slots;
    Slot *base = sp - ks - 1;
    GoMap *m = base[0].p;
    uint64_t buf[2];
    void *v = map_access(g, mt, m, key_mem(kt, base + 1, buf));
    if (g->raising) return sp;
    int vs = (int)vt->slots;
    if (v) val_to_stack(vt, base, v);
    else memset(base, 0, sizeof(Slot) * vs);
    sp = base + vs;
    if (commaok) (sp++)->u = v != NULL;
    return sp;
}

Slot *op_mapset(G *g, Type *mt, Slot *sp)
{
    Type *kt = mt->key, *vt = mt->elem;
    int ks = (int)kt->slots, vs = (int)vt->slots;
    Slot *base = sp - vs - ks - 1;
    GoMap *m = base[0].p;
    uint64_t buf[2];
    void *v = map_assign(g, mt, m, key_mem(kt, base + 1, buf));
    if (!v) return sp;
    if (vt->flags & TF_HASPTR) heap_wb(g, v, base + 1 + ks, vt->size);
    val_to_mem(vt, v, base + 1 + ks);
    return base;
}

Slot *op_mapdel(G *g, Type *mt, Slot *sp)
{
    Type *kt = mt->key;
    int ks = (int)kt->slots;
    Slot *base = sp - ks - 1;
    uint64_t buf[2];
    map_delete(g, mt, base[0].p, key_mem(kt, base + 1, buf));
    return base;
}

/* Advances the iterator in fr[0]; stores key and value (stack form) after
   it. Returns false at the end. */
bool op_mapnext(Type *mt, Slot *fr)
{
    MapIter *it = fr[0].p;
    void *k, *v;
    if (!it || !map_iter_next(it, &k, &v)) return false;
    val_to_stack(mt->key, fr + 1, k);
    val_to_stack(mt->elem, fr + 1 + mt->key->slots, v);
    return true;
}

/* ---- min/max of floats -------------------------------------------------------------- */

static double fminmax(double a, double b, bool is_min)
{
    if (a != a) return a;
    if (b != b) return b;
    if (a == b) {
        /* -0 vs +0 */
        bool an = signbit(a);
        if (is_min) return an ? a : b;
        return an ? b : a;
    }
    if (is_min) return a < b ? a : b;
    return a > b ? a : b;
}

void rt_native_fmin(G *g, Slot *args)
{
    UNUSED(g);
    args[0].f = fminmax(args[0].f, args[1].f, true);
}

void rt_native_fmax(G *g, Slot *args)
{
    UNUSED(g);
    args[0].f = fminmax(args[0].f, args[1].f, false);
}
