/* runq.h - a P's local run queue: a bounded lock-free ring of goroutines.
 *
 * Single producer, multiple consumers: only the owning P pushes (at the
 * tail); the owner pops and other Ps steal (at the head), claiming slots by
 * a CAS on head. The slots themselves are read and written atomically so
 * that a thief reading a slot the owner is about to reuse (after the CAS
 * it will lose) is a benign, well-defined race. A full ring spills half of
 * itself to the global queue (the caller's job: runq_take_half).
 *
 * next is the runnext slot: the goroutine made ready most recently by this
 * P runs before the ring (a receiver woken by a send runs at once, keeping
 * the pair on one thread), but thieves may take it too.
 */
#ifndef GOVM_RUNQ_H
#define GOVM_RUNQ_H

#include "../vm/vm.h"

enum { RUNQ_SIZE = 256 };

typedef struct RunQ {
    uint32_t head;          /* atomic: consumers CAS it */
    uint32_t tail;          /* atomic: written by the owner only */
    G *next;                /* atomic: runnext */
    G *slots[RUNQ_SIZE];    /* atomic accesses */
} RunQ;

#define RQ_LOAD(x) __atomic_load_n(&(x), __ATOMIC_ACQUIRE)
#define RQ_RLOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define RQ_STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELEASE)
#define RQ_CAS(x, o, n) __atomic_compare_exchange_n(&(x), &(o), (n), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)

/* Owner: appends g; false when the ring is full. */
static inline bool runq_push(RunQ *q, G *g)
{
    uint32_t h = RQ_LOAD(q->head);
    uint32_t t = RQ_RLOAD(q->tail);
    if (t - h >= RUNQ_SIZE) return false;
    __atomic_store_n(&q->slots[t % RUNQ_SIZE], g, __ATOMIC_RELAXED);
    RQ_STORE(q->tail, t + 1);
    return true;
}

/* Owner: puts g in runnext; returns the goroutine it displaced (to push). */
static inline G *runq_set_next(RunQ *q, G *g)
{
    return __atomic_exchange_n(&q->next, g, __ATOMIC_ACQ_REL);
}

/* Owner, with the ring full: removes its older half into batch (RUNQ_SIZE
   / 2 entries) and returns how many, or 0 if thieves got there first (the
   ring has room again). */
static inline uint32_t runq_take_half(RunQ *q, G **batch)
{
    uint32_t h = RQ_LOAD(q->head);
    uint32_t t = RQ_RLOAD(q->tail);
    uint32_t n = (t - h) / 2;
    if (n != RUNQ_SIZE / 2) return 0;
    for (uint32_t i = 0; i < n; i++) batch[i] = __atomic_load_n(&q->slots[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
    if (!RQ_CAS(q->head, h, h + n)) return 0;
    return n;
}

/* Owner: the next goroutine to run (runnext first), or NULL. */
static inline G *runq_pop_from(RunQ *q, bool *fromnext)
{
    G *next = RQ_LOAD(q->next);
    *fromnext = next != NULL;
    if (next && RQ_CAS(q->next, next, (G *)NULL)) return next;
    *fromnext = false;
    for (;;) {
        uint32_t h = RQ_LOAD(q->head);
        uint32_t t = RQ_RLOAD(q->tail);
        if (t == h) return NULL;
        G *g = __atomic_load_n(&q->slots[h % RUNQ_SIZE], __ATOMIC_RELAXED);
        if (RQ_CAS(q->head, h, h + 1)) return g;
    }
}

static inline G *runq_pop(RunQ *q)
{
    bool fromnext;
    return runq_pop_from(q, &fromnext);
}

/* Thief (the owner of dst): moves half of src's ring into dst's (which
   must be empty) and returns one of them to run; with nothing in the ring
   it takes src's runnext if take_next. NULL if nothing was there. */
static inline G *runq_steal(RunQ *dst, RunQ *src, bool take_next)
{
    G *batch[RUNQ_SIZE / 2];
    for (;;) {
        uint32_t h = RQ_LOAD(src->head);
        uint32_t t = RQ_LOAD(src->tail);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            G *next = RQ_LOAD(src->next);
            if (take_next && next && RQ_CAS(src->next, next, (G *)NULL)) return next;
            return NULL;
        }
        if (n > RUNQ_SIZE / 2) continue; /* head and tail read at different moments */
        for (uint32_t i = 0; i < n; i++) batch[i] = __atomic_load_n(&src->slots[(h + i) % RUNQ_SIZE], __ATOMIC_RELAXED);
        if (!RQ_CAS(src->head, h, h + n)) continue;
        uint32_t dt = RQ_RLOAD(dst->tail);
        for (uint32_t i = 1; i < n; i++) __atomic_store_n(&dst->slots[(dt + i - 1) % RUNQ_SIZE], batch[i], __ATOMIC_RELAXED);
        RQ_STORE(dst->tail, dt + n - 1);
        return batch[0];
    }
}

static inline bool runq_empty(RunQ *q)
{
    return RQ_LOAD(q->head) == RQ_LOAD(q->tail) && !RQ_LOAD(q->next);
}

/* Goroutines waiting in the ring and runnext (a snapshot). */
static inline uint32_t runq_len(RunQ *q)
{
    return RQ_LOAD(q->tail) - RQ_LOAD(q->head) + (RQ_LOAD(q->next) ? 1 : 0);
}

#endif
