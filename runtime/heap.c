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
    ObjHeader *objects;
    HeapStats st;
};

Heap *heap_new(VM *vm)
{
    Heap *h = util_calloc(1, sizeof(Heap));
    h->vm = vm;
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
    o->next = h->objects;
    h->objects = o;
    h->st.alloc_bytes += size;
    h->st.total_alloc += size;
    h->st.mallocs++;
    return o + 1;
}

void heap_stats(Heap *h, HeapStats *st)
{
    *st = h->st;
}
