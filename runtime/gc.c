/* gc.c - the garbage collector: precise, concurrent, tri-colour,
 * non-moving mark-sweep (Go's design).
 *
 * A cycle:
 *   1. Sweep termination (gc_start, world stopped briefly): the previous
 *      cycle's sweeping is finished first with the world running, the
 *      world stops, sync.Pools turn their items into victims, the cycle
 *      number advances (every goroutine's stack becomes unscanned) and
 *      the write barrier and black allocation are switched on. The world
 *      restarts; the pause does not depend on the heap or on the stacks.
 *   2. Concurrent mark, by the background worker thread: package
 *      variables, timers, queued finalizers, then every goroutine's stack
 *      (each scanned once, while it is stopped, see "scanning goroutines"),
 *      then grey objects until none is left. Goroutines allocating past
 *      the heap goal help (assists); runtime.GC's caller helps.
 *   3. Mark termination (mark_terminate, world stopped briefly): the Ps'
 *      barrier buffers are flushed, goroutines that ran all along are
 *      scanned, the remaining grey objects are drained (if that is much
 *      work, the world restarts and marking goes on), finalizers of
 *      unreachable objects are queued, the allocation caches are returned
 *      and the sweep generation advances: everything is unswept.
 *   4. Sweeping, lazily as allocation needs spans and by the background
 *      worker; a new cycle starts only when it is complete.
 *
 * Invariants while marking (white: unmarked; grey: marked, not scanned;
 * black: marked and scanned):
 *   - Objects allocated during marking are black (malloc.c sets their mark
 *     bit), so nothing the program creates meanwhile is freed.
 *   - Hybrid write barrier (heap.h): before a pointer slot in the heap or a
 *     package variable is overwritten, the old value and the new one are
 *     shaded grey (buffered per P, shaded when the buffer fills and at
 *     mark termination). With it no object can hide in a scanned stack:
 *     whatever a stack loaded from the heap stays reachable through the
 *     heap until the barrier shades it, and what an unscanned stack
 *     stores into the heap is shaded. Copies between two goroutines'
 *     stacks (channel hand-offs) are shaded too. Stacks are never
 *     rescanned, so no pause grows with the number or size of stacks.
 *   - A goroutine's stack is scanned only while it is stopped at a
 *     safepoint: claimed through G.gcscan against the scheduler, which
 *     scans a goroutine itself before running it unscanned.
 *   - Mark bits are set with atomic OR: markers and allocating threads
 *     share them; grey objects travel in work buffers (a marker's own,
 *     full ones on a shared list).
 *
 * Marking is precise in the heap: each object's pointer words are known
 * from its span (a per-word bitmap written at allocation for small
 * objects, the element type for large ones), and every pointer found
 * leads to its object's start through the span table (interior pointers
 * included). Pointers outside the heap (code, types, constants) are
 * ignored. Stacks are walked frame by frame: parameters and locals with
 * the function's pointer mask, the operand stack of every frame below the
 * top with the stack map recorded at its call's return address; the top
 * frame, stopped at an instruction or native call that saved its sp, is
 * scanned conservatively below sp (plus G.recvtop for a goroutine parked
 * in a receive that a sender may fill above sp), as are frames under a
 * panic's deferred call and frames of wrappers compiled without masks.
 * Per goroutine also: its closure, pending deferred calls (argument
 * masks), panic values and the objects a running native call allocated
 * (G.pins).
 *
 * Finalizers (runtime.SetFinalizer) live in a table by object address,
 * outside the heap. What a finalizable object refers to is marked (not
 * the object itself); at mark termination objects still unmarked are
 * unreachable: their finalizers move to a queue and the objects are
 * marked so they survive until the finalizer goroutine (Go code,
 * lib/go/runtime/mgc.go) has called them. sync.Pools register when they
 * receive items; each cycle turns their items into victims and drops the
 * previous victims (Go's poolCleanup).
 *
 * Verification: GODEBUG=gccheckmark=1 marks a second time from scratch
 * at mark termination (world stopped) and aborts if that reaches an
 * object the concurrent marking missed (a missing barrier or root);
 * GODEBUG=gcstress=N starts a cycle every N allocations; GOVM_GCVERIFY=1
 * also checks the span lists and page table (heap_check) and that no
 * marked object points to an unmarked one.
 *
 * Pacing follows Go: the goal is live * (1 + GOGC/100), at least 4 MB, no
 * more than GOMEMLIMIT allows; a cycle starts 70% of the way from the
 * live heap to the goal, so marking ends near it. GODEBUG=gctrace=1
 * prints Go's summary line per cycle (pauses + concurrent mark + pause).
 */
#include "gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../vm/interp.h"
#include "panic.h"
#include "sched.h"
#include "sema.h"

enum { MIN_GOAL = 4 << 20 };

/* A finalizer set by runtime.SetFinalizer. */
typedef struct Finalizer {
    uintptr_t obj;
    Closure *fn;
    void *word;              /* interface argument: its type or itab word */
    int kind;                /* 1: pointer argument, 2: interface argument */
    struct Finalizer *next;  /* hash chain, or the queue */
} Finalizer;

/* A buffer of grey objects (see "work buffers" below). */
enum { WORKBUF_N = 510 };
struct WorkBuf {
    WorkBuf *next;
    size_t n;
    uintptr_t obj[WORKBUF_N];
};


int64_t gc_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t wall_nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- settings ----------------------------------------------------------------- */

static int godebug(const char *key)
{
    const char *v = getenv("GODEBUG");
    if (!v) return -1;
    size_t kl = strlen(key);
    int found = -1; /* the last setting wins */
    for (const char *q = v; *q;) {
        if (strncmp(q, key, kl) == 0 && q[kl] == '=') found = atoi(q + kl + 1);
        const char *comma = strchr(q, ',');
        if (!comma) break;
        q = comma + 1;
    }
    return found;
}

/* GOMEMLIMIT: a byte count with an optional B, KiB, MiB, GiB or TiB suffix,
   or "off". */
static int64_t parse_memlimit(const char *v)
{
    if (!v || !*v || strcmp(v, "off") == 0) return INT64_MAX;
    char *end;
    double n = strtod(v, &end);
    if (end == v || n < 0) return INT64_MAX;
    static const struct {
        const char *suffix;
        double mul;
    } units[] = {{"", 1}, {"B", 1}, {"KiB", 1024.0}, {"MiB", 1048576.0}, {"GiB", 1073741824.0},
                 {"TiB", 1099511627776.0}};
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if (strcmp(end, units[i].suffix) == 0) {
            double b = n * units[i].mul;
            return b >= 9.2e18 ? INT64_MAX : (int64_t)b;
        }
    return INT64_MAX;
}

static void set_goal(Heap *h, int64_t live)
{
    GCState *gc = h->gc;
    int64_t goal;
    if (gc->gcpercent < 0) goal = INT64_MAX;
    else {
        goal = live + live / 100 * gc->gcpercent;
        if (goal < MIN_GOAL * (int64_t)(gc->gcpercent > 0 ? gc->gcpercent : 1) / 100) goal = MIN_GOAL;
        if (goal < MIN_GOAL) goal = MIN_GOAL;
    }
    if (gc->memlimit != INT64_MAX) {
        /* leave room for what is not heap objects (approximately) */
        int64_t cap = gc->memlimit - (int64_t)(h->heap_sys / 16);
        if (cap < goal) goal = cap > live ? cap : live + (1 << 20);
    }
    __atomic_store_n(&gc->goal, goal, __ATOMIC_RELAXED);
    /* marking runs alongside allocation: start when 70% of the way from
       the live heap to the goal is used, so it ends near the goal */
    int64_t trigger = goal == INT64_MAX || goal <= live ? goal : live + (goal - live) / 10 * 7;
    __atomic_store_n(&gc->trigger, trigger, __ATOMIC_RELAXED);
}

void gc_init(Heap *h)
{
    GCState *gc = util_calloc(1, sizeof(GCState));
    h->gc = gc;
    const char *gogc = getenv("GOGC");
    gc->gcpercent = 100;
    if (gogc && strcmp(gogc, "off") == 0) gc->gcpercent = -1;
    else if (gogc && *gogc) gc->gcpercent = atoi(gogc);
    gc->memlimit = parse_memlimit(getenv("GOMEMLIMIT"));
    int v = godebug("gctrace");
    gc->trace = v > 0;
    v = godebug("gcstress");
    gc->stress = v > 0 ? v : 0;
    h->poison = gc->stress > 0 || godebug("gcpoison") > 0;
    v = godebug("gccheckmark");
    gc->checkmark = v > 0;
    gc->conservative = godebug("gcconservative") > 0;
    gc->verify = getenv("GOVM_GCVERIFY") != NULL;
    pthread_mutex_init(&gc->cyclelock, NULL);
    pthread_mutex_init(&gc->statlock, NULL);
    pthread_mutex_init(&gc->rootlock, NULL);
    pthread_mutex_init(&gc->worklock, NULL);
    pthread_mutex_init(&gc->bglock, NULL);
    pthread_mutex_init(&gc->finlock, NULL);
    pthread_mutex_init(&gc->poollock, NULL);
    gc->finqtail = &gc->finq;
    pthread_cond_init(&gc->bgcond, NULL);
    gc->start_ns = gc_nanotime();
    gc->st.gcpercent = gc->gcpercent;
    set_goal(h, 0);
}

/* Stops the background worker (before the scheduler goes away): a
   marking in progress is abandoned. */
void gc_stop(Heap *h)
{
    GCState *gc = h->gc;
    if (!gc || !gc->bg_started) return;
    pthread_mutex_lock(&gc->bglock);
    gc->bg_stop = 1;
    pthread_cond_signal(&gc->bgcond);
    pthread_mutex_unlock(&gc->bglock);
    pthread_join(gc->bg, NULL);
    gc->bg_started = false;
}

void gc_free(Heap *h)
{
    GCState *gc = h->gc;
    if (!gc) return;
    gc_stop(h);
    for (int k = 0; k < 2; k++)
        for (WorkBuf *b = k ? gc->full : gc->empty, *n; b; b = n) {
            n = b->next;
            free(b);
        }
    free(gc->globals);
    for (size_t b = 0; b < gc->capfin; b++)
        for (Finalizer *f = gc->fintab[b], *n; f; f = n) {
            n = f->next;
            free(f);
        }
    free(gc->fintab);
    for (Finalizer *f = gc->finq, *n; f; f = n) {
        n = f->next;
        free(f);
    }
    free(gc->pools);
    free(gc->oldpools);
    pthread_mutex_destroy(&gc->finlock);
    pthread_mutex_destroy(&gc->poollock);
    pthread_mutex_destroy(&gc->cyclelock);
    pthread_mutex_destroy(&gc->statlock);
    pthread_mutex_destroy(&gc->rootlock);
    pthread_mutex_destroy(&gc->worklock);
    pthread_mutex_destroy(&gc->bglock);
    pthread_cond_destroy(&gc->bgcond);
    free(gc);
    h->gc = NULL;
}

void gc_add_global_root(Heap *h, void *addr, Type *t)
{
    GCState *gc = h->gc;
    if (!(t->flags & TF_HASPTR) || !t->ptrmask) return;
    /* (library packages are compiled as they are first used, so roots are
       added while the worker may be walking them; a new variable is zero) */
    pthread_mutex_lock(&gc->rootlock);
    if (gc->nglobals == gc->cglobals) {
        gc->cglobals = gc->cglobals ? gc->cglobals * 2 : 64;
        gc->globals = util_realloc(gc->globals, sizeof(*gc->globals) * gc->cglobals);
    }
    gc->globals[gc->nglobals].addr = addr;
    gc->globals[gc->nglobals].type = t;
    gc->nglobals++;
    pthread_mutex_unlock(&gc->rootlock);
}

/* ---- work buffers ----------------------------------------------------------------------- */

/* Grey objects wait in work buffers. Each marker fills and empties a
   buffer of its own; full buffers go to the shared list for any marker to
   take, so the background worker, assists and runtime.GC's caller share
   the work without a lock per object. */

static WorkBuf *getempty(GCState *gc)
{
    pthread_mutex_lock(&gc->worklock);
    WorkBuf *b = gc->empty;
    if (b) gc->empty = b->next;
    pthread_mutex_unlock(&gc->worklock);
    if (!b) b = util_malloc(sizeof(WorkBuf));
    b->n = 0;
    return b;
}

static void putempty(GCState *gc, WorkBuf *b)
{
    pthread_mutex_lock(&gc->worklock);
    b->next = gc->empty;
    gc->empty = b;
    pthread_mutex_unlock(&gc->worklock);
}

static void putfull(GCState *gc, WorkBuf *b)
{
    pthread_mutex_lock(&gc->worklock);
    b->next = gc->full;
    gc->full = b;
    __atomic_add_fetch(&gc->nfull, 1, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&gc->worklock);
}

static WorkBuf *getfull(GCState *gc)
{
    if (!__atomic_load_n(&gc->nfull, __ATOMIC_ACQUIRE)) return NULL;
    pthread_mutex_lock(&gc->worklock);
    WorkBuf *b = gc->full;
    if (b) {
        gc->full = b->next;
        __atomic_sub_fetch(&gc->nfull, 1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&gc->worklock);
    return b;
}

static bool work_available(GCState *gc)
{
    return __atomic_load_n(&gc->nfull, __ATOMIC_ACQUIRE) != 0;
}

/* ---- marking ------------------------------------------------------------------------ */

/* One thread's marking: its work buffer and what it has marked. */
typedef struct Marker {
    Heap *h;
    GCState *gc;
    WorkBuf *wb;
    int64_t bytes, objects; /* marked, not yet added to the totals */
} Marker;

static void marker_init(Marker *mk, Heap *h)
{
    mk->h = h;
    mk->gc = h->gc;
    mk->wb = NULL;
    mk->bytes = mk->objects = 0;
}

/* Publishes the marker's grey objects and counts. */
static void marker_done(Marker *mk)
{
    if (mk->wb) {
        if (mk->wb->n) putfull(mk->gc, mk->wb);
        else putempty(mk->gc, mk->wb);
        mk->wb = NULL;
    }
    __atomic_add_fetch(&mk->gc->marked_bytes, mk->bytes, __ATOMIC_RELAXED);
    __atomic_add_fetch(&mk->gc->marked_objects, mk->objects, __ATOMIC_RELAXED);
    mk->bytes = mk->objects = 0;
}

static void push(Marker *mk, uintptr_t obj)
{
    WorkBuf *b = mk->wb;
    if (!b) b = mk->wb = getempty(mk->gc);
    else if (b->n == WORKBUF_N) {
        putfull(mk->gc, b);
        b = mk->wb = getempty(mk->gc);
    }
    b->obj[b->n++] = obj;
}

static bool pop(Marker *mk, uintptr_t *obj)
{
    if (!mk->wb || !mk->wb->n) {
        WorkBuf *f = getfull(mk->gc);
        if (!f) return false;
        if (mk->wb) putempty(mk->gc, mk->wb);
        mk->wb = f;
    }
    *obj = mk->wb->obj[--mk->wb->n];
    return true;
}

/* Marks the object p points into, if p points into an allocated object.
   Mark bits are set atomically: markers and allocating threads (which
   allocate black) share them. */
static void mark_ptr(Marker *mk, uintptr_t p)
{
    Span *s = span_of(mk->h, p);
    uint32_t idx;
    if (!s || !span_object(s, p, &idx)) return;
    uint64_t bit = 1ULL << (idx % 64);
    uint64_t *w = &s->markBits[idx / 64];
    if (__atomic_load_n(w, __ATOMIC_RELAXED) & bit) return;
    if (__atomic_fetch_or(w, bit, __ATOMIC_RELAXED) & bit) return;
    mk->bytes += s->nelems == 1 ? (int64_t)(s->npages * PAGE_SIZE) : (int64_t)s->elemsize;
    mk->objects++;
    if (!s->noscan) push(mk, span_object_base(s, idx));
}

/* The readers of heap words below run while goroutines write them: a word
   read half-way through a change is harmless, because every store that
   matters also went through the write barrier. ThreadSanitizer is told
   not to report these reads. */
#if defined(__SANITIZE_THREAD__)
#define RACY_READER __attribute__((no_sanitize("thread")))
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RACY_READER __attribute__((no_sanitize("thread")))
#endif
#endif
#ifndef RACY_READER
#define RACY_READER
#endif

/* Marks the pointer words of n words at p selected by mask. */
RACY_READER static void mark_masked(Marker *mk, const void *p, size_t nwords, const uint64_t *mask)
{
    const uintptr_t *w = p;
    for (size_t i = 0; i < nwords; i++)
        if ((mask[i / 64] >> (i % 64)) & 1) mark_ptr(mk, w[i]);
}

/* Every word of [p, p + nwords) that points into the heap. */
RACY_READER static void mark_conservative(Marker *mk, const void *p, size_t nwords)
{
    const uintptr_t *w = p;
    for (size_t i = 0; i < nwords; i++) mark_ptr(mk, w[i]);
}

/* A value of type t at p (memory form). */
static void mark_typed(Marker *mk, const void *p, Type *t)
{
    if (!(t->flags & TF_HASPTR) || !t->ptrmask) return;
    mark_masked(mk, p, t->ptrwords, t->ptrmask);
}

/* Large objects are scanned this many bytes at a time: the rest goes back
   to the work buffers as an interior address to resume from, so no single
   step (a pause's bounded drain, an assist) scans a whole huge array. */
enum { SCAN_CHUNK = 128 << 10 };

/* Scans a grey object (or the part of a large one from obj on); returns
   the bytes looked at (the work done). */
RACY_READER static size_t scan_object(Marker *mk, uintptr_t obj)
{
    Span *s = span_of(mk->h, obj);
    if (!s || s->noscan) return 0;
    if (s->nelems == 1 && !s->ptrBits) {
        /* a large object: its element type, repeated */
        Type *t = s->largetype;
        if (!t || !t->size) return 0;
        size_t first = (obj - s->base) / t->size;
        size_t per = SCAN_CHUNK / t->size ? SCAN_CHUNK / t->size : 1;
        size_t end = first + per < s->largecount ? first + per : s->largecount;
        if (end < s->largecount) push(mk, s->base + end * t->size);
        for (size_t e = first; e < end; e++) mark_typed(mk, (const char *)s->base + e * t->size, t);
        return (end - first) * t->size;
    }
    size_t w0 = (obj - s->base) / 8, nw = s->elemsize / 8;
    const uintptr_t *words = (const uintptr_t *)obj;
    for (size_t i = 0; i < nw; i++) {
        size_t b = w0 + i;
        if ((__atomic_load_n(&s->ptrBits[b / 64], __ATOMIC_RELAXED) >> (b % 64)) & 1) mark_ptr(mk, words[i]);
    }
    return s->elemsize;
}

/* Is p marked (true for anything that is not an allocated heap object)? */
static bool is_marked(Heap *h, uintptr_t p)
{
    Span *s = span_of(h, p);
    uint32_t idx;
    if (!s || !span_object(s, p, &idx)) return true;
    return (__atomic_load_n(&s->markBits[idx / 64], __ATOMIC_RELAXED) >> (idx % 64)) & 1;
}

/* Scans grey objects until none is left or budget bytes were scanned
   (budget < 0: no limit); returns the bytes scanned. */
static int64_t drain(Marker *mk, int64_t budget)
{
    int64_t done = 0;
    uintptr_t obj;
    while ((budget < 0 || done < budget) && pop(mk, &obj)) done += (int64_t)scan_object(mk, obj) + 8;
    return done;
}

/* ---- the write barrier ------------------------------------------------------------------ */

/* Shades the pointers buffered by a P's barrier. */
static void wbuf_flush(Heap *h, MCache *c)
{
    Marker mk;
    marker_init(&mk, h);
    for (uint32_t i = 0; i < c->nwbuf; i++) mark_ptr(&mk, c->wbuf[i]);
    c->nwbuf = 0;
    marker_done(&mk);
}

void heap_wb_slow(G *g, const void *dst, const void *src, size_t bytes)
{
    Heap *h = g->vm->heap;
    const uintptr_t *d = dst, *s = src;
    size_t n = bytes / 8;
    MCache *c = g->mcache;
    if (!c) {
        /* no P (a native that gave its P up): shade at once */
        Marker mk;
        marker_init(&mk, h);
        for (size_t i = 0; i < n; i++) {
            if (d) mark_ptr(&mk, d[i]);
            if (s) mark_ptr(&mk, s[i]);
        }
        marker_done(&mk);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        uintptr_t w[2] = {d ? d[i] : 0, s ? s[i] : 0};
        for (int k = 0; k < 2; k++) {
            if (w[k] < 4096) continue; /* nil and small integers */
            c->wbuf[c->nwbuf++] = w[k];
            if (c->nwbuf == WBUF_N) wbuf_flush(h, c);
        }
    }
}

/* ---- roots ---------------------------------------------------------------------------- */

/* The stack map of fn at code index pc, or NULL. */
static const StackMap *find_map(const Func *fn, uint32_t pc)
{
    uint32_t lo = 0, hi = fn->nmaps;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (fn->maps[mid].pc < pc) lo = mid + 1;
        else hi = mid;
    }
    return lo < fn->nmaps && fn->maps[lo].pc == pc ? &fn->maps[lo] : NULL;
}

RACY_READER static void scan_stack(Marker *mk, G *g)
{
    VM *vm = g->vm;
    Slot *st = g->stack;
    if (!st || !g->fn) return;
    Func *fn = g->fn;
    size_t fp = g->fp;
    Code *pc = g->pc;
    size_t callee_fp = 0;
    bool top = true;
    mark_ptr(mk, (uintptr_t)g->cl);
    if (mk->gc->conservative) {
        size_t end = g->sp + fn->maxstack + 8;
        mark_conservative(mk, st, end < g->stack_cap ? end : g->stack_cap);
        return;
    }
    for (;;) {
        size_t hdr = fp + fn->nparams;
        size_t opbase = hdr + FRAME_HDR + fn->nlocals;
        /* parameters and locals */
        if (fn->localmask && fn->masked) {
            for (size_t i = 0; i < fn->nparams + FRAME_HDR + fn->nlocals; i++)
                if ((fn->localmask[i / 64] >> (i % 64)) & 1) mark_ptr(mk, st[fp + i].u);
        } else {
            mark_conservative(mk, st + fp, fn->nparams);
            mark_conservative(mk, st + hdr + FRAME_HDR, fn->nlocals);
        }
        mark_ptr(mk, st[hdr + FH_CL].u); /* the caller's closure */
        /* the operand stack */
        if (top) {
            /* g->sp was saved before the instruction or native call that
               allocates: the operands live now are below it */
            size_t end = g->sp > g->recvtop ? g->sp : g->recvtop;
            if (end > g->stack_cap) end = g->stack_cap;
            if (end > opbase) mark_conservative(mk, st + opbase, end - opbase);
        } else {
            const StackMap *m = NULL;
            if (pc && fn->code && pc > fn->code && pc <= fn->code + fn->ncode)
                m = find_map(fn, (uint32_t)(pc - fn->code));
            if (m && opbase + m->depth <= callee_fp) {
                if (m->mask) mark_masked(mk, st + opbase, m->depth, m->mask);
                /* a closure or itab slot between the operands and the callee */
                mark_conservative(mk, st + opbase + m->depth, callee_fp - (opbase + m->depth));
            } else if (callee_fp > opbase) {
                mark_conservative(mk, st + opbase, callee_fp - opbase);
            }
        }
        Code *rpc = st[hdr + FH_PC].p;
        Closure *ccl = st[hdr + FH_CL].p;
        if (!rpc || !ccl) break;
        callee_fp = fp;
        fp = st[hdr + FH_FP].u;
        fn = ccl->fn;
        /* under a panic's deferred call the frame stopped anywhere */
        pc = rpc == vm->panicret ? NULL : rpc;
        top = false;
    }
}

static void scan_g(G *g, void *arg)
{
    Marker *mk = arg;
    scan_stack(mk, g);
    for (uint32_t i = 0; i < g->npins; i++) mark_ptr(mk, (uintptr_t)g->pins[i]);
    for (Defer *d = g->defers; d; d = d->link) {
        mark_ptr(mk, (uintptr_t)d->cl);
        if (d->argmask) mark_masked(mk, d->args, d->nargs, d->argmask);
        else mark_conservative(mk, d->args, d->nargs);
    }
    for (Panic *p = g->panic; p; p = p->link) mark_ptr(mk, (uintptr_t)p->value.data);
}

/* ---- scanning goroutines during a concurrent cycle ----
   A goroutine's stack is scanned once per cycle, while it is stopped:
   by the background worker when it is runnable or blocked, or by the
   scheduler (gc_scan_before_run) before running it, when it leaves its
   thread, and when it is created. So at mark termination only goroutines
   still on a thread (blocked in a native call) can be unscanned, and the
   pause looks at threads, not at every goroutine. G.gcscan says which cycle
   it was last scanned in; claiming it (a CAS to 2*cycle+1) keeps the two
   apart. The scheduler stores G_RUNNING before looking at gcscan and the
   worker claims before looking at the status, both sequentially
   consistent, so one of them sees the other. Once scanned, a stack needs
   no barrier: the write barrier shades what it loads from the heap and
   later overwrites (Go's hybrid barrier). */

static bool g_claim(GCState *gc, G *g, uint64_t *was)
{
    uint64_t c = 2 * __atomic_load_n(&gc->cycle, __ATOMIC_RELAXED);
    uint64_t v = __atomic_load_n(&g->gcscan, __ATOMIC_SEQ_CST);
    if (v >= c) return false; /* scanned, or being scanned */
    *was = v;
    return __atomic_compare_exchange_n(&g->gcscan, &v, c + 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

static void g_scanned(GCState *gc, G *g)
{
    __atomic_store_n(&g->gcscan, 2 * __atomic_load_n(&gc->cycle, __ATOMIC_RELAXED), __ATOMIC_RELEASE);
}

typedef struct GScan {
    Marker *mk;
    int running;    /* goroutines left unscanned because they run */
} GScan;

/* Under the scheduler's goroutine lock: claims g for scanning. */
static bool claim_g(G *g, void *arg)
{
    GScan *gs = arg;
    GCState *gc = gs->mk->gc;
    int st = __atomic_load_n(&g->status, __ATOMIC_SEQ_CST);
    if (st == G_DEAD || st == G_IDLE) return false;
    uint64_t was;
    if (!g_claim(gc, g, &was)) return false;
    st = __atomic_load_n(&g->status, __ATOMIC_SEQ_CST);
    if (st == G_RUNNING || st == G_DEAD || st == G_IDLE) {
        __atomic_store_n(&g->gcscan, was, __ATOMIC_SEQ_CST);
        if (st == G_RUNNING) gs->running++;
        return false;
    }
    return true;
}

/* After claim_g, without the lock: g cannot start running meanwhile. */
static void scan_claimed(G *g, void *arg)
{
    GScan *gs = arg;
    scan_g(g, gs->mk);
    g_scanned(gs->mk->gc, g);
}

/* With the world stopped: scans g unless it was scanned this cycle. */
static void scan_if_unscanned(G *g, void *arg)
{
    Marker *mk = arg;
    uint64_t was;
    if (!g_claim(mk->gc, g, &was)) return;
    scan_g(g, mk);
    g_scanned(mk->gc, g);
}

void gc_scan_before_run(G *g)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    for (;;) {
        uint64_t was;
        if (g_claim(gc, g, &was)) {
            Marker mk;
            marker_init(&mk, h);
            scan_g(g, &mk);
            marker_done(&mk);
            g_scanned(gc, g);
            return;
        }
        if (__atomic_load_n(&g->gcscan, __ATOMIC_SEQ_CST) == 2 * __atomic_load_n(&gc->cycle, __ATOMIC_RELAXED)) return;
        sched_yield(); /* the worker is scanning it */
    }
}

static void scan_timer(void *timer, Closure *cl, void *arg)
{
    Marker *mk = arg;
    mark_ptr(mk, (uintptr_t)timer);
    mark_ptr(mk, (uintptr_t)cl);
}

/* The roots that are not goroutines: package variables, timers, queued
   finalizers and the Pools whose victims the next cycle clears. Safe with
   the world running (stores into package variables have the barrier;
   timers started during marking are shaded by timer_start). */
static void mark_other_roots(Marker *mk, VM *vm)
{
    GCState *gc = mk->gc;
    pthread_mutex_lock(&gc->rootlock);
    for (size_t i = 0; i < gc->nglobals; i++) mark_typed(mk, gc->globals[i].addr, gc->globals[i].type);
    pthread_mutex_unlock(&gc->rootlock);
    sched_for_each_timer(vm, scan_timer, mk);
    pthread_mutex_lock(&gc->finlock);
    for (Finalizer *f = gc->finq; f; f = f->next) {
        mark_ptr(mk, f->obj);
        mark_ptr(mk, (uintptr_t)f->fn);
    }
    pthread_mutex_unlock(&gc->finlock);
    for (size_t i = 0; i < gc->noldpools; i++) mark_ptr(mk, (uintptr_t)gc->oldpools[i]);
}

/* Objects with finalizers are not roots, but what they refer to is kept
   (so a finalizer never meets a freed object, and of two such objects the
   one referring to the other is finalized first). With the world running
   this marks the referents of every finalizable object; with the world
   stopped at the end of marking, only those of objects still unmarked
   (set since, or the first pass raced with a store into them). */
static void mark_finalizer_refs(Marker *mk, bool only_unmarked)
{
    GCState *gc = mk->gc;
    pthread_mutex_lock(&gc->finlock);
    for (size_t b = 0; b < gc->capfin; b++)
        for (Finalizer *f = gc->fintab[b]; f; f = f->next) {
            mark_ptr(mk, (uintptr_t)f->fn);
            if (!only_unmarked || !is_marked(mk->h, f->obj)) scan_object(mk, f->obj);
        }
    pthread_mutex_unlock(&gc->finlock);
}

/* With the world stopped and everything else marked: finalizers whose
   object is still unmarked move to the queue, their objects marked again
   for the finalizer goroutine to use. */
static void queue_finalizers(Marker *mk)
{
    GCState *gc = mk->gc;
    mark_finalizer_refs(mk, true);
    drain(mk, -1);
    pthread_mutex_lock(&gc->finlock);
    for (size_t b = 0; b < gc->capfin; b++)
        for (Finalizer **pf = &gc->fintab[b]; *pf;) {
            Finalizer *f = *pf;
            if (is_marked(mk->h, f->obj)) {
                pf = &f->next;
                continue;
            }
            *pf = f->next;
            gc->nfin--;
            f->next = NULL;
            *gc->finqtail = f;
            gc->finqtail = &f->next;
            gc->finq_new++;
            mark_ptr(mk, f->obj);
        }
    pthread_mutex_unlock(&gc->finlock);
    drain(mk, -1);
}

/* The whole marking with the world stopped (the check-mark pass). */
static void mark_all(Marker *mk, VM *vm)
{
    mark_other_roots(mk, vm);
    sched_for_each_g(vm, scan_g, mk);
    mark_finalizer_refs(mk, false);
    drain(mk, -1);
    queue_finalizers(mk);
}

/* ---- check-mark and verify modes ------------------------------------------------------- */

static void for_each_inuse_span(Heap *h, void (*fn)(Span *s, void *arg), void *arg)
{
    for (int spc = 0; spc < NUM_SPANCLASSES; spc++) {
        MCentral *c = &h->central[spc];
        for (int k = 0; k < 4; k++)
            for (Span *s = (k < 2 ? &c->partial[k] : &c->full[k - 2])->first; s; s = s->next) fn(s, arg);
    }
    for (Span *s = h->large.first; s; s = s->next) fn(s, arg);
}

/* Debugging (GOVM_GCVERIFY): every pointer in a marked small object leads
   to a marked object. */
static void verify_span(Span *s, void *arg)
{
    Heap *h = arg;
    if (s->noscan || !s->ptrBits) return;
    for (uint32_t i = 0; i < s->nelems; i++) {
        if (!bit_get(s->markBits, i)) continue;
        const uintptr_t *obj = (const uintptr_t *)span_object_base(s, i);
        size_t w0 = (span_object_base(s, i) - s->base) / 8;
        for (size_t w = 0; w < s->elemsize / 8; w++)
            if (bit_get(s->ptrBits, w0 + w) && !is_marked(h, obj[w]))
                fprintf(stderr, "gc verify: object %p (size %u) word %zu -> %#lx unmarked\n", (const void *)obj,
                        s->elemsize, w, (unsigned long)obj[w]);
    }
}

typedef struct CheckSave {
    Span **spans;
    uint64_t **bits;
    size_t n, cap;
    size_t bad;
} CheckSave;

static void save_marks(Span *s, void *arg)
{
    CheckSave *cs = arg;
    if (cs->n == cs->cap) {
        cs->cap = cs->cap ? cs->cap * 2 : 1024;
        cs->spans = util_realloc(cs->spans, cs->cap * sizeof(Span *));
        cs->bits = util_realloc(cs->bits, cs->cap * sizeof(uint64_t *));
    }
    size_t nw = bitwords(s->nelems);
    uint64_t *copy = util_malloc(nw * 8);
    memcpy(copy, s->markBits, nw * 8);
    memset(s->markBits, 0, nw * 8);
    cs->spans[cs->n] = s;
    cs->bits[cs->n++] = copy;
}

/* GODEBUG=gccheckmark=1: marks everything again from the roots, with the
   world still stopped, and dies if that reaches an object the cycle's
   marking left white (it would have been freed while in use). */
static void check_marks(Marker *mk, VM *vm)
{
    Heap *h = mk->h;
    CheckSave cs = {0};
    for_each_inuse_span(h, save_marks, &cs);
    int64_t bytes = mk->gc->marked_bytes;
    size_t objects = mk->gc->marked_objects;
    mark_all(mk, vm);
    for (size_t i = 0; i < cs.n; i++) {
        Span *s = cs.spans[i];
        for (uint32_t k = 0; k < s->nelems; k++)
            if (bit_get(s->markBits, k) && !bit_get(cs.bits[i], k) && cs.bad++ < 10)
                fprintf(stderr, "runtime: checkmark found unmarked object %#lx (span %#lx, size %u)\n",
                        (unsigned long)(s->base + (uintptr_t)k * s->elemsize), (unsigned long)s->base, s->elemsize);
        size_t nw = bitwords(s->nelems);
        for (size_t w = 0; w < nw; w++) s->markBits[w] |= cs.bits[i][w];
        free(cs.bits[i]);
    }
    free(cs.spans);
    free(cs.bits);
    mk->gc->marked_bytes = bytes;
    mk->gc->marked_objects = objects;
    if (cs.bad) {
        fprintf(stderr, "fatal error: checkmark found %zu unmarked reachable objects\n", cs.bad);
        abort();
    }
}

/* ---- finalizers ----------------------------------------------------------------------- */

static size_t fin_hash(GCState *gc, uintptr_t obj)
{
    return (size_t)((obj >> 3) * 0x9e3779b97f4a7c15ULL >> 20) & (gc->capfin - 1);
}

static Finalizer **fin_find(GCState *gc, uintptr_t obj)
{
    if (!gc->capfin) return NULL;
    Finalizer **pf = &gc->fintab[fin_hash(gc, obj)];
    while (*pf && (*pf)->obj != obj) pf = &(*pf)->next;
    return pf;
}

static void fin_grow(GCState *gc)
{
    size_t oldcap = gc->capfin;
    Finalizer **old = gc->fintab;
    gc->capfin = oldcap ? oldcap * 2 : 64;
    gc->fintab = util_calloc(gc->capfin, sizeof(Finalizer *));
    for (size_t b = 0; b < oldcap; b++)
        for (Finalizer *f = old[b], *n; f; f = n) {
            n = f->next;
            Finalizer **head = &gc->fintab[fin_hash(gc, f->obj)];
            f->next = *head;
            *head = f;
        }
    free(old);
}

static bool fin_throw(G *g, const char *fmt, const char *a, const char *b)
{
    char msg[512];
    snprintf(msg, sizeof msg, fmt, a, b);
    rt_throw(g, msg);
    return false;
}

bool gc_set_finalizer(G *g, Iface obj, Iface fin)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    Type *ot = obj.tab;
    if (!ot) return fin_throw(g, "runtime.SetFinalizer: first argument is nil", "", "");
    if (type_under(ot)->kind != KIND_POINTER)
        return fin_throw(g, "runtime.SetFinalizer: first argument is %s, not pointer", ot->str, "");
    uintptr_t p = (uintptr_t)obj.data;
    Span *s = p ? span_of(h, p) : NULL;
    if (!s) return false; /* not in the heap (a package variable, a zero-size object): never finalized */
    uint32_t idx;
    if (!span_object(s, p, &idx)) return false;
    if (p != span_object_base(s, idx)) return fin_throw(g, "runtime.SetFinalizer: pointer not at beginning of allocated block", "", "");
    Closure *fn = fin.data;
    Finalizer *f = NULL;
    if (fin.tab && fn) {
        Type *ft = type_under(fin.tab);
        if (ft->kind != KIND_FUNC)
            return fin_throw(g, "runtime.SetFinalizer: second argument is %s, not a function", ((Type *)fin.tab)->str, "");
        Type *pt = ft->nparams == 1 && !ft->variadic ? ft->params[0] : NULL;
        f = util_calloc(1, sizeof(Finalizer));
        f->obj = p;
        f->fn = fn;
        if (pt && (pt == ot || (type_under(pt) == type_under(ot) && (!pt->name || !ot->name)))) {
            f->kind = 1;
        } else if (pt && type_under(pt)->kind == KIND_INTERFACE) {
            f->kind = 2;
            f->word = type_under(pt)->nimethods ? (void *)itab_find(g->vm, pt, ot) : (void *)ot;
        }
        if (!f->kind || (f->kind == 2 && !f->word)) {
            free(f);
            return fin_throw(g, "runtime.SetFinalizer: cannot pass %s to finalizer %s", ot->str, ((Type *)fin.tab)->str);
        }
        if (ft->nresults) {
            free(f);
            return fin_throw(g, "runtime.SetFinalizer: finalizer %s returns results (govm runs only finalizers without results)",
                             ((Type *)fin.tab)->str, "");
        }
    }
    pthread_mutex_lock(&gc->finlock);
    Finalizer **pf = fin_find(gc, p);
    if (!f) {
        /* SetFinalizer(obj, nil) removes the finalizer */
        if (pf && *pf) {
            Finalizer *old = *pf;
            *pf = old->next;
            gc->nfin--;
            free(old);
        }
        pthread_mutex_unlock(&gc->finlock);
        return false;
    }
    if (pf && *pf) {
        pthread_mutex_unlock(&gc->finlock);
        free(f);
        return fin_throw(g, "runtime.SetFinalizer: finalizer already set", "", "");
    }
    if (gc->nfin >= gc->capfin) fin_grow(gc);
    heap_shade(g, fn); /* the table is a root the worker may have passed */
    pf = &gc->fintab[fin_hash(gc, p)];
    f->next = *pf;
    *pf = f;
    gc->nfin++;
    bool first = !gc->finstarted;
    gc->finstarted = true;
    pthread_mutex_unlock(&gc->finlock);
    return first;
}

void gc_next_finalizer(G *g, Slot *out)
{
    GCState *gc = g->vm->heap->gc;
    pthread_mutex_lock(&gc->finlock);
    Finalizer *f = gc->finq;
    if (f) {
        gc->finq = f->next;
        if (!gc->finq) gc->finqtail = &gc->finq;
    }
    pthread_mutex_unlock(&gc->finlock);
    memset(out, 0, 4 * sizeof(Slot));
    if (!f) return;
    /* the queue is a root this cycle may not have marked yet, and the
       finalizer goroutine's stack may be scanned already: what moves
       from one to the other is shaded */
    heap_shade(g, (void *)f->obj);
    heap_shade(g, f->fn);
    if (f->kind == 2) heap_shade(g, f->word);
    out[0].p = f->fn;
    out[1].p = f->kind == 2 ? f->word : (void *)f->obj;
    out[2].p = (void *)f->obj;
    out[3].i = f->kind;
    free(f);
}

/* ---- sync.Pool ------------------------------------------------------------------------------ */

void gc_register_pool(Heap *h, void **p)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->poollock);
    if (gc->npools == gc->cpools) {
        gc->cpools = gc->cpools ? gc->cpools * 2 : 16;
        gc->pools = util_realloc(gc->pools, gc->cpools * sizeof(void **));
    }
    gc->pools[gc->npools++] = p;
    pthread_mutex_unlock(&gc->poollock);
}

/* With the world stopped, before marking (Go's poolCleanup): victims of
   the previous cycle are dropped, current items become victims. */
static void pool_cleanup(GCState *gc)
{
    pthread_mutex_lock(&gc->poollock);
    for (size_t i = 0; i < gc->noldpools; i++) gc->oldpools[i][1] = NULL;
    for (size_t i = 0; i < gc->npools; i++) {
        gc->pools[i][1] = gc->pools[i][0];
        gc->pools[i][0] = NULL;
    }
    void ***t = gc->oldpools;
    size_t tc = gc->coldpools;
    gc->oldpools = gc->pools;
    gc->noldpools = gc->npools;
    gc->coldpools = gc->cpools;
    gc->pools = t;
    gc->cpools = tc;
    gc->npools = 0;
    pthread_mutex_unlock(&gc->poollock);
}

/* ---- the cycle ----------------------------------------------------------------------- */

static double mb(int64_t b)
{
    return (double)b / (1 << 20);
}

/* Go's gctrace line: pauses (sweep termination + mark termination) and
   the concurrent mark between them. */
static void trace_cycle(Heap *h, int64_t t0, int64_t t1, int64_t t2, int64_t t3, int64_t stw1, int64_t stw2, int64_t before,
                        int64_t after, int nprocs)
{
    GCState *gc = h->gc;
    FILE *f = h->vm->err ? h->vm->err : stderr;
    double since = (double)(t0 - gc->start_ns) / 1e9;
    int64_t wall = t3 - gc->start_ns;
    int pct = wall > 0 ? (int)(100 * (gc->cpu_ns / (nprocs > 0 ? nprocs : 1)) / wall) : 0;
    double mark = (double)(t2 - t1) / 1e6;
    fprintf(f,
            "gc %u @%.3fs %d%%: %.3f+%.3f+%.3f ms clock, %.3f+%.3f/%.3f/%.3f+%.3f ms cpu, %lld->%lld->%lld MB, "
            "%lld MB goal, %d MB stacks, %lld MB globals, %d P%s\n",
            gc->st.numgc, since, pct, (double)stw1 / 1e6, mark, (double)stw2 / 1e6, (double)stw1 / 1e6 * nprocs, 0.0,
            mark, 0.0, (double)stw2 / 1e6 * nprocs, (long long)mb(before), (long long)mb(after),
            (long long)mb(gc->marked_bytes), (long long)mb(gc->goal), 0, (long long)mb((int64_t)(gc->nglobals * 8)),
            nprocs, gc->user ? " (forced)" : "");
    fflush(f);
}

static void bg_wake(Heap *h, int *flag)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->bglock);
    *flag = 1;
    pthread_cond_signal(&gc->bgcond);
    pthread_mutex_unlock(&gc->bglock);
}

static void *bg_main(void *arg);

/* Starts a cycle (a goroutine holding a P): finishes the previous cycle's
   sweeping with the world running, then stops it briefly to turn the
   write barrier on, and hands marking to the background worker. False
   when a cycle is running or starting already. */
static bool gc_start(G *g, bool user)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    if (pthread_mutex_trylock(&gc->cyclelock) != 0) return false;
    if (__atomic_load_n(&gc->phase, __ATOMIC_ACQUIRE) != GC_IDLE) {
        pthread_mutex_unlock(&gc->cyclelock);
        return false;
    }
    while (sweep_one(h)) {
    }
    int64_t t0 = gc_nanotime();
    int nprocs = sched_stop_world(g);
    /* whatever a racing allocation left unswept */
    sweep_pause(h);
    sweep_all(h);
    sweep_resume(h);
    pool_cleanup(gc);
    gc->user = user;
    gc->nprocs = nprocs;
    gc->marked_bytes = 0;
    gc->marked_objects = 0;
    gc->live_at_start = __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
    gc->nmalloc_at_start = __atomic_load_n(&h->nmalloc, __ATOMIC_RELAXED);
    __atomic_add_fetch(&gc->cycle, 1, __ATOMIC_RELEASE);
    __atomic_store_n(&h->vm->gcmarking, 1, __ATOMIC_RELEASE);
    __atomic_store_n(&gc->phase, GC_MARK, __ATOMIC_RELEASE);
    int64_t t1 = gc_nanotime();
    gc->t_start = t0;
    gc->t_mark = t1;
    gc->stw_ns = t1 - t0;
    sched_start_world(g);
    pthread_mutex_unlock(&gc->cyclelock);
    /* Every other goroutine that was running stopped for the pause and is
       scanned by the scheduler when it runs again; this one, stopped at
       an allocation (a safepoint), scans itself now. */
    gc_scan_before_run(g);
    pthread_mutex_lock(&gc->bglock);
    if (!gc->bg_started) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 256 * 1024);
        if (pthread_create(&gc->bg, &attr, bg_main, h) == 0) gc->bg_started = true;
        pthread_attr_destroy(&attr);
    }
    gc->mark_pending = 1;
    pthread_cond_signal(&gc->bgcond);
    pthread_mutex_unlock(&gc->bglock);
    if (!gc->bg_started) {
        fprintf(stderr, "fatal error: cannot start the garbage collector's thread\n");
        abort();
    }
    return true;
}

/* Pause budget for the work found at mark termination: more than this
   and the world restarts to finish it concurrently. */
enum { TERM_BUDGET = 256 << 10, TERM_TRIES = 50 };

/* Mark termination, run by the background worker with the world stopped:
   the Ps' barrier buffers are flushed and the goroutines not scanned yet
   (blocked in a native call all along) are scanned; if that
   reveals much work, the world restarts and marking goes on. Then
   finalizers are queued, the sweep generation advances and the heap goal
   is set. Returns false when marking must go on. */
static bool mark_terminate(Heap *h, int attempt)
{
    GCState *gc = h->gc;
    VM *vm = h->vm;
    int64_t t0 = gc_nanotime();
    int nprocs = sched_stop_world_vm(vm);
    Marker mk;
    marker_init(&mk, h);
    MCache *caches[256];
    int nc = sched_mcaches(vm, caches, 256);
    for (int i = 0; i < nc; i++)
        if (caches[i]) wbuf_flush(h, caches[i]);
    /* every goroutine that left its thread during marking was scanned
       then, new ones when created: only those still on a thread (in a
       native call) may be unscanned */
    sched_for_each_m_g(vm, scan_if_unscanned, &mk);
    if (drain(&mk, TERM_BUDGET) >= TERM_BUDGET && attempt < TERM_TRIES) {
        marker_done(&mk);
        gc->stw_ns += gc_nanotime() - t0;
        sched_start_world_vm(vm);
        return false;
    }
    drain(&mk, -1);
    queue_finalizers(&mk);
    marker_done(&mk);
    /* allocation caches go back to the central lists, to be swept (and
       seen by the check-mark pass) */
    heap_flush_caches(h, caches, nc);
    if (gc->checkmark) {
        marker_init(&mk, h);
        check_marks(&mk, vm);
        marker_done(&mk);
    }
    if (gc->verify) {
        heap_check(h);
        for_each_inuse_span(h, verify_span, h);
    }
    /* what was allocated during marking is live too (allocated black) */
    int64_t live_now = __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
    int64_t black = live_now - gc->live_at_start;
    int64_t live = gc->marked_bytes + (black > 0 ? black : 0);
    uint64_t nblack = __atomic_load_n(&h->nmalloc, __ATOMIC_RELAXED) - gc->nmalloc_at_start;
    __atomic_store_n(&vm->gcmarking, 0, __ATOMIC_RELEASE);
    h->heap_marked = live;
    __atomic_store_n(&h->heap_live, live, __ATOMIC_RELAXED);
    h->nobjects_live = (size_t)gc->marked_objects + nblack;
    pthread_mutex_lock(&gc->statlock);
    set_goal(h, live);
    /* everything is now unswept */
    __atomic_add_fetch(&h->sweepgen, 2, __ATOMIC_ACQ_REL);
    int64_t t2 = gc_nanotime();
    int64_t stw2 = t2 - t0;
    GCStats *st = &gc->st;
    uint64_t pause = (uint64_t)(gc->stw_ns + stw2);
    st->pause_ns[st->numgc % 256] = pause;
    st->pause_end[st->numgc % 256] = (uint64_t)wall_nanotime();
    st->pause_total_ns += pause;
    if (gc->user) st->numforcedgc++;
    gc->cpu_ns += (int64_t)pause * nprocs + (t0 - gc->t_mark);
    __atomic_store_n(&gc->last_end_ns, t2, __ATOMIC_RELAXED);
    __atomic_add_fetch(&st->numgc, 1, __ATOMIC_RELEASE);
    st->last_gc_unix_ns = (uint64_t)wall_nanotime();
    st->next_gc = (uint64_t)gc->goal;
    /* A: the first pause; C: mark termination, with any attempts that
       restarted the world */
    if (gc->trace)
        trace_cycle(h, gc->t_start, gc->t_mark, t0, t2, gc->t_mark - gc->t_start, (int64_t)pause - (gc->t_mark - gc->t_start),
                    live_now, live, nprocs);
    size_t fin_ready = gc->finq_new;
    gc->finq_new = 0;
    pthread_mutex_unlock(&gc->statlock);
    __atomic_store_n(&gc->phase, GC_IDLE, __ATOMIC_RELEASE);
    sched_start_world_vm(vm);
    for (size_t i = 0; i < fin_ready; i++) sema_release_vm(vm, &gc->finqsema);
    return true;
}

/* The background worker's marking: the roots, then grey objects and
   goroutine stacks until none is left, then mark termination. */
static void mark_phase(Heap *h)
{
    GCState *gc = h->gc;
    VM *vm = h->vm;
    Marker mk;
    marker_init(&mk, h);
    mark_other_roots(&mk, vm);
    mark_finalizer_refs(&mk, false);
    int waits = 0;
    bool all_scanned = false;
    for (int attempt = 0;;) {
        if (__atomic_load_n(&gc->bg_stop, __ATOMIC_RELAXED)) {
            /* the VM is going away: the cycle is abandoned */
            marker_done(&mk);
            return;
        }
        drain(&mk, -1);
        /* once a walk found every goroutine scanned, none can be left:
           new ones and those leaving a thread are scanned by the
           scheduler */
        GScan gs = {&mk, 0};
        if (!all_scanned) {
            sched_scan_gs(vm, claim_g, scan_claimed, &gs);
            all_scanned = gs.running == 0;
        }
        drain(&mk, -1);
        if (work_available(gc)) continue;
        if (__atomic_load_n(&gc->nhelpers, __ATOMIC_SEQ_CST)) {
            /* goroutines are helping: their buffers may hold more work */
            sched_yield();
            continue;
        }
        if (gs.running && waits < 20) {
            /* goroutines running since the cycle began: ask them to pass
               through the scheduler, which scans them */
            if (waits == 0) sched_preempt_all(vm);
            waits++;
            struct timespec ts = {0, 50000};
            nanosleep(&ts, NULL);
            continue;
        }
        marker_done(&mk);
        if (mark_terminate(h, attempt++)) return;
        marker_init(&mk, h);
        waits = 0;
    }
}

static void *bg_main(void *arg)
{
    Heap *h = arg;
    GCState *gc = h->gc;
    for (;;) {
        pthread_mutex_lock(&gc->bglock);
        while (!gc->mark_pending && !gc->sweep_pending && !gc->bg_stop) pthread_cond_wait(&gc->bgcond, &gc->bglock);
        if (gc->bg_stop) {
            pthread_mutex_unlock(&gc->bglock);
            return NULL;
        }
        if (gc->mark_pending) {
            gc->mark_pending = 0;
            pthread_mutex_unlock(&gc->bglock);
            mark_phase(h);
            bg_wake(h, &gc->sweep_pending);
            continue;
        }
        gc->sweep_pending = 0;
        pthread_mutex_unlock(&gc->bglock);
        int n = 0;
        while (!__atomic_load_n(&gc->bg_stop, __ATOMIC_RELAXED) && !__atomic_load_n(&gc->mark_pending, __ATOMIC_RELAXED) &&
               sweep_one(h)) {
            if (++n % 64 == 0) sched_yield();
        }
        /* pages free for more than a minute go back to the OS */
        heap_scavenge(h, gc_nanotime() - 60 * (int64_t)1000000000);
    }
}

/* A goroutine's share of the marking (an assist, runtime.GC's caller):
   counted, so the worker does not try to end the marking while work sits
   in its buffer. */
static void help_drain(Heap *h, int64_t budget)
{
    GCState *gc = h->gc;
    __atomic_add_fetch(&gc->nhelpers, 1, __ATOMIC_SEQ_CST);
    Marker mk;
    marker_init(&mk, h);
    drain(&mk, budget);
    marker_done(&mk);
    __atomic_sub_fetch(&gc->nhelpers, 1, __ATOMIC_SEQ_CST);
}

/* Allocation during marking past the heap goal pays for itself: the
   allocating goroutine scans grey objects too (a mutator assist). When
   there is nothing to scan (the worker holds the rest), it waits for the
   marking to end instead of growing the heap further, until the worker
   asks the world to stop for mark termination (the goroutine then runs on
   to its next safepoint and stops there). */
static void gc_assist(G *g, Heap *h)
{
    GCState *gc = h->gc;
    if (work_available(gc)) {
        help_drain(h, 64 << 10);
        return;
    }
    uint64_t cycle = __atomic_load_n(&gc->cycle, __ATOMIC_RELAXED);
    while (gc_marking(h) && __atomic_load_n(&gc->cycle, __ATOMIC_RELAXED) == cycle && !work_available(gc) &&
           !sched_stopping(g->vm)) {
        struct timespec ts = {0, 20000};
        nanosleep(&ts, NULL);
    }
}

/* ---- settings at run time ------------------------------------------------------------------- */

int gc_set_percent(Heap *h, int percent)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->statlock);
    int old = gc->gcpercent;
    gc->gcpercent = percent < 0 ? -1 : percent;
    gc->st.gcpercent = gc->gcpercent;
    set_goal(h, h->heap_marked);
    pthread_mutex_unlock(&gc->statlock);
    return old;
}

int64_t gc_set_memlimit(Heap *h, int64_t limit)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->statlock);
    int64_t old = gc->memlimit;
    if (limit >= 0) {
        gc->memlimit = limit;
        gc->st.memlimit = limit;
        set_goal(h, h->heap_marked);
    }
    pthread_mutex_unlock(&gc->statlock);
    return old;
}

void gc_free_os_memory(G *g)
{
    heap_scavenge(g->vm->heap, 0);
}

int64_t gc_since_last(Heap *h)
{
    GCState *gc = h->gc;
    int64_t last = __atomic_load_n(&gc->last_end_ns, __ATOMIC_RELAXED);
    return gc_nanotime() - (last ? last : gc->start_ns);
}

bool gc_enabled(Heap *h)
{
    return __atomic_load_n(&h->gc->gcpercent, __ATOMIC_RELAXED) >= 0;
}

/* ---- starting and waiting for cycles ------------------------------------------------------- */

static void gc_help(G *g, Heap *h);

static uint32_t cycles_done(GCState *gc)
{
    return __atomic_load_n(&gc->st.numgc, __ATOMIC_ACQUIRE);
}

int64_t gc_target(G *g)
{
    GCState *gc = g->vm->heap->gc;
    /* a cycle already marking began before the call: wait for the next */
    int64_t n = (int64_t)cycles_done(gc) + 1;
    if (__atomic_load_n(&gc->phase, __ATOMIC_ACQUIRE) != GC_IDLE) n++;
    return n;
}

bool gc_wait(G *g, int64_t n, bool user)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    if ((int64_t)cycles_done(gc) >= n) {
        /* Go's runtime.GC also finishes the sweep */
        while (sweep_one(h)) {
        }
        return true;
    }
    if (__atomic_load_n(&gc->phase, __ATOMIC_ACQUIRE) == GC_IDLE) {
        gc_start(g, user);
        return false;
    }
    gc_help(g, h);
    return false;
}

bool gc_wait_idle(G *g)
{
    Heap *h = g->vm->heap;
    if (__atomic_load_n(&h->gc->phase, __ATOMIC_ACQUIRE) == GC_IDLE) return true;
    gc_help(g, h);
    return false;
}

/* A goroutine waiting for the cycle: helps it along, or sleeps a little. */
static void gc_help(G *g, Heap *h)
{
    GCState *gc = h->gc;
    if (work_available(gc)) {
        help_drain(h, 1 << 20);
    } else {
        sched_sleep(g, 50000);
    }
}

void gc_maybe_start(G *g, Heap *h)
{
    GCState *gc = h->gc;
    int64_t live = __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
    if (UNLIKELY(gc_marking(h))) {
        /* past the goal while marking: assist */
        if (live > __atomic_load_n(&gc->goal, __ATOMIC_RELAXED) && g->mcache) gc_assist(g, h);
        return;
    }
    bool due = live >= __atomic_load_n(&gc->trigger, __ATOMIC_RELAXED);
    /* stress mode: a cycle every N allocations, unless collection is off */
    if (gc->stress && __atomic_add_fetch(&gc->stress_count, 1, __ATOMIC_RELAXED) % gc->stress == 0 &&
        __atomic_load_n(&gc->gcpercent, __ATOMIC_RELAXED) >= 0)
        due = true;
    /* only a goroutine holding a P starts a cycle */
    if (!due || !g->mcache || !g->vm->sched) return;
    gc_start(g, false);
}

void gc_read_memstats(G *g, uint64_t *w)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    heap_flush_stats(h, g->mcache);
    memset(w, 0, MEMSTATS_WORDS * sizeof(uint64_t));
    pthread_mutex_lock(&gc->statlock);
    uint64_t live = (uint64_t)__atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
    uint64_t nmalloc = __atomic_load_n(&h->nmalloc, __ATOMIC_RELAXED);
    uint64_t nfree = __atomic_load_n(&h->nfree, __ATOMIC_RELAXED);
    pthread_mutex_lock(&h->lock);
    uint64_t sys = h->heap_sys, inuse = h->heap_inuse, released = h->heap_released;
    pthread_mutex_unlock(&h->lock);
    w[0] = live;                                                  /* Alloc */
    w[1] = __atomic_load_n(&h->total_alloc, __ATOMIC_RELAXED);    /* TotalAlloc */
    w[2] = sys;                                                   /* Sys */
    w[4] = nmalloc;                                               /* Mallocs */
    w[5] = nfree;                                                 /* Frees */
    w[6] = live;                                                  /* HeapAlloc */
    w[7] = sys;                                                   /* HeapSys */
    w[8] = sys - inuse;                                           /* HeapIdle */
    w[9] = inuse;                                                 /* HeapInuse */
    w[10] = released;                                             /* HeapReleased */
    w[11] = nmalloc > nfree ? nmalloc - nfree : 0;                /* HeapObjects */
    w[21] = (uint64_t)gc->goal;                                   /* NextGC */
    w[22] = gc->st.last_gc_unix_ns;                               /* LastGC */
    w[23] = gc->st.pause_total_ns;                                /* PauseTotalNs */
    memcpy(w + 24, gc->st.pause_ns, 256 * sizeof(uint64_t));      /* PauseNs */
    memcpy(w + 280, gc->st.pause_end, 256 * sizeof(uint64_t));    /* PauseEnd */
    w[536] = gc->st.numgc;                                        /* NumGC */
    w[537] = gc->st.numforcedgc;                                  /* NumForcedGC */
    int64_t wall = gc_nanotime() - gc->start_ns;
    int procs = sched_gomaxprocs(g->vm, 0);
    double frac = wall > 0 ? (double)gc->cpu_ns / ((double)wall * (procs > 0 ? procs : 1)) : 0;
    memcpy(&w[538], &frac, sizeof frac);                          /* GCCPUFraction */
    w[539] = 1; /* EnableGC: always true in Go, even with GOGC=off */
    pthread_mutex_unlock(&gc->statlock);
    for (int c = 0; c < 61; c++) w[540 + c] = heap_class_size[c]; /* BySize[i].Size */
}

void gc_stats(Heap *h, GCStats *st)
{
    pthread_mutex_lock(&h->gc->statlock);
    *st = h->gc->st;
    st->gcpercent = h->gc->gcpercent;
    st->memlimit = h->gc->memlimit;
    pthread_mutex_unlock(&h->gc->statlock);
}
