/* natives.c - the natives behind goroutine-related packages: runtime
 * (scheduling), sync (semaphores and notify lists), sync/atomic and the
 * timers of package time. They are thin: the work is in sched.c, chan.c
 * and sema.c; the packages themselves are Go (lib/go).
 *
 * Stack form reminders (lib.h): int32 arrives sign-extended in a slot and
 * uint32 zero-extended; results are written back the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../lib/lib.h"
#include "../vm/interp.h"
#include "gc.h"
#include "heap.h"
#include "panic.h"
#include "sched.h"
#include "sema.h"

/* ---- runtime ----------------------------------------------------------------- */

static void n_Gosched(G *g, Slot *args)
{
    UNUSED(args);
    sched_gosched(g);
}

static void n_Goexit(G *g, Slot *args)
{
    UNUSED(args);
    rt_goexit(g);
}

static void n_GOMAXPROCS(G *g, Slot *args)
{
    int64_t n = args[0].i;
    args[0].i = sched_gomaxprocs(g->vm, n > 0 && n < 1 << 20 ? (int)n : 0);
}

static void n_NumGoroutine(G *g, Slot *args)
{
    args[0].i = sched_numgoroutine(g->vm);
}

static void n_NumCPU(G *g, Slot *args)
{
    UNUSED(g);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    args[0].i = n > 0 ? n : 1;
}

/* Stack(buf []byte, all bool) int */
static void n_Stack(G *g, Slot *args)
{
    GoSlice *buf = (GoSlice *)args;
    bool all = args[3].u & 1;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) util_oom();
    if (all) {
        sched_dump_goroutines(g->vm, f, g);
    } else {
        fprintf(f, "goroutine %lld [running]:\n", (long long)g->id);
        rt_traceback_g(g, f);
    }
    fclose(f);
    size_t n = len < (size_t)buf->len ? len : (size_t)buf->len;
    if (n) memcpy(buf->ptr, text, n);
    free(text);
    args[0].i = (int64_t)n;
}

/* ---- the garbage collector (runtime, runtime/debug, sync.Pool) ------------------- */

/* waitIdle() bool */
static void n_waitIdle(G *g, Slot *args)
{
    args[0].u = gc_wait_idle(g);
}

/* gcTarget() int */
static void n_gcTarget(G *g, Slot *args)
{
    args[0].i = gc_target(g);
}

/* gcWait(n int, user bool) bool */
static void n_gcWait(G *g, Slot *args)
{
    args[0].u = gc_wait(g, args[0].i, args[1].u & 1);
}

/* readMemStats(words []uint64) */
static void n_readMemStats(G *g, Slot *args)
{
    GoSlice *w = (GoSlice *)args;
    if (w->len < MEMSTATS_WORDS) return;
    gc_read_memstats(g, w->ptr);
}

/* setFinalizer(obj, finalizer any) bool */
static void n_setFinalizer(G *g, Slot *args)
{
    Iface obj = {args[0].p, args[1].p}, fin = {args[2].p, args[3].p};
    args[0].u = gc_set_finalizer(g, obj, fin);
}

/* finqWait(): until a finalizer is queued */
static void n_finqWait(G *g, Slot *args)
{
    UNUSED(args);
    sema_acquire(g, &g->vm->heap->gc->finqsema, false, "finalizer wait");
}

/* finqNext() (fn, arg0, arg1 unsafe.Pointer, kind int) */
static void n_finqNext(G *g, Slot *args)
{
    gc_next_finalizer(g, args);
}

/* debug.setGCPercent(percent int) int */
static void n_setGCPercent(G *g, Slot *args)
{
    int64_t v = args[0].i;
    args[0].i = gc_set_percent(g->vm->heap, v < 0 ? -1 : v > INT32_MAX ? INT32_MAX : (int)v);
}

/* debug.SetMemoryLimit(limit int64) int64 */
static void n_SetMemoryLimit(G *g, Slot *args)
{
    args[0].i = gc_set_memlimit(g->vm->heap, args[0].i);
}

/* debug.freeOSMemory() */
static void n_freeOSMemory(G *g, Slot *args)
{
    UNUSED(args);
    gc_free_os_memory(g);
}

/* runtime_registerPool(p unsafe.Pointer) */
static void n_registerPool(G *g, Slot *args)
{
    gc_register_pool(g->vm->heap, args[0].p);
}

/* ---- sync ----------------------------------------------------------------------- */

static void n_semacquire(G *g, Slot *args)
{
    sema_acquire(g, args[0].p, false, "semacquire");
}

static void n_semacquireMutex(G *g, Slot *args)
{
    sema_acquire(g, args[0].p, args[1].u & 1, "sync.Mutex.Lock");
}

static void n_semacquireRWMutexR(G *g, Slot *args)
{
    sema_acquire(g, args[0].p, args[1].u & 1, "sync.RWMutex.RLock");
}

static void n_semacquireRWMutex(G *g, Slot *args)
{
    sema_acquire(g, args[0].p, args[1].u & 1, "sync.RWMutex.Lock");
}

static void n_semrelease(G *g, Slot *args)
{
    sema_release(g, args[0].p);
}

static void n_notifyListAdd(G *g, Slot *args)
{
    UNUSED(g);
    args[0].u = notify_add(args[0].p);
}

static void n_notifyListWait(G *g, Slot *args)
{
    notify_wait(g, args[0].p, (uint32_t)args[1].u);
}

static void n_notifyListNotifyAll(G *g, Slot *args)
{
    notify_all(g, args[0].p);
}

static void n_notifyListNotifyOne(G *g, Slot *args)
{
    notify_one(g, args[0].p);
}

/* throw(s string): an unrecoverable error in sync ("sync: unlock of
   unlocked mutex", "sync: negative WaitGroup counter" is a panic). */
static void n_syncThrow(G *g, Slot *args)
{
    GoString *s = (GoString *)args;
    char msg[256];
    size_t n = (size_t)s->len < sizeof msg - 1 ? (size_t)s->len : sizeof msg - 1;
    memcpy(msg, s->ptr, n);
    msg[n] = 0;
    rt_throw(g, msg);
}

static void n_nanotime(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = sched_nanotime();
}

/* randn(n uint32) uint32: uniform in [0, n) for sync.Pool's shard choice */
static void n_randn(G *g, Slot *args)
{
    uint32_t n = (uint32_t)args[0].u;
    args[0].u = n ? (uint32_t)(vm_rand(g->vm) % n) : 0;
}

/* ---- sync/atomic -------------------------------------------------------------------- */

#define SEQ __ATOMIC_SEQ_CST

/* Function values of the integer functions (calls compile to ATOMIC). */
#define ATOMIC_NATIVE(Op, OP, Name, W)                \
    static void n_##Op##Name(G *g, Slot *a)           \
    {                                                 \
        NILCHECK_ADDR(g, a[0].p);                     \
        slot_atomic((unsigned)(AT_##OP << 2 | W), a); \
    }
#define ATOMIC_FAMILY(Name, W)                        \
    ATOMIC_NATIVE(Add, ADD, Name, W)                  \
    ATOMIC_NATIVE(And, AND, Name, W)                  \
    ATOMIC_NATIVE(Or, OR, Name, W)                    \
    ATOMIC_NATIVE(Load, LOAD, Name, W)                \
    ATOMIC_NATIVE(Store, STORE, Name, W)              \
    ATOMIC_NATIVE(Swap, SWAP, Name, W)                \
    ATOMIC_NATIVE(CompareAndSwap, CAS, Name, W)

/* Go's atomics on a nil address fault like any nil dereference. */
#define NILCHECK_ADDR(g, p)        \
    do {                           \
        if (UNLIKELY(!(p))) {      \
            rt_panic_nil(g);       \
            return;                \
        }                          \
    } while (0)

ATOMIC_FAMILY(Int32, AT_I32)
ATOMIC_FAMILY(Int64, AT_W64)
ATOMIC_FAMILY(Uint32, AT_U32)
ATOMIC_FAMILY(Uint64, AT_W64)
ATOMIC_FAMILY(Uintptr, AT_W64)

static void n_LoadPointer(G *g, Slot *a)
{
    NILCHECK_ADDR(g, a[0].p);
    a[0].p = __atomic_load_n((void **)a[0].p, SEQ);
}

static void n_StorePointer(G *g, Slot *a)
{
    NILCHECK_ADDR(g, a[0].p);
    heap_wb_ptr(g, a[0].p, a[1].p);
    __atomic_store_n((void **)a[0].p, a[1].p, SEQ);
}

static void n_SwapPointer(G *g, Slot *a)
{
    NILCHECK_ADDR(g, a[0].p);
    heap_wb_ptr(g, a[0].p, a[1].p);
    a[0].p = __atomic_exchange_n((void **)a[0].p, a[1].p, SEQ);
}

static void n_CompareAndSwapPointer(G *g, Slot *a)
{
    NILCHECK_ADDR(g, a[0].p);
    void *old = a[1].p;
    heap_wb_ptr(g, a[0].p, a[2].p);
    a[0].u = __atomic_compare_exchange_n((void **)a[0].p, &old, a[2].p, false, SEQ, SEQ);
}

/* ---- time ------------------------------------------------------------------------------ */

/* sleep(ns int64) */
static void n_sleep(G *g, Slot *args)
{
    sched_sleep(g, args[0].i);
}

/* newTimer(f func()) unsafe.Pointer: a stopped timer calling f in a new
   goroutine each time it fires */
static void n_newTimer(G *g, Slot *args)
{
    args[0].p = timer_new(g, args[0].p);
}

/* resetTimer(t unsafe.Pointer, when, period int64) bool: (re)arms t for
   the monotonic time when; reports whether it was armed */
static void n_resetTimer(G *g, Slot *args)
{
    Timer *t = args[0].p;
    bool was = timer_stop(g, t);
    timer_start(g, t, args[1].i, args[2].i);
    args[0].u = was;
}

/* stopTimer(t unsafe.Pointer) bool */
static void n_stopTimer(G *g, Slot *args)
{
    args[0].u = timer_stop(g, args[0].p);
}

/* Sorted by name (strcmp). */
const NativeDef lib_sched_natives[] = {
    {"runtime.GOMAXPROCS", n_GOMAXPROCS},
    {"runtime.Goexit", n_Goexit},
    {"runtime.Gosched", n_Gosched},
    {"runtime.NumCPU", n_NumCPU},
    {"runtime.NumGoroutine", n_NumGoroutine},
    {"runtime.Stack", n_Stack},
    {"runtime.finqNext", n_finqNext},
    {"runtime.finqWait", n_finqWait},
    {"runtime.gcTarget", n_gcTarget},
    {"runtime.gcWait", n_gcWait},
    {"runtime.readMemStats", n_readMemStats},
    {"runtime.setFinalizer", n_setFinalizer},
    {"runtime/debug.SetMemoryLimit", n_SetMemoryLimit},
    {"runtime/debug.freeOSMemory", n_freeOSMemory},
    {"runtime/debug.setGCPercent", n_setGCPercent},
    {"runtime/debug.waitIdle", n_waitIdle},
    {"sync.fatal", n_syncThrow},
    {"sync.runtime_Semacquire", n_semacquire},
    {"sync.runtime_SemacquireMutex", n_semacquireMutex},
    {"sync.runtime_SemacquireRWMutex", n_semacquireRWMutex},
    {"sync.runtime_SemacquireRWMutexR", n_semacquireRWMutexR},
    {"sync.runtime_Semrelease", n_semrelease},
    {"sync.runtime_nanotime", n_nanotime},
    {"sync.runtime_notifyListAdd", n_notifyListAdd},
    {"sync.runtime_notifyListNotifyAll", n_notifyListNotifyAll},
    {"sync.runtime_notifyListNotifyOne", n_notifyListNotifyOne},
    {"sync.runtime_notifyListWait", n_notifyListWait},
    {"sync.runtime_randn", n_randn},
    {"sync.runtime_registerPool", n_registerPool},
    {"sync.throw", n_syncThrow},
    {"sync/atomic.AddInt32", n_AddInt32},
    {"sync/atomic.AddInt64", n_AddInt64},
    {"sync/atomic.AddUint32", n_AddUint32},
    {"sync/atomic.AddUint64", n_AddUint64},
    {"sync/atomic.AddUintptr", n_AddUintptr},
    {"sync/atomic.AndInt32", n_AndInt32},
    {"sync/atomic.AndInt64", n_AndInt64},
    {"sync/atomic.AndUint32", n_AndUint32},
    {"sync/atomic.AndUint64", n_AndUint64},
    {"sync/atomic.AndUintptr", n_AndUintptr},
    {"sync/atomic.CompareAndSwapInt32", n_CompareAndSwapInt32},
    {"sync/atomic.CompareAndSwapInt64", n_CompareAndSwapInt64},
    {"sync/atomic.CompareAndSwapPointer", n_CompareAndSwapPointer},
    {"sync/atomic.CompareAndSwapUint32", n_CompareAndSwapUint32},
    {"sync/atomic.CompareAndSwapUint64", n_CompareAndSwapUint64},
    {"sync/atomic.CompareAndSwapUintptr", n_CompareAndSwapUintptr},
    {"sync/atomic.LoadInt32", n_LoadInt32},
    {"sync/atomic.LoadInt64", n_LoadInt64},
    {"sync/atomic.LoadPointer", n_LoadPointer},
    {"sync/atomic.LoadUint32", n_LoadUint32},
    {"sync/atomic.LoadUint64", n_LoadUint64},
    {"sync/atomic.LoadUintptr", n_LoadUintptr},
    {"sync/atomic.OrInt32", n_OrInt32},
    {"sync/atomic.OrInt64", n_OrInt64},
    {"sync/atomic.OrUint32", n_OrUint32},
    {"sync/atomic.OrUint64", n_OrUint64},
    {"sync/atomic.OrUintptr", n_OrUintptr},
    {"sync/atomic.StoreInt32", n_StoreInt32},
    {"sync/atomic.StoreInt64", n_StoreInt64},
    {"sync/atomic.StorePointer", n_StorePointer},
    {"sync/atomic.StoreUint32", n_StoreUint32},
    {"sync/atomic.StoreUint64", n_StoreUint64},
    {"sync/atomic.StoreUintptr", n_StoreUintptr},
    {"sync/atomic.SwapInt32", n_SwapInt32},
    {"sync/atomic.SwapInt64", n_SwapInt64},
    {"sync/atomic.SwapPointer", n_SwapPointer},
    {"sync/atomic.SwapUint32", n_SwapUint32},
    {"sync/atomic.SwapUint64", n_SwapUint64},
    {"sync/atomic.SwapUintptr", n_SwapUintptr},
    {"time.newTimer", n_newTimer},
    {"time.resetTimer", n_resetTimer},
    {"time.sleep", n_sleep},
    {"time.stopTimer", n_stopTimer},
};
const int lib_sched_nnatives = (int)ARRAY_LEN(lib_sched_natives);
