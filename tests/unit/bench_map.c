/* bench_map.c - map micro-benchmarks (not a test): map[int]int insert,
 * lookup (hits and misses), iteration and delete of 1M keys, then
 * map[string]int insert and lookup. Build optimised, without sanitizers:
 *   gcc -std=gnu11 -O2 -I. vm/util.c vm/type.c runtime/heap.c runtime/map.c \
 *       tests/unit/bench_map.c -o /tmp/bench_map && /tmp/bench_map
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/heap.h"
#include "runtime/map.h"
#include "runtime/panic.h"

uint64_t vm_rand(VM *v)
{
    v->rand_state = v->rand_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return v->rand_state ^ (v->rand_state >> 29);
}
void rt_panic_runtime(G *g, const char *fmt, ...) { abort(); }
void rt_panic_plain(G *g, const char *msg) { abort(); }
void rt_throw(G *g, const char *msg) { abort(); }

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine may be shared */
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

enum { N = 1000000 };

static void report(const char *what, double t0, int64_t n)
{
    printf("%-34s %7.1f ns/op\n", what, (now() - t0) / (double)n);
}

int main(void)
{
    static VM vm;
    static G g0;
    G *g = &g0;
    arena_init(&vm.arena);
    intern_init(&vm.names);
    types_init(&vm.types, &vm.arena, &vm.names);
    vm.heap = heap_new(&vm);
    vm.rand_state = 42;
    g0.vm = &vm;
    Type *mt = type_map(&vm.types, vm.types.basic[KIND_INT], vm.types.basic[KIND_INT]);
    type_layout(&vm.types, mt);

    /* keys spread like typical program keys: a multiplicative scramble */
    int64_t sink = 0;
    double t0 = now();
    GoMap *m = map_make(g, mt, 0);
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 2654435761LL;
        *(int64_t *)map_assign(g, mt, m, &k) = i;
    }
    report("map[int]int insert 1M (growing)", t0, N);
    t0 = now();
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 2654435761LL;
        sink += *(int64_t *)map_access(g, mt, m, &k);
    }
    report("map[int]int lookup hit 1M", t0, N);
    t0 = now();
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 2654435761LL + 1;
        sink += map_access(g, mt, m, &k) != NULL;
    }
    report("map[int]int lookup miss 1M", t0, N);
    t0 = now();
    MapIter it;
    void *kp, *vp;
    map_iter_init(g, mt, m, &it);
    int64_t n = 0;
    while (map_iter_next(&it, &kp, &vp)) sink += *(int64_t *)vp, n++;
    report("map[int]int iterate 1M", t0, n);
    t0 = now();
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 2654435761LL;
        *(int64_t *)map_assign(g, mt, m, &k) += 1;
    }
    report("map[int]int update existing 1M", t0, N);
    t0 = now();
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 2654435761LL;
        map_delete(g, mt, m, &k);
    }
    report("map[int]int delete 1M", t0, N);
    t0 = now();
    GoMap *m2 = map_make(g, mt, N);
    for (int64_t i = 0; i < N; i++) *(int64_t *)map_assign(g, mt, m2, &i) = i;
    report("map[int]int insert 1M (hint)", t0, N);

    /* in-cache: 1000 keys, 1M operations (pure per-operation overhead) */
    GoMap *sm1 = map_make(g, mt, 0);
    t0 = now();
    for (int64_t i = 0; i < N; i++) {
        int64_t k = (i % 1000) * 2654435761LL;
        *(int64_t *)map_assign(g, mt, sm1, &k) = i;
    }
    report("map[int]int 1000 keys: assign 1M", t0, N);
    t0 = now();
    for (int64_t i = 0; i < N; i++) {
        int64_t k = (i % 1000) * 2654435761LL;
        sink += *(int64_t *)map_access(g, mt, sm1, &k);
    }
    report("map[int]int 1000 keys: lookup 1M", t0, N);

    Type *st = type_map(&vm.types, vm.types.basic[KIND_STRING], vm.types.basic[KIND_INT]);
    type_layout(&vm.types, st);
    static char buf[N][16];
    static GoString keys[N];
    for (int i = 0; i < N; i++) {
        int len = snprintf(buf[i], sizeof buf[i], "key%d", i);
        keys[i] = (GoString){(const uint8_t *)buf[i], len};
    }
    t0 = now();
    GoMap *sm = map_make(g, st, 0);
    for (int i = 0; i < N; i++) *(int64_t *)map_assign(g, st, sm, &keys[i]) = i;
    report("map[string]int insert 1M", t0, N);
    t0 = now();
    for (int i = 0; i < N; i++) sink += *(int64_t *)map_access(g, st, sm, &keys[i]);
    report("map[string]int lookup hit 1M", t0, N);
    GoMap *ss = map_make(g, st, 0);
    for (int i = 0; i < 1000; i++) *(int64_t *)map_assign(g, st, ss, &keys[i]) = i;
    t0 = now();
    for (int i = 0; i < N; i++) sink += *(int64_t *)map_access(g, st, ss, &keys[i % 1000]);
    report("map[string]int 1000 keys: lookup 1M", t0, N);
    printf("(sink %lld)\n", (long long)sink);
    heap_free(vm.heap);
    return 0;
}
