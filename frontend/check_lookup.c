/* check_lookup.c - field and method lookup through embedded fields, method
 * sets and interface satisfaction.
 *
 * lookup_field_or_method follows the spec's selector rule: the shallowest
 * depth at which the name occurs wins; two occurrences at that depth make
 * the selector ambiguous. The search is breadth-first over embedded fields,
 * remembering the path of field indices so the compiler can walk it.
 */
#include "check_internal.h"

#include <string.h>

typedef struct Cand {
    Type *type;    /* a defined or struct type at this depth */
    int path[16];
    int pathlen;
    bool indirect; /* reached through an embedded pointer */
} Cand;
typedef VEC(Cand) CandVec;

/* Most lookups meet a handful of candidates: vectors start in a buffer
   on the caller's stack and move to the heap only when they outgrow it. */
enum { SMALL = 4 };

/* Doubles a full vector of len elements of size bytes at *items, which
   start in the stack buffer small (never freed). */
static void small_grow(void **items, const void *small, int len, int *cap, size_t size)
{
    void *n = util_malloc(size * (size_t)*cap * 2);
    memcpy(n, *items, size * (size_t)len);
    if (*items != small) free(*items);
    *items = n;
    *cap *= 2;
}

static void cand_push(CandVec *v, Cand *small, Cand c)
{
    if (v->len == v->cap) small_grow((void **)&v->items, small, v->len, &v->cap, sizeof(Cand));
    v->items[v->len++] = c;
}

static bool same_name(Package *pkg, const char *name, const char *n2, Package *p2, Package *p1)
{
    UNUSED(pkg);
    if (name != n2) return false;
    unsigned char ch = (unsigned char)name[0];
    if (ch >= 'A' && ch <= 'Z') return true;
    if (ch >= 0x80) return true;
    /* unexported names match only within their package */
    return p1 == p2 || !p2 || !p1;
}

static Method *find_method(Type *t, const char *name, Package *pkg)
{
    for (int i = 0; i < t->methods.len; i++) {
        Method *m = &t->methods.items[i];
        if (same_name(pkg, name, m->name, m->pkg, pkg)) return m;
    }
    return NULL;
}

static Method *find_imethod(Type *iface, const char *name, Package *pkg)
{
    Type *u = type_under(iface);
    for (int i = 0; i < u->nimethods; i++) {
        Method *m = &u->imethods[i];
        if (same_name(pkg, name, m->name, m->pkg, pkg)) return m;
    }
    return NULL;
}

bool lookup_field_or_method(Program *p, Type *t, bool addressable, Package *pkg, const char *name, Lookup *out)
{
    UNUSED(p);
    UNUSED(addressable);
    memset(out, 0, sizeof *out);
    if (!t || name == p->name_blank) return false;
    if (t->kind == KIND_TYPEPARAM || (t->kind == KIND_POINTER && !type_is_named(t) && t->elem->kind == KIND_TYPEPARAM)) {
        /* the methods of a type parameter are its constraint's */
        Type *tp = t->kind == KIND_TYPEPARAM ? t : t->elem;
        Type *cons = tp->constraint ? type_under(tp->constraint) : NULL;
        Method *m = cons && cons->kind == KIND_INTERFACE ? find_imethod(cons, name, pkg) : NULL;
        if (!m) return false;
        out->method = m;
        out->indirect = t != tp;
        return true;
    }
    bool top_indirect = false;
    Type *start = t;
    if (!type_is_named(t) && t->kind == KIND_POINTER) {
        start = t->elem;
        top_indirect = true;
    } else if (type_is_named(t) && type_under(t)->kind == KIND_POINTER) {
        /* a defined pointer type has no methods; fields of its base are
           accessible */
        Type *b = type_under(t)->elem;
        if (type_under(b)->kind == KIND_STRUCT) {
            start = b;
            top_indirect = true;
            /* but methods are not: handled below by skipping methods */
        }
    }
    bool no_methods = type_is_named(t) && type_under(t)->kind == KIND_POINTER;
    Cand buf_a[SMALL], buf_b[SMALL];
    CandVec cur = {buf_a, 0, SMALL}, next = {buf_b, 0, SMALL};
    Cand *small_cur = buf_a, *small_next = buf_b;
    Type *seen_buf[8];
    struct {
        Type **items;
        int len, cap;
    } seen = {seen_buf, 0, 8};
    Cand c0 = {0};
    c0.type = start;
    c0.indirect = top_indirect;
    cand_push(&cur, small_cur, c0);
    bool found = false;
    while (cur.len && !found) {
        int count = 0;
        Lookup best = {0};
        next.len = 0;
        for (int ci = 0; ci < cur.len; ci++) {
            Cand *cd = &cur.items[ci];
            Type *ct = cd->type;
            if (type_is_named(ct)) {
                bool dup = false;
                for (int s = 0; s < seen.len; s++)
                    if (seen.items[s] == ct) dup = true;
                if (dup) continue;
                if (seen.len == seen.cap)
                    small_grow((void **)&seen.items, seen_buf, seen.len, &seen.cap, sizeof(Type *));
                seen.items[seen.len++] = ct;
                Method *m = no_methods && cd->pathlen == 0 ? NULL : find_method(ct, name, pkg);
                if (m) {
                    count++;
                    best.method = m;
                    best.obj = m->obj;
                    best.field = NULL;
                    memcpy(best.path, cd->path, sizeof(int) * cd->pathlen);
                    best.pathlen = cd->pathlen;
                    best.indirect = cd->indirect;
                    best.ptr_recv_needed = m->ptr_recv;
                    continue;
                }
            }
            Type *u = type_under(ct);
            if (u->kind == KIND_STRUCT) {
                for (int i = 0; i < u->nfields; i++) {
                    Field *f = &u->fields[i];
                    if (same_name(pkg, name, f->name, f->pkg, pkg) && f->name != p->name_blank) {
                        count++;
                        best.field = &u->fields[i];
                        best.method = NULL;
                        best.obj = NULL;
                        memcpy(best.path, cd->path, sizeof(int) * cd->pathlen);
                        best.path[cd->pathlen] = i;
                        best.pathlen = cd->pathlen + 1;
                        best.indirect = cd->indirect;
                    }
                    if (f->embedded && cd->pathlen < 15) {
                        Cand n = *cd;
                        Type *ft = f->type;
                        if (!type_is_named(ft) && ft->kind == KIND_POINTER) {
                            ft = ft->elem;
                            n.indirect = true;
                        }
                        n.type = ft;
                        n.path[n.pathlen++] = i;
                        cand_push(&next, small_next, n);
                    }
                }
            } else if (u->kind == KIND_INTERFACE) {
                Method *m = find_imethod(u, name, pkg);
                if (m) {
                    count++;
                    best.method = m;
                    best.obj = NULL;
                    best.field = NULL;
                    memcpy(best.path, cd->path, sizeof(int) * cd->pathlen);
                    best.pathlen = cd->pathlen;
                    best.indirect = cd->indirect;
                    best.ptr_recv_needed = false;
                }
            }
        }
        if (count == 1) {
            *out = best;
            if (out->method) check_method_sig(p, out->method);
            found = true;
        } else if (count > 1) {
            out->ambiguous = true;
            break;
        }
        CandVec tmp = cur;
        cur = next;
        next = tmp;
        Cand *stmp = small_cur;
        small_cur = small_next;
        small_next = stmp;
    }
    if (cur.items != small_cur) free(cur.items);
    if (next.items != small_next) free(next.items);
    if (seen.items != seen_buf) free(seen.items);
    return found;
}

Type *method_recv_base(Object *m)
{
    return m->recv_base;
}

/* Whether t (or *t when ptr) has method m with the interface's signature. */
const char *check_missing_method(Program *p, Type *t, Type *iface, const char **why)
{
    Type *iu = type_under(iface);
    static char buf[256];
    *why = NULL;
    if (!iu->iface_complete) {
        const char *dup;
        type_iface_complete(p->types, iu, &dup);
    }
    bool t_is_iface = type_under(t)->kind == KIND_INTERFACE;
    for (int i = 0; i < iu->nimethods; i++) {
        Method *im = &iu->imethods[i];
        Lookup lk;
        Package *pkg = im->pkg;
        bool ok = lookup_field_or_method(p, t, false, pkg, im->name, &lk);
        if (!ok || !lk.method) {
            /* a method with another case? */
            snprintf(buf, sizeof buf, "missing method %s", im->name);
            *why = buf;
            return im->name;
        }
        if (lk.method->sig != im->sig) {
            snprintf(buf, sizeof buf, "wrong type for method %s", im->name);
            *why = buf;
            return im->name;
        }
        if (!t_is_iface && lk.ptr_recv_needed && !lk.indirect &&
            !(!type_is_named(t) && t->kind == KIND_POINTER)) {
            snprintf(buf, sizeof buf, "method %s has pointer receiver", im->name);
            *why = buf;
            return im->name;
        }
    }
    return NULL;
}
