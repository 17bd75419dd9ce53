/* chan.c - channels and select.
 *
 * A channel is one heap object: the Chan header followed by its buffer, a
 * ring of cap elements in stack form (elemslots slots each). Every field is
 * guarded by c->lock except count, which len() reads atomically.
 *
 * Blocked goroutines wait in the channel's recvq/sendq as Sudogs (vm.h),
 * FIFO. A Sudog's elem points into the waiting goroutine's own frame: the
 * value a sender offers, or the slots a receiver's value goes to. While a
 * goroutine is parked its stack cannot move (only the goroutine itself
 * grows it), so the goroutine that completes the operation copies the
 * value directly between the two stacks: an unbuffered send is one copy
 * from sender to receiver, with no trip through the buffer.
 *
 * Invariants (under c->lock):
 *   - recvq is non-empty only when the buffer is empty;
 *   - sendq is non-empty only when the buffer is full (an unbuffered
 *     channel is always both full and empty);
 *   - a closed channel has an empty sendq and recvq.
 *
 * Blocking: the operation registers the G's Sudog and calls sched_park with
 * the channel lock still held; the interpreter saves the G and returns to
 * the scheduler, which releases the lock (park_unlock) only then. A waker
 * therefore never sees a goroutine whose registers are not saved. The
 * instruction that blocked stays the goroutine's pc: when the goroutine
 * runs again the instruction executes a second time, finds G.waiting set
 * and finishes through chan_*_resume with the waker's result (success
 * false: the channel was closed).
 *
 * select: cases are polled in a random order (Fisher-Yates over the G's
 * random state), so every ready case is equally likely. Blocking locks
 * every channel involved in address order (no deadlock between two selects
 * over the same channels), queues one Sudog per case and parks. The first
 * waker to claim the goroutine (CAS of G.selectdone from 0 to 1) completes
 * its case; others skip the stale Sudog. On resume, the goroutine locks the
 * channels again and removes its remaining Sudogs.
 *
 * Lock order: channel locks (by address) before the scheduler's locks.
 */
#include "chan.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"
#include "panic.h"
#include "sched.h"

/* ---- wait queues --------------------------------------------------------------------- */

static void waitq_push(WaitQ *q, Sudog *sg)
{
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last) q->last->next = sg;
    else q->first = sg;
    q->last = sg;
}

static void waitq_unlink(WaitQ *q, Sudog *sg)
{
    if (sg->prev) sg->prev->next = sg->next;
    else q->first = sg->next;
    if (sg->next) sg->next->prev = sg->prev;
    else q->last = sg->prev;
    sg->next = sg->prev = NULL;
}

/* Removes sg if it is still queued (a select's losing cases). */
static void waitq_remove(WaitQ *q, Sudog *sg)
{
    if (sg->prev || sg->next || q->first == sg) waitq_unlink(q, sg);
}

/* The first waiter that can still be completed. A select whose goroutine
   another case already claimed is dropped from the queue. */
static Sudog *waitq_take(WaitQ *q)
{
    for (;;) {
        Sudog *sg = q->first;
        if (!sg) return NULL;
        waitq_unlink(q, sg);
        if (sg->isselect) {
            int zero = 0;
            if (!__atomic_compare_exchange_n(&sg->g->selectdone, &zero, 1, false, __ATOMIC_ACQ_REL,
                                             __ATOMIC_ACQUIRE))
                continue;
        }
        return sg;
    }
}

/* The waker's side: sg's operation is complete. */
static void wake(Sudog *sg, bool success)
{
    sg->success = success;
    G *gp = sg->g;
    gp->woken = sg;
    sched_ready(gp);
}

static void unlock_chan(void *arg)
{
    spinlock_unlock(&((Chan *)arg)->lock);
}

static inline Slot *slot_at(Chan *c, int64_t i)
{
    return c->buf + (size_t)i * c->elemslots;
}

/* Every element copy goes through the write barrier: into the buffer (the
   heap), and between two goroutines' stacks (a stack the collector has
   scanned must not receive a pointer it has not seen). */
static inline void copy_elem(G *g, Chan *c, Slot *dst, const Slot *src)
{
    if (!c->elemslots) return;
    heap_wb(g, dst, src, sizeof(Slot) * c->elemslots);
    memcpy(dst, src, sizeof(Slot) * c->elemslots);
}

/* ---- make, len, cap, close ---------------------------------------------------------------- */

/* The collector's view of a channel header: its only heap pointer is
   buf. */
static Type *header_type(VM *vm)
{
    Type *t = __atomic_load_n(&vm->chanhdr_type, __ATOMIC_ACQUIRE);
    if (t) return t;
    static_assert(sizeof(Chan) % 8 == 0 && sizeof(Chan) / 8 <= 64, "Chan layout");
    pthread_mutex_lock(&vm->typelock);
    t = type_words(&vm->types, sizeof(Chan) / 8, 1ULL << (offsetof(Chan, buf) / 8));
    __atomic_store_n(&vm->chanhdr_type, t, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&vm->typelock);
    return t;
}

/* The type whose memory form is elem's stack form, for the buffer: the
   same type for composite values (padded to whole words already when they
   hold pointers), one pointer word for pointer-shaped scalars. */
static Type *buffer_type(VM *vm, Type *elem)
{
    if (!(elem->flags & TF_HASPTR)) return NULL;
    Type *u = type_under(elem);
    switch (u->kind) {
    case KIND_POINTER: case KIND_CHAN: case KIND_MAP: case KIND_FUNC: case KIND_UNSAFEPTR:
        return vm->types.basic[KIND_UNSAFEPTR];
    default: return elem;
    }
}

Chan *chan_make(G *g, Type *chantype, int64_t size)
{
    Type *elem = type_under(chantype)->elem;
    uint32_t slots = elem->slots;
    /* Go's limit: the buffer must fit in the address space it can allocate */
    uint64_t max = elem->size ? (((uint64_t)1 << 47) / (elem->size > 8 ? elem->size : 8)) : ((uint64_t)1 << 62);
    if (size < 0 || (uint64_t)size > max) {
        rt_panic_plain(g, "makechan: size out of range");
        return NULL;
    }
    bool pinned = heap_pin_begin(g);
    Chan *c = heap_alloc(g, sizeof(Chan), header_type(g->vm));
    /* (the header comes zeroed: its lock is free) */
    c->type = chantype;
    c->elemslots = slots;
    c->cap = size;
    if (size > 0 && slots > 0)
        c->buf = heap_alloc(g, (size_t)size * slots * sizeof(Slot), buffer_type(g->vm, elem));
    heap_pin_end(g, pinned);
    return c;
}

int64_t chan_len(Chan *c)
{
    return c ? __atomic_load_n(&c->count, __ATOMIC_RELAXED) : 0;
}

int64_t chan_cap(Chan *c)
{
    return c ? c->cap : 0;
}

void chan_close(G *g, Chan *c)
{
    if (!c) {
        rt_panic_plain(g, "close of nil channel");
        return;
    }
    spinlock_lock(&c->lock);
    if (c->closed) {
        spinlock_unlock(&c->lock);
        rt_panic_plain(g, "close of closed channel");
        return;
    }
    c->closed = true;
    /* collect the waiters first: waking them under the lock is fine, but a
       woken receiver must find its zero value already written */
    Sudog *wakeq = NULL, **tail = &wakeq;
    Sudog *sg;
    while ((sg = waitq_take(&c->recvq))) {
        if (sg->elem && c->elemslots) memset(sg->elem, 0, sizeof(Slot) * c->elemslots);
        *tail = sg;
        tail = &sg->next;
    }
    while ((sg = waitq_take(&c->sendq))) {
        *tail = sg;
        tail = &sg->next;
    }
    *tail = NULL;
    spinlock_unlock(&c->lock);
    while (wakeq) {
        Sudog *next = wakeq->next;
        wakeq->next = NULL;
        wake(wakeq, false);
        wakeq = next;
    }
}

/* ---- send -------------------------------------------------------------------------------- */

/* Under c->lock with a buffer slot or a receiver available, or closed:
   completes the send. Returns false when it would block. Unlocks c when
   it returns true. */
static bool send_now(G *g, Chan *c, const Slot *v, bool *closed)
{
    UNUSED(g);
    *closed = false;
    if (c->closed) {
        spinlock_unlock(&c->lock);
        *closed = true;
        return true;
    }
    Sudog *sg = waitq_take(&c->recvq);
    if (sg) {
        /* a receiver waits: hand the value over directly */
        if (sg->elem) copy_elem(g, c, sg->elem, v);
        spinlock_unlock(&c->lock);
        wake(sg, true);
        return true;
    }
    if (c->count < c->cap) {
        copy_elem(g, c, slot_at(c, c->sendx), v);
        if (++c->sendx == c->cap) c->sendx = 0;
        __atomic_store_n(&c->count, c->count + 1, __ATOMIC_RELAXED);
        spinlock_unlock(&c->lock);
        return true;
    }
    return false;
}

ChanResult chan_send(G *g, Chan *c, const Slot *v)
{
    if (!c) {
        sched_park(g, "chan send (nil chan)", NULL, NULL);
        return CHAN_BLOCKED;
    }
    spinlock_lock(&c->lock);
    bool closed;
    if (send_now(g, c, v, &closed)) {
        if (closed) {
            rt_panic_plain(g, "send on closed channel");
            return CHAN_PANIC;
        }
        return CHAN_DONE;
    }
    Sudog *sg = &g->sd;
    sg->g = g;
    sg->c = c;
    sg->elem = (Slot *)v;
    sg->isselect = false;
    sg->success = false;
    sg->caseidx = -1;
    sg->waitlink = NULL;
    g->waiting = sg;
    g->woken = NULL;
    waitq_push(&c->sendq, sg);
    sched_park(g, "chan send", unlock_chan, c);
    return CHAN_BLOCKED;
}

ChanResult chan_send_resume(G *g)
{
    Sudog *sg = g->waiting;
    g->waiting = NULL;
    g->woken = NULL;
    if (!sg->success) {
        rt_panic_plain(g, "send on closed channel");
        return CHAN_PANIC;
    }
    return CHAN_DONE;
}

/* ---- receive -------------------------------------------------------------------------------- */

/* Under c->lock: completes the receive if it can (and unlocks c). */
static bool recv_now(G *g, Chan *c, Slot *dst, bool *ok)
{
    UNUSED(g);
    Sudog *sg = waitq_take(&c->sendq);
    if (sg) {
        if (c->cap == 0) {
            /* unbuffered: straight from the sender */
            if (dst) copy_elem(g, c, dst, sg->elem);
        } else {
            /* the buffer is full: take its head and append the sender's
               value, keeping FIFO order */
            Slot *head = slot_at(c, c->recvx);
            if (dst) copy_elem(g, c, dst, head);
            copy_elem(g, c, head, sg->elem);
            if (++c->recvx == c->cap) c->recvx = 0;
            c->sendx = c->recvx;
        }
        spinlock_unlock(&c->lock);
        wake(sg, true);
        *ok = true;
        return true;
    }
    if (c->count > 0) {
        Slot *head = slot_at(c, c->recvx);
        if (dst) copy_elem(g, c, dst, head);
        if (c->elemslots) memset(head, 0, sizeof(Slot) * c->elemslots);
        if (++c->recvx == c->cap) c->recvx = 0;
        __atomic_store_n(&c->count, c->count - 1, __ATOMIC_RELAXED);
        spinlock_unlock(&c->lock);
        *ok = true;
        return true;
    }
    if (c->closed) {
        spinlock_unlock(&c->lock);
        if (dst && c->elemslots) memset(dst, 0, sizeof(Slot) * c->elemslots);
        *ok = false;
        return true;
    }
    return false;
}

/* A sender may write a parked receiver's destination, possibly above its
   saved sp: the collector must see it (G.recvtop). */
static void note_recv_slot(G *g, Slot *dst, uint32_t slots)
{
    if (!dst || dst < g->stack || dst >= g->stack + g->stack_cap) return;
    size_t end = (size_t)(dst - g->stack) + slots;
    if (end > g->recvtop) g->recvtop = end;
}

ChanResult chan_recv(G *g, Chan *c, Slot *dst, bool *ok)
{
    if (!c) {
        sched_park(g, "chan receive (nil chan)", NULL, NULL);
        return CHAN_BLOCKED;
    }
    /* fast path without the lock: empty and open cannot change to ready
       without another goroutine, so reporting "would block" is only a
       matter of taking the lock below */
    spinlock_lock(&c->lock);
    if (recv_now(g, c, dst, ok)) return CHAN_DONE;
    Sudog *sg = &g->sd;
    sg->g = g;
    sg->c = c;
    sg->elem = dst;
    note_recv_slot(g, dst, c->elemslots);
    sg->isselect = false;
    sg->success = false;
    sg->caseidx = -1;
    sg->waitlink = NULL;
    g->waiting = sg;
    g->woken = NULL;
    waitq_push(&c->recvq, sg);
    sched_park(g, "chan receive", unlock_chan, c);
    return CHAN_BLOCKED;
}

ChanResult chan_recv_resume(G *g, bool *ok)
{
    Sudog *sg = g->waiting;
    g->waiting = NULL;
    g->woken = NULL;
    *ok = sg->success;
    return CHAN_DONE;
}

/* ---- select ------------------------------------------------------------------------------------ */

static uint32_t grand(G *g)
{
    uint64_t x = g->rand ? g->rand : 0x9e3779b97f4a7c15ULL;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    g->rand = x;
    return (uint32_t)(x >> 32);
}

/* Indices of the cases with a channel, sorted by channel address. */
static int lock_order(SelectCase *cases, int n, int *order)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].c) continue;
        int j = k++;
        while (j > 0 && (uintptr_t)cases[order[j - 1]].c > (uintptr_t)cases[i].c) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    return k;
}

static void sellock(SelectCase *cases, const int *order, int k)
{
    Chan *last = NULL;
    for (int i = 0; i < k; i++) {
        Chan *c = cases[order[i]].c;
        if (c != last) spinlock_lock(&c->lock);
        last = c;
    }
}

static void selunlock(SelectCase *cases, const int *order, int k)
{
    Chan *last = NULL;
    for (int i = 0; i < k; i++) {
        Chan *c = cases[order[i]].c;
        if (c != last) spinlock_unlock(&c->lock);
        last = c;
    }
}

/* Releases the channel locks of a parked select, walking the G's waits
   (queued in lock order). A Sudog is not touched after the lock of its
   channel is released: from then on a waker may claim and resume the
   goroutine, which frees the Sudogs only after locking every channel. */
static void selpark_unlock(void *arg)
{
    G *g = arg;
    Chan *last = NULL;
    for (Sudog *sg = g->waiting; sg; sg = sg->waitlink) {
        if (last && sg->c != last) spinlock_unlock(&last->lock);
        last = sg->c;
    }
    if (last) spinlock_unlock(&last->lock);
}

enum { SELECT_SMALL = 8 };

int chan_select(G *g, SelectCase *cases, int n, bool block, bool *recvok)
{
    *recvok = false;
    int small_order[SELECT_SMALL], small_poll[SELECT_SMALL];
    int *order = n <= SELECT_SMALL ? small_order : util_malloc(sizeof(int) * (size_t)n * 2);
    int *poll = n <= SELECT_SMALL ? small_poll : order + n;
    /* random poll order over the cases with a channel */
    int np = 0;
    for (int i = 0; i < n; i++) {
        if (!cases[i].c) continue;
        int j = (int)(grand(g) % (uint32_t)(np + 1));
        poll[np] = poll[j];
        poll[j] = i;
        np++;
    }
    int k = lock_order(cases, n, order);
    int chosen = -2;
    if (k > 0) sellock(cases, order, k);
    for (int pi = 0; pi < np; pi++) {
        int i = poll[pi];
        SelectCase *sc = &cases[i];
        Chan *c = sc->c;
        if (sc->send) {
            if (c->closed) {
                selunlock(cases, order, k);
                rt_panic_plain(g, "send on closed channel");
                chosen = -2;
                goto out;
            }
            Sudog *sg = waitq_take(&c->recvq);
            if (sg) {
                if (sg->elem) copy_elem(g, c, sg->elem, sc->elem);
                selunlock(cases, order, k);
                wake(sg, true);
                chosen = i;
                goto out;
            }
            if (c->count < c->cap) {
                copy_elem(g, c, slot_at(c, c->sendx), sc->elem);
                if (++c->sendx == c->cap) c->sendx = 0;
                __atomic_store_n(&c->count, c->count + 1, __ATOMIC_RELAXED);
                selunlock(cases, order, k);
                chosen = i;
                goto out;
            }
        } else {
            Sudog *sg = waitq_take(&c->sendq);
            if (sg) {
                if (c->cap == 0) {
                    if (sc->elem) copy_elem(g, c, sc->elem, sg->elem);
                } else {
                    Slot *head = slot_at(c, c->recvx);
                    if (sc->elem) copy_elem(g, c, sc->elem, head);
                    copy_elem(g, c, head, sg->elem);
                    if (++c->recvx == c->cap) c->recvx = 0;
                    c->sendx = c->recvx;
                }
                selunlock(cases, order, k);
                wake(sg, true);
                *recvok = true;
                chosen = i;
                goto out;
            }
            if (c->count > 0) {
                Slot *head = slot_at(c, c->recvx);
                if (sc->elem) copy_elem(g, c, sc->elem, head);
                if (c->elemslots) memset(head, 0, sizeof(Slot) * c->elemslots);
                if (++c->recvx == c->cap) c->recvx = 0;
                __atomic_store_n(&c->count, c->count - 1, __ATOMIC_RELAXED);
                selunlock(cases, order, k);
                *recvok = true;
                chosen = i;
                goto out;
            }
            if (c->closed) {
                selunlock(cases, order, k);
                if (sc->elem && c->elemslots) memset(sc->elem, 0, sizeof(Slot) * c->elemslots);
                chosen = i;
                goto out;
            }
        }
    }
    if (!block) {
        if (k > 0) selunlock(cases, order, k);
        chosen = -1;
        goto out;
    }
    if (n == 0 || k == 0) {
        /* select {} or only nil channels: blocked forever */
        sched_park(g, n == 0 ? "select (no cases)" : "select", NULL, NULL);
        chosen = -2;
        goto out;
    }
    /* queue a wait on every channel, in lock order, and park */
    {
        Sudog *sgs = util_calloc((size_t)k, sizeof(Sudog));
        Sudog **link = &g->waiting;
        __atomic_store_n(&g->selectdone, 0, __ATOMIC_RELAXED);
        g->woken = NULL;
        for (int oi = 0; oi < k; oi++) {
            int i = order[oi];
            Sudog *sg = &sgs[oi];
            sg->g = g;
            sg->c = cases[i].c;
            sg->elem = cases[i].elem;
            if (!cases[i].send) note_recv_slot(g, sg->elem, cases[i].c->elemslots);
            sg->isselect = true;
            sg->caseidx = i;
            *link = sg;
            link = &sg->waitlink;
            waitq_push(cases[i].send ? &cases[i].c->sendq : &cases[i].c->recvq, sg);
        }
        *link = NULL;
        sched_park(g, "select", selpark_unlock, g);
        chosen = -2;
    }
out:
    if (order != small_order) free(order);
    return chosen;
}

int chan_select_resume(G *g, SelectCase *cases, int n, bool *recvok)
{
    int small_order[SELECT_SMALL];
    int *order = n <= SELECT_SMALL ? small_order : util_malloc(sizeof(int) * (size_t)n);
    int k = lock_order(cases, n, order);
    sellock(cases, order, k);
    Sudog *won = g->woken;
    Sudog *first = g->waiting;
    int chosen = -2;
    for (Sudog *sg = first; sg; sg = sg->waitlink) {
        if (sg == won) {
            chosen = sg->caseidx;
            continue;
        }
        SelectCase *sc = &cases[sg->caseidx];
        waitq_remove(sc->send ? &sg->c->sendq : &sg->c->recvq, sg);
    }
    selunlock(cases, order, k);
    g->waiting = NULL;
    g->woken = NULL;
    bool success = won && won->success;
    free(first); /* the Sudogs were one allocation, first in lock order */
    if (order != small_order) free(order);
    if (chosen < 0) {
        rt_throw(g, "select: resumed without a completed case");
        return -2;
    }
    if (cases[chosen].send) {
        if (!success) {
            rt_panic_plain(g, "send on closed channel");
            return -2;
        }
    } else {
        *recvok = success;
    }
    return chosen;
}
