/* map.c - Go hash maps.
 *
 * The design is Go's (runtime/map.go), re-derived here:
 *
 *  1. A map is a GoMap header plus an array of 2^B buckets. A bucket holds
 *     8 entries: a tophash byte per entry, then the 8 keys, then the 8
 *     values (memory form, inline; keys or values larger than 128 bytes are
 *     stored as pointers to heap copies), then an overflow pointer chaining
 *     further buckets when all 8 slots are used. The bucket's shape is a
 *     synthetic struct Type (MapLayout.bucket) so the collector scans
 *     buckets precisely; the GoMap header and MapIter also get synthetic
 *     Types describing just their pointer words.
 *
 *  2. hash(key, seed) picks the bucket with its low B bits; its top byte is
 *     the entry's tophash, a cheap filter before comparing keys. tophash
 *     values below MIN_TOPHASH are markers: EMPTY_REST (this slot and every
 *     later slot of the chain are empty; zeroed memory), EMPTY_ONE,
 *     EVAC_X/EVAC_Y/EVAC_EMPTY (see 4). The seed is random per map and
 *     renewed when the map becomes empty, so hash flooding cannot be
 *     planned and iteration order differs between maps.
 *
 *  3. Growth. An insert that would make the average load exceed 6.5
 *     entries per bucket doubles the array; an insert finding too many
 *     overflow buckets (>= 2^min(B,15), left behind by deletions) starts a
 *     same-size grow that compacts them. Growth is incremental: the old
 *     array stays in oldbuckets and each write first evacuates the old
 *     bucket it is about to touch plus one more (nevacuate, in order), so no
 *     single operation pays for the whole copy. Old bucket i splits into new
 *     buckets i ("X") and i + oldsize ("Y") by the next hash bit. Readers
 *     look in the old bucket while it is not evacuated. Evacuated old
 *     buckets keep their keys (marked EVAC_X / EVAC_Y) because iterators
 *     may still walk them. Invariant: a new bucket receives entries only
 *     after its old bucket was evacuated, so evacuation finds it empty.
 *
 *  4. Iteration starts at a random bucket and a random slot offset (used in
 *     every bucket), remembers the bucket array and B of that moment, and
 *     walks each bucket's chain. Entries are produced from where they live:
 *       - if the map is growing from the remembered array's size (same B),
 *         an old bucket that is not evacuated yet is walked in place of the
 *         new one, producing only the keys that will land in the new bucket
 *         being visited (the "check bucket"), so no key appears twice;
 *       - an entry marked evacuated in an array the map has since left is
 *         looked up in the current map: gone means deleted (skip), found
 *         gives the current value.
 *     Deleted entries are EMPTY_ONE and skipped, so a deletion before the
 *     loop reaches an entry hides it; entries inserted during the loop may
 *     or may not appear; none appears twice.
 *
 *  5. NaN keys (k != k) hash to a fresh random value each time (type.c):
 *     each insertion adds an entry, lookups and deletes never find one, and
 *     evacuation sends them to X or Y by the low tophash bit (the iterator's
 *     check bucket test uses the same bit). clear removes them.
 *
 *  6. clear marks every tophash of the current and old arrays EMPTY_REST
 *     (so running iterators stop producing), drops the old array and
 *     zeroes the current one for reuse, and takes a new seed.
 *
 *  7. Concurrent writes: writers set MF_WRITING around their update and
 *     check it was not set by someone else (fatal "concurrent map writes");
 *     readers and iterators check it too. Best-effort, as in Go.
 *
 * Fast paths: keys whose equality is bytewise (TF_MEMEQ) of 4 or 8 bytes
 * (ints, pointers, small structs without padding) and string keys hash and
 * compare inline; other memeq keys use util_hash_bytes + memcmp; the rest
 * go through type_hash / type_equal. No operation allocates except to add
 * buckets or heap copies of large keys/values.
 *
 * Rejected: open addressing (Robin Hood etc.) makes pointers to values
 * unstable across inserts and iteration-during-modification hard to
 * specify; Go programs rely on the semantics above.
 */
#include "map.h"

#include <stddef.h>
#include <string.h>

#include "heap.h"
#include "panic.h"

enum { BUCKETCNT = 8, MAXINLINE = 128 };
enum { EMPTY_REST = 0, EMPTY_ONE = 1, EVAC_X = 2, EVAC_Y = 3, EVAC_EMPTY = 4, MIN_TOPHASH = 5 };
enum { MF_WRITING = 1, MF_SAMESIZE = 2 };
enum { MK_GENERIC, MK_U32, MK_U64, MK_STR, MK_MEM };
#define NOCHECK UINT64_MAX

/* The lookup and insert loops are instantiated per key kind (a constant
   `kind` argument folds key_hash_k/key_eq_k/kptr_k to straight code). */
#if defined(__GNUC__)
#define KIND_INLINE static inline __attribute__((always_inline))
#else
#define KIND_INLINE static inline
#endif
#define MAX_BUCKET_BYTES (1ULL << 48)

/* The synthetic GC types below describe these offsets. */
_Static_assert(offsetof(GoMap, buckets) == 24 && offsetof(GoMap, oldbuckets) == 32 &&
                   sizeof(GoMap) == 56, "GoMap layout");
_Static_assert(offsetof(MapIter, m) == 0 && offsetof(MapIter, buckets) == 24 &&
                   offsetof(MapIter, value) == 48 && sizeof(MapIter) == 88, "MapIter layout");

/* ---- buckets ------------------------------------------------------------ */

static inline uint8_t *tophash(void *b) { return b; }

static inline bool is_empty(uint8_t th) { return th <= EMPTY_ONE; }

static inline bool evacuated(void *b)
{
    uint8_t th = tophash(b)[0];
    return th > EMPTY_ONE && th < MIN_TOPHASH;
}

static inline uint8_t tophash_of(uint64_t h)
{
    uint8_t t = (uint8_t)(h >> 56);
    return t < MIN_TOPHASH ? (uint8_t)(t + MIN_TOPHASH) : t;
}

static inline void *bucket_at(const MapLayout *ml, void *arr, uint64_t i)
{
    return (char *)arr + i * ml->bucketsize;
}

static inline char *kslot(const MapLayout *ml, void *b, int i)
{
    return (char *)b + BUCKETCNT + (size_t)i * ml->keysize;
}

static inline char *vslot(const MapLayout *ml, void *b, int i)
{
    return (char *)b + ml->valoff + (size_t)i * ml->valsize;
}

/* Keys of the fixed-size fast kinds are never indirect. */
KIND_INLINE void *kptr_k(const MapLayout *ml, void *b, int i, int kind)
{
    char *k = kslot(ml, b, i);
    if (kind == MK_U64 || kind == MK_U32 || kind == MK_STR) return k;
    return ml->indirectkey ? *(void **)k : k;
}

static inline void *kptr(const MapLayout *ml, void *b, int i)
{
    return kptr_k(ml, b, i, ml->kkind);
}

static inline void *vptr(const MapLayout *ml, void *b, int i)
{
    char *v = vslot(ml, b, i);
    return ml->indirectval ? *(void **)v : v;
}

static inline void **overflow(const MapLayout *ml, void *b)
{
    return (void **)((char *)b + ml->ovfoff);
}

static inline uint64_t bmask(uint8_t B) { return ((uint64_t)1 << B) - 1; }

/* More than 6.5 entries per bucket on average. */
static inline bool overloaded(int64_t count, uint8_t B)
{
    return count > BUCKETCNT && (uint64_t)count > 13 * (((uint64_t)1 << B) / 2);
}

static inline uint64_t noldbuckets(const GoMap *m)
{
    return (uint64_t)1 << (m->flags & MF_SAMESIZE ? m->B : m->B - 1);
}

/* ---- hashing and equality -------------------------------------------- */

static inline uint64_t mix64(uint64_t x, uint64_t seed)
{
    x ^= seed;
    x *= 0x9e3779b97f4a7c15ULL;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    return x;
}

/* String keys: 8-byte words; the last word overlaps the previous one, and
   strings shorter than 8 bytes are gathered into one word by two
   overlapping 4-byte loads (4..7 bytes) or their first, middle and last
   bytes (1..3). With the length folded in first, distinct strings give
   distinct word sequences before mixing. (type_hash, used for strings
   inside composite keys, hashes with util_hash_bytes; a map uses one of
   the two for all its keys, so they need not agree.) */
static inline uint64_t load_small(const uint8_t *p, size_t n)
{
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + n - 4, 4);
        return (uint64_t)a << 32 | b;
    }
    return (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
}

static inline uint64_t str_hash(const uint8_t *p, size_t n, uint64_t seed)
{
    uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL), w;
    if (n > 8) {
        const uint8_t *end = p + n;
        for (; end - p > 8; p += 8) {
            memcpy(&w, p, 8);
            h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
            h ^= h >> 29;
        }
        memcpy(&w, end - 8, 8);
    } else if (n == 8) {
        memcpy(&w, p, 8);
    } else {
        w = n ? load_small(p, n) : 0;
    }
    return mix64(w, h);
}

KIND_INLINE uint64_t key_hash_k(const MapLayout *ml, const void *k, uint64_t seed, Type **bad, int kind)
{
    switch (kind) {
    case MK_U64: {
        uint64_t x;
        memcpy(&x, k, 8);
        return mix64(x, seed);
    }
    case MK_U32: {
        uint32_t x;
        memcpy(&x, k, 4);
        return mix64(x, seed);
    }
    case MK_STR: {
        const GoString *s = k;
        return str_hash(s->ptr, (size_t)s->len, seed);
    }
    case MK_MEM: return util_hash_bytes(k, ml->key->size, seed);
    default: return type_hash(ml->key, k, seed, bad);
    }
}

KIND_INLINE bool key_eq_k(const MapLayout *ml, const void *a, const void *b, int kind)
{
    switch (kind) {
    case MK_U64: {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        return x == y;
    }
    case MK_U32: {
        uint32_t x, y;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        return x == y;
    }
    case MK_STR: {
        const GoString *x = a, *y = b;
        return x->len == y->len &&
               (x->ptr == y->ptr || !x->len || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case MK_MEM: return memcmp(a, b, ml->key->size) == 0;
    default: return type_equal(ml->key, a, b) == 1;
    }
}

static inline uint64_t key_hash(const MapLayout *ml, const void *k, uint64_t seed, Type **bad)
{
    return key_hash_k(ml, k, seed, bad, ml->kkind);
}

static inline bool key_eq(const MapLayout *ml, const void *a, const void *b)
{
    return key_eq_k(ml, a, b, ml->kkind);
}

static void unhashable(G *g, Type *bad)
{
    rt_panic_runtime(g, "hash of unhashable type %s", type_string(bad));
}

/* Hashes key for map m, raising Go's panic for an unhashable key. */
KIND_INLINE bool hash_key_k(G *g, const MapLayout *ml, const void *key, uint64_t seed, uint64_t *h, int kind)
{
    Type *bad = NULL;
    *h = key_hash_k(ml, key, seed, &bad, kind);
    if (LIKELY(!bad)) return true;
    unhashable(g, bad);
    return false;
}

static bool hash_key(G *g, const MapLayout *ml, const void *key, uint64_t seed, uint64_t *h)
{
    return hash_key_k(g, ml, key, seed, h, ml->kkind);
}

/* ---- layout ------------------------------------------------------------ */

static Type *synth_struct(TypeTable *tt, Type **types, int n)
{
    static const char *const names[] = {"a", "b", "c", "d", "e", "f"};
    Field fs[6];
    memset(fs, 0, sizeof fs);
    for (int i = 0; i < n; i++) {
        fs[i].name = names[i];
        fs[i].type = types[i];
    }
    Type *t = type_struct(tt, fs, n);
    type_layout(tt, t);
    return t;
}

/* Key containing no floats (directly or in interfaces): k == k always. */
static bool reflexive(const Type *t)
{
    switch (t->kind) {
    case KIND_FLOAT32: case KIND_FLOAT64: case KIND_COMPLEX64: case KIND_COMPLEX128:
    case KIND_INTERFACE:
        return false;
    case KIND_ARRAY: return reflexive(t->elem);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!reflexive(t->fields[i].type)) return false;
        return true;
    default: return true;
    }
}

static uint8_t key_kind(const Type *k)
{
    if (k->flags & TF_MEMEQ) return k->size == 8 ? MK_U64 : k->size == 4 ? MK_U32 : MK_MEM;
    return k->kind == KIND_STRING ? MK_STR : MK_GENERIC;
}

static void build_bucket(TypeTable *tt, MapLayout *ml)
{
    Type *kt = ml->indirectkey ? type_pointer(tt, ml->key) : ml->key;
    Type *vt = ml->indirectval ? type_pointer(tt, ml->elem) : ml->elem;
    Type *fs[4] = {type_array(tt, tt->basic[KIND_UINT8], BUCKETCNT), type_array(tt, kt, BUCKETCNT),
                   type_array(tt, vt, BUCKETCNT), tt->basic[KIND_UNSAFEPTR]};
    ml->bucket = synth_struct(tt, fs, 4);
    ml->keysize = (uint32_t)kt->size;
    ml->valsize = (uint32_t)vt->size;
    ml->valoff = ml->bucket->fields[2].offset;
    ml->ovfoff = ml->bucket->fields[3].offset;
    ml->bucketsize = (uint32_t)ml->bucket->size;
}

/* GC shapes of GoMap and MapIter: only their Go-heap pointer words. */
static Type *header_type(TypeTable *tt, bool iter)
{
    Type *up = tt->basic[KIND_UNSAFEPTR], *u64 = tt->basic[KIND_UINT64];
    if (!iter) {
        Type *fs[3] = {type_array(tt, u64, 3), type_array(tt, up, 2), type_array(tt, u64, 2)};
        return synth_struct(tt, fs, 3);
    }
    Type *fs[4] = {up, type_array(tt, u64, 2), type_array(tt, up, 4), type_array(tt, u64, 4)};
    return synth_struct(tt, fs, 4);
}

static const MapLayout *map_layout_locked(G *g, Type *u);

/* Built once per map type, under the VM's type lock (goroutines on several
   threads may meet a map type for the first time together). */
const MapLayout *map_layout(G *g, Type *mt)
{
    Type *u = type_under(mt);
    const MapLayout *ml = __atomic_load_n(&u->maplayout, __ATOMIC_ACQUIRE);
    if (ml) return ml;
    pthread_mutex_lock(&g->vm->typelock);
    ml = u->maplayout ? u->maplayout : map_layout_locked(g, u);
    pthread_mutex_unlock(&g->vm->typelock);
    return ml;
}

static const MapLayout *map_layout_locked(G *g, Type *u)
{
    TypeTable *tt = &g->vm->types;
    type_layout(tt, u->key);
    type_layout(tt, u->elem);
    MapLayout *ml = ARENA_NEW(tt->arena, MapLayout);
    ml->key = u->key;
    ml->elem = u->elem;
    ml->indirectkey = u->key->size > MAXINLINE;
    ml->indirectval = u->elem->size > MAXINLINE;
    ml->kkind = key_kind(u->key);
    ml->reflexive = reflexive(type_under(u->key));
    ml->hashpanics = (u->key->flags & TF_IFACEEQ_PANIC) != 0;
    ml->keyupdate = !(u->key->flags & TF_MEMEQ);
    build_bucket(tt, ml);
    ml->hdrtype = header_type(tt, false);
    ml->itertype = header_type(tt, true);
    __atomic_store_n(&u->maplayout, ml, __ATOMIC_RELEASE);
    return ml;
}

/* ---- allocation ------------------------------------------------------- */

static void *new_array(G *g, const MapLayout *ml, uint8_t B)
{
    return heap_alloc(g, ((size_t)1 << B) * ml->bucketsize, ml->bucket);
}

/* Appends a fresh overflow bucket after b. */
static void *new_overflow(G *g, GoMap *m, void *b)
{
    void *o = heap_alloc(g, m->ml->bucketsize, m->ml->bucket);
    *overflow(m->ml, b) = o;
    m->noverflow++;
    return o;
}

GoMap *map_make(G *g, Type *mt, int64_t hint)
{
    const MapLayout *ml = map_layout(g, mt);
    bool pinned = heap_pin_begin(g);
    GoMap *m = heap_alloc(g, sizeof(GoMap), ml->hdrtype);
    m->ml = ml;
    m->seed = vm_rand(g->vm);
    if (hint < 0 || (uint64_t)hint > MAX_BUCKET_BYTES / ml->bucketsize) hint = 0;
    while (overloaded(hint, m->B)) m->B++;
    if (m->B) m->buckets = new_array(g, ml, m->B);
    heap_pin_end(g, pinned);
    return m;
}

/* ---- growth ----------------------------------------------------------- */

static void hash_grow(G *g, GoMap *m)
{
    bool same = !overloaded(m->count + 1, m->B);
    uint8_t B = same ? m->B : (uint8_t)(m->B + 1);
    void *arr = new_array(g, m->ml, B);
    m->oldbuckets = m->buckets;
    m->buckets = arr;
    m->B = B;
    m->nevacuate = 0;
    m->noverflow = 0;
    m->flags = (uint8_t)((m->flags & ~MF_SAMESIZE) | (same ? MF_SAMESIZE : 0));
}

typedef struct EvacDst {
    void *b;
    int i;
} EvacDst;

/* Copies entry i of old bucket b to d (raw slots: indirect pointers move). */
static void evac_copy(G *g, GoMap *m, EvacDst *d, void *b, int i, uint8_t th)
{
    const MapLayout *ml = m->ml;
    if (d->i == BUCKETCNT) {
        d->b = new_overflow(g, m, d->b);
        d->i = 0;
    }
    tophash(d->b)[d->i] = th;
    memcpy(kslot(ml, d->b, d->i), kslot(ml, b, i), ml->keysize);
    memcpy(vslot(ml, d->b, d->i), vslot(ml, b, i), ml->valsize);
    d->i++;
}

static void advance_mark(G *g, GoMap *m, uint64_t nold)
{
    m->nevacuate++;
    uint64_t stop = m->nevacuate + 1024 < nold ? m->nevacuate + 1024 : nold;
    while (m->nevacuate != stop && evacuated(bucket_at(m->ml, m->oldbuckets, m->nevacuate))) m->nevacuate++;
    if (m->nevacuate == nold) {
        /* the old array's entries were copied: it goes (write barrier) */
        heap_wb_ptr(g, &m->oldbuckets, NULL);
        m->oldbuckets = NULL;
        m->flags &= (uint8_t)~MF_SAMESIZE;
    }
}

static void evacuate(G *g, GoMap *m, uint64_t ob)
{
    const MapLayout *ml = m->ml;
    uint64_t nold = noldbuckets(m);
    bool same = m->flags & MF_SAMESIZE;
    void *b = bucket_at(ml, m->oldbuckets, ob);
    if (!evacuated(b)) {
        EvacDst d[2] = {{bucket_at(ml, m->buckets, ob), 0}, {NULL, 0}};
        if (!same) d[1].b = bucket_at(ml, m->buckets, ob + nold);
        for (; b; b = *overflow(ml, b)) {
            for (int i = 0; i < BUCKETCNT; i++) {
                uint8_t th = tophash(b)[i];
                if (is_empty(th)) {
                    tophash(b)[i] = EVAC_EMPTY;
                    continue;
                }
                int y = 0;
                if (!same) {
                    void *k = kptr(ml, b, i);
                    Type *bad = NULL;
                    uint64_t h = key_hash(ml, k, m->seed, &bad);
                    if (!ml->reflexive && !key_eq(ml, k, k)) {
                        y = th & 1; /* NaN: its hash is random anyway */
                        th = tophash_of(h);
                    } else {
                        y = (h & nold) != 0;
                    }
                }
                tophash(b)[i] = (uint8_t)(EVAC_X + y);
                evac_copy(g, m, &d[y], b, i, th);
            }
        }
    }
    if (ob == m->nevacuate) advance_mark(g, m, nold);
}

static void grow_work(G *g, GoMap *m, uint64_t bucket)
{
    evacuate(g, m, bucket & (noldbuckets(m) - 1));
    if (m->oldbuckets) evacuate(g, m, m->nevacuate);
}

/* ---- lookup ------------------------------------------------------------ */

/* The bucket chain where a key of hash h lives now. */
KIND_INLINE void *home_bucket(const GoMap *m, uint64_t h)
{
    const MapLayout *ml = m->ml;
    if (m->oldbuckets) {
        void *ob = bucket_at(ml, m->oldbuckets, h & (noldbuckets(m) - 1));
        if (!evacuated(ob)) return ob;
    }
    return bucket_at(ml, m->buckets, h & bmask(m->B));
}

/* Finds key (hash h) in m: its bucket and slot, or NULL. */
KIND_INLINE void *find_k(const GoMap *m, const void *key, uint64_t h, int *slot, int kind)
{
    const MapLayout *ml = m->ml;
    uint8_t top = tophash_of(h);
    for (void *b = home_bucket(m, h); b; b = *overflow(ml, b)) {
        uint8_t *th = tophash(b);
        for (int i = 0; i < BUCKETCNT; i++) {
            if (th[i] != top) {
                if (th[i] == EMPTY_REST) return NULL;
                continue;
            }
            if (key_eq_k(ml, key, kptr_k(ml, b, i, kind), kind)) {
                *slot = i;
                return b;
            }
        }
    }
    return NULL;
}

static void *find(const GoMap *m, const void *key, uint64_t h, int *slot)
{
    return find_k(m, key, h, slot, m->ml->kkind);
}

/* Hashing an absent key still panics for unhashable keys, as in Go. */
static void check_hashable(G *g, Type *mt, const void *key)
{
    const MapLayout *ml = map_layout(g, mt);
    uint64_t h;
    if (ml->hashpanics) hash_key(g, ml, key, 0, &h);
}

KIND_INLINE void *access_k(G *g, const GoMap *m, const void *key, int kind)
{
    uint64_t h;
    int i;
    if (!hash_key_k(g, m->ml, key, m->seed, &h, kind)) return NULL;
    void *b = find_k(m, key, h, &i, kind);
    return b ? vptr(m->ml, b, i) : NULL;
}

void *map_access(G *g, Type *mt, GoMap *m, const void *key)
{
    if (!m || !m->count) {
        check_hashable(g, mt, key);
        return NULL;
    }
    if (UNLIKELY(m->flags & MF_WRITING)) {
        rt_throw(g, "concurrent map read and map write");
        return NULL;
    }
    switch (m->ml->kkind) {
    case MK_U64: return access_k(g, m, key, MK_U64);
    case MK_STR: return access_k(g, m, key, MK_STR);
    default: return access_k(g, m, key, m->ml->kkind);
    }
}

/* ---- insertion ------------------------------------------------------------ */

static bool begin_write(G *g, GoMap *m)
{
    if (UNLIKELY(m->flags & MF_WRITING)) {
        rt_throw(g, "concurrent map writes");
        return false;
    }
    m->flags ^= MF_WRITING;
    return true;
}

static bool end_write(G *g, GoMap *m)
{
    if (UNLIKELY(!(m->flags & MF_WRITING))) {
        rt_throw(g, "concurrent map writes");
        return false;
    }
    m->flags &= (uint8_t)~MF_WRITING;
    return true;
}

/* Stores a new key (and its zero value) in slot i of b. */
static void *insert_at(G *g, GoMap *m, void *b, int i, uint8_t top, const void *key)
{
    const MapLayout *ml = m->ml;
    char *k = kslot(ml, b, i), *v = vslot(ml, b, i);
    if (ml->key->flags & TF_HASPTR) heap_wb(g, NULL, key, ml->key->size);
    if (ml->indirectkey) {
        void *p = heap_alloc(g, ml->key->size, ml->key);
        memcpy(p, key, ml->key->size);
        *(void **)k = p;
    } else {
        memcpy(k, key, ml->keysize);
    }
    if (ml->indirectval) *(void **)v = heap_alloc(g, ml->elem->size, ml->elem);
    tophash(b)[i] = top;
    m->count++;
    return ml->indirectval ? *(void **)v : v;
}

/* The value slot of key in the (evacuated) new bucket chain, inserting. */
KIND_INLINE void *assign_in_k(G *g, GoMap *m, const void *key, uint64_t h, bool *regrow, int kind)
{
    const MapLayout *ml = m->ml;
    uint8_t top = tophash_of(h);
    void *b = bucket_at(ml, m->buckets, h & bmask(m->B)), *ib = NULL;
    int ii = 0;
    for (;;) {
        uint8_t *th = tophash(b);
        for (int i = 0; i < BUCKETCNT; i++) {
            if (th[i] != top) {
                if (is_empty(th[i]) && !ib) ib = b, ii = i;
                if (th[i] == EMPTY_REST) goto absent;
                continue;
            }
            void *k = kptr_k(ml, b, i, kind);
            if (!key_eq_k(ml, key, k, kind)) continue;
            if (kind != MK_U64 && kind != MK_U32 && ml->keyupdate) {
                if (ml->key->flags & TF_HASPTR) heap_wb(g, k, key, ml->key->size);
                memcpy(k, key, ml->key->size);
            }
            return vptr(ml, b, i);
        }
        void *o = *overflow(ml, b);
        if (!o) break;
        b = o;
    }
absent:
    if (!m->oldbuckets && (overloaded(m->count + 1, m->B) ||
                           m->noverflow >= (1u << (m->B < 15 ? m->B : 15)))) {
        hash_grow(g, m);
        *regrow = true;
        return NULL;
    }
    if (!ib) ib = new_overflow(g, m, b), ii = 0;
    return insert_at(g, m, ib, ii, top, key);
}

KIND_INLINE void *assign_k(G *g, GoMap *m, const void *key, int kind)
{
    uint64_t h;
    if (!hash_key_k(g, m->ml, key, m->seed, &h, kind) || !begin_write(g, m)) return NULL;
    if (UNLIKELY(!m->buckets)) m->buckets = new_array(g, m->ml, m->B);
    void *v;
    bool regrow;
    do {
        regrow = false;
        if (m->oldbuckets) grow_work(g, m, h & bmask(m->B));
        v = assign_in_k(g, m, key, h, &regrow, kind);
    } while (UNLIKELY(regrow));
    return end_write(g, m) ? v : NULL;
}

void *map_assign(G *g, Type *mt, GoMap *m, const void *key)
{
    UNUSED(mt);
    if (!m) {
        rt_panic_plain(g, "assignment to entry in nil map");
        return NULL;
    }
    if (UNLIKELY(m->flags & MF_WRITING)) {
        rt_throw(g, "concurrent map writes");
        return NULL;
    }
    /* growth and indirect cells allocate several objects */
    bool pinned = heap_pin_begin(g);
    void *v;
    switch (m->ml->kkind) {
    case MK_U64: v = assign_k(g, m, key, MK_U64); break;
    case MK_STR: v = assign_k(g, m, key, MK_STR); break;
    default: v = assign_k(g, m, key, m->ml->kkind); break;
    }
    heap_pin_end(g, pinned);
    return v;
}

/* ---- deletion ------------------------------------------------------------ */

/* After slot i of b became EMPTY_ONE: if nothing follows in the chain,
   turn the trailing run of empty slots into EMPTY_REST. */
static void mark_rest(const MapLayout *ml, void *first, void *b, int i)
{
    if (i == BUCKETCNT - 1) {
        void *o = *overflow(ml, b);
        if (o && tophash(o)[0] != EMPTY_REST) return;
    } else if (tophash(b)[i + 1] != EMPTY_REST) {
        return;
    }
    for (;;) {
        tophash(b)[i] = EMPTY_REST;
        if (i == 0) {
            if (b == first) return;
            void *c = b;
            for (b = first; *overflow(ml, b) != c; b = *overflow(ml, b)) {}
            i = BUCKETCNT - 1;
        } else {
            i--;
        }
        if (tophash(b)[i] != EMPTY_ONE) return;
    }
}

KIND_INLINE void delete_in_k(G *g, GoMap *m, const void *key, uint64_t h, int kind)
{
    const MapLayout *ml = m->ml;
    uint8_t top = tophash_of(h);
    void *first = bucket_at(ml, m->buckets, h & bmask(m->B));
    for (void *b = first; b; b = *overflow(ml, b)) {
        uint8_t *th = tophash(b);
        for (int i = 0; i < BUCKETCNT; i++) {
            if (th[i] != top) {
                if (th[i] == EMPTY_REST) return;
                continue;
            }
            if (!key_eq_k(ml, key, kptr_k(ml, b, i, kind), kind)) continue;
            heap_wb(g, kslot(ml, b, i), NULL, ml->keysize);
            heap_wb(g, vslot(ml, b, i), NULL, ml->valsize);
            memset(kslot(ml, b, i), 0, ml->keysize);
            memset(vslot(ml, b, i), 0, ml->valsize);
            th[i] = EMPTY_ONE;
            mark_rest(ml, first, b, i);
            if (--m->count == 0) m->seed = vm_rand(g->vm);
            return;
        }
    }
}

KIND_INLINE void delete_k(G *g, GoMap *m, const void *key, int kind)
{
    uint64_t h;
    if (!hash_key_k(g, m->ml, key, m->seed, &h, kind) || !begin_write(g, m)) return;
    if (m->oldbuckets) grow_work(g, m, h & bmask(m->B));
    delete_in_k(g, m, key, h, kind);
    end_write(g, m);
}

void map_delete(G *g, Type *mt, GoMap *m, const void *key)
{
    if (!m || !m->count) {
        check_hashable(g, mt, key);
        return;
    }
    if (UNLIKELY(m->flags & MF_WRITING)) {
        rt_throw(g, "concurrent map writes");
        return;
    }
    switch (m->ml->kkind) {
    case MK_U64: delete_k(g, m, key, MK_U64); break;
    case MK_STR: delete_k(g, m, key, MK_STR); break;
    default: delete_k(g, m, key, m->ml->kkind); break;
    }
}

/* ---- clear ------------------------------------------------------------------ */

static void mark_all_empty(const MapLayout *ml, void *arr, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++)
        for (void *b = bucket_at(ml, arr, i); b; b = *overflow(ml, b)) memset(tophash(b), EMPTY_REST, BUCKETCNT);
}

void map_clear(G *g, Type *mt, GoMap *m)
{
    UNUSED(mt);
    if (!m || !begin_write(g, m)) return;
    const MapLayout *ml = m->ml;
    if (m->oldbuckets) mark_all_empty(ml, m->oldbuckets, noldbuckets(m));
    if (m->buckets) {
        mark_all_empty(ml, m->buckets, (uint64_t)1 << m->B);
        heap_wb(g, m->buckets, NULL, ((size_t)1 << m->B) * ml->bucketsize);
        memset(m->buckets, 0, ((size_t)1 << m->B) * ml->bucketsize);
    }
    heap_wb_ptr(g, &m->oldbuckets, NULL);
    m->oldbuckets = NULL;
    m->nevacuate = 0;
    m->noverflow = 0;
    m->count = 0;
    m->seed = vm_rand(g->vm);
    m->flags &= (uint8_t)~MF_SAMESIZE;
    end_write(g, m);
}

/* ---- iteration ------------------------------------------------------------ */

void map_iter_init(G *g, Type *mt, GoMap *m, MapIter *it)
{
    UNUSED(mt);
    memset(it, 0, sizeof *it);
    it->m = m;
    it->g = g;
    it->checkbucket = NOCHECK;
    if (!m || !m->count) {
        it->done = true;
        return;
    }
    it->ml = m->ml;
    it->B = m->B;
    it->buckets = m->buckets;
    uint64_t r = vm_rand(g->vm);
    it->startbucket = r & bmask(m->B);
    it->offset = (uint8_t)(r >> 61);
    it->bucket = it->startbucket;
}

MapIter *map_iter_make(G *g, Type *mt, GoMap *m)
{
    MapIter *it = heap_alloc(g, sizeof(MapIter), map_layout(g, mt)->itertype);
    map_iter_init(g, mt, m, it);
    return it;
}

/* The next bucket to walk (see 4. above); sets it->checkbucket. */
static void *iter_bucket(MapIter *it)
{
    GoMap *m = it->m;
    const MapLayout *ml = it->ml;
    uint64_t bucket = it->bucket;
    void *b = NULL;
    it->checkbucket = NOCHECK;
    if (m->oldbuckets && it->B == m->B) {
        b = bucket_at(ml, m->oldbuckets, bucket & (noldbuckets(m) - 1));
        if (!evacuated(b)) it->checkbucket = bucket;
        else b = NULL;
    }
    if (!b) b = bucket_at(ml, it->buckets, bucket);
    if (++it->bucket == (uint64_t)1 << it->B) {
        it->bucket = 0;
        it->wrapped = true;
    }
    it->i = 0;
    return b;
}

/* While walking a not yet evacuated old bucket for new bucket
   it->checkbucket: does key k (tophash th) belong there? */
static bool in_checkbucket(const MapIter *it, void *k, uint8_t th)
{
    const MapLayout *ml = it->ml;
    if (it->checkbucket == NOCHECK || (it->m->flags & MF_SAMESIZE)) return true;
    if (ml->reflexive || key_eq(ml, k, k)) {
        Type *bad = NULL;
        return (key_hash(ml, k, it->m->seed, &bad) & bmask(it->B)) == it->checkbucket;
    }
    return (it->checkbucket >> (it->B - 1)) == (uint64_t)(th & 1);
}

/* Produces slot s of b: in place, or looked up if it moved since. */
static bool iter_produce(MapIter *it, void *b, int s, uint8_t th)
{
    const MapLayout *ml = it->ml;
    void *k = kptr(ml, b, s);
    if ((th != EVAC_X && th != EVAC_Y) || !(ml->reflexive || key_eq(ml, k, k))) {
        it->key = k;
        it->value = vptr(ml, b, s);
        return true;
    }
    GoMap *m = it->m;
    Type *bad = NULL;
    int i;
    void *nb = find(m, k, key_hash(ml, k, m->seed, &bad), &i);
    if (!nb) return false; /* deleted since */
    it->key = kptr(ml, nb, i);
    it->value = vptr(ml, nb, i);
    return true;
}

bool map_iter_next(MapIter *it, void **key, void **value)
{
    if (it->done) return false;
    if (UNLIKELY(it->m->flags & MF_WRITING)) {
        rt_throw(it->g, "concurrent map iteration and map write");
        it->done = true;
        return false;
    }
    for (;;) {
        if (!it->bptr) {
            if (it->bucket == it->startbucket && it->wrapped) {
                it->done = true;
                return false;
            }
            it->bptr = iter_bucket(it);
        }
        for (; it->i < BUCKETCNT; it->i++) {
            int s = (it->i + it->offset) & (BUCKETCNT - 1);
            uint8_t th = tophash(it->bptr)[s];
            if (is_empty(th) || th == EVAC_EMPTY) continue;
            if (!in_checkbucket(it, kptr(it->ml, it->bptr, s), th)) continue;
            if (!iter_produce(it, it->bptr, s, th)) continue;
            it->i++;
            *key = it->key;
            *value = it->value;
            return true;
        }
        it->bptr = *overflow(it->ml, it->bptr);
        it->i = 0;
    }
}
