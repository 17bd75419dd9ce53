/* sched.h - goroutines on OS threads: Go's G-M-P scheduler.
 *
 * G = goroutine, M = OS thread, P = processor (GOMAXPROCS of them). An M
 * runs Go code only while it holds a P. See sched.c for the design.
 */
#ifndef GOVM_SCHED_H
#define GOVM_SCHED_H

#include "../vm/vm.h"

typedef struct Sched Sched;
typedef struct M M;
typedef struct P P;

/* Creates the scheduler with nprocs Ps (0: $GOMAXPROCS or the CPU count). */
void sched_init(VM *vm, int nprocs);
/* Frees the scheduler; false (freeing nothing) while a thread of the
   program is still blocked in a native call and may come back to it. */
bool sched_free(VM *vm);

/* Runs the program's main goroutine g on the calling thread (and more
   threads as goroutines appear) until the program ends. Returns the exit
   status. */
int sched_run_main(VM *vm, G *g);

/* A new goroutine calling cl(args) (args: nargs slots, stack form).
   parent (may be NULL) and its current pc name the creator in tracebacks. */
G *sched_spawn(VM *vm, G *parent, Closure *cl, const Slot *args, uint32_t nargs);

/* Makes a parked goroutine runnable (next on the caller's P when it has
   one). */
void sched_ready(G *g);

/* Blocking, from the running goroutine (a native or an instruction): asks
   the interpreter to leave g once its registers are saved; the scheduler
   then marks g waiting and calls unlockf(arg) (if not NULL). The caller
   registers g with its future waker under a lock and lets unlockf release
   it, so no waker can see g before it is fully parked. */
void sched_park(G *g, const char *reason, void (*unlockf)(void *), void *arg);
/* runtime.Gosched: g stays runnable but lets others run first. */
void sched_gosched(G *g);

/* Around natives that may block their thread (reading input, sleeping in
   C, FFI): the P is handed to another thread if the call takes long. */
void sched_enter_syscall(G *g);
void sched_exit_syscall(G *g);

/* ---- timers ---- */

typedef struct Timer Timer;
int64_t sched_nanotime(void); /* monotonic clock, ns */
/* time.Sleep: parks g for ns nanoseconds. */
void sched_sleep(G *g, int64_t ns);
/* A timer (a Go heap object) that starts a goroutine calling cl() when it
   fires (time's timers, AfterFunc, tickers with period > 0). */
Timer *timer_new(G *g, Closure *cl);
void timer_start(G *g, Timer *t, int64_t when, int64_t period);
bool timer_stop(G *g, Timer *t); /* true if it was pending */

/* ---- package runtime ---- */

int sched_gomaxprocs(VM *vm, int n); /* sets when n > 0; returns the old value */
int sched_numgoroutine(VM *vm);
/* Tracebacks of every goroutine, first (if not NULL) first: runtime.Stack
   with all=true and the deadlock report. */
void sched_dump_goroutines(VM *vm, FILE *f, G *first);

/* ---- the collector's view (runtime/gc.c) ---- */

/* Stops every P but the caller's at a safepoint (threads blocked in
   natives keep running but cannot return to Go code); returns GOMAXPROCS. */
int sched_stop_world(G *g);
void sched_start_world(G *g);
/* The same from a thread without a goroutine (the collector's worker). */
int sched_stop_world_vm(VM *vm);
void sched_start_world_vm(VM *vm);
/* Concurrent stack scanning: for every goroutine, claim(g, arg) under the
   goroutine list's lock, then, if it returned true, scan(g, arg) without
   the lock (claim must keep g from running meanwhile). Goroutines created
   during the walk may be left out. */
void sched_scan_gs(VM *vm, bool (*claim)(G *g, void *arg), void (*scan)(G *g, void *arg), void *arg);
/* With the world stopped: fn for each goroutine still on a thread (in a
   native call that gave its P up). */
void sched_for_each_m_g(VM *vm, void (*fn)(G *g, void *arg), void *arg);
/* Is the world being stopped (a goroutine must not wait for anything but
   its next safepoint)? */
bool sched_stopping(VM *vm);
/* Asks every running goroutine to pass through the scheduler. */
void sched_preempt_all(VM *vm);
/* With the world stopped: every goroutine that is not dead, every P's
   allocation cache, every pending timer (its object and closure). */
void sched_for_each_g(VM *vm, void (*fn)(G *g, void *arg), void *arg);
struct MCache;
int sched_mcaches(VM *vm, struct MCache **out, int max);
void sched_for_each_timer(VM *vm, void (*fn)(void *timer, Closure *cl, void *arg), void *arg);

#endif
