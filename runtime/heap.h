/* heap.h - the one entry point for Go heap allocation.
 *
 * Every Go object (new(T), composite literals that escape, slices' backing
 * arrays, strings built at run time, closures, maps, boxed interface values,
 * heap cells of captured variables) comes from heap_alloc. The memory is
 * zeroed, 8-byte aligned (16 for sizes >= 16), and never moves.
 *
 * elem describes the object's layout for the garbage collector: the object
 * is a sequence of size / elem->size values of type elem (one value for most
 * objects; many for slice backing arrays). elem == NULL means the object
 * holds no pointers ("noscan": string bytes, []byte, []int, ...).
 *
 * This first version allocates from the C heap and frees everything when
 * the VM is destroyed; the size-class allocator and the collector replace
 * its inside without changing this interface.
 */
#ifndef GOVM_HEAP_H
#define GOVM_HEAP_H

#include "../vm/vm.h"

typedef struct Heap Heap;

Heap *heap_new(VM *vm);
void heap_free(Heap *h);

/* Allocates size bytes of zeroed memory holding values of type elem. May run
   the collector (a safepoint): the caller's pointers must be on its stack or
   otherwise reachable. Never returns NULL: out of memory is a fatal error. */
void *heap_alloc(G *g, size_t size, Type *elem);

/* The size the allocator really gives for a request of size bytes: Go's
   size classes up to 32 KiB, whole 8 KiB pages above. append uses it to
   compute capacities exactly as Go does. */
size_t heap_roundupsize(size_t size);

/* Statistics (runtime.MemStats basics). */
typedef struct HeapStats {
    uint64_t alloc_bytes, total_alloc, mallocs, frees;
} HeapStats;
void heap_stats(Heap *h, HeapStats *st);

#endif
