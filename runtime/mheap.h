/* mheap.h - the allocator's structures, shared by malloc.c (allocation,
 * sweeping, the page heap) and gc.c (marking). See malloc.c for the design.
 */
#ifndef GOVM_MHEAP_H
#define GOVM_MHEAP_H

#include <pthread.h>

#include "heap.h"

enum {
    PAGE_SHIFT = 13,
    PAGE_SIZE = 1 << PAGE_SHIFT,          /* 8 KiB */
    ARENA_SHIFT = 26,
    ARENA_BYTES = 1 << ARENA_SHIFT,       /* 64 MiB of address space per arena */
    ARENA_PAGES = ARENA_BYTES / PAGE_SIZE,
    NUM_CLASSES = 68,                     /* size class 0 is "large" */
    NUM_SPANCLASSES = NUM_CLASSES * 2,    /* (class << 1) | noscan */
    MAX_SMALL = 32768,
    WORDS_PER_PAGE = PAGE_SIZE / 8,
};

typedef enum SpanState { SPAN_DEAD, SPAN_FREE, SPAN_INUSE } SpanState;

typedef struct Span {
    uintptr_t base;
    size_t npages;
    uint8_t state;         /* SpanState */
    uint8_t spanclass;     /* (sizeclass << 1) | noscan; 0/1 for large */
    bool noscan;
    bool needzero;         /* objects may hold old data: zero on allocation */
    bool scavenged;        /* free pages returned to the OS (they read as 0) */
    uint32_t elemsize;
    uint32_t nelems;
    uint32_t freeindex;    /* objects below it are allocated */
    uint32_t allocCount;   /* allocated objects (as of the last sweep + since) */
    uint32_t sweepgen;     /* see malloc.c: sweep generations */
    uint64_t *allocBits;   /* after a sweep: the objects that survived it */
    uint64_t *markBits;    /* the objects marked by the current cycle */
    uint64_t *ptrBits;     /* small scan spans: one bit per word, set for
                              the pointer words of allocated objects */
    Type *largetype;       /* large scan objects: the element type ... */
    size_t largecount;     /* ... and how many elements */
    int64_t freed_at;      /* free spans: when (for the scavenger) */
    struct Span *next, *prev; /* the list it is on */
    struct Span *inlist_owner; /* unused marker for debugging */
} Span;

typedef struct SpanList {
    Span *first, *last;
    size_t n;
} SpanList;

/* Per size class and scan/noscan: spans with free objects (partial) and
   without (full), each split into swept and unswept halves by sweep
   generation parity. */
typedef struct MCentral {
    pthread_mutex_t lock;
    int spanclass;
    SpanList partial[2], full[2];
} MCentral;

/* A P's cache: one span per span class to allocate from without locks,
   and the P's write-barrier buffer (pointers to shade, gc.c). */
enum { WBUF_N = 256 };
struct MCache {
    Span *alloc[NUM_SPANCLASSES];
    int64_t local_alloc;   /* bytes allocated, not yet added to heap_live */
    uint64_t local_nmalloc;
    uint32_t nwbuf;
    uintptr_t wbuf[WBUF_N];
};

typedef struct ArenaInfo {
    uintptr_t base;
    Span *spans[ARENA_PAGES]; /* the span of each page (NULL: not in use) */
} ArenaInfo;

enum { ARENA_L1_BITS = 10, ARENA_L2_BITS = 48 - ARENA_SHIFT - ARENA_L1_BITS };

struct Heap {
    VM *vm;
    pthread_mutex_t lock;          /* the page heap and the large-object list */
    ArenaInfo **arenas[1 << ARENA_L1_BITS]; /* two-level map: address -> arena */
    SpanList free[128];            /* free spans of n pages (n < 128) */
    SpanList freelarge;            /* free spans of 128 pages or more */
    SpanList large;                /* in-use large-object spans */
    Span *largesweep;              /* next large span to look at for sweeping */
    uint32_t largesweep_gen;       /* the sweepgen largesweep belongs to */
    MCentral central[NUM_SPANCLASSES];
    MCache shared_cache;           /* for allocations without a P */
    pthread_mutex_t shared_lock;
    Span *spanpool;                /* dead Span records for reuse */
    uint32_t sweepgen;             /* incremented by 2 per cycle (atomic) */
    /* statistics, updated atomically */
    int64_t heap_live;             /* bytes in objects allocated or surviving */
    int64_t heap_marked;           /* live bytes found by the last marking */
    uint64_t total_alloc, nmalloc, nfree;
    size_t heap_sys;               /* bytes of arenas reserved */
    size_t heap_inuse;             /* bytes of pages in in-use spans */
    size_t heap_released;          /* bytes of free pages returned to the OS */
    size_t nobjects_live;
    struct GCState *gc;            /* gc.c */
    bool poison;                   /* fill freed objects with garbage */
    int sweepers;                  /* threads sweeping a span (atomic) */
    int sweep_paused;              /* a cycle is starting (atomic) */
};

extern const uint16_t heap_class_size[NUM_CLASSES];
extern uint8_t heap_class_npages[NUM_CLASSES];

/* The span holding address p, or NULL if p is not in an in-use span. */
static inline Span *span_of(Heap *h, uintptr_t p)
{
    ArenaInfo **l2 = __atomic_load_n(&h->arenas[(p >> (ARENA_SHIFT + ARENA_L2_BITS)) & ((1 << ARENA_L1_BITS) - 1)],
                                     __ATOMIC_ACQUIRE);
    if (!l2 || (p >> 48)) return NULL;
    ArenaInfo *a = __atomic_load_n(&l2[(p >> ARENA_SHIFT) & ((1 << ARENA_L2_BITS) - 1)], __ATOMIC_ACQUIRE);
    if (!a) return NULL;
    Span *s = __atomic_load_n(&a->spans[(p - a->base) >> PAGE_SHIFT], __ATOMIC_ACQUIRE);
    if (!s || __atomic_load_n(&s->state, __ATOMIC_ACQUIRE) != SPAN_INUSE) return NULL;
    return s;
}

static inline uint32_t span_index(const Span *s, uintptr_t p)
{
    return (uint32_t)((p - s->base) / s->elemsize);
}

/* Words of a bitmap of nbits bits. */
static inline size_t bitwords(size_t nbits)
{
    return (nbits + 63) / 64;
}

static inline bool bit_get(const uint64_t *bits, size_t i)
{
    return (bits[i / 64] >> (i % 64)) & 1;
}

/* Is object i of s allocated (during marking: not yet swept free)? */
static inline bool span_allocated(const Span *s, uint32_t i)
{
    return i < __atomic_load_n(&s->freeindex, __ATOMIC_ACQUIRE) || bit_get(s->allocBits, i);
}

/* The index in s of the allocated object holding address p (in s); false
   when p lies past the last object or in a free slot. */
static inline bool span_object(const Span *s, uintptr_t p, uint32_t *idx)
{
    *idx = s->nelems == 1 ? 0 : span_index(s, p);
    return *idx < s->nelems && span_allocated(s, *idx);
}

static inline uintptr_t span_object_base(const Span *s, uint32_t idx)
{
    return s->base + (uintptr_t)idx * s->elemsize;
}

/* Sweeping (malloc.c). */
bool sweep_span(Heap *h, Span *s); /* false if the span was freed */
bool sweep_one(Heap *h);           /* sweeps one unswept span; false when none */
void sweep_pause(Heap *h);         /* waits for sweeps in progress, pauses */
void sweep_resume(Heap *h);
void sweep_all(Heap *h);           /* with sweeping paused: everything left */
void heap_flush_caches(Heap *h, MCache **caches, int n); /* return cached spans */
void heap_check(Heap *h);
void heap_flush_stats(Heap *h, MCache *c); /* a cache's counts into the heap's */           /* debugging: aborts on inconsistent lists */

#endif
