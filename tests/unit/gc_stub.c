/* gc_stub.c - the collector's hooks as no-ops, for unit tests that use the
 * allocator (runtime/malloc.c) without a scheduler: memory is never freed
 * until heap_free.
 */
#include <time.h>

#include "runtime/gc.h"

void gc_init(Heap *h)
{
    h->gc = util_calloc(1, sizeof(GCState));
}

void gc_free(Heap *h)
{
    free(h->gc);
    h->gc = NULL;
}

int64_t gc_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void gc_maybe_start(G *g, Heap *h)
{
    (void)g;
    (void)h;
}

void gc_stop(Heap *h)
{
    (void)h;
}

/* never called: the stub never marks */
void heap_wb_slow(G *g, const void *dst, const void *src, size_t bytes)
{
    (void)g;
    (void)dst;
    (void)src;
    (void)bytes;
}
