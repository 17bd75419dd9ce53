/* malloc.c - the Go heap allocator: size classes, spans, per-P caches,
 * central lists, the page heap, and sweeping.
 *
 * Memory comes from the OS in arenas: 64 MiB of address space each, aligned
 * to their size, so the arena of any address is found by two table lookups
 * (Heap.arenas) and its page (8 KiB) by a shift. Every page of an in-use
 * span points to its span (ArenaInfo.spans): any interior pointer finds its
 * object.
 *
 * Objects up to 32 KiB are rounded up to one of Go's 67 size classes and
 * carved from spans holding only that class; larger ones get a span of
 * their own. Spans of pointer-free objects are "noscan": the collector never
 * looks inside them. In scan spans a bitmap with one bit per word says which
 * words hold pointers; heap_alloc writes the object's bits from its type's
 * pointer mask. A large scan object records its element type and count.
 *
 * Allocation (heap_alloc): each P has an MCache with one current span per
 * span class (size class x scan/noscan), from which it takes the next free
 * object without locking (the P is owned by one thread). An exhausted span
 * goes back to its MCentral and the cache takes another: a partially free
 * swept span, else an unswept one it sweeps first, else a new span from
 * the page heap (Heap.lock), which keeps free page runs by length,
 * coalesces neighbours and maps new arenas when it must.
 *
 * Objects are freed only by sweeping. A span's allocBits record which
 * objects survived its last sweep; objects allocated since are those below
 * freeindex. The collector sets markBits; sweeping a span frees every
 * allocated object that is not marked, and the mark bits become the
 * allocation bits. Sweep generations (Heap.sweepgen, +2 per cycle) tell
 * swept spans from unswept ones: each MCentral list comes in two halves
 * selected by the generation's parity, so starting a cycle turns every
 * swept list into an unswept one without touching a span. Allocation
 * sweeps lazily what it needs; a background sweeper (gc.c) does the rest
 * before the next cycle begins. New objects need zeroed memory: spans that
 * held objects before are zeroed object by object as they are handed out;
 * memory fresh from the OS already is.
 */
#include "mheap.h"

#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/mman.h>

#include "gc.h"
#include "panic.h"

/* Go's size classes (bytes), class 0 meaning "large". */
const uint16_t heap_class_size[NUM_CLASSES] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
uint8_t heap_class_npages[NUM_CLASSES];

/* size -> class for small sizes, by 8-byte steps up to 1024 and 128-byte
   steps above. */
static uint8_t class_small[1024 / 8 + 1];
static uint8_t class_large[(MAX_SMALL - 1024) / 128 + 1];

static void init_classes(void)
{
    static bool done;
    if (__atomic_load_n(&done, __ATOMIC_ACQUIRE)) return;
    for (int c = 1; c < NUM_CLASSES; c++) {
        /* the fewest pages wasting at most 1/8 of the span */
        size_t size = heap_class_size[c], n = 1;
        while ((n * PAGE_SIZE) % size > (n * PAGE_SIZE) / 8) n++;
        heap_class_npages[c] = (uint8_t)n;
    }
    int c = 1;
    for (size_t i = 0; i < sizeof class_small; i++) {
        size_t size = i * 8;
        while (heap_class_size[c] < size) c++;
        class_small[i] = (uint8_t)c;
    }
    for (size_t i = 0; i < sizeof class_large; i++) {
        size_t size = 1024 + i * 128;
        while (heap_class_size[c] < size) c++;
        class_large[i] = (uint8_t)c;
    }
    __atomic_store_n(&done, true, __ATOMIC_RELEASE);
}

static inline int size_class(size_t size)
{
    if (size <= 1024) return class_small[(size + 7) / 8];
    return class_large[(size - 1024 + 127) / 128];
}

size_t heap_roundupsize(size_t size)
{
    init_classes();
    if (size <= MAX_SMALL) return size ? heap_class_size[size_class(size)] : 0;
    if (size + PAGE_SIZE < size) return size;
    return (size + PAGE_SIZE - 1) & ~(size_t)(PAGE_SIZE - 1);
}

/* ---- span lists ------------------------------------------------------------------ */

static void list_push(SpanList *l, Span *s)
{
    s->prev = l->last;
    s->next = NULL;
    if (l->last) l->last->next = s;
    else l->first = s;
    l->last = s;
    /* n is read without the lock as a hint (sweep_one_locked) */
    __atomic_store_n(&l->n, l->n + 1, __ATOMIC_RELAXED);
}

static void list_remove(SpanList *l, Span *s)
{
    if (s->prev) s->prev->next = s->next;
    else l->first = s->next;
    if (s->next) s->next->prev = s->prev;
    else l->last = s->prev;
    s->next = s->prev = NULL;
    __atomic_store_n(&l->n, l->n - 1, __ATOMIC_RELAXED);
}

static Span *list_pop(SpanList *l)
{
    Span *s = l->first;
    if (s) list_remove(l, s);
    return s;
}

/* ---- arenas and the span table ------------------------------------------------------ */

static ArenaInfo *arena_at(Heap *h, uintptr_t p)
{
    ArenaInfo **l2 = __atomic_load_n(&h->arenas[(p >> (ARENA_SHIFT + ARENA_L2_BITS)) & ((1 << ARENA_L1_BITS) - 1)],
                                     __ATOMIC_ACQUIRE);
    if (!l2 || (p >> 48)) return NULL;
    return __atomic_load_n(&l2[(p >> ARENA_SHIFT) & ((1 << ARENA_L2_BITS) - 1)], __ATOMIC_ACQUIRE);
}

/* The span-table entry of page p (NULL outside the heap). Entries of
   in-use spans are written outside h->lock, hence the atomic load. */
static Span *page_span(Heap *h, uintptr_t p)
{
    ArenaInfo *a = arena_at(h, p);
    return a ? __atomic_load_n(&a->spans[(p - a->base) >> PAGE_SHIFT], __ATOMIC_ACQUIRE) : NULL;
}

static void set_pages(Heap *h, uintptr_t base, size_t npages, Span *s)
{
    for (size_t i = 0; i < npages; i++) {
        uintptr_t p = base + i * PAGE_SIZE;
        ArenaInfo *a = arena_at(h, p);
        __atomic_store_n(&a->spans[(p - a->base) >> PAGE_SHIFT], s, __ATOMIC_RELEASE);
    }
}

/* Reserves n arenas of contiguous, aligned address space. Caller holds
   h->lock. Returns the base or 0. */
static uintptr_t grow_arenas(Heap *h, size_t n)
{
    size_t bytes = n * (size_t)ARENA_BYTES;
    void *m = mmap(NULL, bytes + ARENA_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (m == MAP_FAILED) return 0;
    uintptr_t raw = (uintptr_t)m, base = (raw + ARENA_BYTES - 1) & ~(uintptr_t)(ARENA_BYTES - 1);
    if (base > raw) munmap(m, base - raw);
    uintptr_t end = base + bytes;
    if (raw + bytes + ARENA_BYTES > end) munmap((void *)end, raw + bytes + ARENA_BYTES - end);
    for (size_t i = 0; i < n; i++) {
        uintptr_t ab = base + i * (size_t)ARENA_BYTES;
        ArenaInfo *a = util_zalloc_pages(sizeof(ArenaInfo));
        a->base = ab;
        size_t i1 = (ab >> (ARENA_SHIFT + ARENA_L2_BITS)) & ((1 << ARENA_L1_BITS) - 1);
        if (!h->arenas[i1])
            __atomic_store_n(&h->arenas[i1], util_zalloc_pages(sizeof(ArenaInfo *) << ARENA_L2_BITS),
                             __ATOMIC_RELEASE);
        __atomic_store_n(&h->arenas[i1][(ab >> ARENA_SHIFT) & ((1 << ARENA_L2_BITS) - 1)], a, __ATOMIC_RELEASE);
    }
    h->heap_sys += bytes;
    return base;
}

/* ---- the page heap ----------------------------------------------------------------- */

static Span *span_new(Heap *h)
{
    Span *s = h->spanpool;
    if (s) {
        h->spanpool = s->next;
        memset(s, 0, sizeof *s);
    } else {
        s = util_calloc(1, sizeof(Span));
    }
    return s;
}

/* Frees s's bitmaps (they exist only while s holds objects). */
static void span_free_bits(Span *s)
{
    free(s->allocBits);
    free(s->markBits);
    free(s->ptrBits);
    s->allocBits = s->markBits = s->ptrBits = NULL;
}

static void span_dispose(Heap *h, Span *s)
{
    span_free_bits(s);
    memset(s, 0, sizeof *s);
    s->state = SPAN_DEAD;
    s->next = h->spanpool;
    h->spanpool = s;
}

static SpanList *free_list(Heap *h, size_t npages)
{
    return npages < 128 ? &h->free[npages] : &h->freelarge;
}

/* s absorbs the free run t: the merged run counts as returned to the OS
   only if both were (the rest of it is counted as resident again). */
static void merge_scavenged(Heap *h, Span *s, const Span *t)
{
    if (s->scavenged == t->scavenged) return;
    h->heap_released -= (s->scavenged ? s->npages : t->npages) * PAGE_SIZE;
    s->scavenged = false;
}

/* Records a free run of pages (coalescing with free neighbours). Caller
   holds h->lock. */
static void free_pages(Heap *h, Span *s)
{
    s->state = SPAN_FREE;
    Span *prev = page_span(h, s->base - PAGE_SIZE);
    if (prev && prev->state == SPAN_FREE && prev->base + prev->npages * PAGE_SIZE == s->base) {
        list_remove(free_list(h, prev->npages), prev);
        merge_scavenged(h, s, prev);
        s->base = prev->base;
        s->npages += prev->npages;
        s->needzero |= prev->needzero;
        set_pages(h, prev->base, 1, NULL);
        set_pages(h, prev->base + (prev->npages - 1) * PAGE_SIZE, 1, NULL);
        span_dispose(h, prev);
    }
    Span *next = page_span(h, s->base + s->npages * PAGE_SIZE);
    if (next && next->state == SPAN_FREE && next->base == s->base + s->npages * PAGE_SIZE) {
        list_remove(free_list(h, next->npages), next);
        merge_scavenged(h, s, next);
        s->npages += next->npages;
        s->needzero |= next->needzero;
        set_pages(h, next->base, 1, NULL);
        set_pages(h, next->base + (next->npages - 1) * PAGE_SIZE, 1, NULL);
        span_dispose(h, next);
    }
    /* free runs are found by their first and last pages */
    set_pages(h, s->base, 1, s);
    set_pages(h, s->base + (s->npages - 1) * PAGE_SIZE, 1, s);
    s->freed_at = gc_nanotime();
    list_push(free_list(h, s->npages), s);
}

/* A run of npages pages, as an in-use span. Caller holds h->lock. */
static Span *alloc_pages(Heap *h, size_t npages)
{
    Span *s = NULL;
    for (size_t n = npages; n < 128 && !s; n++) s = list_pop(&h->free[n]);
    if (!s) {
        Span *best = NULL;
        for (Span *t = h->freelarge.first; t; t = t->next)
            if (t->npages >= npages && (!best || t->npages < best->npages)) best = t;
        if (best) {
            list_remove(&h->freelarge, best);
            s = best;
        }
    }
    if (!s) {
        size_t narenas = (npages * PAGE_SIZE + ARENA_BYTES - 1) / ARENA_BYTES;
        uintptr_t base = grow_arenas(h, narenas);
        if (!base) return NULL;
        s = span_new(h);
        s->base = base;
        s->npages = narenas * ARENA_PAGES;
    } else {
        /* forget its free-run marks */
        set_pages(h, s->base, 1, NULL);
        set_pages(h, s->base + (s->npages - 1) * PAGE_SIZE, 1, NULL);
    }
    if (s->npages > npages) {
        Span *rest = span_new(h);
        rest->base = s->base + npages * PAGE_SIZE;
        rest->npages = s->npages - npages;
        rest->needzero = s->needzero;
        rest->scavenged = s->scavenged;
        s->npages = npages;
        free_pages(h, rest);
    }
    if (s->scavenged) {
        h->heap_released -= s->npages * PAGE_SIZE;
        s->scavenged = false;
    }
    s->state = SPAN_INUSE;
    h->heap_inuse += npages * PAGE_SIZE;
    return s;
}

/* Gives a whole span back to the page heap. */
static void release_span(Heap *h, Span *s)
{
    pthread_mutex_lock(&h->lock);
    __atomic_store_n(&s->state, SPAN_FREE, __ATOMIC_RELEASE);
    set_pages(h, s->base, s->npages, NULL);
    h->heap_inuse -= s->npages * PAGE_SIZE;
    span_free_bits(s);
    s->largetype = NULL;
    s->needzero = true;
    free_pages(h, s);
    pthread_mutex_unlock(&h->lock);
}

/* Returns free pages unused since before `older_than` (ns, monotonic) to
   the OS; all of them when older_than is 0. Returns bytes released. */
size_t heap_scavenge(Heap *h, int64_t older_than)
{
    size_t released = 0;
    pthread_mutex_lock(&h->lock);
    for (int i = 0; i <= 128; i++) {
        SpanList *l = i < 128 ? &h->free[i] : &h->freelarge;
        for (Span *s = l->first; s; s = s->next) {
            if (s->scavenged || (older_than && s->freed_at > older_than)) continue;
            madvise((void *)s->base, s->npages * PAGE_SIZE, MADV_DONTNEED);
            s->scavenged = true;
            s->needzero = false; /* the OS gives back zeroed pages */
            released += s->npages * PAGE_SIZE;
        }
    }
    h->heap_released += released;
    pthread_mutex_unlock(&h->lock);
    return released;
}

/* ---- spans of objects ---------------------------------------------------------------- */

/* A new span for span class spc (small) or for one large object. */
static Span *span_alloc(Heap *h, int spc, size_t largesize)
{
    int cls = spc >> 1;
    size_t npages = cls ? heap_class_npages[cls] : (largesize + PAGE_SIZE - 1) / PAGE_SIZE;
    pthread_mutex_lock(&h->lock);
    Span *s = alloc_pages(h, npages);
    pthread_mutex_unlock(&h->lock);
    if (!s) return NULL;
    s->spanclass = (uint8_t)spc;
    s->noscan = spc & 1;
    s->elemsize = cls ? heap_class_size[cls] : (uint32_t)(npages * PAGE_SIZE);
    s->nelems = cls ? (uint32_t)(npages * PAGE_SIZE / s->elemsize) : 1;
    if (!cls && npages * PAGE_SIZE > UINT32_MAX) s->elemsize = UINT32_MAX; /* see span_elemsize */
    __atomic_store_n(&s->freeindex, 0, __ATOMIC_RELEASE);
    s->allocCount = 0;
    s->allocBits = util_calloc(bitwords(s->nelems), 8);
    s->markBits = util_calloc(bitwords(s->nelems), 8);
    if (!s->noscan && cls) s->ptrBits = util_calloc(bitwords(npages * WORDS_PER_PAGE), 8);
    s->sweepgen = __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE);
    set_pages(h, s->base, s->npages, s);
    return s;
}

/* The next free object of s, or -1. */
static int64_t next_free(Span *s)
{
    uint32_t i = s->freeindex, n = s->nelems;
    while (i < n) {
        uint64_t w = s->allocBits[i / 64] >> (i % 64);
        if (~w == 0 && i % 64 == 0) {
            i += 64;
            continue;
        }
        if (!(w & 1)) {
            __atomic_store_n(&s->freeindex, i + 1, __ATOMIC_RELEASE);
            return i;
        }
        i++;
    }
    __atomic_store_n(&s->freeindex, n, __ATOMIC_RELEASE);
    return -1;
}

static bool span_full(Span *s)
{
    return s->allocCount >= s->nelems;
}

/* ---- central lists ---------------------------------------------------------------------- */

static inline int swept_half(Heap *h)
{
    return (__atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE) / 2) % 2;
}

/* Files a swept span under its central list (or frees it when empty). */
static void central_put(Heap *h, Span *s)
{
    MCentral *c = &h->central[s->spanclass];
    pthread_mutex_lock(&c->lock);
    int half = swept_half(h);
    if (span_full(s)) list_push(&c->full[half], s);
    else list_push(&c->partial[half], s);
    pthread_mutex_unlock(&c->lock);
}

/* A span of class spc with a free object, for an MCache. */
static Span *central_get(Heap *h, int spc)
{
    MCentral *c = &h->central[spc];
    pthread_mutex_lock(&c->lock);
    int half = swept_half(h);
    Span *s = list_pop(&c->partial[half]);
    if (s) {
        pthread_mutex_unlock(&c->lock);
        return s;
    }
    /* sweep unswept spans until one has room */
    for (int which = 0; which < 2; which++) {
        SpanList *l = which == 0 ? &c->partial[1 - half] : &c->full[1 - half];
        while ((s = list_pop(l))) {
            pthread_mutex_unlock(&c->lock);
            if (sweep_span(h, s)) {
                if (!span_full(s)) return s;
                pthread_mutex_lock(&c->lock);
                list_push(&c->full[swept_half(h)], s);
            } else {
                pthread_mutex_lock(&c->lock);
            }
        }
    }
    pthread_mutex_unlock(&c->lock);
    return span_alloc(h, spc, 0);
}

/* ---- sweeping --------------------------------------------------------------------------- */

/* Sweeps s (taken off every list by the caller). Returns false when the
   span had no live object left and went back to the page heap. */
bool sweep_span(Heap *h, Span *s)
{
    uint32_t sg = __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE);
    if (s->sweepgen == sg) return true; /* already swept this cycle */
    uint32_t n = s->nelems, live = 0, freed = 0;
    size_t nw = bitwords(n);
    for (size_t w = 0; w < nw; w++) {
        uint64_t mark = s->markBits[w];
        uint64_t alloc = s->allocBits[w];
        /* objects below freeindex were allocated since the last sweep */
        size_t lo = w * 64;
        if (s->freeindex > lo) {
            size_t k = s->freeindex - lo;
            alloc |= k >= 64 ? ~0ULL : ((1ULL << k) - 1);
        }
        if (w == nw - 1 && n % 64) {
            uint64_t valid = (1ULL << (n % 64)) - 1;
            alloc &= valid;
            mark &= valid;
        }
        live += (uint32_t)__builtin_popcountll(mark);
        freed += (uint32_t)__builtin_popcountll(alloc & ~mark);
    }
    if (freed && h->poison) {
        /* debugging (GODEBUG=gcstress): a use after free reads garbage */
        for (uint32_t i = 0; i < n; i++) {
            bool alloc = i < s->freeindex || bit_get(s->allocBits, i);
            if (alloc && !bit_get(s->markBits, i)) memset((void *)(s->base + (size_t)i * s->elemsize), 0xa5, s->elemsize);
        }
    }
    if (freed) {
        __atomic_add_fetch(&h->nfree, freed, __ATOMIC_RELAXED);
        s->needzero = true;
    }
    /* the marks become the allocation bits */
    uint64_t *t = s->allocBits;
    s->allocBits = s->markBits;
    s->markBits = t;
    memset(s->markBits, 0, nw * 8);
    __atomic_store_n(&s->freeindex, 0, __ATOMIC_RELEASE);
    s->allocCount = live;
    __atomic_store_n(&s->sweepgen, sg, __ATOMIC_RELEASE);
    if (live == 0) {
        if (s->spanclass >> 1 == 0) {
            pthread_mutex_lock(&h->lock);
            if (h->largesweep == s) h->largesweep = s->next;
            list_remove(&h->large, s);
            pthread_mutex_unlock(&h->lock);
        }
        release_span(h, s);
        return false;
    }
    return true;
}

/* Sweeps one unswept span of any class (the background sweeper and the
   start of a cycle). Returns false when nothing is left to sweep. */
static bool sweep_one_locked(Heap *h);
static int64_t sweep_large_one(Heap *h);

bool sweep_one(Heap *h)
{
    /* a cycle that is starting waits for sweeps in progress; it pauses the
       background sweeper (a sweeper on a P is stopped with its P) */
    __atomic_add_fetch(&h->sweepers, 1, __ATOMIC_SEQ_CST);
    bool did = false;
    if (!__atomic_load_n(&h->sweep_paused, __ATOMIC_SEQ_CST)) did = sweep_one_locked(h);
    __atomic_sub_fetch(&h->sweepers, 1, __ATOMIC_SEQ_CST);
    return did;
}

/* Stops background sweeping until sweep_resume, once sweeps in progress
   are done. */
void sweep_pause(Heap *h)
{
    __atomic_store_n(&h->sweep_paused, 1, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&h->sweepers, __ATOMIC_SEQ_CST) > 0) sched_yield();
}

void sweep_resume(Heap *h)
{
    __atomic_store_n(&h->sweep_paused, 0, __ATOMIC_SEQ_CST);
}

/* Sweeps every unswept span (the caller paused background sweeping). */
void sweep_all(Heap *h)
{
    while (sweep_one_locked(h)) {
    }
}

static bool sweep_one_locked(Heap *h)
{
    int half = swept_half(h);
    for (int spc = 2; spc < NUM_SPANCLASSES; spc++) {
        MCentral *c = &h->central[spc];
        if (!__atomic_load_n(&c->partial[1 - half].n, __ATOMIC_RELAXED) &&
            !__atomic_load_n(&c->full[1 - half].n, __ATOMIC_RELAXED))
            continue;
        pthread_mutex_lock(&c->lock);
        Span *s = list_pop(&c->partial[1 - half]);
        if (!s) s = list_pop(&c->full[1 - half]);
        pthread_mutex_unlock(&c->lock);
        if (!s) continue;
        if (sweep_span(h, s)) central_put(h, s);
        return true;
    }
    return sweep_large_one(h) >= 0;
}

/* Sweeps the next unswept large object; returns the pages it freed, or -1
   when none is left. Unswept large spans carry the previous generation;
   Heap.largesweep resumes the walk where it stopped (a new cycle restarts
   it). */
static int64_t sweep_large_one(Heap *h)
{
    uint32_t sg = __atomic_load_n(&h->sweepgen, __ATOMIC_ACQUIRE);
    pthread_mutex_lock(&h->lock);
    if (h->largesweep_gen != sg) {
        h->largesweep_gen = sg;
        h->largesweep = h->large.first;
    }
    Span *s = h->largesweep;
    while (s && s->sweepgen != sg - 2) s = s->next;
    h->largesweep = s ? s->next : NULL;
    if (s) s->sweepgen = sg - 1; /* being swept: others skip it */
    pthread_mutex_unlock(&h->lock);
    if (!s) return -1;
    size_t npages = s->npages;
    return sweep_span(h, s) ? 0 : (int64_t)npages;
}

/* ---- MCaches ---------------------------------------------------------------------------- */

MCache *mcache_new(Heap *h)
{
    UNUSED(h);
    return util_calloc(1, sizeof(MCache));
}

/* Adds a cache's local statistics to the heap's (every 64 KiB allocated,
   and when its spans go back). */
static void mcache_flush_stats(Heap *h, MCache *c)
{
    __atomic_add_fetch(&h->heap_live, c->local_alloc, __ATOMIC_RELAXED);
    __atomic_add_fetch(&h->total_alloc, (uint64_t)c->local_alloc, __ATOMIC_RELAXED);
    __atomic_add_fetch(&h->nmalloc, c->local_nmalloc, __ATOMIC_RELAXED);
    c->local_alloc = 0;
    c->local_nmalloc = 0;
}

static void mcache_release(Heap *h, MCache *c)
{
    for (int spc = 0; spc < NUM_SPANCLASSES; spc++) {
        Span *s = c->alloc[spc];
        if (!s) continue;
        c->alloc[spc] = NULL;
        central_put(h, s);
    }
    mcache_flush_stats(h, c);
}

void mcache_free(Heap *h, MCache *c)
{
    if (!c) return;
    mcache_release(h, c);
    free(c);
}

void heap_flush_caches(Heap *h, MCache **caches, int n)
{
    for (int i = 0; i < n; i++)
        if (caches[i]) mcache_release(h, caches[i]);
    mcache_release(h, &h->shared_cache);
}

void heap_flush_stats(Heap *h, MCache *c)
{
    if (c) mcache_flush_stats(h, c);
}

/* ---- heap_alloc ---------------------------------------------------------------------------- */

/* One bit of a span's pointer bitmap. Only the allocating thread writes a
   span's bits, but markers read them meanwhile: relaxed atomic words. */
static inline void ptrbit_put(uint64_t *bits, size_t i, bool on)
{
    uint64_t w = __atomic_load_n(&bits[i / 64], __ATOMIC_RELAXED), m = 1ULL << (i % 64);
    __atomic_store_n(&bits[i / 64], on ? w | m : w & ~m, __ATOMIC_RELAXED);
}

/* Writes the pointer bits of an object of `size` bytes at word offset w of
   span s: elem repeated, the rest scalar. */
static void write_ptrbits(Span *s, uintptr_t obj, size_t size, Type *elem)
{
    uint64_t *bits = s->ptrBits;
    size_t w0 = (obj - s->base) / 8, nw = s->elemsize / 8;
    /* clear the object's words */
    for (size_t i = 0; i < nw; i++) ptrbit_put(bits, w0 + i, false);
    size_t ew = elem->size / 8, pw = elem->ptrwords;
    if (!ew || !elem->ptrmask) return;
    size_t count = size / elem->size;
    for (size_t e = 0; e < count; e++)
        for (size_t k = 0; k < pw; k++)
            if ((elem->ptrmask[k / 64] >> (k % 64)) & 1) ptrbit_put(bits, w0 + e * ew + k, true);
}

static uint8_t zerobase[16];

/* A native call's allocation stays alive until the call returns: it may
   be known only to the native's C variables. */
static void pin(G *g, void *obj)
{
    if (g->npins == g->cpins) {
        g->cpins = g->cpins ? g->cpins * 2 : 16;
        g->pins = util_realloc(g->pins, sizeof(void *) * g->cpins);
    }
    g->pins[g->npins++] = obj;
}

static inline void *alloc(G *g, size_t size, Type *elem, bool zero)
{
    Heap *h = g->vm->heap;
    if (size == 0) return zerobase;
    bool noscan = !elem || !(elem->flags & TF_HASPTR) || !elem->ptrmask;
    gc_maybe_start(g, h);
    if (size > MAX_SMALL) {
        /* first reclaim as many pages from unswept large objects (the heap
           would otherwise grow while dead large objects wait for the
           background sweeper) */
        int64_t want = (int64_t)((size + PAGE_SIZE - 1) / PAGE_SIZE), got = 0, r;
        while (got < want && !__atomic_load_n(&h->sweep_paused, __ATOMIC_RELAXED) && (r = sweep_large_one(h)) >= 0)
            got += r;
        Span *s = span_alloc(h, noscan, size);
        if (!s) rt_throw(g, "out of memory");
        if (!s) return zerobase;
        if (!noscan) {
            s->largetype = elem;
            s->largecount = size / (elem->size ? elem->size : 1);
        }
        s->allocCount = 1;
        __atomic_store_n(&s->freeindex, 1, __ATOMIC_RELEASE);
        if (gc_marking(h)) __atomic_store_n(&s->markBits[0], 1, __ATOMIC_RELAXED); /* allocated black */
        if (zero && s->needzero) memset((void *)s->base, 0, size);
        pthread_mutex_lock(&h->lock);
        list_push(&h->large, s);
        pthread_mutex_unlock(&h->lock);
        __atomic_add_fetch(&h->heap_live, (int64_t)(s->npages * PAGE_SIZE), __ATOMIC_RELAXED);
        __atomic_add_fetch(&h->total_alloc, (uint64_t)size, __ATOMIC_RELAXED);
        __atomic_add_fetch(&h->nmalloc, 1, __ATOMIC_RELAXED);
        if (g->innative) pin(g, (void *)s->base);
        return (void *)s->base;
    }
    int spc = (size_class(size) << 1) | noscan;
    MCache *c = g->mcache;
    bool shared = !c;
    if (shared) {
        c = &h->shared_cache;
        pthread_mutex_lock(&h->shared_lock);
    }
    Span *s = c->alloc[spc];
    int64_t idx = s ? next_free(s) : -1;
    if (idx < 0) {
        if (s) central_put(h, s);
        s = c->alloc[spc] = central_get(h, spc);
        if (!s) {
            if (shared) pthread_mutex_unlock(&h->shared_lock);
            rt_throw(g, "out of memory");
            return zerobase;
        }
        idx = next_free(s);
    }
    s->allocCount++;
    uintptr_t obj = s->base + (uintptr_t)idx * s->elemsize;
    if (zero && s->needzero) memset((void *)obj, 0, s->elemsize);
    if (!noscan) write_ptrbits(s, obj, size, elem);
    if (gc_marking(h)) __atomic_or_fetch(&s->markBits[idx / 64], 1ULL << (idx % 64), __ATOMIC_RELAXED);
    c->local_alloc += s->elemsize;
    c->local_nmalloc++;
    int64_t grown = c->local_alloc;
    if (grown >= 65536) mcache_flush_stats(h, c);
    if (shared) pthread_mutex_unlock(&h->shared_lock);
    if (g->innative) pin(g, (void *)obj);
    return (void *)obj;
}

void *heap_alloc(G *g, size_t size, Type *elem)
{
    return alloc(g, size, elem, true);
}

void *heap_alloc_raw(G *g, size_t size)
{
    return alloc(g, size, NULL, false);
}

/* ---- setup ------------------------------------------------------------------------------------ */

Heap *heap_new(VM *vm)
{
    init_classes();
    Heap *h = util_calloc(1, sizeof(Heap));
    h->vm = vm;
    util_mutex_init(&h->lock);
    pthread_mutex_init(&h->shared_lock, NULL);
    for (int i = 0; i < NUM_SPANCLASSES; i++) {
        util_mutex_init(&h->central[i].lock);
        h->central[i].spanclass = i;
    }
    h->sweepgen = 2;
    gc_init(h);
    return h;
}

static void free_span_list(SpanList *l)
{
    Span *s = l->first;
    while (s) {
        Span *n = s->next;
        span_free_bits(s);
        free(s);
        s = n;
    }
}

void heap_stop(Heap *h)
{
    if (h) gc_stop(h);
}

void heap_free(Heap *h)
{
    if (!h) return;
    gc_free(h);
    for (int i = 0; i < NUM_SPANCLASSES; i++) {
        MCentral *c = &h->central[i];
        for (int k = 0; k < 2; k++) {
            free_span_list(&c->partial[k]);
            free_span_list(&c->full[k]);
        }
        pthread_mutex_destroy(&c->lock);
    }
    for (int spc = 0; spc < NUM_SPANCLASSES; spc++) {
        Span *s = h->shared_cache.alloc[spc];
        if (s) {
            span_free_bits(s);
            free(s);
        }
    }
    free_span_list(&h->large);
    for (int i = 0; i < 128; i++) free_span_list(&h->free[i]);
    free_span_list(&h->freelarge);
    Span *s = h->spanpool;
    while (s) {
        Span *n = s->next;
        free(s);
        s = n;
    }
    for (int i = 0; i < (1 << ARENA_L1_BITS); i++) {
        ArenaInfo **l2 = h->arenas[i];
        if (!l2) continue;
        for (int j = 0; j < (1 << ARENA_L2_BITS); j++) {
            if (!l2[j]) continue;
            munmap((void *)l2[j]->base, ARENA_BYTES);
            util_free_pages(l2[j], sizeof(ArenaInfo));
        }
        util_free_pages(l2, sizeof(ArenaInfo *) << ARENA_L2_BITS);
    }
    pthread_mutex_destroy(&h->lock);
    pthread_mutex_destroy(&h->shared_lock);
    free(h);
}

void heap_stats(Heap *h, HeapStats *st)
{
    st->total_alloc = __atomic_load_n(&h->total_alloc, __ATOMIC_RELAXED);
    st->mallocs = __atomic_load_n(&h->nmalloc, __ATOMIC_RELAXED);
    st->frees = __atomic_load_n(&h->nfree, __ATOMIC_RELAXED);
    st->alloc_bytes = (uint64_t)__atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
}

/* ---- consistency check (debugging: GOVM_GCVERIFY) ------------------------------------- */

typedef struct SpanSet {
    Span **slot;
    size_t cap;
} SpanSet;

static bool spanset_add(SpanSet *set, Span *s)
{
    size_t i = ((uintptr_t)s >> 4) * 0x9e3779b97f4a7c15ULL % set->cap;
    while (set->slot[i]) {
        if (set->slot[i] == s) return false;
        i = (i + 1) % set->cap;
    }
    set->slot[i] = s;
    return true;
}

static size_t check_list(SpanSet *set, SpanList *l, const char *what, int state)
{
    size_t bad = 0, n = 0;
    for (Span *s = l->first; s; s = s->next, n++) {
        if (!spanset_add(set, s)) fprintf(stderr, "heap check: span %p (%s) on two lists\n", (void *)s, what), bad++;
        if (s->state != state) fprintf(stderr, "heap check: span %p (%s) in state %d\n", (void *)s, what, s->state), bad++;
    }
    if (n != l->n) fprintf(stderr, "heap check: list %s counts %zu, holds %zu\n", what, l->n, n), bad++;
    return bad;
}

/* With the world stopped and the caches flushed: every span is on exactly
   one list and the span table agrees with the spans. Aborts otherwise. */
void heap_check(Heap *h)
{
    SpanSet set = {util_calloc(1 << 20, sizeof(Span *)), 1 << 20};
    size_t bad = 0;
    pthread_mutex_lock(&h->lock);
    for (int i = 0; i < NUM_SPANCLASSES; i++)
        for (int k = 0; k < 2; k++) {
            bad += check_list(&set, &h->central[i].partial[k], "partial", SPAN_INUSE);
            bad += check_list(&set, &h->central[i].full[k], "full", SPAN_INUSE);
        }
    bad += check_list(&set, &h->large, "large", SPAN_INUSE);
    for (int i = 0; i < 128; i++) bad += check_list(&set, &h->free[i], "free", SPAN_FREE);
    bad += check_list(&set, &h->freelarge, "freelarge", SPAN_FREE);
    for (Span *s = h->spanpool; s; s = s->next)
        if (!spanset_add(&set, s)) fprintf(stderr, "heap check: pooled span %p also listed\n", (void *)s), bad++;
    for (int i1 = 0; i1 < (1 << ARENA_L1_BITS); i1++) {
        if (!h->arenas[i1]) continue;
        for (size_t i2 = 0; i2 < ((size_t)1 << ARENA_L2_BITS); i2++) {
            ArenaInfo *a = h->arenas[i1][i2];
            if (!a) continue;
            for (size_t pg = 0; pg < ARENA_PAGES; pg++) {
                Span *s = a->spans[pg];
                uintptr_t p = a->base + pg * PAGE_SIZE;
                if (!s) continue;
                if (s->state == SPAN_DEAD) fprintf(stderr, "heap check: page %#lx -> dead span\n", p), bad++;
                else if (p < s->base || p >= s->base + s->npages * PAGE_SIZE)
                    fprintf(stderr, "heap check: page %#lx -> span [%#lx,+%zu pages) state %d\n", p, s->base,
                            s->npages, s->state),
                        bad++;
                else if (s->state == SPAN_FREE && p != s->base && p != s->base + (s->npages - 1) * PAGE_SIZE)
                    fprintf(stderr, "heap check: interior page %#lx of a free run is marked\n", p), bad++;
            }
        }
    }
    pthread_mutex_unlock(&h->lock);
    free(set.slot);
    if (bad) {
        fprintf(stderr, "heap check: %zu problems\n", bad);
        abort();
    }
}
