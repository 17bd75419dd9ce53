/* test_chan.c - unit tests of runtime/chan.c: buffering and FIFO order,
 * direct handoff between blocked senders and receivers, close semantics
 * and Go's panics, select (default, uniform choice among ready cases,
 * blocking, claiming by the first waker, cleanup on resume).
 *
 * The scheduler is a stub: sched_park records the request (the test then
 * calls the unlock function as the scheduler would after saving the
 * goroutine), sched_ready records which goroutines were woken.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/chan.h"
#include "runtime/heap.h"
#include "runtime/panic.h"
#include "runtime/sched.h"

/* ---- stubs ----------------------------------------------------------------- */

static VM vm;
static char last_panic[128];
static void (*park_unlock)(void *);
static void *park_arg;
static const char *park_reason;
static G *readied[64];
static int nready;

static void *allocs[256];
static int nallocs;

void *heap_alloc(G *g, size_t size, Type *elem)
{
    (void)g;
    (void)elem;
    void *p = calloc(1, size ? size : 1);
    assert_true(nallocs < 256);
    allocs[nallocs++] = p;
    return p;
}

/* the collector never marks here: the write barrier is never taken */
void heap_wb_slow(G *g, const void *dst, const void *src, size_t bytes)
{
    (void)g;
    (void)dst;
    (void)src;
    (void)bytes;
    fail();
}

Type *type_words(TypeTable *tt, int n, uint64_t mask)
{
    (void)tt;
    (void)n;
    (void)mask;
    static Type words = {.kind = KIND_STRUCT};
    return &words;
}

void rt_panic_plain(G *g, const char *msg)
{
    snprintf(last_panic, sizeof last_panic, "%s", msg);
    g->raising = true;
}

void rt_throw(G *g, const char *msg)
{
    snprintf(last_panic, sizeof last_panic, "fatal: %s", msg);
    g->exiting = true;
}

void sched_park(G *g, const char *reason, void (*unlockf)(void *), void *arg)
{
    g->stop = STOP_PARKED;
    park_reason = reason;
    park_unlock = unlockf;
    park_arg = arg;
}

void sched_ready(G *g)
{
    readied[nready++] = g;
}

/* What the scheduler does once the parked goroutine is saved. */
static void commit_park(G *g)
{
    assert_int_equal(g->stop, STOP_PARKED);
    g->stop = STOP_NONE;
    if (park_unlock) park_unlock(park_arg);
    park_unlock = NULL;
}

static Type int_type = {.kind = KIND_INT, .slots = 1, .size = 8};
static Type int_chan = {.kind = KIND_CHAN, .elem = &int_type};
static Type triple_type = {.kind = KIND_STRUCT, .slots = 3, .size = 24};
static Type triple_chan = {.kind = KIND_CHAN, .elem = &triple_type};

static G gs[8];

static int setup(void **state)
{
    (void)state;
    memset(gs, 0, sizeof gs);
    for (int i = 0; i < 8; i++) {
        gs[i].vm = &vm;
        gs[i].id = i + 1;
        gs[i].rand = 0x9e3779b97f4a7c15ULL * (uint64_t)(i + 1);
    }
    nready = 0;
    last_panic[0] = 0;
    park_unlock = NULL;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    while (nallocs > 0) free(allocs[--nallocs]);
    return 0;
}

static ChanResult send_int(G *g, Chan *c, int64_t v)
{
    static Slot vals[8][4]; /* stays in place while the sender is blocked */
    vals[g - gs][0].i = v;
    return chan_send(g, c, vals[g - gs]);
}

/* ---- tests --------------------------------------------------------------------- */

static void test_buffered_fifo(void **state)
{
    (void)state;
    G *g = &gs[0];
    Chan *c = chan_make(g, &int_chan, 3);
    assert_int_equal(chan_cap(c), 3);
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 3; i++) assert_int_equal(send_int(g, c, round * 10 + i), CHAN_DONE);
        assert_int_equal(chan_len(c), 3);
        for (int i = 0; i < 3; i++) {
            Slot v;
            bool ok;
            assert_int_equal(chan_recv(g, c, &v, &ok), CHAN_DONE);
            assert_true(ok);
            assert_int_equal(v.i, round * 10 + i);
        }
    }
    assert_int_equal(chan_len(c), 0);
    assert_int_equal(chan_len(NULL), 0);
    assert_int_equal(chan_cap(NULL), 0);
}

static void test_make_bad_size(void **state)
{
    (void)state;
    assert_null(chan_make(&gs[0], &int_chan, -1));
    assert_string_equal(last_panic, "makechan: size out of range");
}

static void test_unbuffered_handoff(void **state)
{
    (void)state;
    G *s = &gs[0], *r = &gs[1];
    Chan *c = chan_make(s, &int_chan, 0);
    /* the sender blocks with its value in its own frame */
    assert_int_equal(send_int(s, c, 42), CHAN_BLOCKED);
    assert_string_equal(park_reason, "chan send");
    commit_park(s);
    /* the receiver copies straight from the sender and wakes it */
    Slot v;
    bool ok;
    assert_int_equal(chan_recv(r, c, &v, &ok), CHAN_DONE);
    assert_int_equal(v.i, 42);
    assert_true(ok);
    assert_int_equal(nready, 1);
    assert_ptr_equal(readied[0], s);
    assert_int_equal(chan_send_resume(s), CHAN_DONE);
    assert_null(s->waiting);
}

static void test_receivers_fifo(void **state)
{
    (void)state;
    Chan *c = chan_make(&gs[0], &int_chan, 0);
    Slot dst[3];
    bool ok;
    for (int i = 0; i < 3; i++) {
        assert_int_equal(chan_recv(&gs[i + 1], c, &dst[i], &ok), CHAN_BLOCKED);
        assert_string_equal(park_reason, "chan receive");
        commit_park(&gs[i + 1]);
    }
    for (int i = 0; i < 3; i++) assert_int_equal(send_int(&gs[0], c, 100 + i), CHAN_DONE);
    assert_int_equal(nready, 3);
    for (int i = 0; i < 3; i++) {
        assert_ptr_equal(readied[i], &gs[i + 1]); /* woken in the order they came */
        assert_int_equal(dst[i].i, 100 + i);
        assert_int_equal(chan_recv_resume(&gs[i + 1], &ok), CHAN_DONE);
        assert_true(ok);
    }
}

static void test_full_buffer_keeps_order(void **state)
{
    (void)state;
    Chan *c = chan_make(&gs[0], &int_chan, 2);
    assert_int_equal(send_int(&gs[0], c, 1), CHAN_DONE);
    assert_int_equal(send_int(&gs[0], c, 2), CHAN_DONE);
    assert_int_equal(send_int(&gs[1], c, 3), CHAN_BLOCKED);
    commit_park(&gs[1]);
    assert_int_equal(send_int(&gs[2], c, 4), CHAN_BLOCKED);
    commit_park(&gs[2]);
    for (int want = 1; want <= 4; want++) {
        Slot v;
        bool ok;
        assert_int_equal(chan_recv(&gs[3], c, &v, &ok), CHAN_DONE);
        assert_int_equal(v.i, want);
    }
    assert_int_equal(nready, 2);
    assert_ptr_equal(readied[0], &gs[1]);
    assert_ptr_equal(readied[1], &gs[2]);
    assert_int_equal(chan_len(c), 0);
}

static void test_close(void **state)
{
    (void)state;
    Chan *c = chan_make(&gs[0], &triple_chan, 1);
    Slot v[3] = {{.i = 7}, {.i = 8}, {.i = 9}};
    assert_int_equal(chan_send(&gs[0], c, v), CHAN_DONE);
    chan_close(&gs[0], c);
    assert_false(gs[0].raising);
    /* buffered values survive the close, then zero values with ok false */
    Slot d[3] = {{0}};
    bool ok;
    assert_int_equal(chan_recv(&gs[1], c, d, &ok), CHAN_DONE);
    assert_true(ok);
    assert_int_equal(d[0].i + d[1].i + d[2].i, 24);
    assert_int_equal(chan_recv(&gs[1], c, d, &ok), CHAN_DONE);
    assert_false(ok);
    assert_int_equal(d[0].i | d[1].i | d[2].i, 0);
    /* close of a closed channel, send on a closed channel */
    chan_close(&gs[2], c);
    assert_true(gs[2].raising);
    assert_string_equal(last_panic, "close of closed channel");
    assert_int_equal(chan_send(&gs[3], c, v), CHAN_PANIC);
    assert_string_equal(last_panic, "send on closed channel");
    chan_close(&gs[4], NULL);
    assert_string_equal(last_panic, "close of nil channel");
}

static void test_close_wakes_everyone(void **state)
{
    (void)state;
    Chan *r = chan_make(&gs[0], &int_chan, 0);
    Slot d[2] = {{.i = 5}, {.i = 6}};
    bool ok;
    assert_int_equal(chan_recv(&gs[1], r, &d[0], &ok), CHAN_BLOCKED);
    commit_park(&gs[1]);
    assert_int_equal(chan_recv(&gs[2], r, &d[1], &ok), CHAN_BLOCKED);
    commit_park(&gs[2]);
    chan_close(&gs[0], r);
    assert_int_equal(nready, 2);
    assert_int_equal(d[0].i, 0);
    assert_int_equal(d[1].i, 0);
    assert_int_equal(chan_recv_resume(&gs[1], &ok), CHAN_DONE);
    assert_false(ok);
    /* a blocked sender panics when it resumes */
    Chan *s = chan_make(&gs[0], &int_chan, 0);
    assert_int_equal(send_int(&gs[3], s, 1), CHAN_BLOCKED);
    commit_park(&gs[3]);
    chan_close(&gs[0], s);
    assert_int_equal(chan_send_resume(&gs[3]), CHAN_PANIC);
    assert_string_equal(last_panic, "send on closed channel");
}

static void test_nil_channel_blocks(void **state)
{
    (void)state;
    Slot v = {.i = 1};
    bool ok;
    assert_int_equal(chan_send(&gs[0], NULL, &v), CHAN_BLOCKED);
    assert_string_equal(park_reason, "chan send (nil chan)");
    assert_null(park_unlock);
    gs[0].stop = STOP_NONE;
    assert_int_equal(chan_recv(&gs[0], NULL, &v, &ok), CHAN_BLOCKED);
    assert_string_equal(park_reason, "chan receive (nil chan)");
}

static void test_select_default_and_uniform(void **state)
{
    (void)state;
    G *g = &gs[0];
    Chan *a = chan_make(g, &int_chan, 1), *b = chan_make(g, &int_chan, 1), *c = chan_make(g, &int_chan, 1);
    Slot va, vb, vc;
    SelectCase cases[4] = {{a, &va, false}, {b, &vb, false}, {NULL, &vc, false}, {c, &vc, false}};
    bool ok;
    assert_int_equal(chan_select(g, cases, 4, false, &ok), -1);
    int counts[4] = {0};
    for (int i = 0; i < 30000; i++) {
        if (!chan_len(a)) send_int(g, a, 1);
        if (!chan_len(b)) send_int(g, b, 2);
        if (!chan_len(c)) send_int(g, c, 3);
        int k = chan_select(g, cases, 4, true, &ok);
        assert_true(k >= 0 && k < 4);
        assert_true(ok);
        counts[k]++;
    }
    assert_int_equal(counts[2], 0); /* the nil channel is never chosen */
    for (int k = 0; k < 4; k++)
        if (k != 2) assert_true(counts[k] > 9000 && counts[k] < 11000);
}

static void test_select_blocks_then_wakes(void **state)
{
    (void)state;
    G *g = &gs[0];
    Chan *a = chan_make(g, &int_chan, 0), *b = chan_make(g, &int_chan, 0);
    Slot va = {.i = -1}, vb = {.i = -1};
    SelectCase cases[2] = {{a, &va, false}, {b, &vb, false}};
    bool ok;
    assert_int_equal(chan_select(g, cases, 2, true, &ok), -2);
    assert_string_equal(park_reason, "select");
    commit_park(g);
    /* a sender on b completes case 1 */
    assert_int_equal(send_int(&gs[1], b, 77), CHAN_DONE);
    assert_int_equal(nready, 1);
    /* a later sender on a must not match the select's stale wait */
    assert_int_equal(send_int(&gs[2], a, 88), CHAN_BLOCKED);
    commit_park(&gs[2]);
    assert_int_equal(chan_select_resume(g, cases, 2, &ok), 1);
    assert_true(ok);
    assert_int_equal(vb.i, 77);
    assert_int_equal(va.i, -1);
    assert_null(a->recvq.first);
    assert_null(b->recvq.first);
    /* the blocked sender on a is still there for a plain receiver */
    Slot v;
    assert_int_equal(chan_recv(&gs[3], a, &v, &ok), CHAN_DONE);
    assert_int_equal(v.i, 88);
}

static void test_select_send_and_closed(void **state)
{
    (void)state;
    G *g = &gs[0];
    Chan *a = chan_make(g, &int_chan, 0);
    Slot dst;
    bool ok;
    assert_int_equal(chan_recv(&gs[1], a, &dst, &ok), CHAN_BLOCKED);
    commit_park(&gs[1]);
    Slot v = {.i = 5};
    SelectCase send[1] = {{a, &v, true}};
    assert_int_equal(chan_select(g, send, 1, true, &ok), 0);
    assert_int_equal(dst.i, 5);
    chan_close(g, a);
    assert_int_equal(chan_select(g, send, 1, false, &ok), -2);
    assert_true(g->raising);
    assert_string_equal(last_panic, "send on closed channel");
    g->raising = false;
    SelectCase recv[1] = {{a, &dst, false}};
    dst.i = 9;
    assert_int_equal(chan_select(g, recv, 1, true, &ok), 0);
    assert_false(ok);
    assert_int_equal(dst.i, 0);
    /* select {} parks forever */
    assert_int_equal(chan_select(g, NULL, 0, true, &ok), -2);
    assert_string_equal(park_reason, "select (no cases)");
}

static void test_select_many_cases(void **state)
{
    (void)state;
    /* more cases than the small-array fast path, with duplicate channels */
    G *g = &gs[0];
    enum { N = 20 };
    Chan *cs[4];
    for (int i = 0; i < 4; i++) cs[i] = chan_make(g, &int_chan, 0);
    Slot dst[N];
    SelectCase cases[N];
    for (int i = 0; i < N; i++) cases[i] = (SelectCase){cs[i % 4], &dst[i], false};
    bool ok;
    assert_int_equal(chan_select(g, cases, N, true, &ok), -2);
    commit_park(g);
    assert_int_equal(send_int(&gs[1], cs[2], 33), CHAN_DONE);
    int k = chan_select_resume(g, cases, N, &ok);
    assert_int_equal(k % 4, 2);
    assert_int_equal(dst[k].i, 33);
    for (int i = 0; i < 4; i++) assert_null(cs[i]->recvq.first);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_buffered_fifo, setup, teardown),
        cmocka_unit_test_setup_teardown(test_make_bad_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_unbuffered_handoff, setup, teardown),
        cmocka_unit_test_setup_teardown(test_receivers_fifo, setup, teardown),
        cmocka_unit_test_setup_teardown(test_full_buffer_keeps_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close, setup, teardown),
        cmocka_unit_test_setup_teardown(test_close_wakes_everyone, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nil_channel_blocks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_select_default_and_uniform, setup, teardown),
        cmocka_unit_test_setup_teardown(test_select_blocks_then_wakes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_select_send_and_closed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_select_many_cases, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
