/* gc.h - the garbage collector's interface to the allocator, the
 * scheduler and the interpreter (see gc.c for the algorithm).
 */
#ifndef GOVM_GC_H
#define GOVM_GC_H

#include "mheap.h"

typedef struct GCState GCState;

void gc_init(Heap *h);
void gc_free(Heap *h);
void gc_stop(Heap *h); /* the background worker, before the scheduler goes */
int64_t gc_nanotime(void);

/* Is a marking phase in progress (new objects are allocated black)? */
static inline bool gc_marking(Heap *h);

/* Called by heap_alloc before allocating: starts a cycle when the heap
   has reached its goal (and in GODEBUG=gcstress mode). */
void gc_maybe_start(G *g, Heap *h);

/* runtime.GC(): gc_target names the cycle to wait for (the next one to
   start); gc_wait(n) is called until it returns true: it starts cycle n
   when none is running, helps mark while one is, parks the goroutine
   briefly when there is nothing to help with, and once cycle n is
   complete finishes its sweeping and returns true. user: counted in
   NumForcedGC. */
int64_t gc_target(G *g);
bool gc_wait(G *g, int64_t n, bool user);
/* debug.SetGCPercent(-1): called until it returns true, when no cycle is
   running (helping or sleeping meanwhile, as gc_wait). */
bool gc_wait_idle(G *g);
/* Before the scheduler runs g during marking: scans g's stack unless that
   was done this cycle (waits if the collector is scanning it right now). */
void gc_scan_before_run(G *g);

/* runtime.SetFinalizer: obj is the object's interface value, fin the
   finalizer's (fin.tab NULL: remove). Throws Go's fatal errors on misuse.
   Returns true when the finalizer goroutine must be started. */
bool gc_set_finalizer(G *g, Iface obj, Iface fin);
/* The finalizer goroutine's next call: waits until one is queued; fills
   the closure, its argument (one or two words) and the argument's kind
   (1: a pointer, 2: an interface value). */
void gc_next_finalizer(G *g, Slot *out);
/* sync.Pool: p points at a Pool's {local, victim} pointer pair. */
void gc_register_pool(Heap *h, void **p);
/* runtime/debug.SetGCPercent and SetMemoryLimit (limit < 0: query). */
int gc_set_percent(Heap *h, int percent);
int64_t gc_set_memlimit(Heap *h, int64_t limit);
/* debug.FreeOSMemory: a collection, then every free page back to the OS. */
void gc_free_os_memory(G *g);
/* sysmon: nanoseconds since the last cycle ended (forced GC every 2 min) */
int64_t gc_since_last(Heap *h);
bool gc_enabled(Heap *h);

/* Roots held outside the Go heap's objects and stacks: a package
   variable (its address and type), registered by the compiler. */
void gc_add_global_root(Heap *h, void *addr, Type *t);

/* Figures for runtime.ReadMemStats and gctrace. */
typedef struct GCStats {
    uint32_t numgc;
    uint64_t pause_total_ns;
    uint64_t pause_ns[256]; /* circular, newest at (numgc + 255) % 256 */
    uint64_t pause_end[256]; /* unix ns at which each pause ended */
    uint32_t numforcedgc;
    uint64_t last_gc_unix_ns;
    uint64_t next_gc;
    int gcpercent;
    int64_t memlimit;
} GCStats;
void gc_stats(Heap *h, GCStats *st);
/* runtime.ReadMemStats: MemStats's fields in order, as words (see
   lib/go/runtime/mstats.go for the layout); n must be MEMSTATS_WORDS. */
enum { MEMSTATS_WORDS = 601 };
void gc_read_memstats(G *g, uint64_t *out);

typedef struct WorkBuf WorkBuf;

struct GCState {
    int phase;            /* GC_IDLE or GC_MARK (atomic); VM.gcmarking
                             mirrors it for the write barrier */
    uint64_t cycle;       /* cycles started (atomic); G.gcscan refers to it */
    int64_t trigger;      /* heap_live that starts the next cycle */
    int64_t goal;         /* heap_live the cycle should end before */
    int gcpercent;        /* GOGC; < 0: off */
    int64_t memlimit;     /* GOMEMLIMIT bytes (INT64_MAX: none) */
    int stress;           /* GODEBUG=gcstress=N: a cycle every N allocations */
    int64_t stress_count; /* atomic */
    bool trace;           /* GODEBUG=gctrace=1 */
    bool checkmark;       /* GODEBUG=gccheckmark=1 */
    bool verify;          /* GOVM_GCVERIFY: heap_check and verify_marks */
    bool conservative;    /* GODEBUG=gcconservative=1: stacks scanned
                             conservatively (to tell a stack-map bug from
                             a heap one) */
    pthread_mutex_t cyclelock; /* held while a cycle starts (trylock only:
                                  a goroutine never waits for it) */
    pthread_mutex_t statlock;  /* settings and statistics (short) */
    /* grey objects: full work buffers shared by the markers (the
       background worker, assists, runtime.GC's caller), spare empty ones */
    pthread_mutex_t worklock;
    WorkBuf *full, *empty;
    int64_t nfull;        /* atomic */
    int nhelpers;         /* goroutines draining grey objects (atomic) */
    int64_t marked_bytes; /* atomic during marking */
    int64_t marked_objects;
    /* the cycle in progress */
    int64_t live_at_start;   /* heap_live when marking began */
    uint64_t nmalloc_at_start;
    int64_t t_start, t_mark; /* when its first pause began and ended */
    int64_t stw_ns;          /* its pauses so far */
    int nprocs;
    bool user;               /* started by runtime.GC */
    /* package variables (under rootlock) */
    pthread_mutex_t rootlock;
    struct GlobalRoot {
        void *addr;
        Type *type;
    } *globals;
    size_t nglobals, cglobals;
    /* finalizers: a hash table by object address; those whose object
       became unreachable wait in a queue for the finalizer goroutine */
    struct Finalizer **fintab;
    size_t nfin, capfin;
    struct Finalizer *finq, **finqtail;
    uint32_t finqsema;    /* queued finalizers (sema.c semaphore) */
    size_t finq_new;      /* queued by the cycle in progress */
    bool finstarted;
    pthread_mutex_t finlock;
    /* sync.Pools registered since the last cycle, and the cycle before */
    void ***pools, ***oldpools;
    size_t npools, cpools, noldpools, coldpools;
    pthread_mutex_t poollock;
    int64_t last_end_ns;  /* when the last cycle ended (monotonic) */
    int64_t cpu_ns;       /* time spent in cycles (for GCCPUFraction) */
    /* statistics */
    GCStats st;
    int64_t start_ns;
    /* the background worker: marks during a cycle, sweeps after it */
    pthread_t bg;
    bool bg_started;
    int bg_stop;
    pthread_mutex_t bglock;
    pthread_cond_t bgcond;
    int mark_pending;     /* a cycle started: mark */
    int sweep_pending;    /* a cycle ended: spans wait to be swept */
};

enum { GC_IDLE, GC_MARK };

static inline bool gc_marking(Heap *h)
{
    return __atomic_load_n(&h->vm->gcmarking, __ATOMIC_RELAXED) != 0;
}

#endif
