/* heap.h - the one entry point for Go heap allocation.
 *
 * Every Go object (new(T), composite literals that escape, slices' backing
 * arrays, strings built at run time, closures, maps, boxed interface values,
 * heap cells of captured variables) comes from heap_alloc (or heap_alloc_raw,
 * its unzeroed form for bytes about to be overwritten). The memory is
 * zeroed, 8-byte aligned (16 for sizes >= 16), and never moves.
 *
 * elem describes the object's layout for the garbage collector: the object
 * is a sequence of size / elem->size values of type elem (one value for most
 * objects; many for slice backing arrays). elem == NULL means the object
 * holds no pointers ("noscan": string bytes, []byte, []int, ...).
 *
 * Memory is managed by a size-class allocator with per-P caches
 * (runtime/malloc.c) and a precise mark-sweep collector (runtime/gc.c).
 * heap_alloc may run a collection: it is a safepoint, so the caller's live
 * pointers must be on the goroutine's stack (the interpreter SAVEs its
 * registers first). A native call is the exception: what it allocates is
 * kept alive until it returns, so it may hold new objects in C variables.
 */
#ifndef GOVM_HEAP_H
#define GOVM_HEAP_H

#include "../vm/vm.h"

typedef struct Heap Heap;
typedef struct MCache MCache;

Heap *heap_new(VM *vm);
void heap_free(Heap *h);
/* Stops the collector's background thread (before the scheduler is
   freed); a cycle in progress is abandoned. */
void heap_stop(Heap *h);

/* Allocates size bytes of zeroed memory holding values of type elem. May run
   the collector (a safepoint): the caller's pointers must be on its stack or
   otherwise reachable. Never returns NULL: out of memory is a fatal error. */
void *heap_alloc(G *g, size_t size, Type *elem);
/* heap_alloc for pointer-free bytes the caller overwrites at once (string
   contents, the copied part of a grown slice): the memory is not zeroed, so
   the caller must write all of it, or zero what it does not write, before
   Go code can see it. */
void *heap_alloc_raw(G *g, size_t size);

/* The size the allocator really gives for a request of size bytes: Go's
   size classes up to 32 KiB, whole 8 KiB pages above. append uses it to
   compute capacities exactly as Go does. */
size_t heap_roundupsize(size_t size);

/* Runtime C code that allocates several objects, holding the first ones
   only in C variables meanwhile, brackets the allocations with these
   (natives need not: their allocations are always kept). */
static inline bool heap_pin_begin(G *g)
{
    bool was = g->innative;
    g->innative = true;
    return was;
}
static inline void heap_pin_end(G *g, bool was)
{
    if (!was) {
        g->innative = false;
        g->npins = 0;
    }
}

/* ---- the write barrier ----
   While the collector marks concurrently with the program, every store
   that may overwrite or create a pointer in a heap object or a package
   variable goes through the barrier first (Go's hybrid barrier: the old
   values and the new ones are shaded grey, so the collector cannot lose an
   object moved between memory it has scanned and memory it has not).
   Stores into goroutine stacks need none. The compiler emits ST_WP and
   ST_BLKP for pointer-holding stores; runtime C code that copies values
   into the heap (append, copy, maps, channels, closures, reflect, ...)
   calls heap_wb before the copy. Words are shaded conservatively: a word
   that is not a heap pointer is ignored, one that only looks like one
   keeps an object for one more cycle at worst. */
void heap_wb_slow(G *g, const void *dst, const void *src, size_t bytes);
static inline bool heap_wb_active(G *g)
{
    return __atomic_load_n(&g->vm->gcmarking, __ATOMIC_RELAXED) != 0;
}
/* bytes at dst are about to be overwritten with bytes at src (either may
   be NULL: nothing old, or nothing new) */
static inline void heap_wb(G *g, const void *dst, const void *src, size_t bytes)
{
    if (UNLIKELY(heap_wb_active(g))) heap_wb_slow(g, dst, src, bytes);
}
/* the pointer slot at dst is about to become v */
static inline void heap_wb_ptr(G *g, const void *dst, const void *v)
{
    if (UNLIKELY(heap_wb_active(g))) heap_wb_slow(g, dst, &v, sizeof v);
}

/* a pointer enters a root outside the heap (a timer heap, the finalizer
   table) that the collector may have scanned already this cycle */
static inline void heap_shade(G *g, const void *p)
{
    if (UNLIKELY(heap_wb_active(g))) heap_wb_slow(g, NULL, &p, sizeof p);
}

/* A P's allocation cache (sched.c creates one per P). */
MCache *mcache_new(Heap *h);
void mcache_free(Heap *h, MCache *c);

/* Returns free pages unused since before older_than (monotonic ns; 0:
   all) to the OS; the bytes released. */
size_t heap_scavenge(Heap *h, int64_t older_than);

/* Statistics (runtime.MemStats basics). */
typedef struct HeapStats {
    uint64_t alloc_bytes, total_alloc, mallocs, frees;
} HeapStats;
void heap_stats(Heap *h, HeapStats *st);

#endif
