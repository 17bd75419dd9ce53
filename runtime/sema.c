/* sema.c - semaphores and notify lists: where sync's goroutines sleep.
 *
 * sync.Mutex, RWMutex and WaitGroup are written in Go over atomic
 * operations; when they must wait they call runtime_Semacquire on a uint32
 * in their own memory, and runtime_Semrelease to wake a waiter. sync.Cond
 * uses a notify list (tickets taken in order, woken in order).
 *
 * Waiters are parked goroutines queued, by the address they wait on, in
 * one of SEMROOTS lists (hashed by address), each under its own lock. A
 * release hands its unit directly to the first waiter on that address (the
 * count is not incremented), so a woken goroutine owns the semaphore
 * without retrying: the acquire that parked simply returns when the
 * goroutine runs again. Acquire checks the count under the root lock before
 * queueing, and release increments it under the same lock when nobody
 * waits, so no wake-up is lost; the lock-free fast path of acquire only
 * ever takes units.
 *
 * A waiting goroutine queues its own Sudog (G.sd: elem holds the address,
 * ticket the notify-list ticket). The root lock is released by the
 * scheduler after the goroutine is parked (sched_park).
 */
#include "sema.h"

#include <pthread.h>

#include "sched.h"

enum { SEMROOTS = 251 };

typedef struct SemaRoot {
    pthread_mutex_t lock;
    Sudog *head, *tail;
} SemaRoot;

struct SemaTable {
    SemaRoot roots[SEMROOTS];
};

void sema_init(VM *vm)
{
    SemaTable *t = util_calloc(1, sizeof(SemaTable));
    for (int i = 0; i < SEMROOTS; i++) util_mutex_init(&t->roots[i].lock);
    vm->sema = t;
}

void sema_free(VM *vm)
{
    if (!vm->sema) return;
    for (int i = 0; i < SEMROOTS; i++) pthread_mutex_destroy(&vm->sema->roots[i].lock);
    free(vm->sema);
    vm->sema = NULL;
}

static SemaRoot *semroot(G *g, const void *addr)
{
    return &g->vm->sema->roots[((uintptr_t)addr >> 3) % SEMROOTS];
}

static void root_push(SemaRoot *r, Sudog *s, bool lifo)
{
    if (lifo) {
        s->prev = NULL;
        s->next = r->head;
        if (r->head) r->head->prev = s;
        else r->tail = s;
        r->head = s;
    } else {
        s->next = NULL;
        s->prev = r->tail;
        if (r->tail) r->tail->next = s;
        else r->head = s;
        r->tail = s;
    }
}

static void root_unlink(SemaRoot *r, Sudog *s)
{
    if (s->prev) s->prev->next = s->next;
    else r->head = s->next;
    if (s->next) s->next->prev = s->prev;
    else r->tail = s->prev;
    s->next = s->prev = NULL;
}

static void unlock_root(void *arg)
{
    pthread_mutex_unlock(&((SemaRoot *)arg)->lock);
}

static bool cansemacquire(uint32_t *addr)
{
    uint32_t v = __atomic_load_n(addr, __ATOMIC_ACQUIRE);
    while (v > 0)
        if (__atomic_compare_exchange_n(addr, &v, v - 1, true, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return true;
    return false;
}

/* Parks g on root r (locked) waiting on addr. */
static void wait_on(G *g, SemaRoot *r, void *addr, uint32_t ticket, bool lifo, const char *reason)
{
    Sudog *s = &g->sd;
    s->g = g;
    s->c = NULL;
    s->elem = addr;
    s->ticket = ticket;
    s->isselect = false;
    root_push(r, s, lifo);
    sched_park(g, reason, unlock_root, r);
}

void sema_acquire(G *g, uint32_t *addr, bool lifo, const char *reason)
{
    if (cansemacquire(addr)) return;
    SemaRoot *r = semroot(g, addr);
    pthread_mutex_lock(&r->lock);
    if (cansemacquire(addr)) {
        pthread_mutex_unlock(&r->lock);
        return;
    }
    wait_on(g, r, addr, 0, lifo, reason);
}

void sema_release(G *g, uint32_t *addr)
{
    sema_release_vm(g->vm, addr);
}

void sema_release_vm(VM *vm, uint32_t *addr)
{
    SemaRoot *r = &vm->sema->roots[((uintptr_t)addr >> 3) % SEMROOTS];
    pthread_mutex_lock(&r->lock);
    Sudog *s = r->head;
    while (s && (s->elem != (void *)addr)) s = s->next;
    if (!s) {
        __atomic_add_fetch(addr, 1, __ATOMIC_RELEASE);
        pthread_mutex_unlock(&r->lock);
        return;
    }
    root_unlink(r, s);
    pthread_mutex_unlock(&r->lock);
    sched_ready(s->g);
}

/* ---- notify lists (sync.Cond) ------------------------------------------------------ */

/* Tickets wrap around: a is before b. */
static bool ticket_less(uint32_t a, uint32_t b)
{
    return (int32_t)(a - b) < 0;
}

uint32_t notify_add(NotifyList *l)
{
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_ACQ_REL);
}

void notify_wait(G *g, NotifyList *l, uint32_t ticket)
{
    SemaRoot *r = semroot(g, l);
    pthread_mutex_lock(&r->lock);
    if (ticket_less(ticket, l->notify)) {
        /* already notified */
        pthread_mutex_unlock(&r->lock);
        return;
    }
    wait_on(g, r, l, ticket, false, "sync.Cond.Wait");
}

void notify_all(G *g, NotifyList *l)
{
    if (__atomic_load_n(&l->wait, __ATOMIC_ACQUIRE) == __atomic_load_n(&l->notify, __ATOMIC_ACQUIRE)) return;
    SemaRoot *r = semroot(g, l);
    pthread_mutex_lock(&r->lock);
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_ACQUIRE), __ATOMIC_RELEASE);
    Sudog *list = NULL, **tail = &list;
    for (Sudog *s = r->head, *next; s; s = next) {
        next = s->next;
        if (s->elem != (void *)l) continue;
        root_unlink(r, s);
        *tail = s;
        tail = &s->next;
    }
    pthread_mutex_unlock(&r->lock);
    while (list) {
        Sudog *next = list->next;
        list->next = NULL;
        sched_ready(list->g);
        list = next;
    }
}

void notify_one(G *g, NotifyList *l)
{
    if (__atomic_load_n(&l->wait, __ATOMIC_ACQUIRE) == __atomic_load_n(&l->notify, __ATOMIC_ACQUIRE)) return;
    SemaRoot *r = semroot(g, l);
    pthread_mutex_lock(&r->lock);
    uint32_t t = l->notify;
    if (t == __atomic_load_n(&l->wait, __ATOMIC_ACQUIRE)) {
        pthread_mutex_unlock(&r->lock);
        return;
    }
    __atomic_store_n(&l->notify, t + 1, __ATOMIC_RELEASE);
    /* the waiter holding ticket t may not have queued yet: then its
       notify_wait sees the ticket notified and returns at once */
    Sudog *s = r->head;
    while (s && !(s->elem == (void *)l && s->ticket == t)) s = s->next;
    if (s) root_unlink(r, s);
    pthread_mutex_unlock(&r->lock);
    if (s) sched_ready(s->g);
}
