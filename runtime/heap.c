/* heap.c - Go heap allocation (first version: C heap, freed with the VM).
 *
 * Objects carry a small header linking them into the heap's list so that
 * heap_free releases everything; the collector will replace this file's
 * inside (size classes, spans, mark-sweep) behind the same interface.
 */
#include "heap.h"

#include <stdlib.h>
#include <string.h>

typedef struct ObjHeader {
    struct ObjHeader *next;
    uint64_t size;
} ObjHeader; /* 16 bytes: keeps objects 16-byte aligned */

struct Heap {
    VM *vm;
    pthread_mutex_t lock; /* goroutines allocate from many threads */
    ObjHeader *objects;
    HeapStats st;
};

Heap *heap_new(VM *vm)
{
    Heap *h = util_calloc(1, sizeof(Heap));
    h->vm = vm;
    util_mutex_init(&h->lock);
    return h;
}

void heap_free(Heap *h)
{
    if (!h) return;
    ObjHeader *o = h->objects;
    while (o) {
        ObjHeader *n = o->next;
        free(o);
        o = n;
    }
    free(h);
}

void *heap_alloc(G *g, size_t size, Type *elem)
{
    Heap *h = g->vm->heap;
    UNUSED(elem);
    ObjHeader *o = calloc(1, sizeof(ObjHeader) + (size ? size : 1));
    if (!o) util_oom();
    o->size = size;
    pthread_mutex_lock(&h->lock);
    o->next = h->objects;
    h->objects = o;
    h->st.alloc_bytes += size;
    h->st.total_alloc += size;
    h->st.mallocs++;
    pthread_mutex_unlock(&h->lock);
    return o + 1;
}

void heap_stats(Heap *h, HeapStats *st)
{
    pthread_mutex_lock(&h->lock);
    *st = h->st;
    pthread_mutex_unlock(&h->lock);
}

/* Go's malloc size classes (bytes), smallest first. */
static const uint16_t size_classes[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

size_t heap_roundupsize(size_t size)
{
    if (size <= 32768) {
        int lo = 0, hi = (int)(sizeof size_classes / sizeof size_classes[0]) - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (size_classes[mid] >= size) hi = mid;
            else lo = mid + 1;
        }
        return size_classes[lo];
    }
    size_t page = 8192;
    if (size + page < size) return size;
    return (size + page - 1) & ~(page - 1);
}
