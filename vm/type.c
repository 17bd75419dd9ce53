/* type.c - construction, canonicalisation, layout, spelling, equality and
 * hashing of Go types (the contract is vm/type.h).
 *
 * Canonicalisation (hash-consing)
 *   Every unnamed composite type is built through canon(): the caller's
 *   description is first normalised into a "probe" Type on the C stack
 *   (names and tags interned, empty tags dropped, package pointers kept
 *   only for unexported names, interface methods merged and sorted), then
 *   looked up in TypeTable's chained hash table keyed on the kind and the
 *   components by pointer identity. A miss copies the probe and its arrays
 *   into the arena. Because components are canonical already, pointer
 *   comparison of components decides structural identity in O(fields).
 *
 *   Interfaces are keyed on their complete method set, so interface{ io.Reader }
 *   and interface{ Read([]byte) (int, error) } are one Type. That needs
 *   the embedded interfaces' method sets at construction time. When an
 *   embedded interface is not resolved yet (a defined type whose underlying
 *   type is still unset, as in recursive declarations), the interface is
 *   created "pending": outside the table, holding only its explicit
 *   methods. type_iface_complete merges it later and then enters it in the
 *   table unless an identical interface got there first; in that rare case
 *   the two pointers stay distinct (a known limit of pointer identity).
 *   Non-interface embedded elements (constraint terms) are part of the key
 *   by pointer.
 *
 *   Defined types are never canonicalised: type_named always allocates.
 *   type_set_underlying resolves through a defined underlying (type A B
 *   takes B's underlying) and copies the structural fields (kind, elem,
 *   fields, imethods, ...) into the defined type so callers can read them
 *   directly. type_layout and type_iface_complete refresh those copies.
 *
 * Spelling
 *   t->str is built eagerly when a type is created, from its components'
 *   strings, in reflect's format (checked against Go's %T). A defined
 *   type's string uses its package's name, read through the PackageHead
 *   convention of type.h.
 *
 * Layout
 *   type_layout computes Go's amd64 layout recursively. It recurses only
 *   into components stored by value (array elements, struct fields), so
 *   it marks types in progress with TF_LAYOUTING: meeting such a type again
 *   means the type contains itself by value (invalid recursive type).
 *   A type larger than TYPE_MAX_SIZE (or a struct whose offsets overflow
 *   Field.offset) also fails; then t->size is left at UINT64_MAX so the
 *   checker can report "too large" instead of "invalid recursive type".
 *   Tuples (KIND_TUPLE) are laid out in stack form: their elements' slots
 *   one after another, size = 8 * slots, ptrmask in slot units.
 *
 * Equality and hashing
 *   On memory-form values. TF_MEMEQ types compare and hash as raw bytes;
 *   the rest go kind by kind. The choice depends only on the type, so hash
 *   and equality always agree. Floats hash +0 and -0 alike; a NaN hashes to
 *   a fresh pseudo-random value each time (seed mixed with a per-thread
 *   counter: the only static state of this file, and invisible to programs,
 *   as Go's fastrand in the same role), so NaN keys spread over a map's
 *   buckets instead of piling up in one chain.
 */
#include "type.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "../frontend/ast.h" /* CHAN_BOTH, CHAN_SEND, CHAN_RECV */
#include "vm.h"              /* GoString, Iface (value layouts) */

enum { TABLE_MIN = 256 };
#define TYPE_MAX_SIZE (1ULL << 48) /* amd64 Go: maxAlloc */

/* ---- hashing helpers ------------------------------------------------ */

static inline uint64_t hmix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h *= 0xbf58476d1ce4e5b9ULL;
    return h ^ (h >> 31);
}

static inline uint64_t hptr(uint64_t h, const void *p)
{
    return hmix(h, (uint64_t)(uintptr_t)p);
}

/* ---- names ------------------------------------------------------------ */

/* Decodes the first code point of s (ASCII fast; no validation needed for
   the upper-case test). */
static uint32_t first_rune(const unsigned char *s)
{
    if (s[0] < 0x80) return s[0];
    if ((s[0] & 0xe0) == 0xc0 && s[1]) return ((s[0] & 0x1fu) << 6) | (s[1] & 0x3fu);
    if ((s[0] & 0xf0) == 0xe0 && s[1] && s[2])
        return ((s[0] & 0x0fu) << 12) | ((s[1] & 0x3fu) << 6) | (s[2] & 0x3fu);
    return 0;
}

bool type_name_exported(const char *name)
{
    if (!name || !name[0]) return false;
    uint32_t r = first_rune((const unsigned char *)name);
    if (r >= 'A' && r <= 'Z') return true;
    if (r >= 0xc0 && r <= 0xde && r != 0xd7) return true;  /* Latin-1 */
    if (r >= 0x391 && r <= 0x3a9 && r != 0x3a2) return true; /* Greek */
    if (r >= 0x400 && r <= 0x42f) return true;               /* Cyrillic */
    return false;
}

static const char *pkg_path(const Package *p)
{
    return p && package_head(p)->path ? package_head(p)->path : "";
}

static const char *pkg_name(const Package *p)
{
    return p ? package_head(p)->name : NULL;
}

int type_method_cmp(const Method *a, const Method *b)
{
    bool ea = type_name_exported(a->name), eb = type_name_exported(b->name);
    if (ea != eb) return ea ? -1 : 1;
    int c = strcmp(a->name, b->name);
    if (c || ea || a->pkg == b->pkg) return c;
    c = strcmp(pkg_path(a->pkg), pkg_path(b->pkg));
    if (c) return c;
    return (uintptr_t)a->pkg < (uintptr_t)b->pkg ? -1 : 1;
}

static int method_qsort_cmp(const void *a, const void *b)
{
    return type_method_cmp(a, b);
}

static bool same_method_name(const Method *a, const Method *b)
{
    return a->name == b->name && (a->pkg == b->pkg || type_name_exported(a->name));
}

/* ---- the table -------------------------------------------------------- */

static uint32_t shape_hash(const Type *t)
{
    uint64_t h = hmix(0x51ed27, t->kind);
    switch (t->kind) {
    case KIND_ARRAY:
        h = hmix(h, (uint64_t)t->len);
        /* fallthrough */
    case KIND_POINTER:
    case KIND_SLICE:
        h = hptr(h, t->elem);
        break;
    case KIND_MAP:
        h = hptr(hptr(h, t->key), t->elem);
        break;
    case KIND_CHAN:
        h = hmix(hptr(h, t->elem), (uint64_t)t->dir);
        break;
    case KIND_FUNC:
    case KIND_TUPLE:
        h = hmix(h, (uint64_t)t->nparams * 131 + (uint64_t)t->nresults * 7 + t->variadic);
        for (int i = 0; i < t->nparams; i++) h = hptr(h, t->params[i]);
        for (int i = 0; i < t->nresults; i++) h = hptr(h, t->results[i]);
        break;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            h = hptr(hptr(hptr(hptr(h, f->name), f->type), f->tag), f->pkg);
            h = hmix(h, f->embedded);
        }
        break;
    case KIND_INTERFACE:
        for (int i = 0; i < t->nimethods; i++) {
            const Method *m = &t->imethods[i];
            h = hptr(hptr(hptr(h, m->name), m->pkg), m->sig);
        }
        for (int i = 0; i < t->nembeddeds; i++) h = hptr(h, t->embeddeds[i]);
        break;
    default:
        break;
    }
    return (uint32_t)(h ^ (h >> 32));
}

static bool same_types(Type **a, Type **b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

static bool same_fields(const Field *a, const Field *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].name != b[i].name || a[i].type != b[i].type || a[i].tag != b[i].tag ||
            a[i].embedded != b[i].embedded || a[i].pkg != b[i].pkg)
            return false;
    return true;
}

static bool same_methods(const Method *a, const Method *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].name != b[i].name || a[i].pkg != b[i].pkg || a[i].sig != b[i].sig) return false;
    return true;
}

/* Structural identity of two unnamed types whose components are canonical. */
static bool same_shape(const Type *a, const Type *b)
{
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case KIND_POINTER:
    case KIND_SLICE:
        return a->elem == b->elem;
    case KIND_ARRAY:
        return a->elem == b->elem && a->len == b->len;
    case KIND_MAP:
        return a->key == b->key && a->elem == b->elem;
    case KIND_CHAN:
        return a->elem == b->elem && a->dir == b->dir;
    case KIND_FUNC:
    case KIND_TUPLE:
        return a->nparams == b->nparams && a->nresults == b->nresults &&
               a->variadic == b->variadic && same_types(a->params, b->params, a->nparams) &&
               same_types(a->results, b->results, a->nresults);
    case KIND_STRUCT:
        return a->nfields == b->nfields && same_fields(a->fields, b->fields, a->nfields);
    case KIND_INTERFACE:
        return a->nimethods == b->nimethods && a->nembeddeds == b->nembeddeds &&
               same_methods(a->imethods, b->imethods, a->nimethods) &&
               same_types(a->embeddeds, b->embeddeds, a->nembeddeds);
    default:
        return false;
    }
}

static void table_grow(TypeTable *tt)
{
    int n = tt->nbuckets * 2;
    Type **nb = util_calloc((size_t)n, sizeof(Type *));
    for (int i = 0; i < tt->nbuckets; i++) {
        Type *t = tt->buckets[i];
        while (t) {
            Type *next = t->next_hash;
            t->next_hash = nb[t->hash & (uint32_t)(n - 1)];
            nb[t->hash & (uint32_t)(n - 1)] = t;
            t = next;
        }
    }
    free(tt->buckets);
    tt->buckets = nb;
    tt->nbuckets = n;
}

static Type *table_find(TypeTable *tt, const Type *probe, uint32_t h)
{
    for (Type *t = tt->buckets[h & (uint32_t)(tt->nbuckets - 1)]; t; t = t->next_hash)
        if (t->hash == h && same_shape(t, probe)) return t;
    return NULL;
}

static void table_insert(TypeTable *tt, Type *t)
{
    if (tt->count >= tt->nbuckets) table_grow(tt);
    Type **b = &tt->buckets[t->hash & (uint32_t)(tt->nbuckets - 1)];
    t->next_hash = *b;
    *b = t;
    tt->count++;
}

/* ---- spelling ---------------------------------------------------------- */

static const char *sb_finish(TypeTable *tt, StrBuf *b)
{
    const char *s = arena_strndup(tt->arena, b->data ? b->data : "", b->len);
    sb_free(b);
    return s;
}

static void put_type(StrBuf *b, const Type *t)
{
    sb_puts(b, t && t->str ? t->str : "<nil>");
}

/* strconv.Quote for struct tags. Valid non-ASCII UTF-8 is kept as is
   except the C1 controls, NBSP and soft hyphen (the non-printable runes
   of Latin-1); other non-printable non-Latin-1 runes are not detected. */
static void put_quoted(StrBuf *b, const char *s)
{
    static const char esc[] = "\a a\b b\f f\n n\r r\t t\v v";
    sb_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        const char *e = *p < 0x20 ? strchr(esc, *p) : NULL;
        if (*p == '"' || *p == '\\') {
            sb_putc(b, '\\');
            sb_putc(b, (char)*p);
        } else if (e) {
            sb_putc(b, '\\');
            sb_putc(b, e[2]);
        } else if (*p < 0x20 || *p == 0x7f) {
            sb_printf(b, "\\x%02x", *p);
        } else if (*p < 0x80) {
            sb_putc(b, (char)*p);
        } else {
            int n = (*p & 0xe0) == 0xc0 ? 2 : (*p & 0xf0) == 0xe0 ? 3 : (*p & 0xf8) == 0xf0 ? 4 : 0;
            int ok = n > 0;
            for (int i = 1; ok && i < n; i++) ok = (p[i] & 0xc0) == 0x80;
            uint32_t r = ok && n == 2 ? first_rune(p) : 0;
            if (!ok) {
                sb_printf(b, "\\x%02x", *p);
            } else if (n == 2 && ((r >= 0x80 && r <= 0xa0) || r == 0xad)) {
                sb_printf(b, "\\u%04x", r);
                p += n - 1;
            } else {
                sb_put(b, (const char *)p, (size_t)n);
                p += n - 1;
            }
        }
    }
    sb_putc(b, '"');
}

static void put_type_list(StrBuf *b, Type **ts, int n, bool variadic)
{
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        if (variadic && i == n - 1 && ts[i]->elem) {
            sb_puts(b, "...");
            put_type(b, ts[i]->elem);
        } else {
            put_type(b, ts[i]);
        }
    }
}

/* "(int, string) (bool, error)": a signature without "func". */
static void put_signature(StrBuf *b, const Type *f)
{
    sb_putc(b, '(');
    put_type_list(b, f->params, f->nparams, f->variadic);
    sb_putc(b, ')');
    if (f->nresults == 1) {
        sb_putc(b, ' ');
        put_type(b, f->results[0]);
    } else if (f->nresults > 1) {
        sb_puts(b, " (");
        put_type_list(b, f->results, f->nresults, false);
        sb_putc(b, ')');
    }
}

static void put_struct(StrBuf *b, const Type *t)
{
    sb_puts(b, "struct {");
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        sb_puts(b, i ? "; " : " ");
        if (!f->embedded) {
            sb_puts(b, f->name);
            sb_putc(b, ' ');
        }
        put_type(b, f->type);
        if (f->tag) {
            sb_putc(b, ' ');
            put_quoted(b, f->tag);
        }
    }
    sb_puts(b, t->nfields ? " }" : "}");
}

static void put_interface(StrBuf *b, const Type *t)
{
    sb_puts(b, "interface {");
    int k = 0;
    for (int i = 0; i < t->nimethods; i++, k++) {
        const Method *m = &t->imethods[i];
        sb_puts(b, k ? "; " : " ");
        if (!type_name_exported(m->name) && pkg_name(m->pkg)) {
            sb_puts(b, pkg_name(m->pkg));
            sb_putc(b, '.');
        }
        sb_puts(b, m->name);
        put_signature(b, m->sig);
    }
    for (int i = 0; i < t->nembeddeds; i++) {
        Type *e = t->embeddeds[i];
        if (t->iface_complete && type_under(e)->kind == KIND_INTERFACE) continue;
        sb_puts(b, k++ ? "; " : " ");
        put_type(b, e);
    }
    sb_puts(b, k ? " }" : "}");
}

static void put_chan(StrBuf *b, const Type *t)
{
    if (t->dir == CHAN_SEND) {
        sb_puts(b, "chan<- ");
    } else if (t->dir == CHAN_RECV) {
        sb_puts(b, "<-chan ");
    } else if (t->elem->kind == KIND_CHAN && !type_is_named(t->elem) && t->elem->dir == CHAN_RECV) {
        sb_puts(b, "chan (");
        put_type(b, t->elem);
        sb_putc(b, ')');
        return;
    } else {
        sb_puts(b, "chan ");
    }
    put_type(b, t->elem);
}

static const char *build_string(TypeTable *tt, const Type *t)
{
    StrBuf b;
    sb_init(&b);
    switch (t->kind) {
    case KIND_POINTER: sb_putc(&b, '*'); put_type(&b, t->elem); break;
    case KIND_SLICE: sb_puts(&b, "[]"); put_type(&b, t->elem); break;
    case KIND_ARRAY: sb_printf(&b, "[%lld]", (long long)t->len); put_type(&b, t->elem); break;
    case KIND_MAP:
        sb_puts(&b, "map[");
        put_type(&b, t->key);
        sb_putc(&b, ']');
        put_type(&b, t->elem);
        break;
    case KIND_CHAN: put_chan(&b, t); break;
    case KIND_FUNC: sb_puts(&b, "func"); put_signature(&b, t); break;
    case KIND_TUPLE:
        sb_putc(&b, '(');
        put_type_list(&b, t->params, t->nparams, false);
        sb_putc(&b, ')');
        break;
    case KIND_STRUCT: put_struct(&b, t); break;
    case KIND_INTERFACE: put_interface(&b, t); break;
    default: sb_puts(&b, "?"); break;
    }
    return sb_finish(tt, &b);
}

const char *type_string(Type *t)
{
    if (!t) return "<nil>";
    return t->str ? t->str : "?";
}

/* ---- canonical constructors ------------------------------------------- */

/* Returns the canonical type of probe's shape, copying probe (and the
   arrays it points to) on a miss. */
static Type *canon(TypeTable *tt, const Type *probe)
{
    uint32_t h = shape_hash(probe);
    Type *t = table_find(tt, probe, h);
    if (t) return t;
    t = ARENA_NEW(tt->arena, Type);
    *t = *probe;
    t->hash = h;
    t->underlying = t;
    /* The probe's arrays are the caller's (or temporaries): never keep them. */
    t->params = t->results = t->embeddeds = NULL;
    t->fields = NULL;
    t->imethods = NULL;
    if (t->nparams) {
        t->params = ARENA_NEWN(tt->arena, Type *, t->nparams);
        memcpy(t->params, probe->params, sizeof(Type *) * (size_t)t->nparams);
    }
    if (t->nresults) {
        t->results = ARENA_NEWN(tt->arena, Type *, t->nresults);
        memcpy(t->results, probe->results, sizeof(Type *) * (size_t)t->nresults);
    }
    if (t->nfields) {
        t->fields = ARENA_NEWN(tt->arena, Field, t->nfields);
        memcpy(t->fields, probe->fields, sizeof(Field) * (size_t)t->nfields);
    }
    if (t->nimethods) {
        t->imethods = ARENA_NEWN(tt->arena, Method, t->nimethods);
        memcpy(t->imethods, probe->imethods, sizeof(Method) * (size_t)t->nimethods);
    }
    if (t->nembeddeds) {
        t->embeddeds = ARENA_NEWN(tt->arena, Type *, t->nembeddeds);
        memcpy(t->embeddeds, probe->embeddeds, sizeof(Type *) * (size_t)t->nembeddeds);
    }
    t->str = build_string(tt, t);
    table_insert(tt, t);
    return t;
}

Type *type_pointer(TypeTable *tt, Type *elem)
{
    if (elem->ptr_to) return elem->ptr_to;
    Type p = {.kind = KIND_POINTER, .elem = elem};
    return elem->ptr_to = canon(tt, &p);
}

Type *type_slice(TypeTable *tt, Type *elem)
{
    if (elem->slice_of) return elem->slice_of;
    Type p = {.kind = KIND_SLICE, .elem = elem};
    return elem->slice_of = canon(tt, &p);
}

Type *type_array(TypeTable *tt, Type *elem, int64_t len)
{
    Type p = {.kind = KIND_ARRAY, .elem = elem, .len = len};
    return canon(tt, &p);
}

Type *type_map(TypeTable *tt, Type *key, Type *value)
{
    Type p = {.kind = KIND_MAP, .key = key, .elem = value};
    return canon(tt, &p);
}

Type *type_chan(TypeTable *tt, Type *elem, int dir)
{
    Type p = {.kind = KIND_CHAN, .elem = elem, .dir = dir};
    return canon(tt, &p);
}

Type *type_func(TypeTable *tt, Type **params, int np, Type **results, int nr, bool variadic)
{
    Type p = {.kind = KIND_FUNC, .params = params, .nparams = np, .results = results,
              .nresults = nr, .variadic = variadic && np > 0};
    return canon(tt, &p);
}

Type *type_tuple(TypeTable *tt, Type **elems, int n)
{
    Type p = {.kind = KIND_TUPLE, .params = elems, .nparams = n};
    return canon(tt, &p);
}

/* Field as stored: interned name and tag, no empty tag, pkg only for
   unexported names, exported flag computed. */
static Field norm_field(TypeTable *tt, const Field *f)
{
    Field r = *f;
    r.name = f->name ? intern_cstr(tt->names, f->name) : NULL;
    r.tag = f->tag && f->tag[0] ? intern_cstr(tt->names, f->tag) : NULL;
    r.exported = type_name_exported(r.name);
    if (r.exported) r.pkg = NULL;
    r.offset = 0;
    return r;
}

Type *type_struct(TypeTable *tt, const Field *fields, int n)
{
    Field *fs = n ? util_malloc(sizeof(Field) * (size_t)n) : NULL;
    for (int i = 0; i < n; i++) fs[i] = norm_field(tt, &fields[i]);
    Type p = {.kind = KIND_STRUCT, .fields = fs, .nfields = n};
    Type *t = canon(tt, &p);
    free(fs);
    return t;
}

/* ---- interfaces -------------------------------------------------------- */

static Method norm_method(TypeTable *tt, const Method *m)
{
    Method r = *m;
    r.name = intern_cstr(tt->names, m->name);
    if (type_name_exported(r.name)) r.pkg = NULL;
    return r;
}

/* Sorts ms[0..n) and removes duplicates with identical signatures.
   Returns the new count, or -1 with *dup set on a conflicting duplicate. */
static int sort_dedup(Method *ms, int n, const char **dup)
{
    if (n > 1) qsort(ms, (size_t)n, sizeof(Method), method_qsort_cmp);
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (k && same_method_name(&ms[k - 1], &ms[i])) {
            if (ms[k - 1].sig != ms[i].sig) {
                if (dup) *dup = ms[i].name;
                return -1;
            }
            continue;
        }
        ms[k++] = ms[i];
    }
    return k;
}

/* Merges explicit methods ms[0..nm) with the method sets of the embedded
   interfaces. Returns 1 with a malloc'd sorted set in *out (count *nout), 0 when an
   embedded interface is unresolved or being completed (cycle), -1 on a
   conflicting duplicate (*dup set). */
static int merge_methods(TypeTable *tt, const Method *ms, int nm, Type **emb, int ne,
                         Method **out, int *nout, const char **dup)
{
    int total = nm;
    for (int i = 0; i < ne; i++) {
        Type *e = emb[i];
        if (type_is_named(e) && !e->underlying) return 0;
        Type *u = type_under(e);
        if (u->kind != KIND_INTERFACE) continue;
        if (!u->iface_complete && !type_iface_complete(tt, u, dup)) return *dup ? -1 : 0;
        total += u->nimethods;
    }
    Method *all = util_malloc(sizeof(Method) * (size_t)(total ? total : 1));
    int k = 0;
    for (int i = 0; i < nm; i++) all[k++] = norm_method(tt, &ms[i]);
    for (int i = 0; i < ne; i++) {
        Type *u = type_under(emb[i]);
        if (u->kind != KIND_INTERFACE) continue;
        if (u->nimethods) memcpy(all + k, u->imethods, sizeof(Method) * (size_t)u->nimethods);
        k += u->nimethods;
    }
    k = sort_dedup(all, k, dup);
    if (k < 0) {
        free(all);
        return -1;
    }
    *out = all;
    *nout = k;
    return 1;
}

/* The non-interface embedded elements (constraint terms): part of the key. */
static int other_embeddeds(Type **emb, int ne, Type **out)
{
    int k = 0;
    for (int i = 0; i < ne; i++)
        if (type_under(emb[i])->kind != KIND_INTERFACE || (type_is_named(emb[i]) && !emb[i]->underlying))
            out[k++] = emb[i];
    return k;
}

static Type *pending_interface(TypeTable *tt, const Method *ms, int nm, Type **emb, int ne)
{
    Type *t = ARENA_NEW(tt->arena, Type);
    t->kind = KIND_INTERFACE;
    t->underlying = t;
    t->hash = (uint32_t)hptr(0, t);
    t->imethods = ARENA_NEWN(tt->arena, Method, nm ? nm : 1);
    for (int i = 0; i < nm; i++) t->imethods[i] = norm_method(tt, &ms[i]);
    t->nimethods = nm;
    t->embeddeds = ARENA_NEWN(tt->arena, Type *, ne ? ne : 1);
    if (ne) memcpy(t->embeddeds, emb, sizeof(Type *) * (size_t)ne);
    t->nembeddeds = ne;
    t->str = build_string(tt, t);
    return t;
}

Type *type_interface(TypeTable *tt, const Method *methods, int nm, Type **embeddeds, int ne)
{
    Method *all = NULL;
    int n = 0;
    const char *dup = NULL;
    if (merge_methods(tt, methods, nm, embeddeds, ne, &all, &n, &dup) <= 0)
        return pending_interface(tt, methods, nm, embeddeds, ne);
    Type **other = util_malloc(sizeof(Type *) * (size_t)(ne ? ne : 1));
    Type p = {.kind = KIND_INTERFACE, .imethods = all, .nimethods = n, .embeddeds = other,
              .nembeddeds = other_embeddeds(embeddeds, ne, other), .iface_complete = true};
    Type *t = canon(tt, &p);
    free(all);
    free(other);
    return t;
}

/* Copies the structural fields of u (an unnamed type) into named t. */
static void copy_structure(Type *t, const Type *u)
{
    t->kind = u->kind;
    t->elem = u->elem;
    t->key = u->key;
    t->len = u->len;
    t->dir = u->dir;
    t->fields = u->fields;
    t->nfields = u->nfields;
    t->params = u->params;
    t->nparams = u->nparams;
    t->results = u->results;
    t->nresults = u->nresults;
    t->variadic = u->variadic;
    t->imethods = u->imethods;
    t->nimethods = u->nimethods;
    t->embeddeds = u->embeddeds;
    t->nembeddeds = u->nembeddeds;
    t->iface_complete = u->iface_complete;
}

static bool iface_complete_under(TypeTable *tt, Type *t, const char **dup)
{
    if (t->iface_complete) return true;
    if (t->flags & TF_LAYOUTING) return false; /* embeds itself */
    t->flags |= TF_LAYOUTING;
    Method *all = NULL;
    int n = 0;
    int r = merge_methods(tt, t->imethods, t->nimethods, t->embeddeds, t->nembeddeds, &all, &n, dup);
    t->flags &= (uint16_t)~TF_LAYOUTING;
    if (r <= 0) return false;
    t->imethods = ARENA_NEWN(tt->arena, Method, n ? n : 1);
    memcpy(t->imethods, all, sizeof(Method) * (size_t)n);
    t->nimethods = n;
    free(all);
    Type **other = ARENA_NEWN(tt->arena, Type *, t->nembeddeds ? t->nembeddeds : 1);
    t->nembeddeds = other_embeddeds(t->embeddeds, t->nembeddeds, other);
    t->embeddeds = other;
    t->iface_complete = true;
    t->str = build_string(tt, t);
    t->hash = shape_hash(t);
    if (!table_find(tt, t, t->hash)) table_insert(tt, t);
    return true;
}

bool type_iface_complete(TypeTable *tt, Type *t, const char **dup)
{
    if (dup) *dup = NULL;
    const char *d = NULL;
    Type *u = type_under(t);
    if (!u || u->kind != KIND_INTERFACE) return false;
    bool ok = iface_complete_under(tt, u, &d);
    if (dup) *dup = d;
    if (ok && u != t) copy_structure(t, u);
    return ok;
}

/* ---- defined types ------------------------------------------------------ */

Type *type_named(TypeTable *tt, const char *name, Package *pkg, Object *obj)
{
    Type *t = ARENA_NEW(tt->arena, Type);
    t->flags = TF_NAMED;
    t->name = name ? intern_cstr(tt->names, name) : NULL;
    t->pkg = pkg;
    t->obj = obj;
    t->hash = (uint32_t)hptr(0x7e, t);
    if (type_name_exported(t->name)) t->flags |= TF_EXPORTEDNAME;
    const char *pn = pkg_name(pkg);
    t->str = pn ? arena_printf(tt->arena, "%s.%s", pn, t->name) : t->name;
    return t;
}

void type_set_underlying(TypeTable *tt, Type *named, Type *underlying)
{
    UNUSED(tt);
    Type *u = type_under(underlying);
    named->underlying = u;
    copy_structure(named, u);
}

/* ---- predeclared types -------------------------------------------------- */

static Type *basic(TypeTable *tt, Kind k, const char *name, bool named)
{
    Type *t = ARENA_NEW(tt->arena, Type);
    t->kind = (uint8_t)k;
    t->underlying = t;
    t->name = intern_cstr(tt->names, name);
    t->str = t->name;
    t->hash = (uint32_t)hmix(0xba51c, k);
    if (named) t->flags = TF_NAMED;
    tt->basic[k] = t;
    return t;
}

static void init_basics(TypeTable *tt)
{
    static const char *const names[] = {
        [KIND_BOOL] = "bool",        [KIND_INT] = "int",           [KIND_INT8] = "int8",
        [KIND_INT16] = "int16",      [KIND_INT32] = "int32",       [KIND_INT64] = "int64",
        [KIND_UINT] = "uint",        [KIND_UINT8] = "uint8",       [KIND_UINT16] = "uint16",
        [KIND_UINT32] = "uint32",    [KIND_UINT64] = "uint64",     [KIND_UINTPTR] = "uintptr",
        [KIND_FLOAT32] = "float32",  [KIND_FLOAT64] = "float64",   [KIND_COMPLEX64] = "complex64",
        [KIND_COMPLEX128] = "complex128", [KIND_STRING] = "string",
        [KIND_UNTYPED_BOOL] = "untyped bool",     [KIND_UNTYPED_INT] = "untyped int",
        [KIND_UNTYPED_RUNE] = "untyped rune",     [KIND_UNTYPED_FLOAT] = "untyped float",
        [KIND_UNTYPED_COMPLEX] = "untyped complex", [KIND_UNTYPED_STRING] = "untyped string",
        [KIND_UNTYPED_NIL] = "untyped nil",
    };
    basic(tt, KIND_INVALID, "invalid type", false);
    for (int k = KIND_BOOL; k <= KIND_COMPLEX128; k++) basic(tt, (Kind)k, names[k], true);
    basic(tt, KIND_STRING, names[KIND_STRING], true);
    for (int k = KIND_UNTYPED_BOOL; k <= KIND_UNTYPED_NIL; k++) basic(tt, (Kind)k, names[k], false);
    Type *up = basic(tt, KIND_UNSAFEPTR, "Pointer", true);
    up->str = "unsafe.Pointer";
    tt->byte_type = tt->basic[KIND_UINT8];
    tt->rune_type = tt->basic[KIND_INT32];
    for (int k = 0; k < KIND_COUNT; k++)
        if (tt->basic[k]) type_layout(tt, tt->basic[k]);
}

static void init_interfaces(TypeTable *tt)
{
    tt->any_type = type_interface(tt, NULL, 0, NULL, 0);
    Type *str = tt->basic[KIND_STRING];
    Method m = {.name = "Error", .sig = type_func(tt, NULL, 0, &str, 1, false)};
    tt->error_type = type_named(tt, "error", NULL, NULL);
    type_set_underlying(tt, tt->error_type, type_interface(tt, &m, 1, NULL, 0));
    /* comparable's underlying is an empty method set that must not be
       identical to interface{}: a private, pending-free interface. */
    Type *cu = pending_interface(tt, NULL, 0, NULL, 0);
    cu->iface_complete = true;
    cu->str = "interface { comparable }";
    tt->comparable_type = type_named(tt, "comparable", NULL, NULL);
    type_set_underlying(tt, tt->comparable_type, cu);
    type_layout(tt, tt->any_type);
    type_layout(tt, tt->error_type);
    type_layout(tt, tt->comparable_type);
}

void types_init(TypeTable *tt, Arena *arena, Interner *names)
{
    memset(tt, 0, sizeof *tt);
    tt->arena = arena;
    tt->names = names;
    tt->nbuckets = TABLE_MIN;
    tt->buckets = util_calloc(TABLE_MIN, sizeof(Type *));
    init_basics(tt);
    init_interfaces(tt);
}

void types_free(TypeTable *tt)
{
    free(tt->buckets);
    tt->buckets = NULL;
    tt->nbuckets = tt->count = 0;
}

Type *type_default(TypeTable *tt, Type *t)
{
    switch (t->kind) {
    case KIND_UNTYPED_BOOL: return tt->basic[KIND_BOOL];
    case KIND_UNTYPED_INT: return tt->basic[KIND_INT];
    case KIND_UNTYPED_RUNE: return tt->rune_type;
    case KIND_UNTYPED_FLOAT: return tt->basic[KIND_FLOAT64];
    case KIND_UNTYPED_COMPLEX: return tt->basic[KIND_COMPLEX128];
    case KIND_UNTYPED_STRING: return tt->basic[KIND_STRING];
    default: return t;
    }
}

/* ---- layout ------------------------------------------------------------- */

/* Size and alignment of the kinds whose layout does not depend on
   components; false for arrays, structs, tuples and type parameters. */
static bool kind_layout(Kind k, uint64_t *size, uint8_t *align)
{
    static const uint8_t sz[KIND_COUNT] = {
        [KIND_BOOL] = 1,    [KIND_INT] = 8,     [KIND_INT8] = 1,       [KIND_INT16] = 2,
        [KIND_INT32] = 4,   [KIND_INT64] = 8,   [KIND_UINT] = 8,       [KIND_UINT8] = 1,
        [KIND_UINT16] = 2,  [KIND_UINT32] = 4,  [KIND_UINT64] = 8,     [KIND_UINTPTR] = 8,
        [KIND_FLOAT32] = 4, [KIND_FLOAT64] = 8, [KIND_COMPLEX64] = 8,  [KIND_COMPLEX128] = 16,
        [KIND_CHAN] = 8,    [KIND_FUNC] = 8,    [KIND_INTERFACE] = 16, [KIND_MAP] = 8,
        [KIND_POINTER] = 8, [KIND_SLICE] = 24,  [KIND_STRING] = 16,    [KIND_UNSAFEPTR] = 8,
    };
    if (k == KIND_INVALID || (k >= KIND_UNTYPED_BOOL && k <= KIND_UNTYPED_NIL)) {
        *size = 0; /* compile-time only */
        *align = 1;
        return true;
    }
    if (!sz[k]) return false;
    *size = sz[k];
    *align = k == KIND_COMPLEX64 ? 4 : sz[k] > 8 ? 8 : sz[k];
    return true;
}

/* Which word of a value of kind k is a pointer: -1 none. */
static int kind_ptrword(Kind k)
{
    switch (k) {
    case KIND_CHAN: case KIND_FUNC: case KIND_MAP: case KIND_POINTER:
    case KIND_SLICE: case KIND_STRING: case KIND_UNSAFEPTR:
        return 0;
    case KIND_INTERFACE:
        return 1; /* word 0 is a Type* or Itab*, outside the Go heap */
    default:
        return -1;
    }
}

static uint16_t kind_flags(Kind k)
{
    switch (k) {
    case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
    case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
    case KIND_UINT64: case KIND_UINTPTR:
        return TF_COMPARABLE | TF_MEMEQ;
    case KIND_CHAN: case KIND_POINTER: case KIND_UNSAFEPTR:
        return TF_COMPARABLE | TF_MEMEQ | TF_DIRECTIFACE;
    case KIND_FUNC: case KIND_MAP:
        return TF_DIRECTIFACE;
    case KIND_INTERFACE:
        return TF_COMPARABLE | TF_IFACEEQ_PANIC;
    case KIND_SLICE: case KIND_TUPLE: case KIND_TYPEPARAM: case KIND_ARRAY: case KIND_STRUCT:
        return 0; /* arrays and structs: from their components */
    default: /* floats, complex, string, untyped kinds, invalid */
        return TF_COMPARABLE;
    }
}

static uint64_t *mask_new(TypeTable *tt, uint64_t words)
{
    return ARENA_NEWN(tt->arena, uint64_t, (words + 63) / 64);
}

/* Sets in dst the bits of src (nbits of them) shifted by `at` words. */
static void mask_or(uint64_t *dst, uint64_t at, const uint64_t *src, uint64_t nbits)
{
    for (uint64_t i = 0; i < nbits; i++)
        if (src[i / 64] >> (i % 64) & 1) dst[(at + i) / 64] |= 1ULL << ((at + i) % 64);
}

static bool layout_array(TypeTable *tt, Type *t)
{
    Type *e = t->elem;
    if (!type_layout(tt, e)) return false;
    if (t->len < 0 || (e->size && (uint64_t)t->len > TYPE_MAX_SIZE / e->size)) {
        t->size = UINT64_MAX;
        return false;
    }
    t->size = e->size * (uint64_t)t->len;
    t->align = e->align;
    uint16_t keep = TF_COMPARABLE | TF_MEMEQ | (t->len ? TF_IFACEEQ_PANIC : 0);
    t->flags |= e->flags & keep;
    if (t->len == 1) t->flags |= e->flags & TF_DIRECTIFACE;
    if (e->ptrmask && t->len) {
        uint64_t ew = e->size / 8;
        t->ptrmask = mask_new(tt, t->size / 8);
        for (int64_t i = 0; i < t->len; i++) mask_or(t->ptrmask, (uint64_t)i * ew, e->ptrmask, e->ptrwords);
    }
    return true;
}

static bool is_blank(const Field *f)
{
    return f->name && f->name[0] == '_' && !f->name[1];
}

/* Field offsets, size and alignment; Go pads a final zero-size field so
   that its address stays inside the object. */
static bool struct_offsets(TypeTable *tt, Type *t, bool *padded)
{
    uint64_t off = 0;
    uint8_t align = 1;
    *padded = false;
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        if (!type_layout(tt, f->type)) return false;
        uint64_t at = ALIGN_UP(off, f->type->align);
        *padded |= at != off;
        if (at + f->type->size > UINT32_MAX) {
            t->size = UINT64_MAX;
            return false;
        }
        f->offset = (uint32_t)at;
        off = at + f->type->size;
        if (f->type->align > align) align = f->type->align;
    }
    if (t->nfields && off && t->fields[t->nfields - 1].type->size == 0) {
        off++;
        *padded = true;
    }
    t->size = ALIGN_UP(off, align);
    t->align = align;
    *padded |= t->size != off;
    return true;
}

static bool layout_struct(TypeTable *tt, Type *t)
{
    bool padded;
    if (!struct_offsets(tt, t, &padded)) return false;
    uint16_t fl = TF_COMPARABLE | (padded ? 0 : TF_MEMEQ);
    for (int i = 0; i < t->nfields; i++) {
        Field *f = &t->fields[i];
        fl &= f->type->flags | ~(TF_COMPARABLE | TF_MEMEQ);
        fl |= f->type->flags & TF_IFACEEQ_PANIC;
        if (is_blank(f)) fl &= (uint16_t)~TF_MEMEQ;
        if (f->type->ptrmask) {
            if (!t->ptrmask) t->ptrmask = mask_new(tt, t->size / 8);
            mask_or(t->ptrmask, f->offset / 8, f->type->ptrmask, f->type->ptrwords);
        }
    }
    if (t->nfields == 1) fl |= t->fields[0].type->flags & TF_DIRECTIFACE;
    t->flags |= fl;
    return true;
}

/* Stack form: elements one after another, slot-aligned. */
static bool layout_tuple(TypeTable *tt, Type *t)
{
    uint64_t slots = 0;
    for (int i = 0; i < t->nparams; i++) {
        if (!type_layout(tt, t->params[i])) return false;
        slots += t->params[i]->slots;
    }
    t->size = slots * 8;
    t->align = 8;
    slots = 0;
    for (int i = 0; i < t->nparams; i++) {
        Type *e = t->params[i];
        if (e->ptrmask) {
            if (!t->ptrmask) t->ptrmask = mask_new(tt, t->size / 8);
            mask_or(t->ptrmask, slots, e->ptrmask, e->ptrwords);
        }
        slots += e->slots;
    }
    return true;
}

static bool layout_kind(TypeTable *tt, Type *t)
{
    switch (t->kind) {
    case KIND_ARRAY: return layout_array(tt, t);
    case KIND_STRUCT: return layout_struct(tt, t);
    case KIND_TUPLE: return layout_tuple(tt, t);
    default: break;
    }
    if (!kind_layout((Kind)t->kind, &t->size, &t->align)) return false;
    int w = kind_ptrword((Kind)t->kind);
    if (w >= 0) {
        t->ptrmask = mask_new(tt, 2);
        t->ptrmask[0] = 1ULL << w;
    }
    return true;
}

/* slots, ptrwords and the flags derived from the layout. */
static void layout_finish(Type *t)
{
    t->flags |= kind_flags((Kind)t->kind);
    t->fieldalign = t->align;
    switch (t->kind) {
    case KIND_COMPLEX64: case KIND_COMPLEX128: t->slots = 2; break;
    case KIND_TUPLE: t->slots = (uint32_t)(t->size / 8); break;
    case KIND_STRING: case KIND_SLICE: case KIND_INTERFACE: case KIND_ARRAY: case KIND_STRUCT:
        t->slots = (uint32_t)((t->size + 7) / 8);
        break;
    default: t->slots = t->size ? 1 : 0; break;
    }
    t->ptrwords = 0;
    uint64_t words = (t->size + 7) / 8;
    for (uint64_t i = 0; t->ptrmask && i < words; i++)
        if (t->ptrmask[i / 64] >> (i % 64) & 1) t->ptrwords = i + 1;
    if (!t->ptrwords) t->ptrmask = NULL;
    if (t->ptrmask) t->flags |= TF_HASPTR;
}

static void copy_layout(Type *t, const Type *u)
{
    copy_structure(t, u);
    t->size = u->size;
    t->align = u->align;
    t->fieldalign = u->fieldalign;
    t->slots = u->slots;
    t->ptrmask = u->ptrmask;
    t->ptrwords = u->ptrwords;
    t->flags |= u->flags & (TF_COMPARABLE | TF_DIRECTIFACE | TF_HASPTR | TF_IFACEEQ_PANIC | TF_MEMEQ);
}

bool type_layout(TypeTable *tt, Type *t)
{
    if (t->flags & TF_COMPLETE) return true;
    if (t->flags & TF_LAYOUTING) return false;
    Type *u = t->underlying;
    if (!u) return false; /* defined type not yet resolved */
    t->flags |= TF_LAYOUTING;
    bool ok;
    if (u != t) {
        ok = type_layout(tt, u);
        if (ok) copy_layout(t, u);
    } else {
        t->ptrmask = NULL;
        ok = layout_kind(tt, t);
        if (ok) layout_finish(t);
    }
    t->flags &= (uint16_t)~TF_LAYOUTING;
    if (ok) t->flags |= TF_COMPLETE;
    return ok;
}

/* ---- predicates --------------------------------------------------------- */

/* A predicate on a type parameter holds when it holds for the underlying
   type of every term of its type set (and the set is restricted). */
static bool tp_all(const Type *t, bool (*pred)(const Type *))
{
    const Type *c = t->constraint ? type_under(t->constraint) : NULL;
    if (!c || c->tset_all || c->nterms == 0) return false;
    for (int i = 0; i < c->nterms; i++)
        if (!pred(type_under(c->terms[i].type))) return false;
    return true;
}

static bool is_integer(const Type *t)
{
    return (t->kind >= KIND_INT && t->kind <= KIND_UINTPTR) || t->kind == KIND_UNTYPED_INT ||
           t->kind == KIND_UNTYPED_RUNE;
}

bool type_is_integer(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_integer) : is_integer(t);
}

static bool is_unsigned(const Type *t) { return t->kind >= KIND_UINT && t->kind <= KIND_UINTPTR; }

bool type_is_unsigned(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_unsigned) : is_unsigned(t);
}

static bool is_float(const Type *t)
{
    return t->kind == KIND_FLOAT32 || t->kind == KIND_FLOAT64 || t->kind == KIND_UNTYPED_FLOAT;
}

bool type_is_float(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_float) : is_float(t);
}

static bool is_complex(const Type *t)
{
    return t->kind == KIND_COMPLEX64 || t->kind == KIND_COMPLEX128 || t->kind == KIND_UNTYPED_COMPLEX;
}

bool type_is_complex(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_complex) : is_complex(t);
}

static bool is_numeric(const Type *t)
{
    return is_integer(t) || is_float(t) || is_complex(t);
}

bool type_is_numeric(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_numeric) : is_numeric(t);
}

static bool is_string(const Type *t) { return t->kind == KIND_STRING || t->kind == KIND_UNTYPED_STRING; }

bool type_is_string(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_string) : is_string(t);
}

static bool is_boolean(const Type *t) { return t->kind == KIND_BOOL || t->kind == KIND_UNTYPED_BOOL; }

bool type_is_boolean(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_boolean) : is_boolean(t);
}

static bool is_ordered(const Type *t) { return is_integer(t) || is_float(t) || is_string(t); }

bool type_is_ordered(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_ordered) : is_ordered(t);
}

static bool is_addable(const Type *t) { return is_numeric(t) || is_string(t); }

bool type_is_addable(const Type *t)
{
    return t->kind == KIND_TYPEPARAM ? tp_all(t, is_addable) : is_addable(t);
}

bool type_is_untyped(const Type *t)
{
    return t->kind >= KIND_UNTYPED_BOOL && t->kind <= KIND_UNTYPED_NIL;
}

bool type_is_interface(const Type *t) { return t->kind == KIND_INTERFACE; }

bool type_is_pointer_shaped(const Type *t) { return (t->flags & TF_DIRECTIFACE) != 0; }

bool type_comparable(TypeTable *tt, Type *t)
{
    if (t->kind == KIND_TYPEPARAM) {
        const Type *c = t->constraint ? type_under(t->constraint) : NULL;
        if (!c) return false;
        if (c->tset_comparable) return true;
        if (c->tset_all || c->nterms == 0) return false;
        for (int i = 0; i < c->nterms; i++)
            if (!type_comparable(tt, c->terms[i].type)) return false;
        return true;
    }
    return type_layout(tt, t) && (t->flags & TF_COMPARABLE);
}

/* ---- generics ------------------------------------------------------------- */

Type *type_typeparam(TypeTable *tt, const char *name, int index, Object *obj)
{
    Type *t = ARENA_NEW(tt->arena, Type);
    t->kind = KIND_TYPEPARAM;
    t->flags = TF_NAMED;
    t->name = intern_cstr(tt->names, name);
    t->str = t->name;
    t->obj = obj;
    t->tpindex = index;
    t->underlying = t;
    t->hash = (uint32_t)hptr(0x7f, t);
    return t;
}

Type *type_constraint(TypeTable *tt, const Method *methods, int nm, const Term *terms, int nt, bool all,
                      bool comparable)
{
    Type *t = ARENA_NEW(tt->arena, Type);
    t->kind = KIND_INTERFACE;
    t->underlying = t;
    t->hash = (uint32_t)hptr(0x7d, t);
    if (nm) {
        t->imethods = ARENA_NEWN(tt->arena, Method, nm);
        memcpy(t->imethods, methods, sizeof(Method) * (size_t)nm);
        qsort(t->imethods, (size_t)nm, sizeof(Method), method_qsort_cmp);
    }
    t->nimethods = nm;
    if (nt) {
        t->terms = ARENA_NEWN(tt->arena, Term, nt);
        memcpy(t->terms, terms, sizeof(Term) * (size_t)nt);
    }
    t->nterms = nt;
    t->tset_all = all;
    t->tset_comparable = comparable;
    t->iface_complete = true;
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "interface {");
    int k = 0;
    for (int i = 0; i < nm; i++, k++) {
        sb_puts(&b, k ? "; " : " ");
        sb_puts(&b, t->imethods[i].name);
        put_signature(&b, t->imethods[i].sig);
    }
    if (comparable) {
        sb_puts(&b, k++ ? "; " : " ");
        sb_puts(&b, "comparable");
    }
    if (!all) {
        sb_puts(&b, k++ ? "; " : " ");
        for (int i = 0; i < nt; i++) {
            if (i) sb_puts(&b, " | ");
            if (t->terms[i].tilde) sb_putc(&b, '~');
            put_type(&b, t->terms[i].type);
        }
    }
    sb_puts(&b, k ? " }" : "}");
    t->str = sb_finish(tt, &b);
    return t;
}

Type *type_core(Type *t)
{
    if (t->kind != KIND_TYPEPARAM) return type_under(t);
    const Type *c = t->constraint ? type_under(t->constraint) : NULL;
    if (!c || c->tset_all || c->nterms == 0) return NULL;
    Type *u = type_under(c->terms[0].type);
    for (int i = 1; i < c->nterms; i++)
        if (type_under(c->terms[i].type) != u) return NULL;
    return u;
}

/* ---- equality ----------------------------------------------------------- */

/* The dynamic type of an interface value of interface type t. */
static Type *iface_dyntype(const Type *t, const Iface *v)
{
    if (!v->tab) return NULL;
    return t->nimethods == 0 ? (Type *)v->tab : ((const Itab *)v->tab)->type;
}

/* The memory form of an interface's dynamic value. */
static const void *iface_value(const Type *dyn, const Iface *v)
{
    return (dyn->flags & TF_DIRECTIFACE) ? (const void *)&v->data : v->data;
}

static int iface_equal(const Type *t, const Iface *a, const Iface *b, Type **bad)
{
    Type *ta = iface_dyntype(t, a), *tb = iface_dyntype(t, b);
    if (ta != tb) return 0;
    if (!ta) return 1;
    if (!(ta->flags & TF_COMPARABLE)) {
        if (bad) *bad = ta;
        return -1;
    }
    return type_equal_ex(ta, iface_value(ta, a), iface_value(ta, b), bad);
}

static int struct_equal(const Type *t, const char *a, const char *b, Type **bad)
{
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        if (is_blank(f)) continue;
        int r = type_equal_ex(f->type, a + f->offset, b + f->offset, bad);
        if (r != 1) return r;
    }
    return 1;
}

static int array_equal(const Type *t, const char *a, const char *b, Type **bad)
{
    uint64_t es = t->elem->size;
    for (int64_t i = 0; i < t->len; i++) {
        int r = type_equal_ex(t->elem, a + (uint64_t)i * es, b + (uint64_t)i * es, bad);
        if (r != 1) return r;
    }
    return 1;
}

int type_equal_ex(Type *t, const void *a, const void *b, Type **bad)
{
    if (t->flags & TF_MEMEQ) return memcmp(a, b, t->size) == 0;
    switch (t->kind) {
    case KIND_FLOAT32: return *(const float *)a == *(const float *)b;
    case KIND_FLOAT64: return *(const double *)a == *(const double *)b;
    case KIND_COMPLEX64:
        return ((const float *)a)[0] == ((const float *)b)[0] &&
               ((const float *)a)[1] == ((const float *)b)[1];
    case KIND_COMPLEX128:
        return ((const double *)a)[0] == ((const double *)b)[0] &&
               ((const double *)a)[1] == ((const double *)b)[1];
    case KIND_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || !x->len || !memcmp(x->ptr, y->ptr, (size_t)x->len));
    }
    case KIND_INTERFACE: return iface_equal(t, a, b, bad);
    case KIND_ARRAY: return array_equal(t, a, b, bad);
    case KIND_STRUCT: return struct_equal(t, a, b, bad);
    default:
        if (bad) *bad = t;
        return -1;
    }
}

int type_equal(Type *t, const void *a, const void *b)
{
    return type_equal_ex(t, a, b, NULL);
}

/* ---- hashing ------------------------------------------------------------ */

static _Thread_local uint64_t nan_counter;

static uint64_t nan_hash(uint64_t seed)
{
    return hmix(seed, ++nan_counter * 0x9e3779b97f4a7c15ULL);
}

static uint64_t hash_f64(double f, uint64_t seed)
{
    if (f == 0) f = 0; /* -0 hashes as +0 */
    if (f != f) return nan_hash(seed);
    return util_hash_bytes(&f, 8, seed);
}

static uint64_t hash_f32(float f, uint64_t seed)
{
    if (f == 0) f = 0;
    if (f != f) return nan_hash(seed);
    return util_hash_bytes(&f, 4, seed);
}

static uint64_t hash_rec(Type *t, const char *p, uint64_t seed, Type **bad);

static uint64_t hash_iface(const Type *t, const Iface *v, uint64_t seed, Type **bad)
{
    Type *dyn = iface_dyntype(t, v);
    if (!dyn) return hmix(seed, 0);
    if (!(dyn->flags & TF_COMPARABLE)) {
        *bad = dyn;
        return 0;
    }
    return hash_rec(dyn, iface_value(dyn, v), hptr(seed, dyn), bad);
}

static uint64_t hash_rec(Type *t, const char *p, uint64_t seed, Type **bad)
{
    if (t->flags & TF_MEMEQ) return util_hash_bytes(p, t->size, seed);
    switch (t->kind) {
    case KIND_FLOAT32: return hash_f32(*(const float *)p, seed);
    case KIND_FLOAT64: return hash_f64(*(const double *)p, seed);
    case KIND_COMPLEX64: return hash_f32(((const float *)p)[1], hash_f32(*(const float *)p, seed));
    case KIND_COMPLEX128: return hash_f64(((const double *)p)[1], hash_f64(*(const double *)p, seed));
    case KIND_STRING: {
        const GoString *s = (const GoString *)p;
        return util_hash_bytes(s->ptr, (size_t)s->len, seed);
    }
    case KIND_INTERFACE: return hash_iface(t, (const Iface *)p, seed, bad);
    case KIND_ARRAY:
        for (int64_t i = 0; i < t->len && !*bad; i++) seed = hash_rec(t->elem, p + (uint64_t)i * t->elem->size, seed, bad);
        return seed;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields && !*bad; i++)
            if (!is_blank(&t->fields[i])) seed = hash_rec(t->fields[i].type, p + t->fields[i].offset, seed, bad);
        return seed;
    default:
        *bad = t;
        return 0;
    }
}

uint64_t type_hash(Type *t, const void *p, uint64_t seed, Type **bad)
{
    Type *b = NULL;
    uint64_t h = hash_rec(t, p, seed, &b);
    if (bad) *bad = b;
    return b ? 0 : h;
}

Type *type_words(TypeTable *tt, int n, uint64_t mask)
{
    Field fs[64];
    memset(fs, 0, sizeof fs);
    char name[8];
    for (int i = 0; i < n && i < 64; i++) {
        snprintf(name, sizeof name, "w%d", i);
        fs[i].type = (mask >> i) & 1 ? tt->basic[KIND_UNSAFEPTR] : tt->basic[KIND_UINTPTR];
        fs[i].name = intern_cstr(tt->names, name);
    }
    Type *t = type_struct(tt, fs, n < 64 ? n : 64);
    type_layout(tt, t);
    return t;
}
