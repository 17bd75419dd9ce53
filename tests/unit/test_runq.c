/* test_runq.c - unit tests of the lock-free per-P run queue (runtime/runq.h):
 * FIFO order, runnext, overflow to a batch, stealing half, and a
 * concurrent test where one owner pushes and pops while thieves steal:
 * every goroutine must be taken exactly once.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/runq.h"

enum { NG = 2000 };
static G gs[NG];

static void test_fifo(void **state)
{
    (void)state;
    static RunQ q;
    memset(&q, 0, sizeof q);
    assert_true(runq_empty(&q));
    assert_null(runq_pop(&q));
    for (int i = 0; i < 10; i++) assert_true(runq_push(&q, &gs[i]));
    assert_int_equal(runq_len(&q), 10);
    for (int i = 0; i < 10; i++) assert_ptr_equal(runq_pop(&q), &gs[i]);
    assert_null(runq_pop(&q));
    /* wrap around the ring many times */
    for (int round = 0; round < 20; round++) {
        for (int i = 0; i < 200; i++) assert_true(runq_push(&q, &gs[i]));
        for (int i = 0; i < 200; i++) assert_ptr_equal(runq_pop(&q), &gs[i]);
    }
    assert_true(runq_empty(&q));
}

static void test_runnext(void **state)
{
    (void)state;
    static RunQ q;
    memset(&q, 0, sizeof q);
    runq_push(&q, &gs[0]);
    assert_null(runq_set_next(&q, &gs[1]));
    /* the newer runnext displaces the older one, which the caller pushes */
    G *old = runq_set_next(&q, &gs[2]);
    assert_ptr_equal(old, &gs[1]);
    runq_push(&q, old);
    assert_int_equal(runq_len(&q), 3);
    assert_ptr_equal(runq_pop(&q), &gs[2]); /* runnext first */
    assert_ptr_equal(runq_pop(&q), &gs[0]);
    assert_ptr_equal(runq_pop(&q), &gs[1]);
    assert_true(runq_empty(&q));
}

static void test_full_and_half(void **state)
{
    (void)state;
    static RunQ q;
    memset(&q, 0, sizeof q);
    for (int i = 0; i < RUNQ_SIZE; i++) assert_true(runq_push(&q, &gs[i]));
    assert_false(runq_push(&q, &gs[RUNQ_SIZE]));
    G *batch[RUNQ_SIZE / 2];
    assert_int_equal(runq_take_half(&q, batch), RUNQ_SIZE / 2);
    for (int i = 0; i < RUNQ_SIZE / 2; i++) assert_ptr_equal(batch[i], &gs[i]);
    assert_int_equal(runq_len(&q), RUNQ_SIZE / 2);
    /* not full any more: nothing to take */
    assert_int_equal(runq_take_half(&q, batch), 0);
    assert_true(runq_push(&q, &gs[RUNQ_SIZE]));
    for (int i = RUNQ_SIZE / 2; i <= RUNQ_SIZE; i++) assert_ptr_equal(runq_pop(&q), &gs[i]);
}

static void test_steal(void **state)
{
    (void)state;
    static RunQ a, b;
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    for (int i = 0; i < 10; i++) runq_push(&a, &gs[i]);
    runq_set_next(&a, &gs[100]);
    /* half of the ring (rounded up) moves; the first is returned */
    G *g = runq_steal(&b, &a, false);
    assert_ptr_equal(g, &gs[0]);
    assert_int_equal(runq_len(&b), 4);
    for (int i = 1; i < 5; i++) assert_ptr_equal(runq_pop(&b), &gs[i]);
    assert_int_equal(runq_len(&a), 6); /* 5 in the ring + runnext */
    /* an empty ring: runnext only when allowed */
    memset(&a, 0, sizeof a);
    memset(&b, 0, sizeof b);
    runq_set_next(&a, &gs[100]);
    assert_null(runq_steal(&b, &a, false));
    assert_ptr_equal(runq_steal(&b, &a, true), &gs[100]);
    assert_true(runq_empty(&a));
    assert_null(runq_steal(&b, &a, true));
}

/* ---- concurrency ------------------------------------------------------------ */

enum { NTHIEVES = 3, ITEMS = 200000 };
static RunQ owner_q;
static int taken[ITEMS];
static int done;
static G items[ITEMS];

static void take(G *g)
{
    __atomic_add_fetch(&taken[g - items], 1, __ATOMIC_RELAXED);
}

static void *thief(void *arg)
{
    RunQ *mine = arg;
    while (!__atomic_load_n(&done, __ATOMIC_ACQUIRE) || !runq_empty(&owner_q)) {
        G *g = runq_steal(mine, &owner_q, true);
        if (g) take(g);
        while ((g = runq_pop(mine))) take(g);
    }
    G *g;
    while ((g = runq_pop(mine))) take(g);
    return NULL;
}

static void test_concurrent(void **state)
{
    (void)state;
    static RunQ thieves_q[NTHIEVES];
    memset(&owner_q, 0, sizeof owner_q);
    memset(taken, 0, sizeof taken);
    memset(thieves_q, 0, sizeof thieves_q);
    done = 0;
    pthread_t th[NTHIEVES];
    for (int i = 0; i < NTHIEVES; i++) pthread_create(&th[i], NULL, thief, &thieves_q[i]);
    G *spill[ITEMS];
    int nspill = 0;
    unsigned r = 12345;
    for (int i = 0; i < ITEMS; i++) {
        r = r * 1103515245 + 12345;
        if (r >> 30 == 0) {
            G *old = runq_set_next(&owner_q, &items[i]);
            if (!old) continue;
            if (!runq_push(&owner_q, old)) {
                G *batch[RUNQ_SIZE / 2];
                uint32_t n = runq_take_half(&owner_q, batch);
                for (uint32_t k = 0; k < n; k++) spill[nspill++] = batch[k];
                if (!runq_push(&owner_q, old)) spill[nspill++] = old;
            }
        } else if (!runq_push(&owner_q, &items[i])) {
            G *batch[RUNQ_SIZE / 2];
            uint32_t n = runq_take_half(&owner_q, batch);
            for (uint32_t k = 0; k < n; k++) spill[nspill++] = batch[k];
            if (!runq_push(&owner_q, &items[i])) spill[nspill++] = &items[i];
        }
        if ((r >> 28 & 3) == 0) {
            G *g = runq_pop(&owner_q);
            if (g) take(g);
        }
    }
    __atomic_store_n(&done, 1, __ATOMIC_RELEASE);
    G *g;
    while ((g = runq_pop(&owner_q))) take(g);
    for (int i = 0; i < NTHIEVES; i++) pthread_join(th[i], NULL);
    for (int i = 0; i < nspill; i++) take(spill[i]);
    int bad = 0;
    for (int i = 0; i < ITEMS; i++)
        if (taken[i] != 1) bad++;
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fifo),
        cmocka_unit_test(test_runnext),
        cmocka_unit_test(test_full_and_half),
        cmocka_unit_test(test_steal),
        cmocka_unit_test(test_concurrent),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
