/* test_map.c - unit tests of runtime/map.c against simple reference
 * models: random operation sequences, iteration while the map is modified
 * and grows, NaN keys, string/struct/interface/large keys, nil maps, Go's
 * panic and fatal error texts.
 *
 * The VM is a stub: a TypeTable, a heap and a G; vm_rand and the rt_*
 * error functions are defined here and record what they were asked.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/heap.h"
#include "runtime/map.h"
#include "runtime/panic.h"

/* ---- stub VM ------------------------------------------------------------ */

static VM vm;
static G g0;
static G *g = &g0;
static char last_panic[256], last_throw[256];
static int npanics, nthrows;

uint64_t vm_rand(VM *v)
{
    uint64_t x = v->rand_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    v->rand_state = x;
    return x * 0x2545f4914f6cdd1dULL;
}

void rt_panic_runtime(G *gg, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = snprintf(last_panic, sizeof last_panic, "runtime error: ");
    vsnprintf(last_panic + n, sizeof last_panic - (size_t)n, fmt, ap);
    va_end(ap);
    npanics++;
}

void rt_panic_plain(G *gg, const char *msg)
{
    snprintf(last_panic, sizeof last_panic, "%s", msg);
    npanics++;
}

void rt_throw(G *gg, const char *msg)
{
    snprintf(last_throw, sizeof last_throw, "%s", msg);
    nthrows++;
}

static int setup(void **state)
{
    memset(&vm, 0, sizeof vm);
    arena_init(&vm.arena);
    intern_init(&vm.names);
    types_init(&vm.types, &vm.arena, &vm.names);
    vm.heap = heap_new(&vm);
    vm.rand_state = 0x9e3779b97f4a7c15ULL;
    memset(&g0, 0, sizeof g0);
    g0.vm = &vm;
    npanics = nthrows = 0;
    last_panic[0] = last_throw[0] = 0;
    return 0;
}

static int teardown(void **state)
{
    heap_free(vm.heap);
    types_free(&vm.types);
    intern_free(&vm.names);
    arena_free(&vm.arena);
    return 0;
}

#define TT (&vm.types)
#define B(k) (vm.types.basic[KIND_##k])

/* A deterministic generator for the tests' own choices. */
static uint64_t trng = 88172645463325252ULL;
static uint64_t rnd(void)
{
    trng ^= trng << 13;
    trng ^= trng >> 7;
    trng ^= trng << 17;
    return trng;
}

static Type *mktype_map(Type *k, Type *v)
{
    Type *mt = type_map(TT, k, v);
    assert_true(type_layout(TT, mt));
    return mt;
}

/* ---- int maps ------------------------------------------------------------- */

static int64_t *geti(Type *mt, GoMap *m, int64_t k) { return map_access(g, mt, m, &k); }

static void puti(Type *mt, GoMap *m, int64_t k, int64_t v)
{
    int64_t *p = map_assign(g, mt, m, &k);
    assert_non_null(p);
    *p = v;
}

static void deli(Type *mt, GoMap *m, int64_t k) { map_delete(g, mt, m, &k); }

static void test_basic_int(void **state)
{
    Type *mt = mktype_map(B(INT), B(INT));
    GoMap *m = map_make(g, mt, 0);
    assert_int_equal(map_len(m), 0);
    assert_null(geti(mt, m, 1));
    for (int64_t i = 0; i < 10000; i++) puti(mt, m, i * 7, i);
    assert_int_equal(map_len(m), 10000);
    for (int64_t i = 0; i < 10000; i++) {
        int64_t *v = geti(mt, m, i * 7);
        assert_non_null(v);
        assert_int_equal(*v, i);
        assert_null(geti(mt, m, i * 7 + 1));
    }
    for (int64_t i = 0; i < 10000; i += 2) deli(mt, m, i * 7);
    assert_int_equal(map_len(m), 5000);
    for (int64_t i = 0; i < 10000; i++) assert_true((geti(mt, m, i * 7) != NULL) == (i % 2 == 1));
    puti(mt, m, 7, 99); /* overwrite */
    assert_int_equal(*geti(mt, m, 7), 99);
    assert_int_equal(map_len(m), 5000);
    map_clear(g, mt, m);
    assert_int_equal(map_len(m), 0);
    assert_null(geti(mt, m, 7));
    puti(mt, m, 7, 1);
    assert_int_equal(*geti(mt, m, 7), 1);
    assert_int_equal(npanics + nthrows, 0);
}

static void test_hint(void **state)
{
    Type *mt = mktype_map(B(INT), B(INT));
    GoMap *m = map_make(g, mt, 1000);
    void *b = m->buckets;
    assert_non_null(b);
    for (int64_t i = 0; i < 1000; i++) puti(mt, m, i, i);
    assert_ptr_equal(m->buckets, b); /* no growth */
    GoMap *m2 = map_make(g, mt, -5);
    assert_int_equal(m2->B, 0);
    GoMap *m3 = map_make(g, mt, INT64_MAX);
    assert_int_equal(m3->B, 0);
    assert_int_equal(npanics, 0);
}

enum { KEYSPACE = 4096 };
typedef struct Ref {
    bool present[KEYSPACE];
    int64_t val[KEYSPACE];
    int64_t count;
} Ref;

static void ref_check(Ref *r, Type *mt, GoMap *m)
{
    assert_int_equal(map_len(m), r->count);
    for (int k = 0; k < KEYSPACE; k++) {
        int64_t *v = geti(mt, m, k);
        if (!r->present[k]) {
            assert_null(v);
        } else {
            assert_non_null(v);
            assert_int_equal(*v, r->val[k]);
        }
    }
}

static void ref_put(Ref *r, Type *mt, GoMap *m, int k, int64_t v)
{
    puti(mt, m, k, v);
    r->count += !r->present[k];
    r->present[k] = true;
    r->val[k] = v;
}

static void ref_del(Ref *r, Type *mt, GoMap *m, int k)
{
    deli(mt, m, k);
    r->count -= r->present[k];
    r->present[k] = false;
}

static void test_random_ops(void **state)
{
    Type *mt = mktype_map(B(INT64), B(INT64));
    static Ref r;
    for (int round = 0; round < 20; round++) {
        memset(&r, 0, sizeof r);
        GoMap *m = map_make(g, mt, (int64_t)(rnd() % 100));
        int span = 16 << (round % 9); /* small and large key ranges */
        if (span > KEYSPACE) span = KEYSPACE;
        for (int op = 0; op < 20000; op++) {
            int k = (int)(rnd() % (uint64_t)span);
            uint64_t what = rnd() % 100;
            if (what < 55) ref_put(&r, mt, m, k, (int64_t)rnd());
            else if (what < 90) ref_del(&r, mt, m, k);
            else if (what < 99) {
                int64_t *v = geti(mt, m, k);
                assert_true((v != NULL) == r.present[k]);
            } else if (rnd() % 20 == 0) {
                map_clear(g, mt, m);
                memset(&r, 0, sizeof r);
            }
            assert_int_equal(map_len(m), r.count);
        }
        ref_check(&r, mt, m);
    }
    assert_int_equal(npanics + nthrows, 0);
}

/* Iterates m while applying random changes, checking Go's guarantees:
   nothing twice; nothing deleted (and not re-added); every entry present
   at the start and never deleted is produced; values are current. */
static void iterate_mutating(Type *mt, GoMap *m, Ref *r, int intensity, bool allow_clear)
{
    static bool present0[KEYSPACE], seen[KEYSPACE], deleted[KEYSPACE];
    memcpy(present0, r->present, sizeof present0);
    memset(seen, 0, sizeof seen);
    memset(deleted, 0, sizeof deleted);
    MapIter *it = map_iter_make(g, mt, m);
    void *kp, *vp;
    while (map_iter_next(it, &kp, &vp)) {
        int64_t k = *(int64_t *)kp;
        assert_true(k >= 0 && k < KEYSPACE);
        assert_false(seen[k]);
        seen[k] = true;
        assert_true(r->present[k]);
        assert_int_equal(*(int64_t *)vp, r->val[k]);
        int n = (int)(rnd() % (uint64_t)(intensity + 1));
        for (int j = 0; j < n; j++) {
            int x = (int)(rnd() % KEYSPACE);
            uint64_t what = rnd() % 100;
            if (what < 45) {
                ref_del(r, mt, m, x);
                deleted[x] = true;
            } else if (what < 99 || !allow_clear) {
                ref_put(r, mt, m, x, (int64_t)rnd());
            } else {
                map_clear(g, mt, m);
                memset(r->present, 0, sizeof r->present);
                r->count = 0;
                memset(deleted, 1, sizeof deleted);
            }
        }
    }
    for (int k = 0; k < KEYSPACE; k++)
        if (present0[k] && !deleted[k]) assert_true(seen[k]);
    ref_check(r, mt, m);
}

static void test_iterate_while_modifying(void **state)
{
    Type *mt = mktype_map(B(INT64), B(INT64));
    static Ref r;
    for (int round = 0; round < 300; round++) {
        memset(&r, 0, sizeof r);
        GoMap *m = map_make(g, mt, 0);
        int n = (int)(rnd() % 2000);
        for (int i = 0; i < n; i++) ref_put(&r, mt, m, (int)(rnd() % KEYSPACE), i);
        /* half of the rounds start while the map is growing */
        if (round % 2) {
            for (int i = 0; i < 5000 && !m->oldbuckets; i++) ref_put(&r, mt, m, (int)(rnd() % KEYSPACE), i);
        }
        iterate_mutating(mt, m, &r, round % 5, round % 7 == 0);
    }
    assert_int_equal(npanics + nthrows, 0);
}

static void test_iterate_plain(void **state)
{
    Type *mt = mktype_map(B(INT64), B(INT64));
    GoMap *m = map_make(g, mt, 0);
    MapIter it;
    void *k, *v;
    map_iter_init(g, mt, m, &it);
    assert_false(map_iter_next(&it, &k, &v));
    map_iter_init(g, mt, NULL, &it); /* nil map */
    assert_false(map_iter_next(&it, &k, &v));
    for (int64_t i = 0; i < 100; i++) puti(mt, m, i, i * 10);
    /* randomized order: not every iteration starts at the same key */
    int64_t firsts[16];
    bool differ = false;
    for (int t = 0; t < 16; t++) {
        map_iter_init(g, mt, m, &it);
        int cnt = 0;
        int64_t sum = 0;
        while (map_iter_next(&it, &k, &v)) {
            if (!cnt) firsts[t] = *(int64_t *)k;
            assert_int_equal(*(int64_t *)v, *(int64_t *)k * 10);
            sum += *(int64_t *)k;
            cnt++;
        }
        assert_int_equal(cnt, 100);
        assert_int_equal(sum, 4950);
        if (t && firsts[t] != firsts[0]) differ = true;
    }
    assert_true(differ);
    /* small maps are randomized too (offset within the one bucket) */
    GoMap *s = map_make(g, mt, 0);
    for (int64_t i = 0; i < 5; i++) puti(mt, s, i, i);
    differ = false;
    int64_t first0 = -1;
    for (int t = 0; t < 32; t++) {
        map_iter_init(g, mt, s, &it);
        assert_true(map_iter_next(&it, &k, &v));
        if (t == 0) first0 = *(int64_t *)k;
        else if (*(int64_t *)k != first0) differ = true;
    }
    assert_true(differ);
    /* clear during iteration ends it */
    map_iter_init(g, mt, m, &it);
    assert_true(map_iter_next(&it, &k, &v));
    map_clear(g, mt, m);
    assert_false(map_iter_next(&it, &k, &v));
}

/* ---- floats and NaN -------------------------------------------------------- */

static void test_nan_keys(void **state)
{
    Type *mt = mktype_map(B(FLOAT64), B(INT));
    GoMap *m = map_make(g, mt, 0);
    double nan = NAN, pz = 0.0, nz = -0.0;
    for (int64_t i = 0; i < 3; i++) *(int64_t *)map_assign(g, mt, m, &nan) = i;
    assert_int_equal(map_len(m), 3);
    assert_null(map_access(g, mt, m, &nan));
    map_delete(g, mt, m, &nan);
    assert_int_equal(map_len(m), 3);
    *(int64_t *)map_assign(g, mt, m, &pz) = 1;
    *(int64_t *)map_assign(g, mt, m, &nz) = 2;
    assert_int_equal(map_len(m), 4);
    assert_int_equal(*(int64_t *)map_access(g, mt, m, &pz), 2);
    /* the stored key was updated to -0 (as Go's needkeyupdate) */
    MapIter it;
    void *k, *v;
    int nans = 0, zeros = 0;
    map_iter_init(g, mt, m, &it);
    while (map_iter_next(&it, &k, &v)) {
        double d = *(double *)k;
        if (d != d) nans++;
        else {
            zeros++;
            assert_true(signbit(d));
        }
    }
    assert_int_equal(nans, 3);
    assert_int_equal(zeros, 1);
    /* many NaNs through growth, iterating while growing: each exactly once */
    enum { N = 3000 };
    static bool seen[N + 100];
    for (int64_t i = 3; i < 200; i++) *(int64_t *)map_assign(g, mt, m, &nan) = i;
    memset(seen, 0, sizeof seen);
    uint8_t b0 = m->B;
    map_iter_init(g, mt, m, &it);
    int64_t next = 200, produced = 0;
    while (map_iter_next(&it, &k, &v)) {
        int64_t id = *(int64_t *)v;
        if (*(double *)k == 0) continue;
        assert_true(id >= 0 && id < N);
        assert_false(seen[id]);
        seen[id] = true;
        produced++;
        for (int j = 0; j < 2 && next < N; j++) *(int64_t *)map_assign(g, mt, m, &nan) = next++;
    }
    for (int64_t i = 0; i < 200; i++) assert_true(seen[i]);
    assert_true(produced >= 200);
    assert_int_equal(map_len(m), next + 1);
    assert_true(m->B > b0); /* grew while iterating */
    map_clear(g, mt, m);
    assert_int_equal(map_len(m), 0);
    map_iter_init(g, mt, m, &it);
    assert_false(map_iter_next(&it, &k, &v));

    /* iteration starting in the middle of a growth, over NaN keys (the
       check-bucket test uses the tophash bit) */
    for (int round = 0; round < 20; round++) {
        GoMap *w = map_make(g, mt, 0);
        next = 0;
        while (!w->oldbuckets || next < 50) {
            *(int64_t *)map_assign(g, mt, w, &nan) = next++;
            if (next > N / 2) break;
        }
        int64_t start = next;
        assert_non_null(w->oldbuckets);
        memset(seen, 0, sizeof seen);
        map_iter_init(g, mt, w, &it);
        while (map_iter_next(&it, &k, &v)) {
            int64_t id = *(int64_t *)v;
            assert_false(seen[id]);
            seen[id] = true;
            if (next < N && rnd() % 2) *(int64_t *)map_assign(g, mt, w, &nan) = next++;
        }
        for (int64_t i = 0; i < start; i++) assert_true(seen[i]);
    }
    assert_int_equal(npanics + nthrows, 0);
}

/* ---- string keys ------------------------------------------------------------- */

static GoString mkstr(const char *fmt, int i)
{
    char buf[64];
    int n = snprintf(buf, sizeof buf, fmt, i);
    uint8_t *p = heap_alloc(g, (size_t)n, NULL);
    memcpy(p, buf, (size_t)n);
    return (GoString){p, n};
}

static void test_string_keys(void **state)
{
    Type *mt = mktype_map(B(STRING), B(INT));
    GoMap *m = map_make(g, mt, 0);
    enum { N = 20000 };
    for (int i = 0; i < N; i++) {
        GoString s = mkstr("key-%d", i);
        *(int64_t *)map_assign(g, mt, m, &s) = i;
    }
    GoString empty = {NULL, 0};
    *(int64_t *)map_assign(g, mt, m, &empty) = -1;
    assert_int_equal(map_len(m), N + 1);
    for (int i = 0; i < N; i++) {
        GoString s = mkstr("key-%d", i); /* same content, other memory */
        int64_t *v = map_access(g, mt, m, &s);
        assert_non_null(v);
        assert_int_equal(*v, i);
        GoString t = mkstr("nokey-%d", i);
        assert_null(map_access(g, mt, m, &t));
    }
    GoString e2 = {(const uint8_t *)"x", 0};
    assert_int_equal(*(int64_t *)map_access(g, mt, m, &e2), -1);
    for (int i = 0; i < N; i += 3) {
        GoString s = mkstr("key-%d", i);
        map_delete(g, mt, m, &s);
    }
    int64_t cnt = 0;
    MapIter it;
    void *k, *v;
    map_iter_init(g, mt, m, &it);
    while (map_iter_next(&it, &k, &v)) {
        GoString *s = k;
        int64_t id = *(int64_t *)v;
        if (id >= 0) {
            GoString want = mkstr("key-%d", (int)id);
            assert_int_equal(s->len, want.len);
            assert_memory_equal(s->ptr, want.ptr, (size_t)want.len);
            assert_int_not_equal(id % 3, 0);
        }
        cnt++;
    }
    assert_int_equal(cnt, map_len(m));
}

/* ---- struct and array keys ------------------------------------------------------ */

typedef struct Gen { int8_t a; GoString s; double f; } Gen;

static void test_struct_keys(void **state)
{
    /* generic path: padding, a string and a float */
    Field gf[3] = {{.name = "A", .type = B(INT8)}, {.name = "S", .type = B(STRING)}, {.name = "F", .type = B(FLOAT64)}};
    Type *gt = type_struct(TT, gf, 3);
    Type *mt = mktype_map(gt, B(INT));
    GoMap *m = map_make(g, mt, 0);
    for (int i = 0; i < 2000; i++) {
        Gen k;
        memset(&k, i & 0xff, sizeof k); /* garbage padding must not matter */
        k.a = (int8_t)(i % 7);
        k.s = mkstr("s%d", i / 7);
        k.f = i % 2 ? 0.0 : -0.0;
        *(int64_t *)map_assign(g, mt, m, &k) = i;
    }
    assert_int_equal(map_len(m), 2000);
    for (int i = 0; i < 2000; i++) {
        Gen k;
        memset(&k, 0, sizeof k);
        k.a = (int8_t)(i % 7);
        k.s = mkstr("s%d", i / 7);
        k.f = i % 2 ? -0.0 : 0.0; /* the other zero: same key */
        assert_int_equal(*(int64_t *)map_access(g, mt, m, &k), i);
        *(int64_t *)map_assign(g, mt, m, &k) = i + 1;
        k.s = mkstr("t%d", i / 7);
        assert_null(map_access(g, mt, m, &k));
    }
    assert_int_equal(map_len(m), 2000);

    /* 8-byte memeq key: struct{a, b int32} */
    Field pf[2] = {{.name = "A", .type = B(INT32)}, {.name = "B", .type = B(INT32)}};
    Type *pt = type_struct(TT, pf, 2);
    Type *mp = mktype_map(pt, B(INT));
    GoMap *p = map_make(g, mp, 0);
    for (int32_t i = 0; i < 3000; i++) {
        int32_t k[2] = {i, -i};
        *(int64_t *)map_assign(g, mp, p, k) = i;
    }
    for (int32_t i = 0; i < 3000; i++) {
        int32_t k[2] = {i, -i}, k2[2] = {i, i + 1};
        assert_int_equal(*(int64_t *)map_access(g, mp, p, k), i);
        assert_null(map_access(g, mp, p, k2));
    }
    /* 12-byte memeq array key and 4-byte [2]int16 key */
    Type *a3 = type_array(TT, B(INT32), 3), *a2 = type_array(TT, B(INT16), 2);
    Type *m3 = mktype_map(a3, B(INT)), *m2 = mktype_map(a2, B(INT));
    GoMap *q3 = map_make(g, m3, 0), *q2 = map_make(g, m2, 0);
    for (int i = 0; i < 3000; i++) {
        int32_t k[3] = {i, i * 2, i * 3};
        int16_t k2[2] = {(int16_t)i, (int16_t)(i >> 3)};
        *(int64_t *)map_assign(g, m3, q3, k) = i;
        *(int64_t *)map_assign(g, m2, q2, k2) = i;
    }
    assert_int_equal(map_len(q3), 3000);
    assert_int_equal(map_len(q2), 3000);
    for (int i = 0; i < 3000; i++) {
        int32_t k[3] = {i, i * 2, i * 3};
        int16_t k2[2] = {(int16_t)i, (int16_t)(i >> 3)};
        assert_int_equal(*(int64_t *)map_access(g, m3, q3, k), i);
        assert_int_equal(*(int64_t *)map_access(g, m2, q2, k2), i);
    }
    assert_int_equal(npanics + nthrows, 0);
}

/* Keys and values over 128 bytes are stored indirectly. */
static void test_large_entries(void **state)
{
    Type *kt = type_array(TT, B(INT64), 20), *vt = type_array(TT, B(INT64), 40);
    Type *mt = mktype_map(kt, vt);
    GoMap *m = map_make(g, mt, 0);
    assert_true(m->ml->indirectkey && m->ml->indirectval);
    for (int64_t i = 0; i < 500; i++) {
        int64_t k[20] = {0};
        k[19] = i;
        int64_t *v = map_assign(g, mt, m, k);
        for (int j = 0; j < 40; j++) assert_int_equal(v[j], 0);
        v[39] = i * 2;
    }
    for (int64_t i = 0; i < 500; i += 2) {
        int64_t k[20] = {0};
        k[19] = i;
        map_delete(g, mt, m, k);
    }
    for (int64_t i = 0; i < 500; i++) {
        int64_t k[20] = {0};
        k[19] = i;
        int64_t *v = map_access(g, mt, m, k);
        if (i % 2) assert_int_equal(v[39], i * 2);
        else assert_null(v);
    }
    /* a re-inserted key gets a zero value again */
    int64_t k0[20] = {0};
    int64_t *v0 = map_assign(g, mt, m, k0);
    assert_int_equal(v0[39], 0);
    MapIter it;
    void *k, *v;
    int n = 0;
    map_iter_init(g, mt, m, &it);
    while (map_iter_next(&it, &k, &v)) {
        assert_int_equal(((int64_t *)v)[39], ((int64_t *)k)[19] * 2);
        n++;
    }
    assert_int_equal(n, 251);
}

static void test_zero_size(void **state)
{
    Type *empty = type_struct(TT, NULL, 0);
    Type *set = mktype_map(B(INT), empty);
    GoMap *m = map_make(g, set, 0);
    for (int64_t i = 0; i < 100; i++) assert_non_null(map_assign(g, set, m, &i));
    assert_int_equal(map_len(m), 100);
    int64_t x = 50;
    assert_non_null(map_access(g, set, m, &x));
    Type *one = mktype_map(empty, B(INT));
    GoMap *o = map_make(g, one, 0);
    *(int64_t *)map_assign(g, one, o, &x) = 1;
    *(int64_t *)map_assign(g, one, o, &x) = 2;
    assert_int_equal(map_len(o), 1);
    assert_int_equal(*(int64_t *)map_access(g, one, o, &x), 2);
}

/* ---- interface keys --------------------------------------------------------------- */

static void test_interface_keys(void **state)
{
    Type *any = vm.types.any_type;
    Type *mt = mktype_map(any, B(INT));
    Type *myint = type_named(TT, "MyInt", NULL, NULL);
    type_set_underlying(TT, myint, B(INT));
    type_layout(TT, myint);
    Type *pi = type_pointer(TT, B(INT));
    type_layout(TT, pi);
    GoMap *m = map_make(g, mt, 0);
    int64_t *ints = heap_alloc(g, sizeof(int64_t) * 1000, NULL);
    for (int64_t i = 0; i < 1000; i++) {
        ints[i] = i;
        Iface a = {B(INT), &ints[i]}, b = {myint, &ints[i]};
        *(int64_t *)map_assign(g, mt, m, &a) = i;
        *(int64_t *)map_assign(g, mt, m, &b) = -i;
    }
    assert_int_equal(map_len(m), 2000);
    for (int64_t i = 0; i < 1000; i++) {
        int64_t copy = i;
        Iface a = {B(INT), &copy}, b = {myint, &copy};
        assert_int_equal(*(int64_t *)map_access(g, mt, m, &a), i);
        assert_int_equal(*(int64_t *)map_access(g, mt, m, &b), -i);
    }
    /* pointers (direct), strings, floats, nil */
    Iface p = {pi, &ints[3]}, p2 = {pi, &ints[4]}, nil = {NULL, NULL};
    GoString hs = {(const uint8_t *)"hi", 2};
    Iface s = {B(STRING), &hs};
    double nan = NAN;
    Iface fn = {B(FLOAT64), &nan};
    *(int64_t *)map_assign(g, mt, m, &p) = 7;
    *(int64_t *)map_assign(g, mt, m, &s) = 8;
    *(int64_t *)map_assign(g, mt, m, &nil) = 9;
    *(int64_t *)map_assign(g, mt, m, &fn) = 10;
    *(int64_t *)map_assign(g, mt, m, &fn) = 11;
    assert_int_equal(map_len(m), 2005);
    assert_int_equal(*(int64_t *)map_access(g, mt, m, &p), 7);
    assert_null(map_access(g, mt, m, &p2));
    assert_int_equal(*(int64_t *)map_access(g, mt, m, &s), 8);
    assert_int_equal(*(int64_t *)map_access(g, mt, m, &nil), 9);
    assert_null(map_access(g, mt, m, &fn));
    assert_int_equal(npanics, 0);

    /* unhashable dynamic type: panics, even on an empty or nil map */
    Type *si = type_slice(TT, B(INT));
    type_layout(TT, si);
    GoSlice sl = {NULL, 0, 0};
    Iface bad = {si, &sl};
    assert_null(map_assign(g, mt, m, &bad));
    assert_int_equal(npanics, 1);
    assert_string_equal(last_panic, "runtime error: hash of unhashable type []int");
    assert_null(map_access(g, mt, m, &bad));
    assert_int_equal(npanics, 2);
    map_delete(g, mt, m, &bad);
    assert_int_equal(npanics, 3);
    assert_null(map_access(g, mt, NULL, &bad));
    assert_int_equal(npanics, 4);
    GoMap *e = map_make(g, mt, 0);
    map_delete(g, mt, e, &bad);
    assert_int_equal(npanics, 5);
    /* inside a struct key */
    Field f[2] = {{.name = "A", .type = B(INT)}, {.name = "X", .type = any}};
    Type *st = type_struct(TT, f, 2);
    Type *smt = mktype_map(st, B(INT));
    struct { int64_t a; Iface x; } sk = {1, {si, &sl}};
    assert_null(map_assign(g, smt, map_make(g, smt, 0), &sk));
    assert_int_equal(npanics, 6);
    assert_string_equal(last_panic, "runtime error: hash of unhashable type []int");
    assert_int_equal(map_len(m), 2005);
}

/* ---- errors --------------------------------------------------------------------- */

static void test_nil_map_and_writes(void **state)
{
    Type *mt = mktype_map(B(INT), B(INT));
    int64_t k = 1;
    assert_null(map_access(g, mt, NULL, &k));
    map_delete(g, mt, NULL, &k);
    map_clear(g, mt, NULL);
    assert_int_equal(map_len(NULL), 0);
    assert_int_equal(npanics, 0);
    assert_null(map_assign(g, mt, NULL, &k));
    assert_int_equal(npanics, 1);
    assert_string_equal(last_panic, "assignment to entry in nil map");

    /* a write observed while another is in progress (flag bit 1 = writing) */
    GoMap *m = map_make(g, mt, 0);
    puti(mt, m, 1, 1);
    m->flags |= 1;
    assert_null(map_assign(g, mt, m, &k));
    assert_string_equal(last_throw, "concurrent map writes");
    assert_null(map_access(g, mt, m, &k));
    assert_string_equal(last_throw, "concurrent map read and map write");
    MapIter it;
    void *kp, *vp;
    m->flags &= (uint8_t)~1;
    map_iter_init(g, mt, m, &it);
    m->flags |= 1;
    assert_false(map_iter_next(&it, &kp, &vp));
    assert_string_equal(last_throw, "concurrent map iteration and map write");
    nthrows = 0;
    map_delete(g, mt, m, &k);
    assert_int_equal(nthrows, 1);
    m->flags &= (uint8_t)~1;
    assert_int_equal(*geti(mt, m, 1), 1);
}

/* Growth that is same-size (many overflow buckets left by deletions). */
static void test_same_size_growth(void **state)
{
    Type *mt = mktype_map(B(INT64), B(INT64));
    static Ref r;
    memset(&r, 0, sizeof r);
    GoMap *m = map_make(g, mt, 0);
    for (int round = 0; round < 200; round++) {
        for (int i = 0; i < 60; i++) ref_put(&r, mt, m, (int)(rnd() % KEYSPACE), round);
        for (int k = 0; k < KEYSPACE; k++)
            if (r.present[k] && rnd() % 2) ref_del(&r, mt, m, k);
        if (round % 20 == 0) iterate_mutating(mt, m, &r, 2, false);
    }
    ref_check(&r, mt, m);
    assert_int_equal(npanics + nthrows, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_basic_int, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hint, setup, teardown),
        cmocka_unit_test_setup_teardown(test_random_ops, setup, teardown),
        cmocka_unit_test_setup_teardown(test_iterate_plain, setup, teardown),
        cmocka_unit_test_setup_teardown(test_iterate_while_modifying, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nan_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_string_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_struct_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_large_entries, setup, teardown),
        cmocka_unit_test_setup_teardown(test_zero_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_interface_keys, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nil_map_and_writes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_same_size_growth, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
