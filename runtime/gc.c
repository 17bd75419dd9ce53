/* gc.c - the garbage collector: precise, non-moving mark-sweep.
 *
 * A cycle (gc_collect) stops the world (every P parks at a safepoint,
 * sched_stop_world), finishes the previous cycle's sweeping, returns the
 * Ps' cached spans to the central lists, marks everything reachable from
 * the roots, then advances the sweep generation and restarts the world:
 * unmarked objects are freed by sweeping, lazily as allocation needs spans
 * and by a background sweeper thread.
 *
 * Marking is precise in the heap: each object's pointer words are known
 * from its span (a per-word bitmap written at allocation for small
 * objects, the element type for large ones), so no integer is mistaken for
 * a pointer and every pointer found leads to its object's start through
 * the span table (interior pointers included). Pointers to memory outside
 * the heap (code, types, constants) are ignored.
 *
 * Roots:
 *   - package variables, registered with their types by the compiler;
 *   - goroutine stacks, walked frame by frame: parameters and locals with
 *     the function's pointer mask, the operand stack of every frame below
 *     the top with the stack map recorded at its call's return address.
 *     The top frame is stopped at an instruction or native call that
 *     saved its sp first: its operands below sp are scanned conservatively
 *     (any word pointing into an allocated object keeps it), plus, for a
 *     goroutine parked in a receive, the destination a sender may already
 *     have filled above sp (G.recvtop); a frame under a panic's deferred
 *     call stopped anywhere and frames of wrappers compiled without masks
 *     are scanned conservatively too;
 *   - per goroutine: its closure, pending deferred calls (argument masks),
 *     panic values, and the objects a native call running on it has
 *     allocated so far (G.pins: natives may hold them in C variables);
 *   - the scheduler's timers (their objects and closures);
 *   - finalizers queued to run (object and function) and the sync.Pools
 *     whose victims the next cycle drops.
 *
 * Finalizers (runtime.SetFinalizer) live in a table by object address,
 * outside the heap. After the roots are marked, everything a finalizable
 * object refers to is marked (not the object itself); objects still
 * unmarked then are unreachable: their finalizers move to a queue, and the
 * objects are marked so they survive until the finalizer goroutine (Go
 * code, lib/go/runtime/mgc.go) has called them. sync.Pools register when
 * they receive items; each cycle, before marking, turns their items into
 * victims and drops the previous victims (Go's poolCleanup).
 *
 * Verification: GODEBUG=gccheckmark=1 marks a second time from scratch
 * after each cycle's marking and aborts if that reaches an object the
 * first marking missed; GOVM_GCVERIFY=1 also checks the span lists and
 * page table (heap_check) and that no marked object points to an unmarked
 * one.
 *
 * Pacing follows Go: a cycle starts when the heap reaches the goal set at
 * the end of the previous one, live * (1 + GOGC/100), at least 4 MB, and
 * no more than GOMEMLIMIT allows. GODEBUG=gctrace=1 prints Go's summary
 * line per cycle; GODEBUG=gcstress=N runs a cycle every N allocations.
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
    gc->goal = goal;
    __atomic_store_n(&gc->trigger, goal, __ATOMIC_RELAXED);
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
    pthread_mutex_init(&gc->sweeplock, NULL);
    pthread_mutex_init(&gc->finlock, NULL);
    pthread_mutex_init(&gc->poollock, NULL);
    gc->finqtail = &gc->finq;
    pthread_cond_init(&gc->sweepcond, NULL);
    gc->start_ns = gc_nanotime();
    gc->st.gcpercent = gc->gcpercent;
    set_goal(h, 0);
}

void gc_free(Heap *h)
{
    GCState *gc = h->gc;
    if (!gc) return;
    if (gc->sweeper_started) {
        pthread_mutex_lock(&gc->sweeplock);
        gc->sweeper_stop = 1;
        pthread_cond_signal(&gc->sweepcond);
        pthread_mutex_unlock(&gc->sweeplock);
        pthread_join(gc->sweeper, NULL);
    }
    free(gc->stack);
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
    pthread_mutex_destroy(&gc->sweeplock);
    pthread_cond_destroy(&gc->sweepcond);
    free(gc);
    h->gc = NULL;
}

void gc_add_global_root(Heap *h, void *addr, Type *t)
{
    GCState *gc = h->gc;
    if (!(t->flags & TF_HASPTR) || !t->ptrmask) return;
    if (gc->nglobals == gc->cglobals) {
        gc->cglobals = gc->cglobals ? gc->cglobals * 2 : 64;
        gc->globals = util_realloc(gc->globals, sizeof(*gc->globals) * gc->cglobals);
    }
    gc->globals[gc->nglobals].addr = addr;
    gc->globals[gc->nglobals].type = t;
    gc->nglobals++;
}

/* ---- marking ------------------------------------------------------------------------ */

typedef struct Marker {
    Heap *h;
    GCState *gc;
} Marker;

static void push(GCState *gc, uintptr_t obj)
{
    if (gc->nstack == gc->cstack) {
        gc->cstack = gc->cstack ? gc->cstack * 2 : 4096;
        gc->stack = util_realloc(gc->stack, sizeof(uintptr_t) * gc->cstack);
    }
    gc->stack[gc->nstack++] = obj;
}

/* Marks the object p points into, if p points into an allocated object. */
static void mark_ptr(Marker *mk, uintptr_t p)
{
    Span *s = span_of(mk->h, p);
    uint32_t idx;
    if (!s || !span_object(s, p, &idx)) return;
    uint64_t bit = 1ULL << (idx % 64);
    uint64_t *w = &s->markBits[idx / 64];
    if (*w & bit) return;
    *w |= bit;
    mk->gc->marked_bytes += s->nelems == 1 ? (int64_t)(s->npages * PAGE_SIZE) : (int64_t)s->elemsize;
    mk->gc->marked_objects++;
    if (!s->noscan) push(mk->gc, span_object_base(s, idx));
}

/* Marks the pointer words of n words at p selected by mask. */
static void mark_masked(Marker *mk, const void *p, size_t nwords, const uint64_t *mask)
{
    const uintptr_t *w = p;
    for (size_t i = 0; i < nwords; i++)
        if ((mask[i / 64] >> (i % 64)) & 1) mark_ptr(mk, w[i]);
}

/* Every word of [p, p + nwords) that points into the heap. */
static void mark_conservative(Marker *mk, const void *p, size_t nwords)
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

static void scan_object(Marker *mk, uintptr_t obj)
{
    Span *s = span_of(mk->h, obj);
    if (!s || s->noscan) return;
    if (s->nelems == 1 && !s->ptrBits) {
        /* a large object: its element type, repeated */
        Type *t = s->largetype;
        if (!t || !t->size) return;
        for (size_t e = 0; e < s->largecount; e++) mark_typed(mk, (const char *)obj + e * t->size, t);
        return;
    }
    size_t w0 = (obj - s->base) / 8, nw = s->elemsize / 8;
    const uintptr_t *words = (const uintptr_t *)obj;
    for (size_t i = 0; i < nw; i++)
        if (bit_get(s->ptrBits, w0 + i)) mark_ptr(mk, words[i]);
}

/* Is p marked (true for anything that is not an allocated heap object)? */
static bool is_marked(Heap *h, uintptr_t p)
{
    Span *s = span_of(h, p);
    uint32_t idx;
    if (!s || !span_object(s, p, &idx)) return true;
    return bit_get(s->markBits, idx);
}

static void drain(Marker *mk)
{
    GCState *gc = mk->gc;
    while (gc->nstack) scan_object(mk, gc->stack[--gc->nstack]);
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

static void scan_stack(Marker *mk, G *g)
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

static void scan_timer(void *timer, Closure *cl, void *arg)
{
    Marker *mk = arg;
    mark_ptr(mk, (uintptr_t)timer);
    mark_ptr(mk, (uintptr_t)cl);
}

static void mark_roots(Marker *mk, VM *vm)
{
    GCState *gc = mk->gc;
    for (size_t i = 0; i < gc->nglobals; i++) mark_typed(mk, gc->globals[i].addr, gc->globals[i].type);
    sched_for_each_g(vm, scan_g, mk);
    sched_for_each_timer(vm, scan_timer, mk);
    /* queued finalizers with their objects; Pools whose victims the next
       cycle clears */
    for (Finalizer *f = gc->finq; f; f = f->next) {
        mark_ptr(mk, f->obj);
        mark_ptr(mk, (uintptr_t)f->fn);
    }
    for (size_t i = 0; i < gc->noldpools; i++) mark_ptr(mk, (uintptr_t)gc->oldpools[i]);
}

/* Objects with finalizers are not roots, but what they refer to is kept
   (so a finalizer never meets a freed object, and of two such objects the
   one referring to the other is finalized first). Finalizers whose object
   is still unmarked after that move to the queue, their objects marked
   again for the finalizer goroutine to use. */
static void mark_finalizers(Marker *mk)
{
    GCState *gc = mk->gc;
    for (size_t b = 0; b < gc->capfin; b++)
        for (Finalizer *f = gc->fintab[b]; f; f = f->next) {
            mark_ptr(mk, (uintptr_t)f->fn);
            scan_object(mk, f->obj);
        }
    drain(mk);
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
    drain(mk);
}

/* The whole marking: roots, everything they reach, finalizers. */
static void mark_all(Marker *mk, VM *vm)
{
    mark_roots(mk, vm);
    drain(mk);
    mark_finalizers(mk);
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

/* ---- the cycle ----------------------------------------------------------------------- */

static void *sweeper_main(void *arg);

static void start_sweeper(Heap *h)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->sweeplock);
    gc->sweep_pending = 1;
    if (!gc->sweeper_started) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 128 * 1024);
        if (pthread_create(&gc->sweeper, &attr, sweeper_main, h) == 0) gc->sweeper_started = true;
        pthread_attr_destroy(&attr);
    }
    pthread_cond_signal(&gc->sweepcond);
    pthread_mutex_unlock(&gc->sweeplock);
}

static void *sweeper_main(void *arg)
{
    Heap *h = arg;
    GCState *gc = h->gc;
    for (;;) {
        pthread_mutex_lock(&gc->sweeplock);
        while (!gc->sweep_pending && !gc->sweeper_stop) pthread_cond_wait(&gc->sweepcond, &gc->sweeplock);
        if (gc->sweeper_stop) {
            pthread_mutex_unlock(&gc->sweeplock);
            return NULL;
        }
        gc->sweep_pending = 0;
        pthread_mutex_unlock(&gc->sweeplock);
        int n = 0;
        while (!__atomic_load_n(&gc->sweeper_stop, __ATOMIC_RELAXED) && sweep_one(h)) {
            if (++n % 64 == 0) sched_yield();
        }
        /* pages free for more than a minute go back to the OS */
        heap_scavenge(h, gc_nanotime() - 60 * (int64_t)1000000000);
    }
}

static double mb(int64_t b)
{
    return (double)b / (1 << 20);
}

static void trace_cycle(Heap *h, int64_t t0, int64_t t1, int64_t t2, int64_t t3, int64_t before, int nprocs)
{
    GCState *gc = h->gc;
    FILE *f = h->vm->err ? h->vm->err : stderr;
    double since = (double)(t0 - gc->start_ns) / 1e9;
    int64_t total_gc = (int64_t)gc->st.pause_total_ns;
    int64_t wall = t3 - gc->start_ns;
    int pct = wall > 0 ? (int)(100 * total_gc / wall) : 0;
    fprintf(f,
            "gc %u @%.3fs %d%%: %.3f+%.3f+%.3f ms clock, %.3f+%.3f/%.3f/%.3f+%.3f ms cpu, %lld->%lld->%lld MB, "
            "%lld MB goal, %d MB stacks, %lld MB globals, %d P%s\n",
            gc->st.numgc, since, pct, (double)(t1 - t0) / 1e6, (double)(t2 - t1) / 1e6, (double)(t3 - t2) / 1e6,
            (double)(t1 - t0) / 1e6, 0.0, (double)(t2 - t1) / 1e6, 0.0, (double)(t3 - t2) / 1e6,
            (long long)mb(before), (long long)mb(before), (long long)mb(gc->marked_bytes), (long long)mb(gc->goal), 0,
            (long long)mb((int64_t)(gc->nglobals * 8)), nprocs, "");
    fflush(f);
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
    pf = &gc->fintab[fin_hash(gc, p)];
    f->next = *pf;
    *pf = f;
    gc->nfin++;
    bool first = !gc->finstarted;
    gc->finstarted = true;
    pthread_mutex_unlock(&gc->finlock);
    return first;
}

/* After a cycle: one semaphore release per newly queued finalizer. */
static void wake_finalizers(G *g, GCState *gc, size_t n)
{
    for (size_t i = 0; i < n; i++) sema_release(g, &gc->finqsema);
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

/* ---- settings at run time ------------------------------------------------------------------- */

int gc_set_percent(Heap *h, int percent)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->cyclelock);
    int old = gc->gcpercent;
    gc->gcpercent = percent < 0 ? -1 : percent;
    gc->st.gcpercent = gc->gcpercent;
    set_goal(h, h->heap_marked);
    pthread_mutex_unlock(&gc->cyclelock);
    return old;
}

int64_t gc_set_memlimit(Heap *h, int64_t limit)
{
    GCState *gc = h->gc;
    pthread_mutex_lock(&gc->cyclelock);
    int64_t old = gc->memlimit;
    if (limit >= 0) {
        gc->memlimit = limit;
        gc->st.memlimit = limit;
        set_goal(h, h->heap_marked);
    }
    pthread_mutex_unlock(&gc->cyclelock);
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

static void run_cycle(G *g, Heap *h)
{
    GCState *gc = h->gc;
    VM *vm = g->vm;
    int64_t t0 = gc_nanotime();
    int nprocs = sched_stop_world(g);
    int64_t before = __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED);
    /* the previous cycle's sweeping must be complete */
    sweep_pause(h);
    sweep_all(h);
    MCache *caches[256];
    int nc = sched_mcaches(vm, caches, 256);
    heap_flush_caches(h, caches, nc);
    int64_t t1 = gc_nanotime();
    __atomic_store_n(&gc->marking, 1, __ATOMIC_RELEASE);
    gc->marked_bytes = 0;
    gc->marked_objects = 0;
    Marker mk = {h, gc};
    pthread_mutex_lock(&gc->finlock);
    pool_cleanup(gc);
    mark_all(&mk, vm);
    if (gc->checkmark) check_marks(&mk, vm);
    size_t fin_ready = gc->finq_new;
    gc->finq_new = 0;
    pthread_mutex_unlock(&gc->finlock);
    if (gc->verify) {
        heap_check(h);
        for_each_inuse_span(h, verify_span, h);
    }
    int64_t t2 = gc_nanotime();
    __atomic_store_n(&gc->marking, 0, __ATOMIC_RELEASE);
    h->heap_marked = gc->marked_bytes;
    __atomic_store_n(&h->heap_live, gc->marked_bytes, __ATOMIC_RELAXED);
    h->nobjects_live = gc->marked_objects;
    set_goal(h, gc->marked_bytes);
    /* everything is now unswept */
    __atomic_add_fetch(&h->sweepgen, 2, __ATOMIC_ACQ_REL);
    int64_t t3 = gc_nanotime();
    GCStats *st = &gc->st;
    uint64_t pause = (uint64_t)(t3 - t0);
    st->pause_ns[st->numgc % 256] = pause;
    st->pause_end[st->numgc % 256] = (uint64_t)wall_nanotime();
    st->pause_total_ns += pause;
    gc->cpu_ns += (int64_t)pause * nprocs;
    __atomic_store_n(&gc->last_end_ns, t3, __ATOMIC_RELAXED);
    st->numgc++;
    st->last_gc_unix_ns = (uint64_t)wall_nanotime();
    st->next_gc = (uint64_t)gc->goal;
    if (gc->trace) trace_cycle(h, t0, t1, t2, t3, before, nprocs);
    sweep_resume(h);
    sched_start_world(g);
    start_sweeper(h);
    if (fin_ready) wake_finalizers(g, gc, fin_ready);
}

bool gc_collect(G *g, bool user)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    /* Another goroutine's cycle is stopping the world: waiting for it here
       would keep this P from stopping; the caller yields and retries. */
    if (pthread_mutex_trylock(&gc->cyclelock) != 0) return false;
    __atomic_store_n(&gc->running, 1, __ATOMIC_RELEASE);
    if (user) gc->st.numforcedgc++;
    run_cycle(g, h);
    __atomic_store_n(&gc->running, 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&gc->cyclelock);
    /* Go's runtime.GC also finishes the sweep */
    while (sweep_one(h)) {
    }
    return true;
}

void gc_maybe_start(G *g, Heap *h)
{
    GCState *gc = h->gc;
    bool due = __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED) >= __atomic_load_n(&gc->trigger, __ATOMIC_RELAXED);
    /* stress mode: a cycle every N allocations, unless collection is off */
    if (gc->stress && __atomic_add_fetch(&gc->stress_count, 1, __ATOMIC_RELAXED) % gc->stress == 0 &&
        __atomic_load_n(&gc->gcpercent, __ATOMIC_RELAXED) >= 0)
        due = true;
    if (!due || !g->mcache || !g->vm->sched) return;
    /* only a goroutine holding a P collects; one cycle at a time (a
       goroutine that finds a cycle running goes on allocating) */
    if (pthread_mutex_trylock(&gc->cyclelock) != 0) return;
    __atomic_store_n(&gc->running, 1, __ATOMIC_RELEASE);
    bool still = (gc->stress && gc->gcpercent >= 0) || __atomic_load_n(&h->heap_live, __ATOMIC_RELAXED) >= gc->trigger;
    if (still) run_cycle(g, h);
    __atomic_store_n(&gc->running, 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&gc->cyclelock);
}

void gc_read_memstats(G *g, uint64_t *w)
{
    Heap *h = g->vm->heap;
    GCState *gc = h->gc;
    heap_flush_stats(h, g->mcache);
    memset(w, 0, MEMSTATS_WORDS * sizeof(uint64_t));
    pthread_mutex_lock(&gc->cyclelock);
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
    pthread_mutex_unlock(&gc->cyclelock);
    for (int c = 0; c < 61; c++) w[540 + c] = heap_class_size[c]; /* BySize[i].Size */
}

void gc_stats(Heap *h, GCStats *st)
{
    pthread_mutex_lock(&h->gc->cyclelock);
    *st = h->gc->st;
    st->gcpercent = h->gc->gcpercent;
    st->memlimit = h->gc->memlimit;
    pthread_mutex_unlock(&h->gc->cyclelock);
}
