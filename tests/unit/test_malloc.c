/* test_malloc.c - unit tests of the allocator (runtime/malloc.c): size
 * classes, distinct zeroed objects, interior pointers, pointer bitmaps,
 * sweeping and reuse, large objects, returning memory to the OS. The
 * collector is replaced by gc_stub.c; marking is simulated by setting mark
 * bits by hand.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/mheap.h"
#include "runtime/panic.h"

static VM vm;
static G g0;
static G *g = &g0;

void rt_throw(G *gg, const char *msg) { fail_msg("throw: %s", msg); }

static int setup(void **state)
{
    memset(&vm, 0, sizeof vm);
    memset(&g0, 0, sizeof g0);
    vm.heap = heap_new(&vm);
    g0.vm = &vm;
    g0.mcache = mcache_new(vm.heap);
    return 0;
}

static int teardown(void **state)
{
    mcache_free(vm.heap, g0.mcache);
    g0.mcache = NULL;
    heap_free(vm.heap);
    free(g0.pins);
    return 0;
}

/* Go's size classes (runtime/sizeclasses.go) for a few request sizes. */
static void test_size_classes(void **state)
{
    static const size_t cases[][2] = {
        {1, 8},       {8, 8},       {9, 16},      {17, 24},     {25, 32},     {33, 48},
        {49, 64},     {100, 112},   {257, 288},   {1000, 1024}, {1025, 1152}, {2000, 2048},
        {5000, 5376}, {9000, 9472}, {32768, 32768}, {32769, 40960},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_int_equal(heap_roundupsize(cases[i][0]), cases[i][1]);
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static void test_distinct_zeroed(void **state)
{
    enum { N = 20000, SIZE = 40 };
    Heap *h = vm.heap;
    uintptr_t *ps = malloc(N * sizeof *ps);
    for (int i = 0; i < N; i++) {
        unsigned char *p = heap_alloc(g, SIZE, NULL);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 8, 0);
        for (int k = 0; k < SIZE; k++) assert_int_equal(p[k], 0);
        memset(p, 0xee, SIZE);
        ps[i] = (uintptr_t)p;
        /* an interior pointer finds the object's span and index */
        Span *s = span_of(h, (uintptr_t)p + 17);
        assert_non_null(s);
        assert_true(s->noscan);
        assert_int_equal(s->base + span_index(s, (uintptr_t)p + 17) * s->elemsize, (uintptr_t)p);
    }
    qsort(ps, N, sizeof *ps, cmp_ptr);
    for (int i = 1; i < N; i++) assert_true(ps[i] - ps[i - 1] >= 48); /* class 48, no overlap */
    assert_null(span_of(h, 12345));
    heap_flush_caches(h, &g0.mcache, 1);
    heap_check(h);
    free(ps);
}

static void test_pointer_bits(void **state)
{
    /* struct { p *T; n int; q *T }: words 0 and 2 are pointers */
    static uint64_t mask[1] = {5};
    Type t;
    memset(&t, 0, sizeof t);
    t.size = 24;
    t.align = 8;
    t.flags = TF_HASPTR;
    t.ptrmask = mask;
    t.ptrwords = 3;
    Heap *h = vm.heap;
    char *one = heap_alloc(g, 24, &t);
    char *arr = heap_alloc(g, 3 * 24, &t); /* [3]T in a 80-byte slot */
    Span *s = span_of(h, (uintptr_t)one);
    assert_false(s->noscan);
    size_t w = ((uintptr_t)one - s->base) / 8;
    assert_true(bit_get(s->ptrBits, w));
    assert_false(bit_get(s->ptrBits, w + 1));
    assert_true(bit_get(s->ptrBits, w + 2));
    s = span_of(h, (uintptr_t)arr);
    w = ((uintptr_t)arr - s->base) / 8;
    for (int e = 0; e < 3; e++) {
        assert_true(bit_get(s->ptrBits, w + 3 * e));
        assert_false(bit_get(s->ptrBits, w + 3 * e + 1));
        assert_true(bit_get(s->ptrBits, w + 3 * e + 2));
    }
    /* the slot's tail beyond 72 bytes holds no pointer */
    assert_false(bit_get(s->ptrBits, w + 9));
}

/* Marks the object at p (what the collector does). */
static void mark(uintptr_t p)
{
    Span *s = span_of(vm.heap, p);
    uint32_t i;
    assert_true(span_object(s, p, &i));
    s->markBits[i / 64] |= 1ULL << (i % 64);
}

/* A collection without the collector: caches back, marks set by the
   caller, then a new sweep generation and a full sweep. */
static void collect(uintptr_t *live, size_t n)
{
    Heap *h = vm.heap;
    heap_flush_caches(h, &g0.mcache, 1);
    for (size_t i = 0; i < n; i++) mark(live[i]);
    h->sweepgen += 2;
    sweep_all(h);
    heap_check(h);
}

static void test_sweep_reuse(void **state)
{
    enum { N = 4096 };
    Heap *h = vm.heap;
    uintptr_t *ps = malloc(N * sizeof *ps), *live = malloc(N * sizeof *live);
    for (int i = 0; i < N; i++) ps[i] = (uintptr_t)heap_alloc(g, 64, NULL);
    size_t inuse = h->heap_inuse, nlive = 0;
    for (int i = 0; i < N; i += 2) {
        live[nlive++] = ps[i];
        memset((void *)ps[i], 0x11, 64);
    }
    collect(live, nlive);
    assert_int_equal(h->nfree, N / 2);
    /* the freed half is handed out again (zeroed), without new pages */
    qsort(ps, N, sizeof *ps, cmp_ptr);
    for (int i = 0; i < N / 2; i++) {
        unsigned char *p = heap_alloc(g, 64, NULL);
        assert_non_null(bsearch(&(uintptr_t){(uintptr_t)p}, ps, N, sizeof *ps, cmp_ptr));
        for (int k = 0; k < 64; k++) assert_int_equal(p[k], 0);
    }
    assert_int_equal(h->heap_inuse, inuse);
    /* survivors kept their contents */
    for (size_t i = 0; i < nlive; i++) assert_int_equal(((unsigned char *)live[i])[63], 0x11);
    /* nothing marked: every span goes back to the page heap */
    collect(NULL, 0);
    assert_int_equal(h->heap_inuse, 0);
    free(ps);
    free(live);
}

static void test_large_and_scavenge(void **state)
{
    Heap *h = vm.heap;
    size_t size = 100000;
    unsigned char *p = heap_alloc(g, size, NULL);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % PAGE_SIZE, 0);
    assert_ptr_equal(span_of(h, (uintptr_t)p + size - 1), span_of(h, (uintptr_t)p));
    for (size_t k = 0; k < size; k += 4096) assert_int_equal(p[k], 0);
    memset(p, 0x22, size);
    uintptr_t keep = (uintptr_t)p;
    collect(&keep, 1);
    assert_int_equal(p[size - 1], 0x22);
    collect(NULL, 0);
    assert_null(span_of(h, keep));
    assert_int_equal(h->heap_inuse, 0);
    /* free pages go back to the OS and come back zeroed */
    assert_true(heap_scavenge(h, 0) >= size);
    assert_true(h->heap_released >= size);
    unsigned char *q = heap_alloc(g, size, NULL);
    for (size_t k = 0; k < size; k += 512) assert_int_equal(q[k], 0);
    heap_check(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_size_classes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_distinct_zeroed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pointer_bits, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sweep_reuse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_large_and_scavenge, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
