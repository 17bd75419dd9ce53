/* map.h - Go hash maps (map[K]V): the runtime behind make, m[k], m[k] = v,
 * delete, clear, len and for range. The algorithm is described at the top
 * of map.c.
 *
 * Keys and values are passed by pointer to their memory form. Every
 * function taking a G may raise a Go panic (rt_panicking(g) afterwards) or
 * end the program with a fatal error ("concurrent map writes"); they then
 * return NULL / do nothing.
 *
 * A map is one GoMap heap object; the interpreter holds a GoMap* in a slot
 * (nil map = NULL). Not thread-safe: as in Go, concurrent writes are a
 * program error, detected on a best-effort basis.
 */
#ifndef GOVM_MAP_H
#define GOVM_MAP_H

#include "../vm/vm.h"

/* Bucket layout of one map type, shared by all maps of the type (cached
   in the unnamed map Type's maplayout, allocated in the type arena). */
typedef struct MapLayout {
    Type *key, *elem;
    Type *bucket;        /* synthetic struct type of a bucket (GC layout) */
    Type *hdrtype;       /* GC layout of GoMap (its pointer words) */
    Type *itertype;      /* GC layout of MapIter */
    uint32_t keysize;    /* bytes per key slot (8 when indirect) */
    uint32_t valsize;    /* bytes per value slot (8 when indirect) */
    uint32_t valoff;     /* offset of the values in a bucket */
    uint32_t ovfoff;     /* offset of the overflow pointer */
    uint32_t bucketsize;
    uint8_t kkind;       /* key fast path (map.c: MK_*) */
    bool indirectkey;    /* key slots hold pointers to heap copies */
    bool indirectval;
    bool reflexive;      /* k == k for every key (no floats inside) */
    bool hashpanics;     /* hashing a key may panic (interfaces inside) */
    bool keyupdate;      /* overwriting assignment updates the stored key
                            (+0/-0, strings: drop the old backing array) */
} MapLayout;

typedef struct GoMap {
    int64_t count;        /* live entries: len(m) */
    uint8_t B;            /* log2 of the number of buckets */
    uint8_t flags;        /* map.c: MF_* */
    uint32_t noverflow;   /* overflow buckets allocated (grow trigger) */
    uint64_t seed;        /* hash seed (random per map, new after clear) */
    void *buckets;        /* 2^B buckets; NULL until the first insert */
    void *oldbuckets;     /* non-NULL while growing: the previous array */
    uint64_t nevacuate;   /* old buckets below this are evacuated */
    const MapLayout *ml;
} GoMap;

/* Iteration state for one for-range loop. Lives in the Go heap (the
   interpreter allocates it, or map_iter_make does). */
typedef struct MapIter {
    GoMap *m;
    G *g;
    const MapLayout *ml;
    void *buckets;        /* bucket array when the iteration started */
    void *bptr;           /* current bucket (may be an overflow bucket) */
    void *key, *value;    /* last entry produced */
    uint64_t startbucket; /* random start */
    uint64_t bucket;      /* next bucket to visit */
    uint64_t checkbucket; /* see map.c (NOCHECK when unused) */
    uint8_t B;            /* B when the iteration started */
    uint8_t offset;       /* random start slot within each bucket */
    uint8_t i;            /* next slot in bptr */
    bool wrapped;         /* went past the last bucket back to 0 */
    bool done;
} MapIter;

/* make(map[K]V, hint): a negative hint counts as 0, as in Go. */
GoMap *map_make(G *g, Type *maptype, int64_t hint);
/* Pointer to the value of key, or NULL when absent (m may be NULL) or on
   a panic (unhashable key). The pointer is valid until the next write. */
void *map_access(G *g, Type *mt, GoMap *m, const void *key);
/* Pointer to the value slot of key, inserting the key with a zero value if
   absent. The caller stores the value right away (before any other map
   operation). NULL after a panic: nil map ("assignment to entry in nil
   map", a plain runtime error) or unhashable key. */
void *map_assign(G *g, Type *mt, GoMap *m, const void *key);
void map_delete(G *g, Type *mt, GoMap *m, const void *key);
void map_clear(G *g, Type *mt, GoMap *m);
static inline int64_t map_len(const GoMap *m) { return m ? m->count : 0; }

void map_iter_init(G *g, Type *mt, GoMap *m, MapIter *it);
/* heap_alloc + map_iter_init. */
MapIter *map_iter_make(G *g, Type *mt, GoMap *m);
/* Next entry: true with pointers to its key and value (valid until the
   next map write), false at the end. */
bool map_iter_next(MapIter *it, void **key, void **value);

/* The layout of map type mt, built on first use (it creates synthetic
   types in the VM's TypeTable: once several threads run Go code, the
   loader must call it for every map type before the program starts). */
const MapLayout *map_layout(G *g, Type *mt);

#endif
