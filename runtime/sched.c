/* sched.c - the goroutine scheduler (Go's G-M-P model).
 *
 * Entities
 *   G  a goroutine: a bytecode stack and saved registers (vm.h).
 *   M  an OS thread. It runs goroutines only while it holds a P.
 *   P  a processor: the right to run Go code, GOMAXPROCS of them. Each has
 *      a local run queue (a 256-entry lock-free ring, stolen from by other
 *      Ms), a runnext slot (the goroutine made ready most recently runs
 *      next), a timer heap and a free list of dead Gs for reuse.
 *
 * Scheduling loop (schedule), run by every M:
 *   1. run this P's expired timers;
 *   2. every 61st round, take one G from the global queue (fairness);
 *   3. runnext, then the local ring, then the global queue; a G taken
 *      from runnext inherits the current time slice (schedtick does not
 *      advance), so goroutines readying each other in turn are preempted
 *      after 10 ms like one goroutine and cannot starve the ring;
 *   4. steal half of another P's ring (random victim order), or its
 *      expired timers;
 *   5. nothing: give the P back, check for global deadlock, and park the M
 *      on its condition variable until woken or until the earliest timer.
 *   The G chosen is run by interp_run until it ends, blocks, yields or ends
 *   the program (StopReason).
 *
 * Blocking (sched_park): a goroutine registers itself where its waker will
 * find it (a channel's wait queue, a semaphore, a timer) under that
 * structure's lock and asks to park. The interpreter saves its registers
 * and returns to schedule(), which marks it waiting and only then releases
 * the lock (the unlock function given to sched_park). From that moment a
 * waker may run it on another M; the parking M never touches it again.
 * Waking (sched_ready) puts the G in the waker's runnext and, when a P is
 * idle and no M is looking for work, wakes or starts an M for it (wakep).
 *
 * A goroutine's first frame is a two-instruction stub, GOCALL GOEND, with
 * the function value and its arguments as the stub's operands: the call
 * itself is an ordinary interpreted call (natives and closures alike), and
 * GOEND ends the goroutine.
 *
 * sysmon, a thread without P, wakes every 20 us (backing off to 10 ms when
 * nothing happens) to: ask a G that has run for more than 10 ms to yield
 * (G.preempt, honoured by the interpreter at loop back-edges and function
 * entries); take back Ps whose M is blocked in a native for more than
 * 20 us and hand them to another M; wake an M for overdue timers; print
 * GODEBUG=schedtrace lines.
 *
 * Deadlock: when the last running M is about to park, no M is in a native
 * call, no timer is pending and goroutines exist, every goroutine is
 * blocked forever: "fatal error: all goroutines are asleep - deadlock!"
 * with every goroutine's stack, exit status 2.
 *
 * GOMAXPROCS: raising it adds idle Ps; lowering it marks the Ps beyond
 * the new count for retirement: the M holding one moves its run queue and
 * timers to the global queue and P 0 after its current goroutine stops.
 *
 * Locks, in rank order: channel and semaphore locks, then sched->lock
 * (global queue, idle lists), then a P's timer lock; allglock and an M's
 * park lock are leaves. The run rings are lock-free: the owner P pushes at
 * the tail, consumers (owner or thieves) claim at the head with a CAS, and
 * slots are read and written atomically.
 *
 * Rejected: one global run queue under a lock (contention with 2+ threads
 * on every switch); a thread per goroutine (1M goroutines).
 */
#include "sched.h"

#include <assert.h>
#include <errno.h>
#include <stddef.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../vm/interp.h"
#include "../vm/opcodes.h"
#include "gc.h"
#include "heap.h"
#include "panic.h"
#include "runq.h"
#include "sema.h"

enum {
    GFREE_MAX = 64,              /* dead Gs kept per P for reuse */
    G_STACK_SLOTS = 64,          /* a new goroutine's stack: 512 bytes */
    G_STACK_KEEP = 256,          /* larger stacks are not kept for reuse */
    PREEMPT_NS = 10000000,       /* a goroutine's time slice: 10 ms */
    RETAKE_NS = 20000,           /* a native holding a P this long loses it */
    SPIN_NS = 30000,             /* an idle M looks for work this long */
};

typedef enum PStatus { P_IDLE, P_RUNNING, P_SYSCALL, P_GCSTOP, P_DEAD } PStatus;

struct Timer {
    int64_t when;
    int64_t period;
    int64_t seq;     /* insertion order: equal whens fire FIFO */
    int index;       /* position in its P's heap, -1 when not in a heap */
    P *p;            /* the P whose heap holds it (atomic), NULL if none */
    G *g;            /* sleep: the goroutine to ready */
    Closure *cl;     /* otherwise: start a goroutine calling cl() */
};
/* Timer objects are in the Go heap; their only heap pointer is cl (word 6
   of the layout given to the collector, see sched_init). */
enum { TIMER_WORDS = 7, TIMER_CL_WORD = 6 };
static_assert(sizeof(Timer) == TIMER_WORDS * 8 && offsetof(Timer, cl) == TIMER_CL_WORD * 8, "Timer layout");

struct P {
    int id;
    int status;                  /* PStatus (atomic) */
    M *m;
    RunQ runq;                   /* local run queue (runq.h) */
    MCache *mcache;              /* allocation cache (runtime/malloc.c) */
    uint64_t schedtick;          /* incremented at every switch (atomic) */
    uint64_t syscalltick;        /* incremented at every syscall (atomic) */
    P *link;                     /* idle list */
    pthread_mutex_t timerlock;
    Timer **timers;              /* min-heap by (when, seq) */
    int ntimers, ctimers;
    G *gfree;                    /* dead Gs for reuse */
    int ngfree;
    uint64_t rand;
    /* sysmon's observations */
    uint64_t sysmon_tick;
    int64_t sysmon_when;
};

struct M {
    int id;
    Sched *sched;
    pthread_t thread;
    bool started;                /* a thread of its own (not the caller's) */
    P *p;
    P *nextp;                    /* P handed over by startm */
    M *link;                     /* idle list */
    pthread_mutex_t lock;
    pthread_cond_t cond;
    bool notified;
    bool insyscall;
    bool inherit;                /* the next G came from runnext: same time slice */
    G *curg;                     /* the G it runs (the collector's view, under
                                    the world being stopped) */
    int preempt;                 /* the running G should yield (atomic) */
    void (*unlockf)(void *);     /* sched_park's commit */
    void *unlockarg;
};

struct Sched {
    VM *vm;
    pthread_mutex_t lock;
    /* global run queue */
    G *runqhead, *runqtail;
    int runqsize;                /* atomic reads without the lock */
    /* Ps */
    P **allp;
    int nprocs;                  /* GOMAXPROCS (atomic reads) */
    int maxprocs;                /* allp's length */
    P *pidle;
    int npidle;                  /* atomic */
    /* Ms */
    M **allm;
    int mcount, mcap;
    M *midle;
    int nmidle;
    int mrunning;                /* Ms not parked idle, under lock */
    int mthreads;                /* threads started for Ms, not yet ended */
    int nmsyscall;               /* atomic */
    int nmspinning;              /* atomic */
    /* goroutines */
    G **allg;                    /* live and reusable dead Gs */
    size_t nallg, callg;
    int ngoroutines;             /* live (atomic) */
    pthread_mutex_t allglock;
    Func *gostub;                /* a goroutine's first frame */
    /* the end */
    int exiting;                 /* atomic */
    int exit_code;
    pthread_cond_t exitcond;
    bool main_goexit;            /* main called runtime.Goexit */
    /* sysmon */
    pthread_t sysmon;
    bool sysmon_started;
    /* sysmon sleeps on this, so the end of the program wakes it at once */
    pthread_mutex_t sysmonlock;
    pthread_cond_t sysmoncond; /* CLOCK_MONOTONIC */
    int64_t forcegc_ns;          /* forced collection period */
    int64_t start;
    int schedtrace_ms;
    int64_t timer_seq;           /* atomic */
    Type *timer_type;            /* the collector's layout of Timer */
    /* stopping the world (the collector) */
    int gcwaiting;               /* atomic: Ps must stop */
    pthread_cond_t stopcond;     /* a P stopped */
    pthread_cond_t startcond;    /* the world restarted */
};

static _Thread_local M *tls_m;

/* A hint to the CPU inside a spin loop. */
static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

#define LOAD(x) __atomic_load_n(&(x), __ATOMIC_ACQUIRE)
#define STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELEASE)
#define RLOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define RSTORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)
#define ADD(x, v) __atomic_add_fetch(&(x), (v), __ATOMIC_ACQ_REL)
#define CAS(x, o, n) __atomic_compare_exchange_n(&(x), &(o), (n), false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)

/* ---- clock and randomness ------------------------------------------------------ */

int64_t sched_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static uint32_t fastrand(P *p)
{
    p->rand ^= p->rand << 13;
    p->rand ^= p->rand >> 7;
    p->rand ^= p->rand << 17;
    return (uint32_t)(p->rand >> 16);
}

/* ---- run queues ---------------------------------------------------------------- */

static void globrunqput_locked(Sched *s, G *g)
{
    g->schedlink = NULL;
    if (s->runqtail) s->runqtail->schedlink = g;
    else s->runqhead = g;
    s->runqtail = g;
    RSTORE(s->runqsize, s->runqsize + 1);
}

static G *globrunqget_locked(Sched *s)
{
    G *g = s->runqhead;
    if (!g) return NULL;
    s->runqhead = g->schedlink;
    if (!s->runqhead) s->runqtail = NULL;
    RSTORE(s->runqsize, s->runqsize - 1);
    g->schedlink = NULL;
    return g;
}

static void globrunqput(Sched *s, G *g)
{
    pthread_mutex_lock(&s->lock);
    globrunqput_locked(s, g);
    pthread_mutex_unlock(&s->lock);
}

static G *globrunqget(Sched *s)
{
    if (!RLOAD(s->runqsize)) return NULL;
    pthread_mutex_lock(&s->lock);
    G *g = globrunqget_locked(s);
    pthread_mutex_unlock(&s->lock);
    return g;
}

/* Owner only: g goes to p's runnext (next) or ring; a full ring moves
   half of itself and g to the global queue. */
static void runqput(Sched *s, P *p, G *g, bool next)
{
    if (next && !(g = runq_set_next(&p->runq, g))) return;
    for (;;) {
        if (runq_push(&p->runq, g)) return;
        G *batch[RUNQ_SIZE / 2];
        uint32_t n = runq_take_half(&p->runq, batch);
        if (!n) continue; /* thieves made room */
        pthread_mutex_lock(&s->lock);
        for (uint32_t i = 0; i < n; i++) globrunqput_locked(s, batch[i]);
        globrunqput_locked(s, g);
        pthread_mutex_unlock(&s->lock);
        return;
    }
}

/* ---- Ms and idle Ps ---------------------------------------------------------------- */

static void mnotify(M *m)
{
    pthread_mutex_lock(&m->lock);
    m->notified = true;
    pthread_cond_signal(&m->cond);
    pthread_mutex_unlock(&m->lock);
}

/* A condition variable whose timed waits take CLOCK_MONOTONIC deadlines
   (sched_nanotime), immune to changes of the wall clock. */
static void cond_init_monotonic(pthread_cond_t *c)
{
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(c, &ca);
    pthread_condattr_destroy(&ca);
}

/* Waits on such a variable until deadline (sched_nanotime); ETIMEDOUT
   once it has passed. */
static int cond_wait_until(pthread_cond_t *c, pthread_mutex_t *lock, int64_t deadline)
{
    struct timespec ts = {(time_t)(deadline / 1000000000), (long)(deadline % 1000000000)};
    return pthread_cond_timedwait(c, lock, &ts);
}

/* Sleeps until notified or until the monotonic time deadline (0: none). */
static void mpark(M *m, int64_t deadline)
{
    pthread_mutex_lock(&m->lock);
    while (!m->notified) {
        if (deadline) {
            if (cond_wait_until(&m->cond, &m->lock, deadline) == ETIMEDOUT) break;
        } else {
            pthread_cond_wait(&m->cond, &m->lock);
        }
    }
    m->notified = false;
    pthread_mutex_unlock(&m->lock);
}

/* Caller holds s->lock. */
static M *mnew_locked(Sched *s)
{
    M *m = util_calloc(1, sizeof(M));
    m->sched = s;
    pthread_mutex_init(&m->lock, NULL);
    cond_init_monotonic(&m->cond);
    if (s->mcount == s->mcap) {
        s->mcap = s->mcap ? s->mcap * 2 : 8;
        s->allm = util_realloc(s->allm, sizeof(M *) * (size_t)s->mcap);
    }
    m->id = s->mcount;
    s->allm[s->mcount++] = m;
    return m;
}

static void schedule(Sched *s, M *m);

static void *mstart(void *arg)
{
    M *m = arg;
    Sched *s = m->sched;
    tls_m = m;
    schedule(s, m);
    tls_m = NULL;
    /* the last touch of the scheduler: sched_run_main waits for this */
    pthread_mutex_lock(&s->lock);
    s->mthreads--;
    pthread_cond_broadcast(&s->exitcond);
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static P *pidleget_locked(Sched *s)
{
    P *p = s->pidle;
    if (p) {
        s->pidle = p->link;
        __atomic_sub_fetch(&s->npidle, 1, __ATOMIC_ACQ_REL);
        p->link = NULL;
    }
    return p;
}

static void pidleput_locked(Sched *s, P *p)
{
    if (LOAD(s->gcwaiting)) {
        /* stopping the world: the P waits for the collector instead */
        STORE(p->status, P_GCSTOP);
        RSTORE(p->m, NULL);
        pthread_cond_broadcast(&s->stopcond);
        return;
    }
    STORE(p->status, P_IDLE);
    RSTORE(p->m, NULL);
    p->link = s->pidle;
    s->pidle = p;
    __atomic_add_fetch(&s->npidle, 1, __ATOMIC_ACQ_REL);
}

/* Takes P p for M m. */
static void acquirep(M *m, P *p)
{
    m->p = p;
    RSTORE(p->m, m);
    STORE(p->status, P_RUNNING);
}

/* With s->lock held: takes P p unless the world is stopping, in which
   case p is parked for the collector instead. */
static bool acquirep_locked(Sched *s, M *m, P *p)
{
    if (LOAD(s->gcwaiting)) {
        STORE(p->status, P_GCSTOP);
        RSTORE(p->m, NULL);
        pthread_cond_broadcast(&s->stopcond);
        return false;
    }
    acquirep(m, p);
    return true;
}

/* The world is stopping: park m's P (if any) for the collector and wait
   until the world restarts. */
static void gcstopm(Sched *s, M *m)
{
    pthread_mutex_lock(&s->lock);
    if (m->p) {
        STORE(m->p->status, P_GCSTOP);
        RSTORE(m->p->m, NULL);
        m->p = NULL;
        pthread_cond_broadcast(&s->stopcond);
    }
    while (LOAD(s->gcwaiting)) pthread_cond_wait(&s->startcond, &s->lock);
    pthread_mutex_unlock(&s->lock);
}

/* Puts P p to work on an idle M or a new thread. Caller holds s->lock. */
static void startm_locked(Sched *s, P *p)
{
    M *m = s->midle;
    if (m) {
        s->midle = m->link;
        s->nmidle--;
        s->mrunning++;
        m->nextp = p;
        mnotify(m);
        return;
    }
    m = mnew_locked(s);
    m->nextp = p;
    s->mrunning++;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    if (pthread_create(&m->thread, &attr, mstart, m) == 0) {
        m->started = true;
        s->mthreads++;
    } else {
        /* no thread: the work waits for the Ms we have */
        s->mrunning--;
        m->nextp = NULL;
        m->link = NULL;
        pidleput_locked(s, p);
    }
    pthread_attr_destroy(&attr);
}

/* There is new work: if a P is idle and no M is looking for work, start one. */
static void wakep(Sched *s)
{
    if (LOAD(s->npidle) == 0 || LOAD(s->nmspinning) > 0) return;
    pthread_mutex_lock(&s->lock);
    P *p = pidleget_locked(s);
    if (p) startm_locked(s, p);
    pthread_mutex_unlock(&s->lock);
}

/* Wakes idle Ms so they recompute their sleep deadline (a new timer). */
static void notify_idle(Sched *s)
{
    pthread_mutex_lock(&s->lock);
    for (M *m = s->midle; m; m = m->link) mnotify(m);
    pthread_mutex_unlock(&s->lock);
}

/* ---- goroutine records ---------------------------------------------------------------- */

static void allg_add(Sched *s, G *g)
{
    pthread_mutex_lock(&s->allglock);
    if (s->nallg == s->callg) {
        s->callg = s->callg ? s->callg * 2 : 64;
        s->allg = util_realloc(s->allg, sizeof(G *) * s->callg);
    }
    g->allg_index = s->nallg;
    s->allg[s->nallg++] = g;
    pthread_mutex_unlock(&s->allglock);
}

static void allg_remove(Sched *s, G *g)
{
    pthread_mutex_lock(&s->allglock);
    size_t i = g->allg_index;
    if (i < s->nallg && s->allg[i] == g) {
        s->allg[i] = s->allg[--s->nallg];
        s->allg[i]->allg_index = i;
    }
    pthread_mutex_unlock(&s->allglock);
}

/* A goroutine ended: keep its record for reuse or free it. */
static void gfree(Sched *s, P *p, G *g)
{
    ADD(s->ngoroutines, -1);
    if (p && p->ngfree < GFREE_MAX && g->stack_cap <= G_STACK_KEEP && !g->panic) {
        g->schedlink = p->gfree;
        p->gfree = g;
        p->ngfree++;
        return;
    }
    allg_remove(s, g);
    g_free(g);
}

/* A G with a stack of at least need slots, registered in allg. */
static G *galloc(Sched *s, P *p, VM *vm, size_t need)
{
    G *g = p ? p->gfree : NULL;
    if (g && g->stack_cap >= need) {
        p->gfree = g->schedlink;
        p->ngfree--;
        /* a fresh G keeping its stack; allg_index belongs to allglock's
           holders (allg_remove moves other Gs' entries) */
        Slot *stack = g->stack;
        size_t cap = g->stack_cap;
        free(g->pins);
        size_t at = offsetof(G, allg_index), after = at + sizeof g->allg_index;
        memset(g, 0, at);
        memset((char *)g + after, 0, sizeof(G) - after);
        g->stack = stack;
        g->stack_cap = cap;
    } else {
        g = util_calloc(1, sizeof(G));
        g->stack_cap = need > G_STACK_SLOTS ? need : G_STACK_SLOTS;
        g->stack = util_calloc(g->stack_cap, sizeof(Slot));
        allg_add(s, g);
    }
    g->vm = vm;
    g->id = __atomic_add_fetch(&vm->next_gid, 1, __ATOMIC_RELAXED);
    g->rand = (uint64_t)g->id * 0x9e3779b97f4a7c15ULL ^ (uint64_t)sched_nanotime();
    if (!g->rand) g->rand = 1;
    return g;
}

G *sched_spawn(VM *vm, G *parent, Closure *cl, const Slot *args, uint32_t nargs)
{
    Sched *s = vm->sched;
    M *m = tls_m;
    P *p = m ? m->p : NULL;
    /* the stub frame: header, then operands n, cl, args */
    size_t need = FRAME_HDR + 2 + nargs + 8;
    G *g = galloc(s, p, vm, need);
    Slot *st = g->stack;
    st[FH_PC].p = NULL;
    st[FH_FP].u = 0;
    st[FH_CL].p = NULL;
    st[FH_BASE].u = 0;
    st[FRAME_HDR].i = nargs;
    st[FRAME_HDR + 1].p = cl;
    if (nargs) memcpy(st + FRAME_HDR + 2, args, sizeof(Slot) * nargs);
    g->fp = 0;
    g->sp = FRAME_HDR + 2 + nargs;
    g->fn = s->gostub;
    g->cl = s->gostub->closure0;
    g->pc = s->gostub->code;
    if (parent) {
        g->gofn = parent->fn;
        g->goline = parent->fn && parent->pc ? func_line(parent->fn, (uint32_t)(parent->pc - parent->fn->code)) : 0;
        g->parent_id = parent->id;
    }
    ADD(s->ngoroutines, 1);
    /* created during marking: its few slots are scanned now, so no new
       goroutine is left for mark termination to find */
    if (gc_marking(vm->heap)) gc_scan_before_run(g);
    STORE(g->status, G_RUNNABLE);
    if (p && LOAD(p->status) == P_RUNNING) runqput(s, p, g, true);
    else globrunqput(s, g);
    wakep(s);
    return g;
}

void sched_ready(G *g)
{
    Sched *s = g->vm->sched;
    STORE(g->status, G_RUNNABLE);
    M *m = tls_m;
    if (m && m->p && LOAD(m->p->status) == P_RUNNING) runqput(s, m->p, g, true);
    else globrunqput(s, g);
    wakep(s);
}

void sched_park(G *g, const char *reason, void (*unlockf)(void *), void *arg)
{
    g->waitreason = reason;
    g->stop = STOP_PARKED;
    M *m = tls_m;
    if (m) {
        m->unlockf = unlockf;
        m->unlockarg = arg;
    } else if (unlockf) {
        unlockf(arg);
    }
}

void sched_gosched(G *g)
{
    g->stop = STOP_YIELD;
}

/* ---- timers ---------------------------------------------------------------------------- */

static bool timer_less(const Timer *a, const Timer *b)
{
    return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void heap_swap(P *p, int i, int j)
{
    Timer *t = p->timers[i];
    p->timers[i] = p->timers[j];
    p->timers[j] = t;
    p->timers[i]->index = i;
    p->timers[j]->index = j;
}

static void heap_up(P *p, int i)
{
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (!timer_less(p->timers[i], p->timers[parent])) break;
        heap_swap(p, i, parent);
        i = parent;
    }
}

static void heap_down(P *p, int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < p->ntimers && timer_less(p->timers[l], p->timers[m])) m = l;
        if (r < p->ntimers && timer_less(p->timers[r], p->timers[m])) m = r;
        if (m == i) break;
        heap_swap(p, i, m);
        i = m;
    }
}

/* Caller holds p->timerlock. */
static void heap_add(P *p, Timer *t)
{
    if (p->ntimers == p->ctimers) {
        p->ctimers = p->ctimers ? p->ctimers * 2 : 16;
        p->timers = util_realloc(p->timers, sizeof(Timer *) * (size_t)p->ctimers);
    }
    t->index = p->ntimers;
    p->timers[p->ntimers++] = t;
    heap_up(p, t->index);
    __atomic_store_n(&t->p, p, __ATOMIC_RELEASE);
}

/* Caller holds p->timerlock. */
static void heap_remove(P *p, Timer *t)
{
    int i = t->index;
    int last = --p->ntimers;
    if (i != last) {
        heap_swap(p, i, last);
        heap_down(p, i);
        heap_up(p, i);
    }
    t->index = -1;
    __atomic_store_n(&t->p, NULL, __ATOMIC_RELEASE);
}

/* The P new timers go to: the caller's, else P 0. */
static P *timer_home(Sched *s)
{
    M *m = tls_m;
    if (m && m->p) return m->p;
    return s->allp[0];
}

Timer *timer_new(G *g, Closure *cl)
{
    Timer *t = heap_alloc(g, sizeof(Timer), g->vm->sched->timer_type);
    t->index = -1;
    heap_shade(g, cl);
    t->cl = cl;
    return t;
}

void timer_start(G *g, Timer *t, int64_t when, int64_t period)
{
    Sched *s = g->vm->sched;
    timer_stop(g, t);
    /* the timer heaps are a root the collector may have scanned already */
    heap_shade(g, t);
    P *p = timer_home(s);
    pthread_mutex_lock(&p->timerlock);
    t->when = when;
    t->period = period;
    t->seq = __atomic_add_fetch(&s->timer_seq, 1, __ATOMIC_RELAXED);
    heap_add(p, t);
    pthread_mutex_unlock(&p->timerlock);
    notify_idle(s); /* an idle M may be sleeping past this deadline */
}

bool timer_stop(G *g, Timer *t)
{
    UNUSED(g);
    for (;;) {
        P *p = __atomic_load_n(&t->p, __ATOMIC_ACQUIRE);
        if (!p) return false;
        pthread_mutex_lock(&p->timerlock);
        if (t->p == p && t->index >= 0) {
            heap_remove(p, t);
            pthread_mutex_unlock(&p->timerlock);
            return true;
        }
        pthread_mutex_unlock(&p->timerlock);
        /* it moved to another P (retirement) or fired: look again */
    }
}

static void sleep_unlock(void *arg)
{
    P *p = arg;
    pthread_mutex_unlock(&p->timerlock);
}

void sched_sleep(G *g, int64_t ns)
{
    Sched *s = g->vm->sched;
    if (ns <= 0) return;
    Timer *t = heap_alloc(g, sizeof(Timer), NULL);
    t->index = -1;
    t->g = g;
    P *p = timer_home(s);
    notify_idle(s); /* before taking the timer lock (lock order) */
    pthread_mutex_lock(&p->timerlock);
    t->when = sched_nanotime() + ns;
    t->seq = __atomic_add_fetch(&s->timer_seq, 1, __ATOMIC_RELAXED);
    heap_add(p, t);
    /* the timer lock is released once g is parked: a timer firing on
       another M cannot ready g earlier */
    sched_park(g, "sleep", sleep_unlock, p);
}

/* Runs p's expired timers; returns the next deadline (0: none). */
static int64_t run_timers(Sched *s, P *p)
{
    int64_t now = 0;
    for (;;) {
        pthread_mutex_lock(&p->timerlock);
        if (p->ntimers == 0) {
            pthread_mutex_unlock(&p->timerlock);
            return 0;
        }
        Timer *t = p->timers[0];
        if (!now || t->when > now) now = sched_nanotime();
        if (t->when > now) {
            int64_t w = t->when;
            pthread_mutex_unlock(&p->timerlock);
            return w;
        }
        heap_remove(p, t);
        if (t->period > 0) {
            t->when += t->period;
            if (t->when <= now) t->when = now + t->period - (now - t->when) % t->period;
            heap_add(p, t);
        }
        G *g = t->g;
        Closure *cl = t->cl;
        pthread_mutex_unlock(&p->timerlock);
        if (g) sched_ready(g);
        else if (cl) sched_spawn(s->vm, NULL, cl, NULL, 0);
    }
}

static bool timers_pending(Sched *s)
{
    for (int i = 0; i < s->nprocs; i++) {
        P *p = s->allp[i];
        pthread_mutex_lock(&p->timerlock);
        int n = p->ntimers;
        pthread_mutex_unlock(&p->timerlock);
        if (n) return true;
    }
    return false;
}

static int64_t next_timer(Sched *s)
{
    int64_t best = 0;
    int n = LOAD(s->nprocs);
    for (int i = 0; i < n; i++) {
        P *p = s->allp[i];
        pthread_mutex_lock(&p->timerlock);
        if (p->ntimers && (!best || p->timers[0]->when < best)) best = p->timers[0]->when;
        pthread_mutex_unlock(&p->timerlock);
    }
    return best;
}

/* ---- natives that block their thread ------------------------------------------------------- */

void sched_enter_syscall(G *g)
{
    M *m = tls_m;
    if (!m || !m->p) return;
    __atomic_add_fetch(&m->p->syscalltick, 1, __ATOMIC_RELAXED);
    STORE(m->p->status, P_SYSCALL);
    m->insyscall = true;
    ADD(g->vm->sched->nmsyscall, 1);
}

void sched_exit_syscall(G *g)
{
    M *m = tls_m;
    if (!m || !m->insyscall) return;
    Sched *s = g->vm->sched;
    m->insyscall = false;
    int want = P_SYSCALL;
    if (m->p && CAS(m->p->status, want, P_RUNNING)) {
        ADD(s->nmsyscall, -1);
        return;
    }
    /* sysmon handed our P to another M, or the collector stopped it: wait
       for the world to run, then take an idle P, or leave the goroutine in
       the global queue and look for work like any idle M */
    m->p = NULL;
    g->mcache = NULL;
    pthread_mutex_lock(&s->lock);
    ADD(s->nmsyscall, -1);
    while (LOAD(s->gcwaiting)) pthread_cond_wait(&s->startcond, &s->lock);
    P *p = pidleget_locked(s);
    bool got = p && acquirep_locked(s, m, p);
    pthread_mutex_unlock(&s->lock);
    if (got) {
        g->mcache = p->mcache;
        return;
    }
    sched_gosched(g);
}

/* ---- tracebacks and deadlock ---------------------------------------------------------------- */

static const char *gstatus_name(G *g)
{
    int st = LOAD(g->status);
    if (st == G_RUNNING) return "running";
    if (st == G_RUNNABLE) return "runnable";
    if (st == G_WAITING) return g->waitreason ? g->waitreason : "waiting";
    return "dead";
}

void sched_dump_goroutines(VM *vm, FILE *f, G *first)
{
    Sched *s = vm->sched;
    pthread_mutex_lock(&s->allglock);
    size_t n = s->nallg;
    G **gs = util_malloc(sizeof(G *) * (n ? n : 1));
    memcpy(gs, s->allg, sizeof(G *) * n);
    pthread_mutex_unlock(&s->allglock);
    /* by goroutine id */
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && gs[j - 1]->id > gs[j]->id; j--) {
            G *t = gs[j];
            gs[j] = gs[j - 1];
            gs[j - 1] = t;
        }
    bool sep = false;
    if (first) {
        fprintf(f, "goroutine %lld [running]:\n", (long long)first->id);
        rt_traceback_g(first, f);
        sep = true;
    }
    for (size_t i = 0; i < n; i++) {
        G *g = gs[i];
        int st = LOAD(g->status);
        if (g == first || st == G_DEAD || st == G_IDLE) continue;
        if (sep) fputc('\n', f);
        sep = true;
        fprintf(f, "goroutine %lld [%s]:\n", (long long)g->id, gstatus_name(g));
        if (st == G_RUNNING) fprintf(f, "\tgoroutine running on other thread; stack unavailable\n");
        else rt_traceback_g(g, f);
    }
    free(gs);
}

/* With s->lock held, by an M about to go idle: if no goroutine can ever
   run again, reports the deadlock and ends the program. */
static void checkdead_locked(Sched *s)
{
    if (LOAD(s->exiting)) return;
    if (s->mrunning > 0 || LOAD(s->nmsyscall) > 0) return;
    if (s->runqsize > 0) return;
    for (int i = 0; i < s->nprocs; i++)
        if (!runq_empty(&s->allp[i]->runq)) return;
    if (timers_pending(s)) return;
    VM *vm = s->vm;
    FILE *f = vm->err ? vm->err : stderr;
    if (vm->out) fflush(vm->out);
    if (LOAD(s->ngoroutines) == 0) {
        if (!s->main_goexit) return;
        fprintf(f, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    } else {
        fprintf(f, "fatal error: all goroutines are asleep - deadlock!\n\n");
        sched_dump_goroutines(vm, f, NULL);
    }
    fflush(f);
    s->exit_code = 2;
    __atomic_store_n(&s->exiting, 1, __ATOMIC_SEQ_CST);
    pthread_cond_broadcast(&s->exitcond);
}

/* ---- the scheduling loop ---------------------------------------------------------------- */

/* GOMAXPROCS was lowered below p's id: hand its work over and drop it. */
static void retirep(Sched *s, M *m)
{
    P *p = m->p;
    G *g;
    while ((g = runq_pop(&p->runq))) globrunqput(s, g);
    P *p0 = s->allp[0];
    pthread_mutex_lock(&p->timerlock);
    pthread_mutex_lock(&p0->timerlock);
    while (p->ntimers > 0) {
        Timer *t = p->timers[0];
        heap_remove(p, t);
        heap_add(p0, t);
    }
    pthread_mutex_unlock(&p0->timerlock);
    pthread_mutex_unlock(&p->timerlock);
    STORE(p->status, P_DEAD);
    RSTORE(p->m, NULL);
    m->p = NULL;
}

static G *findrunnable(Sched *s, M *m)
{
    for (;;) {
        if (LOAD(s->exiting)) return NULL;
        if (LOAD(s->gcwaiting)) gcstopm(s, m);
        P *p = m->p;
        if (p && p->id >= LOAD(s->nprocs)) {
            retirep(s, m);
            p = NULL;
        }
        if (p) {
            run_timers(s, p);
            G *g = NULL;
            if (p->schedtick % 61 == 0 && (g = globrunqget(s))) return g;
            bool fromnext;
            if ((g = runq_pop_from(&p->runq, &fromnext))) {
                m->inherit = fromnext;
                return g;
            }
            if ((g = globrunqget(s))) return g;
            /* steal from the others, and run their overdue timers; then
               keep looking for a short while (spinning) before parking: a
               goroutine about to be woken by another thread is usually
               found here, without the cost of waking a sleeping thread.
               At most half of the busy Ps' worth of Ms spin. */
            int np = LOAD(s->nprocs);
            if (np > 1 && 2 * LOAD(s->nmspinning) < np - LOAD(s->npidle)) {
                __atomic_add_fetch(&s->nmspinning, 1, __ATOMIC_ACQ_REL);
                int64_t until = 0;
                for (int round = 0; !g && !LOAD(s->exiting) && !LOAD(s->gcwaiting); round++) {
                    uint32_t start = fastrand(p);
                    for (int k = 0; k < np && !g; k++) {
                        P *v = s->allp[(start + (uint32_t)k) % (uint32_t)np];
                        if (v == p) continue;
                        /* a running P's runnext is likely to run soon on
                           its own M: take it only after a few rounds */
                        bool late = round >= 2;
                        g = runq_steal(&p->runq, &v->runq, late || LOAD(v->status) != P_RUNNING);
                        if (!g && round == 2) run_timers(s, v);
                    }
                    if (g || (g = globrunqget(s))) break;
                    if (round >= 2) {
                        int64_t now = sched_nanotime();
                        if (!until) until = now + SPIN_NS;
                        else if (now >= until) break;
                        cpu_relax();
                    }
                }
                __atomic_sub_fetch(&s->nmspinning, 1, __ATOMIC_ACQ_REL);
                if (g) return g;
                if ((g = runq_pop(&p->runq))) return g;
            }
        }
        /* nothing to do: give up the P and park */
        pthread_mutex_lock(&s->lock);
        if (p) {
            G *g = globrunqget_locked(s);
            if (g) {
                pthread_mutex_unlock(&s->lock);
                return g;
            }
            pidleput_locked(s, p);
            m->p = NULL;
        }
        s->mrunning--;
        /* work that appeared meanwhile on some P */
        bool work = s->runqsize > 0;
        for (int i = 0; i < s->nprocs && !work; i++)
            if (!runq_empty(&s->allp[i]->runq)) work = true;
        if (work) {
            P *np = pidleget_locked(s);
            if (np) {
                s->mrunning++;
                acquirep_locked(s, m, np);
                pthread_mutex_unlock(&s->lock);
                continue;
            }
        }
        checkdead_locked(s);
        if (LOAD(s->exiting)) {
            s->mrunning++;
            pthread_mutex_unlock(&s->lock);
            return NULL;
        }
        m->link = s->midle;
        s->midle = m;
        s->nmidle++;
        pthread_mutex_unlock(&s->lock);
        mpark(m, next_timer(s));
        pthread_mutex_lock(&s->lock);
        /* woken by startm (which counted us running and gave us nextp), or
           by a timeout or broadcast while still on the idle list */
        M **pp = &s->midle;
        while (*pp && *pp != m) pp = &(*pp)->link;
        if (*pp) {
            *pp = m->link;
            s->nmidle--;
            s->mrunning++;
        }
        P *np = m->nextp;
        m->nextp = NULL;
        if (!np) np = pidleget_locked(s);
        if (np) acquirep_locked(s, m, np);
        pthread_mutex_unlock(&s->lock);
    }
}

static void schedule(Sched *s, M *m)
{
    if (m->nextp) {
        pthread_mutex_lock(&s->lock);
        P *p = m->nextp;
        m->nextp = NULL;
        acquirep_locked(s, m, p);
        pthread_mutex_unlock(&s->lock);
    }
    for (;;) {
        if (LOAD(s->gcwaiting)) gcstopm(s, m);
        G *g = findrunnable(s, m);
        if (!g) break;
        P *p = m->p;
        /* A goroutine from runnext inherits the time slice: goroutines
           waking each other in turn would otherwise hold the P forever,
           never letting sysmon see one slice last 10 ms, and starve the
           run queue. */
        if (!m->inherit) __atomic_add_fetch(&p->schedtick, 1, __ATOMIC_RELAXED);
        m->inherit = false;
        g->m = m;
        /* a fresh time slice, unless the program is ending: the exit path
           sets exiting before asking every G to stop, so one of the two
           sides sees the other (sequentially consistent store and load) */
        g->preempt = &m->preempt;
        __atomic_store_n(&m->preempt, 0, __ATOMIC_SEQ_CST);
        /* (and not if the world is stopping: the stopper asked first) */
        if (__atomic_load_n(&s->exiting, __ATOMIC_SEQ_CST) || __atomic_load_n(&s->gcwaiting, __ATOMIC_SEQ_CST))
            RSTORE(m->preempt, 1);
        /* running from here: the collector's worker no longer scans its
           stack (it claims first and then reads the status, see gc.c) */
        __atomic_store_n(&g->status, G_RUNNING, __ATOMIC_SEQ_CST);
        if (gc_marking(s->vm->heap)) gc_scan_before_run(g);
        g->mcache = p->mcache;
        g->recvtop = 0; /* the receive completes before any safepoint */
        m->curg = g;
        StopReason why = interp_run(g);
        m->curg = NULL;
        /* a goroutine leaving its M during marking is scanned now if it
           ran unscanned (so mark termination only scans the few still on
           an M, see gc.c) */
        if (why != STOP_DONE && gc_marking(s->vm->heap)) gc_scan_before_run(g);
        g->m = NULL;
        g->mcache = NULL;
        p = m->p; /* a native may have lost it (sched_exit_syscall) */
        switch (why) {
        case STOP_DONE:
            STORE(g->status, G_DEAD);
            if (g->ismain) {
                /* main called runtime.Goexit: the program goes on */
                pthread_mutex_lock(&s->lock);
                s->main_goexit = true;
                pthread_mutex_unlock(&s->lock);
                ADD(s->ngoroutines, -1);
            } else {
                gfree(s, p, g);
            }
            break;
        case STOP_PARKED: {
            void (*unlockf)(void *) = m->unlockf;
            void *arg = m->unlockarg;
            m->unlockf = NULL;
            m->unlockarg = NULL;
            STORE(g->status, G_WAITING);
            if (unlockf) unlockf(arg);
            break;
        }
        case STOP_NONE:
        case STOP_YIELD:
            STORE(g->status, G_RUNNABLE);
            globrunqput(s, g);
            break;
        case STOP_EXIT:
            pthread_mutex_lock(&s->lock);
            if (!LOAD(s->exiting)) {
                s->exit_code = g->exit_code;
                __atomic_store_n(&s->exiting, 1, __ATOMIC_SEQ_CST);
            }
            pthread_mutex_unlock(&s->lock);
            break;
        }
        if (LOAD(s->exiting)) break;
    }
    /* the program ends: stop the goroutines still running at their next
       safepoint, wake idle Ms so they leave too */
    pthread_mutex_lock(&s->lock);
    for (int i = 0; i < s->mcount; i++) __atomic_store_n(&s->allm[i]->preempt, 1, __ATOMIC_SEQ_CST);
    s->mrunning--;
    if (m->p) {
        pidleput_locked(s, m->p);
        m->p = NULL;
    }
    for (M *o = s->midle; o; o = o->link) mnotify(o);
    pthread_cond_broadcast(&s->exitcond);
    pthread_mutex_unlock(&s->lock);
}

/* ---- sysmon ---------------------------------------------------------------------------------- */

static void schedtrace(Sched *s)
{
    int64_t ms = (sched_nanotime() - s->start) / 1000000;
    pthread_mutex_lock(&s->lock);
    FILE *f = s->vm->err ? s->vm->err : stderr;
    fprintf(f, "SCHED %lldms: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d needspinning=0 idlethreads=%d runqueue=%d [",
            (long long)ms, s->nprocs, LOAD(s->npidle), s->mcount + 1, LOAD(s->nmspinning), s->nmidle, s->runqsize);
    for (int i = 0; i < s->nprocs; i++) {
        P *p = s->allp[i];
        fprintf(f, "%s%u", i ? " " : "", runq_len(&p->runq));
    }
    fprintf(f, "]\n");
    fflush(f);
    pthread_mutex_unlock(&s->lock);
}

static void *sysmon(void *arg)
{
    Sched *s = arg;
    int64_t delay = 20000; /* ns */
    int64_t lasttrace = sched_nanotime(), lastforce = lasttrace;
    while (!LOAD(s->exiting)) {
        pthread_mutex_lock(&s->sysmonlock);
        if (!LOAD(s->exiting)) cond_wait_until(&s->sysmoncond, &s->sysmonlock, sched_nanotime() + delay);
        pthread_mutex_unlock(&s->sysmonlock);
        if (LOAD(s->exiting)) break;
        int64_t now = sched_nanotime();
        bool idle = true;
        for (int i = 0; i < s->maxprocs; i++) {
            P *p = LOAD(s->allp[i]);
            if (!p) break;
            int st = LOAD(p->status);
            if (st == P_RUNNING) {
                /* the same goroutine for 10 ms: ask it to yield */
                uint64_t tick = RLOAD(p->schedtick);
                if (tick != p->sysmon_tick) {
                    p->sysmon_tick = tick;
                    p->sysmon_when = now;
                } else if (now - p->sysmon_when >= PREEMPT_NS) {
                    M *m = RLOAD(p->m);
                    if (m) RSTORE(m->preempt, 1);
                    p->sysmon_when = now;
                    idle = false;
                }
            } else if (st == P_SYSCALL) {
                /* blocked in a native: give the P to another M */
                uint64_t tick = RLOAD(p->syscalltick) | (1ULL << 63);
                if (tick != p->sysmon_tick) {
                    p->sysmon_tick = tick;
                    p->sysmon_when = now;
                } else if (now - p->sysmon_when >= RETAKE_NS) {
                    pthread_mutex_lock(&s->lock);
                    int want = P_SYSCALL;
                    if (!LOAD(s->gcwaiting) && CAS(p->status, want, P_IDLE)) {
                        RSTORE(p->m, NULL);
                        startm_locked(s, p);
                        idle = false;
                    }
                    pthread_mutex_unlock(&s->lock);
                }
            }
        }
        /* overdue timers while every M is busy or asleep */
        int64_t nt = next_timer(s);
        if (nt && nt <= now) {
            wakep(s);
            idle = false;
        }
        /* no collection for two minutes: start one (runtime.forcegc) */
        if (now - lastforce >= s->forcegc_ns && gc_enabled(s->vm->heap) && gc_since_last(s->vm->heap) >= s->forcegc_ns &&
            s->vm->rt && s->vm->rt->forcegc) {
            sched_spawn(s->vm, NULL, s->vm->rt->forcegc->closure0, NULL, 0);
            lastforce = now;
        }
        if (s->schedtrace_ms > 0 && now - lasttrace >= (int64_t)s->schedtrace_ms * 1000000) {
            schedtrace(s);
            lasttrace = now;
        }
        delay = idle ? (delay * 2 > 10000000 ? 10000000 : delay * 2) : 20000;
    }
    return NULL;
}

/* ---- setup ---------------------------------------------------------------------------------- */

/* $name as an integer, or the integer after "key=" in a comma list
   ($GODEBUG); -1 if absent. */
static int env_int(const char *name, const char *key)
{
    const char *v = getenv(name);
    if (!v) return -1;
    if (!key) return atoi(v);
    size_t kl = strlen(key);
    for (const char *q = v; *q;) {
        if (strncmp(q, key, kl) == 0 && q[kl] == '=') return atoi(q + kl + 1);
        const char *comma = strchr(q, ',');
        if (!comma) break;
        q = comma + 1;
    }
    return -1;
}

static P *pnew(Sched *s, int id)
{
    P *p = util_calloc(1, sizeof(P));
    p->id = id;
    p->mcache = mcache_new(s->vm->heap);
    p->rand = 0x853c49e6748fea9bULL ^ ((uint64_t)(id + 1) * 0x9e3779b97f4a7c15ULL);
    util_mutex_init(&p->timerlock);
    return p;
}

/* GOCALL GOEND: the first frame of every goroutine but main. */
static Func *make_gostub(VM *vm)
{
    Func *f = ARENA_NEW(&vm->arena, Func);
    f->name = "runtime.goexit";
    f->file = "runtime";
    f->code = arena_alloc(&vm->arena, sizeof(Code) * 2);
    f->code[0].i = OP_GOCALL;
    f->code[1].i = OP_GOEND;
    f->ncode = 2;
    f->maxstack = 2;
    f->wrapper = true;
    Closure *cl = arena_alloc(&vm->arena, sizeof(Closure));
    cl->fn = f;
    f->closure0 = cl;
    interp_thread(vm, f);
    return f;
}

void sched_init(VM *vm, int nprocs)
{
    Sched *s = util_calloc(1, sizeof(Sched));
    s->vm = vm;
    util_mutex_init(&s->lock);
    pthread_mutex_init(&s->allglock, NULL);
    pthread_cond_init(&s->exitcond, NULL);
    pthread_cond_init(&s->stopcond, NULL);
    pthread_mutex_init(&s->sysmonlock, NULL);
    cond_init_monotonic(&s->sysmoncond);
    pthread_cond_init(&s->startcond, NULL);
    pthread_mutex_lock(&vm->typelock);
    s->timer_type = type_words(&vm->types, TIMER_WORDS, 1ULL << TIMER_CL_WORD);
    pthread_mutex_unlock(&vm->typelock);
    if (nprocs <= 0) nprocs = env_int("GOMAXPROCS", NULL);
    if (nprocs <= 0) nprocs = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (nprocs <= 0) nprocs = 1;
    s->maxprocs = 256;
    if (nprocs > s->maxprocs) nprocs = s->maxprocs;
    s->allp = util_calloc((size_t)s->maxprocs, sizeof(P *));
    s->nprocs = nprocs;
    for (int i = 0; i < nprocs; i++) {
        s->allp[i] = pnew(s, i);
        if (i > 0) pidleput_locked(s, s->allp[i]);
    }
    s->schedtrace_ms = env_int("GODEBUG", "schedtrace");
    /* Go forces a collection after two minutes without one; the period is
       settable for tests (GODEBUG=forcegcperiod=SECONDS, govm's own) */
    int fp = env_int("GODEBUG", "forcegcperiod");
    s->forcegc_ns = (int64_t)(fp > 0 ? fp : 120) * 1000000000;
    s->start = sched_nanotime();
    s->gostub = make_gostub(vm);
    vm->sched = s;
    sema_init(vm);
}

bool sched_free(VM *vm)
{
    Sched *s = vm->sched;
    if (!s) return true;
    pthread_mutex_lock(&s->lock);
    int alive = s->mthreads;
    pthread_mutex_unlock(&s->lock);
    if (alive > 0) {
        /* a thread is still blocked in a native call and will come back
           to the scheduler and the VM: leave both allocated */
        return false;
    }
    sema_free(vm);
    for (int i = 0; i < s->maxprocs; i++) {
        P *p = s->allp[i];
        if (!p) continue;
        free(p->timers);
        pthread_mutex_destroy(&p->timerlock);
        mcache_free(vm->heap, p->mcache);
        free(p);
    }
    free(s->allp);
    for (int i = 0; i < s->mcount; i++) {
        M *m = s->allm[i];
        if (!m) continue;
        pthread_mutex_destroy(&m->lock);
        pthread_cond_destroy(&m->cond);
        free(m);
    }
    pthread_mutex_destroy(&s->sysmonlock);
    pthread_cond_destroy(&s->sysmoncond);
    free(s->allm);
    for (size_t i = 0; i < s->nallg; i++)
        if (s->allg[i] != vm->main_g) g_free(s->allg[i]);
    free(s->allg);
    free(s);
    vm->sched = NULL;
    return true;
}

int sched_run_main(VM *vm, G *g)
{
    Sched *s = vm->sched;
    g->ismain = true;
    STORE(g->status, G_RUNNABLE);
    allg_add(s, g);
    ADD(s->ngoroutines, 1);
    pthread_mutex_lock(&s->lock);
    M *m = mnew_locked(s);
    s->mrunning = 1;
    pthread_mutex_unlock(&s->lock);
    tls_m = m;
    acquirep(m, s->allp[0]);
    runqput(s, m->p, g, false);
    if (pthread_create(&s->sysmon, NULL, sysmon, s) == 0) s->sysmon_started = true;
    schedule(s, m);
    /* wait until the other threads have ended; those blocked in a native
       cannot be waited for (they find the program ended when they return,
       and sched_free leaves the scheduler to them) */
    pthread_mutex_lock(&s->lock);
    while (s->mthreads - LOAD(s->nmsyscall) > 0) {
        for (M *o = s->midle; o; o = o->link) mnotify(o);
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 1000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&s->exitcond, &s->lock, &ts);
    }
    pthread_mutex_unlock(&s->lock);
    if (s->sysmon_started) {
        pthread_mutex_lock(&s->sysmonlock);
        pthread_cond_signal(&s->sysmoncond);
        pthread_mutex_unlock(&s->sysmonlock);
        pthread_join(s->sysmon, NULL);
    }
    tls_m = NULL;
    return s->exit_code;
}

int sched_gomaxprocs(VM *vm, int n)
{
    Sched *s = vm->sched;
    pthread_mutex_lock(&s->lock);
    int old = s->nprocs;
    if (n > s->maxprocs) n = s->maxprocs;
    if (n > 0 && n != old) {
        if (n > old) {
            for (int i = old; i < n; i++) {
                if (!s->allp[i]) STORE(s->allp[i], pnew(s, i));
                else if (LOAD(s->allp[i]->status) != P_DEAD) continue; /* not retired yet */
                pidleput_locked(s, s->allp[i]);
            }
        } else {
            /* idle Ps beyond n leave the idle list now; running ones are
               retired by their M (findrunnable) */
            P **pp = &s->pidle;
            while (*pp) {
                if ((*pp)->id >= n) {
                    P *dead = *pp;
                    *pp = dead->link;
                    dead->link = NULL;
                    STORE(dead->status, P_DEAD);
                    __atomic_sub_fetch(&s->npidle, 1, __ATOMIC_ACQ_REL);
                } else {
                    pp = &(*pp)->link;
                }
            }
        }
        STORE(s->nprocs, n);
    }
    pthread_mutex_unlock(&s->lock);
    if (n > old) wakep(s);
    return old;
}

int sched_numgoroutine(VM *vm)
{
    return LOAD(vm->sched->ngoroutines);
}

/* ---- stopping the world (the collector) -------------------------------------------- */

int sched_stop_world(G *g)
{
    return sched_stop_world_vm(g->vm);
}

void sched_start_world(G *g)
{
    sched_start_world_vm(g->vm);
}

int sched_stop_world_vm(VM *vm)
{
    Sched *s = vm->sched;
    M *me = tls_m;
    P *mine = me ? me->p : NULL;
    pthread_mutex_lock(&s->lock);
    __atomic_store_n(&s->gcwaiting, 1, __ATOMIC_SEQ_CST);
    /* idle Ps stop at once */
    while (s->pidle) {
        P *p = pidleget_locked(s);
        STORE(p->status, P_GCSTOP);
    }
    for (;;) {
        int running = 0;
        for (int i = 0; i < s->maxprocs; i++) {
            P *p = s->allp[i];
            if (!p) break;
            if (p == mine) continue;
            int st = LOAD(p->status);
            if (st == P_SYSCALL) {
                /* its thread is in a native: take the P; the thread waits
                   for the world to restart when it returns */
                int want = P_SYSCALL;
                if (CAS(p->status, want, P_GCSTOP)) continue;
                st = LOAD(p->status);
            }
            if (st == P_RUNNING || st == P_IDLE) {
                /* running, or handed to an M that has not taken it yet */
                M *m = RLOAD(p->m);
                if (m) __atomic_store_n(&m->preempt, 1, __ATOMIC_SEQ_CST);
                running++;
            }
        }
        if (!running) break;
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 1000000;
        if (ts.tv_nsec >= 1000000000) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&s->stopcond, &s->lock, &ts);
    }
    int n = s->nprocs;
    pthread_mutex_unlock(&s->lock);
    return n;
}

void sched_start_world_vm(VM *vm)
{
    Sched *s = vm->sched;
    M *me = tls_m;
    P *mine = me ? me->p : NULL;
    pthread_mutex_lock(&s->lock);
    __atomic_store_n(&s->gcwaiting, 0, __ATOMIC_SEQ_CST);
    bool work = s->runqsize > 0;
    for (int i = 0; i < s->maxprocs; i++) {
        P *p = s->allp[i];
        if (!p) break;
        if (p == mine || LOAD(p->status) != P_GCSTOP) continue;
        if (!runq_empty(&p->runq)) work = true;
        pidleput_locked(s, p);
    }
    pthread_cond_broadcast(&s->startcond);
    pthread_mutex_unlock(&s->lock);
    if (work) {
        for (int i = 0; i < s->nprocs; i++) wakep(s);
    }
}

void sched_for_each_g(VM *vm, void (*fn)(G *g, void *arg), void *arg)
{
    Sched *s = vm->sched;
    pthread_mutex_lock(&s->allglock);
    for (size_t i = 0; i < s->nallg; i++) {
        G *g = s->allg[i];
        if (LOAD(g->status) != G_DEAD) fn(g, arg);
    }
    pthread_mutex_unlock(&s->allglock);
}

void sched_scan_gs(VM *vm, bool (*claim)(G *g, void *arg), void (*scan)(G *g, void *arg), void *arg)
{
    Sched *s = vm->sched;
    /* Downwards: allg_remove moves the last goroutine into the hole, and
       the last one was visited already, so none that stays in the list is
       missed (ones added meanwhile are, at the end). */
    pthread_mutex_lock(&s->allglock);
    size_t i = s->nallg;
    pthread_mutex_unlock(&s->allglock);
    while (i > 0) {
        pthread_mutex_lock(&s->allglock);
        if (i > s->nallg) i = s->nallg;
        if (i == 0) {
            pthread_mutex_unlock(&s->allglock);
            return;
        }
        G *g = s->allg[--i];
        bool mine = claim(g, arg);
        pthread_mutex_unlock(&s->allglock);
        /* a claimed goroutine cannot start running, so cannot end */
        if (mine) scan(g, arg);
    }
}

void sched_for_each_m_g(VM *vm, void (*fn)(G *g, void *arg), void *arg)
{
    Sched *s = vm->sched;
    pthread_mutex_lock(&s->lock);
    for (int i = 0; i < s->mcount; i++)
        if (s->allm[i]->curg) fn(s->allm[i]->curg, arg);
    pthread_mutex_unlock(&s->lock);
}

bool sched_stopping(VM *vm)
{
    return __atomic_load_n(&vm->sched->gcwaiting, __ATOMIC_SEQ_CST) != 0;
}

void sched_preempt_all(VM *vm)
{
    Sched *s = vm->sched;
    pthread_mutex_lock(&s->lock);
    for (int i = 0; i < s->mcount; i++) __atomic_store_n(&s->allm[i]->preempt, 1, __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(&s->lock);
}

int sched_mcaches(VM *vm, MCache **out, int max)
{
    Sched *s = vm->sched;
    int n = 0;
    for (int i = 0; i < s->maxprocs && n < max; i++) {
        P *p = s->allp[i];
        if (!p) break;
        out[n++] = p->mcache;
    }
    return n;
}

void sched_for_each_timer(VM *vm, void (*fn)(void *timer, Closure *cl, void *arg), void *arg)
{
    Sched *s = vm->sched;
    for (int i = 0; i < s->maxprocs; i++) {
        P *p = s->allp[i];
        if (!p) break;
        pthread_mutex_lock(&p->timerlock);
        for (int k = 0; k < p->ntimers; k++) fn(p->timers[k], p->timers[k]->cl, arg);
        pthread_mutex_unlock(&p->timerlock);
    }
}
