/* interp.c - the bytecode interpreter.
 *
 * One function, run(), holds the dispatch loop. Its registers are the
 * running frame's pc, fp, sp, fn and cl (closure); they are written back to
 * the G (SAVE) before anything that may inspect or move the stack and
 * reloaded afterwards (LOAD). With GCC or Clang the loader rewrites every
 * opcode into the address of its handler (interp_thread) and each handler
 * ends with `goto *pc->h`; other compilers use the portable switch, chosen
 * by meson's `dispatch` option. Both are produced from the same CASE/NEXT
 * bodies below.
 *
 * Calls never recurse on the C stack: CALL pushes a frame (vm.h: frame
 * layout) and continues; RET pops it. Natives are called directly.
 *
 * Panics: raising C code (runtime/panic.c) links a Panic onto the G and sets
 * g->raising; the loop then runs deferred calls newest first, each on top of
 * the panicking frames with the VM's panic-return trampoline as its return
 * address. When a deferred call has recovered the panic, the frame that
 * deferred it resumes at its Func.deferret sequence (run remaining defers,
 * return the named results). Without recovery, runtime.fatalpanic (Go code)
 * prints the panic and ends the program with status 2.
 */
#include "interp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/chan.h"
#include "../runtime/heap.h"
#include "../runtime/map.h"
#include "../runtime/panic.h"
#include "../runtime/sched.h"
#include "../runtime/str.h"
#include "govm_config.h"
#include "opcodes.h"
#include "ops.h"

/* ---- float helpers with Go's semantics ------------------------------------- */

/* x86-64 cvttsd2si: out of range and NaN give MinInt64 (Go on amd64). */
static inline int64_t f2i(double x)
{
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) return INT64_MIN;
    return (int64_t)x;
}

static inline uint64_t f2u(double x)
{
    if (x < 9223372036854775808.0) return (uint64_t)f2i(x);
    return (uint64_t)f2i(x - 9223372036854775808.0) ^ (1ULL << 63);
}

static inline double copysign1(bool on, double s)
{
    return copysign(on ? 1.0 : 0.0, s);
}

/* Smith's algorithm with C99 Annex G corrections, as Go divides complex128. */
static void cdiv(double a, double b, double c, double d, double *re, double *im)
{
    double e, f;
    if (fabs(c) >= fabs(d)) {
        double ratio = d / c, denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        double ratio = c / d, denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if (isnan(e) && isnan(f)) {
        double inf = INFINITY;
        if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
            e = copysign(inf, c) * a;
            f = copysign(inf, c) * b;
        } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
            a = copysign1(isinf(a), a);
            b = copysign1(isinf(b), b);
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
            c = copysign1(isinf(c), c);
            d = copysign1(isinf(d), d);
            e = 0 * (a * c + b * d);
            f = 0 * (b * c - a * d);
        }
    }
    *re = e;
    *im = f;
}

/* ---- loads and stores of narrow values ------------------------------------------ */

#define LOAD_AS(T, p) ({ T _v; memcpy(&_v, (p), sizeof(T)); _v; })
#define STORE_AS(T, p, v)                \
    do {                                 \
        T _v = (T)(v);                   \
        memcpy((p), &_v, sizeof(T));     \
    } while (0)

/* Equality of two strings in stack form. */
static inline bool str_same(const Slot *a, const Slot *b)
{
    if (a[1].i != b[1].i) return false;
    return a[1].i == 0 || a[0].p == b[0].p || memcmp(a[0].p, b[0].p, (size_t)a[1].i) == 0;
}

/* Copies n slots forward: for the few slots an instruction moves, cheaper
   than a call to memcpy, and right for overlapping moves toward lower
   addresses (d <= s). */
static inline void slot_copy(Slot *d, const Slot *s, int64_t n)
{
    for (int64_t i = 0; i < n; i++) d[i] = s[i];
}

static void frame_block_load(Slot *dst, const void *src, int64_t size)
{
    int64_t n = (size + 7) / 8;
    if (n) dst[n - 1].u = 0;
    memcpy(dst, src, (size_t)size);
}

/* ---- the loop --------------------------------------------------------------------- */

#if GOVM_THREADED
#define CASE(op) L_##op:
#define DISPATCH() goto *pc->h
#else
#define CASE(op) case OP_##op:
#define DISPATCH() goto dispatch
#endif
#define NEXT(n)        \
    do {               \
        pc += (n);     \
        DISPATCH();    \
    } while (0)

#define SAVE()                               \
    do {                                     \
        g->pc = pc;                          \
        g->fp = (size_t)(fp - base);         \
        g->sp = (size_t)(sp - base);         \
        g->fn = fn;                          \
        g->cl = cl;                          \
    } while (0)
#define LOAD()                               \
    do {                                     \
        base = g->stack;                     \
        pc = g->pc;                          \
        fp = base + g->fp;                   \
        sp = base + g->sp;                   \
        fn = g->fn;                          \
        cl = g->cl;                          \
    } while (0)

/* Raise a runtime error panic from a handler and start unwinding. */
#define RAISE(...)                           \
    do {                                     \
        SAVE();                              \
        rt_panic_runtime(g, __VA_ARGS__);    \
        goto panicking;                      \
    } while (0)
#define CHECK_RAISE()                        \
    do {                                     \
        if (UNLIKELY(g->raising)) goto panicking; \
    } while (0)
/* Go omits "with length" for negative indices. */
#define RAISE_INDEX(i, len)                                                                         \
    do {                                                                                            \
        if ((i) < 0) RAISE("index out of range [%lld]", (long long)(i));                            \
        RAISE("index out of range [%lld] with length %lld", (long long)(i), (long long)(len));       \
    } while (0)
#define NILCHECK(p)                                                        \
    do {                                                                   \
        if (UNLIKELY((p) == NULL)) {                                       \
            SAVE();                                                        \
            rt_panic_nil(g);                                               \
            goto panicking;                                                \
        }                                                                  \
    } while (0)

#define OP_P(k) (pc[k].p)
#define OP_I(k) (pc[k].i)

/* Leaves the goroutine for the scheduler once its registers are saved. */
#define LEAVE(why)                           \
    do {                                     \
        SAVE();                              \
        return (why);                        \
    } while (0)
/* A native or channel operation asked to park or yield the goroutine. */
static inline StopReason take_stop(G *g)
{
    StopReason r = g->stop;
    g->stop = STOP_NONE;
    return r;
}
/* Safepoints that honour preemption: loop back-edges and function entry. */
#define PREEMPT_POINT()                                          \
    do {                                                         \
        if (UNLIKELY(__atomic_load_n(preempt, __ATOMIC_RELAXED))) \
            LEAVE(STOP_YIELD);                                   \
    } while (0)

static StopReason run(G *g, const void *const **labels_out)
{
#if GOVM_THREADED
    static const void *const labels[OP_COUNT + 1] = {
#define LABEL(name, ops, pop, push, doc) &&L_##name,
        OPCODES(LABEL)
#undef LABEL
            &&L_PANICRET,
    };
    if (labels_out) {
        *labels_out = labels;
        return STOP_NONE;
    }
#else
    UNUSED(labels_out);
    if (!g) return STOP_NONE;
#endif
    VM *vm = g->vm;
    int *preempt = g->preempt;
    const int *wbon = &vm->gcmarking; /* the write barrier is needed */
    Slot *base, *fp, *sp;
    Code *pc;
    Func *fn;
    Closure *cl;
    /* state of a call being set up (do_call) */
    Func *callee;
    Closure *callee_cl;
    size_t resbase;
    Code *retpc;

    LOAD();
#if !GOVM_THREADED
dispatch:
    switch (pc->i) {
#else
    DISPATCH();
    {
#endif
    CASE(NOP) NEXT(1);
    CASE(HALT)
    {
        /* the main goroutine's entry function: the program ends */
        g->exit_code = 0;
        LEAVE(STOP_EXIT);
    }
    CASE(ENTRY) NEXT(1);

    /* ---- constants and stack ---- */
    CASE(PUSH)
    {
        (sp++)->i = OP_I(1);
        NEXT(2);
    }
    CASE(PUSHVAR)
    {
        VarInit *vi = OP_P(1);
        if (LIKELY(__atomic_load_n(&vi->state, __ATOMIC_ACQUIRE) == VARINIT_DONE)) {
            (sp++)->p = vi->addr;
            NEXT(2);
        }
        int none = VARINIT_NONE;
        if (__atomic_compare_exchange_n(&vi->state, &none, VARINIT_RUNNING, false, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE)) {
            /* ours to initialise: call the initialiser, which returns to
               this instruction (then done) */
            __atomic_store_n(&vi->owner, g, __ATOMIC_RELAXED);
            callee = vi->fn;
            callee_cl = callee->closure0;
            resbase = (size_t)(sp - base);
            retpc = pc;
            goto do_call;
        }
        if (none == VARINIT_RUNNING && __atomic_load_n(&vi->owner, __ATOMIC_RELAXED) == g)
            RAISE("initialization cycle: a package variable's initialiser uses the variable");
        /* another goroutine is running the initialiser: try again later */
        LEAVE(STOP_YIELD);
    }
    CASE(VARDONE)
    {
        VarInit *vi = OP_P(1);
        __atomic_store_n(&vi->state, VARINIT_DONE, __ATOMIC_RELEASE);
        NEXT(2);
    }
    CASE(PUSH2)
    {
        sp[0].i = OP_I(1);
        sp[1].i = OP_I(2);
        sp += 2;
        NEXT(3);
    }
    CASE(PUSHZ)
    {
        int64_t n = OP_I(1);
        memset(sp, 0, sizeof(Slot) * n);
        sp += n;
        NEXT(2);
    }
    CASE(POP)
    {
        sp -= OP_I(1);
        NEXT(2);
    }
    CASE(DUP)
    {
        sp[0] = sp[-1];
        sp++;
        NEXT(1);
    }
    CASE(DUPN)
    {
        int64_t n = OP_I(1);
        slot_copy(sp, sp - n, n);
        sp += n;
        NEXT(2);
    }
    CASE(PICK)
    {
        int64_t below = OP_I(1), n = OP_I(2);
        slot_copy(sp, sp - below, n);
        sp += n;
        NEXT(3);
    }
    CASE(SWAP)
    {
        Slot t = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        NEXT(1);
    }
    CASE(DROPUNDER)
    {
        int64_t top = OP_I(1), n = OP_I(2);
        slot_copy(sp - top - n, sp - top, top);
        sp -= n;
        NEXT(3);
    }

    /* ---- frame slots ---- */
    CASE(LD)
    {
        *sp++ = fp[OP_I(1)];
        NEXT(2);
    }
    CASE(ST)
    {
        fp[OP_I(1)] = *--sp;
        NEXT(2);
    }
    CASE(LDN)
    {
        int64_t n = OP_I(2);
        slot_copy(sp, fp + OP_I(1), n);
        sp += n;
        NEXT(3);
    }
    CASE(STN)
    {
        int64_t n = OP_I(2);
        sp -= n;
        slot_copy(fp + OP_I(1), sp, n);
        NEXT(3);
    }
    CASE(ZEROL)
    {
        memset(fp + OP_I(1), 0, sizeof(Slot) * OP_I(2));
        NEXT(3);
    }
    CASE(INCL)
    {
        fp[OP_I(1)].u += (uint64_t)OP_I(2);
        NEXT(3);
    }
    CASE(LDL_BLK)
    {
        int64_t size = OP_I(2);
        frame_block_load(sp, (char *)fp + OP_I(1), size);
        sp += (size + 7) / 8;
        NEXT(3);
    }
    CASE(STL_BLK)
    {
        int64_t size = OP_I(2);
        sp -= (size + 7) / 8;
        memcpy((char *)fp + OP_I(1), sp, (size_t)size);
        NEXT(3);
    }
    CASE(LDLD_BLK)
    {
        int64_t size = OP_I(2);
        int64_t d = (--sp)->i;
        frame_block_load(sp, (char *)fp + OP_I(1) + d, size);
        sp += (size + 7) / 8;
        NEXT(3);
    }
    CASE(STLD_BLK)
    {
        int64_t size = OP_I(2);
        sp -= (size + 7) / 8;
        int64_t d = (--sp)->i;
        memcpy((char *)fp + OP_I(1) + d, sp + 1, (size_t)size);
        NEXT(3);
    }
    CASE(IDXACC)
    {
        int64_t i = sp[-1].i, len = OP_I(2);
        if ((uint64_t)i >= (uint64_t)len) RAISE_INDEX(i, len);
        sp--;
        sp[-1].i += i * OP_I(1);
        NEXT(3);
    }

    /* ---- closures ---- */
    CASE(LDCAP)
    {
        *sp++ = cl->caps[OP_I(1)];
        NEXT(2);
    }
    CASE(LDCAPN)
    {
        int64_t n = OP_I(2);
        slot_copy(sp, cl->caps + OP_I(1), n);
        sp += n;
        NEXT(3);
    }
    CASE(FUNCVAL)
    {
        (sp++)->p = ((Func *)OP_P(1))->closure0;
        NEXT(2);
    }
    CASE(CLOSURE)
    {
        Func *f = OP_P(1);
        int64_t n = OP_I(2);
        Type *layout = OP_P(3);
        SAVE();
        Closure *c = heap_alloc(g, sizeof(Closure) + sizeof(Slot) * n, layout);
        c->fn = f;
        sp -= n;
        heap_wb(g, NULL, sp, sizeof(Slot) * n);
        memcpy(c->caps, sp, sizeof(Slot) * n);
        (sp++)->p = c;
        NEXT(4);
    }

    /* ---- heap memory ---- */
    CASE(NEW)
    {
        Type *t = OP_P(1);
        SAVE();
        (sp++)->p = heap_alloc(g, t->size ? t->size : 1, (t->flags & TF_HASPTR) ? t : NULL);
        NEXT(2);
    }
    CASE(NEWN)
    {
        Type *t = OP_P(1);
        SAVE();
        int64_t n = OP_I(2);
        (sp++)->p = heap_alloc(g, n ? (size_t)n : 1, (t->flags & TF_HASPTR) ? t : NULL);
        NEXT(3);
    }
    CASE(ADDR)
    {
        char *p = sp[-1].p;
        NILCHECK(p);
        sp[-1].p = p + OP_I(1);
        NEXT(2);
    }
    CASE(NILCHK)
    {
        NILCHECK(sp[-1].p);
        NEXT(1);
    }
    CASE(IDXPTR)
    {
        int64_t i = sp[-1].i, len = OP_I(2);
        char *p = sp[-2].p;
        NILCHECK(p);
        if ((uint64_t)i >= (uint64_t)len) RAISE_INDEX(i, len);
        sp--;
        sp[-1].p = p + i * OP_I(1);
        NEXT(3);
    }
    CASE(LD_BLK)
    {
        char *p = sp[-1].p;
        NILCHECK(p);
        int64_t size = OP_I(2);
        sp--;
        frame_block_load(sp, p + OP_I(1), size);
        sp += (size + 7) / 8;
        NEXT(3);
    }
    CASE(ST_BLK)
    {
        int64_t size = OP_I(2);
        int64_t n = (size + 7) / 8;
        char *p = sp[-n - 1].p;
        NILCHECK(p);
        memcpy(p + OP_I(1), sp - n, (size_t)size);
        sp -= n + 1;
        NEXT(3);
    }
    CASE(ST_BLKP)
    {
        int64_t size = OP_I(2);
        int64_t n = (size + 7) / 8;
        char *p = sp[-n - 1].p;
        NILCHECK(p);
        if (UNLIKELY(__atomic_load_n(wbon, __ATOMIC_RELAXED))) heap_wb_slow(g, p + OP_I(1), sp - n, (size_t)size);
        memcpy(p + OP_I(1), sp - n, (size_t)size);
        sp -= n + 1;
        NEXT(3);
    }
    CASE(ST_WP)
    {
        char *p = sp[-2].p;
        NILCHECK(p);
        if (UNLIKELY(__atomic_load_n(wbon, __ATOMIC_RELAXED))) heap_wb_slow(g, p + OP_I(1), sp - 1, 8);
        STORE_AS(uint64_t, p + OP_I(1), sp[-1].u);
        sp -= 2;
        NEXT(2);
    }
#define STORE_PTR(NAME, T, CONV)                   \
    CASE(NAME)                                     \
    {                                              \
        char *p = sp[-2].p;                        \
        NILCHECK(p);                               \
        STORE_AS(T, p + OP_I(1), CONV(sp[-1]));    \
        sp -= 2;                                   \
        NEXT(2);                                   \
    }
#define U(s) ((s).u)
#define F(s) ((float)(s).f)
    STORE_PTR(ST_8, uint8_t, U)
    STORE_PTR(ST_16, uint16_t, U)
    STORE_PTR(ST_32, uint32_t, U)
    STORE_PTR(ST_W, uint64_t, U)
    STORE_PTR(ST_F32, float, F)
    CASE(ST_C64)
    {
        char *p = sp[-3].p;
        NILCHECK(p);
        float v[2] = {(float)sp[-2].f, (float)sp[-1].f};
        memcpy(p + OP_I(1), v, 8);
        sp -= 3;
        NEXT(2);
    }
#define STORE_FRAME(NAME, T, CONV)                      \
    CASE(NAME)                                          \
    {                                                   \
        sp--;                                           \
        STORE_AS(T, (char *)fp + OP_I(1), CONV(sp[0])); \
        NEXT(2);                                        \
    }
    STORE_FRAME(STL_8, uint8_t, U)
    STORE_FRAME(STL_16, uint16_t, U)
    STORE_FRAME(STL_32, uint32_t, U)
    STORE_FRAME(STL_W, uint64_t, U)
    STORE_FRAME(STL_F32, float, F)
    CASE(STL_C64)
    {
        float v[2] = {(float)sp[-2].f, (float)sp[-1].f};
        memcpy((char *)fp + OP_I(1), v, 8);
        sp -= 2;
        NEXT(2);
    }
#define STORE_DYN(NAME, T, CONV)                                    \
    CASE(NAME)                                                      \
    {                                                               \
        STORE_AS(T, (char *)fp + OP_I(1) + sp[-2].i, CONV(sp[-1])); \
        sp -= 2;                                                    \
        NEXT(2);                                                    \
    }
    STORE_DYN(STLD_8, uint8_t, U)
    STORE_DYN(STLD_16, uint16_t, U)
    STORE_DYN(STLD_32, uint32_t, U)
    STORE_DYN(STLD_W, uint64_t, U)
    STORE_DYN(STLD_F32, float, F)
    CASE(STLD_C64)
    {
        float v[2] = {(float)sp[-2].f, (float)sp[-1].f};
        memcpy((char *)fp + OP_I(1) + sp[-3].i, v, 8);
        sp -= 3;
        NEXT(2);
    }
    /* loads: through a pointer, at a frame offset, at a frame offset + d */
#define LOADS(NAME, T, FIELD)                                     \
    CASE(LD_##NAME)                                               \
    {                                                             \
        char *p = sp[-1].p;                                       \
        NILCHECK(p);                                              \
        sp[-1].FIELD = LOAD_AS(T, p + OP_I(1));                   \
        NEXT(2);                                                  \
    }                                                             \
    CASE(LDL_##NAME)                                              \
    {                                                             \
        (sp++)->FIELD = LOAD_AS(T, (char *)fp + OP_I(1));         \
        NEXT(2);                                                  \
    }                                                             \
    CASE(LDLD_##NAME)                                             \
    {                                                             \
        sp[-1].FIELD = LOAD_AS(T, (char *)fp + OP_I(1) + sp[-1].i); \
        NEXT(2);                                                  \
    }
    LOADS(I8, int8_t, i)
    LOADS(U8, uint8_t, u)
    LOADS(I16, int16_t, i)
    LOADS(U16, uint16_t, u)
    LOADS(I32, int32_t, i)
    LOADS(U32, uint32_t, u)
    LOADS(W, uint64_t, u)
    LOADS(F32, float, f)
    CASE(LD_C64)
    {
        char *p = sp[-1].p;
        NILCHECK(p);
        float v[2];
        memcpy(v, p + OP_I(1), 8);
        sp[-1].f = v[0];
        (sp++)->f = v[1];
        NEXT(2);
    }
    CASE(LDL_C64)
    {
        float v[2];
        memcpy(v, (char *)fp + OP_I(1), 8);
        sp[0].f = v[0];
        sp[1].f = v[1];
        sp += 2;
        NEXT(2);
    }
    CASE(LDLD_C64)
    {
        float v[2];
        memcpy(v, (char *)fp + OP_I(1) + sp[-1].i, 8);
        sp[-1].f = v[0];
        (sp++)->f = v[1];
        NEXT(2);
    }

    /* ---- integer arithmetic ---- */
#define BIN(NAME, EXPR)                  \
    CASE(NAME)                           \
    {                                    \
        uint64_t b = sp[-1].u;           \
        uint64_t a = sp[-2].u;           \
        sp--;                            \
        sp[-1].u = (EXPR);               \
        NEXT(1);                         \
    }
    BIN(ADD, a + b)
    BIN(SUB, a - b)
    BIN(MUL, a * b)
    BIN(AND, a & b)
    BIN(OR, a | b)
    BIN(XOR, a ^ b)
    BIN(ANDNOT, a & ~b)
    BIN(SHL, b >= 64 ? 0 : a << b)
    BIN(SHRU, b >= 64 ? 0 : a >> b)
    BIN(SHR, (uint64_t)(b >= 64 ? ((int64_t)a < 0 ? -1 : 0) : ((int64_t)a >> b)))
    BIN(EQ, a == b)
    BIN(NE, a != b)
    BIN(LT, (int64_t)a < (int64_t)b)
    BIN(LE, (int64_t)a <= (int64_t)b)
    BIN(GT, (int64_t)a > (int64_t)b)
    BIN(GE, (int64_t)a >= (int64_t)b)
    BIN(LTU, a < b)
    BIN(LEU, a <= b)
    BIN(GTU, a > b)
    BIN(GEU, a >= b)
    CASE(DIV)
    {
        int64_t b = sp[-1].i, a = sp[-2].i;
        if (UNLIKELY(b == 0)) RAISE("integer divide by zero");
        sp--;
        sp[-1].i = b == -1 ? (int64_t)(0 - (uint64_t)a) : a / b;
        NEXT(1);
    }
    CASE(REM)
    {
        int64_t b = sp[-1].i, a = sp[-2].i;
        if (UNLIKELY(b == 0)) RAISE("integer divide by zero");
        sp--;
        sp[-1].i = b == -1 ? 0 : a % b;
        NEXT(1);
    }
    CASE(DIVU)
    {
        uint64_t b = sp[-1].u, a = sp[-2].u;
        if (UNLIKELY(b == 0)) RAISE("integer divide by zero");
        sp--;
        sp[-1].u = a / b;
        NEXT(1);
    }
    CASE(REMU)
    {
        uint64_t b = sp[-1].u, a = sp[-2].u;
        if (UNLIKELY(b == 0)) RAISE("integer divide by zero");
        sp--;
        sp[-1].u = a % b;
        NEXT(1);
    }
    CASE(NEG)
    {
        sp[-1].u = 0 - sp[-1].u;
        NEXT(1);
    }
    CASE(COMPL)
    {
        sp[-1].u = ~sp[-1].u;
        NEXT(1);
    }
    CASE(NOT)
    {
        sp[-1].u = !sp[-1].u;
        NEXT(1);
    }
    CASE(SHCHK)
    {
        if (UNLIKELY(sp[-1].i < 0)) RAISE("negative shift amount");
        NEXT(1);
    }
    CASE(ADDI)
    {
        sp[-1].u += (uint64_t)OP_I(1);
        NEXT(2);
    }
    CASE(MULI)
    {
        sp[-1].u *= (uint64_t)OP_I(1);
        NEXT(2);
    }
    CASE(DIVI)
    {
        sp[-1].i /= OP_I(1);
        NEXT(2);
    }
    CASE(REMI)
    {
        sp[-1].i %= OP_I(1);
        NEXT(2);
    }
    CASE(ANDI)
    {
        sp[-1].u &= (uint64_t)OP_I(1);
        NEXT(2);
    }

    CASE(EXT8)
    {
        sp[-1].i = (int8_t)sp[-1].u;
        NEXT(1);
    }
    CASE(EXT16)
    {
        sp[-1].i = (int16_t)sp[-1].u;
        NEXT(1);
    }
    CASE(EXT32)
    {
        sp[-1].i = (int32_t)sp[-1].u;
        NEXT(1);
    }
    CASE(ZEXT8)
    {
        sp[-1].u = (uint8_t)sp[-1].u;
        NEXT(1);
    }
    CASE(ZEXT16)
    {
        sp[-1].u = (uint16_t)sp[-1].u;
        NEXT(1);
    }
    CASE(ZEXT32)
    {
        sp[-1].u = (uint32_t)sp[-1].u;
        NEXT(1);
    }

    /* ---- floating point ---- */
#define FBIN(NAME, EXPR)                 \
    CASE(NAME)                           \
    {                                    \
        double b = sp[-1].f;             \
        double a = sp[-2].f;             \
        sp--;                            \
        sp[-1].f = (EXPR);               \
        NEXT(1);                         \
    }
#define FCMP(NAME, EXPR)                 \
    CASE(NAME)                           \
    {                                    \
        double b = sp[-1].f;             \
        double a = sp[-2].f;             \
        sp--;                            \
        sp[-1].u = (EXPR);               \
        NEXT(1);                         \
    }
    FBIN(FADD, a + b)
    FBIN(FSUB, a - b)
    FBIN(FMUL, a * b)
    FBIN(FDIV, a / b)
    FCMP(FEQ, a == b)
    FCMP(FNE, a != b)
    FCMP(FLT, a < b)
    FCMP(FLE, a <= b)
    FCMP(FGT, a > b)
    FCMP(FGE, a >= b)
    CASE(FNEG)
    {
        sp[-1].f = -sp[-1].f;
        NEXT(1);
    }
    CASE(F32)
    {
        sp[-1].f = (float)sp[-1].f;
        NEXT(1);
    }
    CASE(I2F)
    {
        sp[-1].f = (double)sp[-1].i;
        NEXT(1);
    }
    CASE(U2F)
    {
        sp[-1].f = (double)sp[-1].u;
        NEXT(1);
    }
    CASE(F2I)
    {
        sp[-1].i = f2i(sp[-1].f);
        NEXT(1);
    }
    CASE(F2U)
    {
        sp[-1].u = f2u(sp[-1].f);
        NEXT(1);
    }
    CASE(CADD)
    {
        sp[-4].f += sp[-2].f;
        sp[-3].f += sp[-1].f;
        sp -= 2;
        NEXT(1);
    }
    CASE(CSUB)
    {
        sp[-4].f -= sp[-2].f;
        sp[-3].f -= sp[-1].f;
        sp -= 2;
        NEXT(1);
    }
    CASE(CMUL)
    {
        double a = sp[-4].f, b = sp[-3].f, c = sp[-2].f, d = sp[-1].f;
        sp[-4].f = a * c - b * d;
        sp[-3].f = a * d + b * c;
        sp -= 2;
        NEXT(1);
    }
    CASE(CDIV)
    {
        double re, im;
        cdiv(sp[-4].f, sp[-3].f, sp[-2].f, sp[-1].f, &re, &im);
        sp[-4].f = re;
        sp[-3].f = im;
        sp -= 2;
        NEXT(1);
    }
    CASE(CNEG)
    {
        sp[-2].f = -sp[-2].f;
        sp[-1].f = -sp[-1].f;
        NEXT(1);
    }
    CASE(C64)
    {
        sp[-2].f = (float)sp[-2].f;
        sp[-1].f = (float)sp[-1].f;
        NEXT(1);
    }
    CASE(CEQ)
    {
        bool eq = sp[-4].f == sp[-2].f && sp[-3].f == sp[-1].f;
        sp -= 3;
        sp[-1].u = eq;
        NEXT(1);
    }

    /* ---- strings ---- */
#define SCMP(NAME, EXPR)                                          \
    CASE(NAME)                                                    \
    {                                                             \
        GoString a = {sp[-4].p, sp[-3].i}, b = {sp[-2].p, sp[-1].i}; \
        int c = str_compare(a, b);                                \
        sp -= 3;                                                  \
        sp[-1].u = (EXPR);                                        \
        NEXT(1);                                                  \
    }
    CASE(SEQ)
    {
        bool eq = str_same(sp - 4, sp - 2);
        sp -= 3;
        sp[-1].u = eq;
        NEXT(1);
    }
    CASE(SNE)
    {
        bool eq = str_same(sp - 4, sp - 2);
        sp -= 3;
        sp[-1].u = !eq;
        NEXT(1);
    }
    SCMP(SLT, c < 0)
    SCMP(SLE, c <= 0)
    SCMP(SGT, c > 0)
    SCMP(SGE, c >= 0)
    CASE(BEQ)
    {
        Type *t = OP_P(1);
        int64_t n = t->slots;
        SAVE();
        int r = op_blockeq(g, t, sp - 2 * n, sp - n);
        CHECK_RAISE();
        sp -= 2 * n;
        (sp++)->u = r;
        NEXT(2);
    }
    CASE(IEQ)
    {
        Iface a = {sp[-4].p, sp[-3].p}, b = {sp[-2].p, sp[-1].p};
        SAVE();
        int r = op_ifaceeq(g, a, b, OP_I(1));
        CHECK_RAISE();
        sp -= 3;
        sp[-1].u = r;
        NEXT(2);
    }
    CASE(SLEN)
    {
        sp--;
        sp[-1] = sp[0];
        NEXT(1);
    }
    CASE(SINDEX)
    {
        int64_t i = sp[-1].i, len = sp[-2].i;
        if ((uint64_t)i >= (uint64_t)len) RAISE_INDEX(i, len);
        const uint8_t *p = sp[-3].p;
        sp -= 2;
        sp[-1].u = p[i];
        NEXT(1);
    }
    CASE(SSLICE)
    {
        SAVE();
        sp = op_sslice(g, (int)OP_I(1), sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(CONCAT)
    {
        SAVE();
        sp = op_concat(g, (int)OP_I(1), sp);
        NEXT(2);
    }
    CASE(RUNESTR)
    {
        SAVE();
        GoString s = str_from_rune(g, sp[-1].i);
        sp[-1].p = (void *)s.ptr;
        (sp++)->i = s.len;
        NEXT(1);
    }
    CASE(BYTES2S)
    {
        SAVE();
        GoString s = str_from_bytes(g, sp[-3].p, sp[-2].i);
        sp -= 1;
        sp[-2].p = (void *)s.ptr;
        sp[-1].i = s.len;
        NEXT(1);
    }
    CASE(RUNES2S)
    {
        SAVE();
        GoString s = str_from_runes(g, sp[-3].p, sp[-2].i);
        sp -= 1;
        sp[-2].p = (void *)s.ptr;
        sp[-1].i = s.len;
        NEXT(1);
    }
    CASE(S2BYTES)
    {
        SAVE();
        GoString s = {sp[-2].p, sp[-1].i};
        GoSlice b = str_to_bytes(g, s);
        sp[-2].p = b.ptr;
        sp[-1].i = b.len;
        (sp++)->i = b.cap;
        NEXT(1);
    }
    CASE(S2RUNES)
    {
        SAVE();
        GoString s = {sp[-2].p, sp[-1].i};
        GoSlice b = str_to_runes(g, s);
        sp[-2].p = b.ptr;
        sp[-1].i = b.len;
        (sp++)->i = b.cap;
        NEXT(1);
    }
    CASE(SNEXT)
    {
        Slot *b = fp + OP_I(1);
        int64_t i = b[2].i, len = b[1].i;
        if (i >= len) {
            (sp++)->u = 0;
            NEXT(2);
        }
        const uint8_t *p = b[0].p;
        int w = 1;
        int32_t r = p[i];
        if (r >= 0x80) r = str_decode_rune(p + i, len - i, &w);
        b[3].i = i;
        b[4].i = r;
        b[2].i = i + w;
        (sp++)->u = 1;
        NEXT(2);
    }

    /* ---- slices ---- */
    CASE(SLICELEN)
    {
        sp -= 2;
        sp[-1] = sp[0];
        NEXT(1);
    }
    CASE(SLICECAP)
    {
        sp -= 2;
        sp[-1] = sp[1];
        NEXT(1);
    }
    CASE(SLICEPTR)
    {
        sp -= 2;
        NEXT(1);
    }
    CASE(IDXSLICE)
    {
        int64_t i = sp[-1].i, len = sp[-3].i;
        if ((uint64_t)i >= (uint64_t)len) RAISE_INDEX(i, len);
        char *p = sp[-4].p;
        sp -= 3;
        sp[-1].p = p + i * OP_I(1);
        NEXT(2);
    }
    CASE(RESLICE)
    {
        SAVE();
        sp = op_reslice(g, OP_I(1), (int)OP_I(2), sp);
        CHECK_RAISE();
        NEXT(3);
    }
    CASE(MAKESLICE)
    {
        SAVE();
        sp = op_makeslice(g, OP_P(1), sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(APPEND)
    {
        SAVE();
        sp = op_append(g, OP_P(1), (int)OP_I(2), sp);
        CHECK_RAISE();
        NEXT(3);
    }
    CASE(MKSLICE)
    {
        SAVE();
        sp = op_mkslice(g, OP_P(1), (int)OP_I(2), sp);
        NEXT(3);
    }
    CASE(APPENDSL)
    {
        SAVE();
        sp = op_appendslice(g, OP_P(1), sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(APPENDSTR)
    {
        SAVE();
        sp = op_appendstr(g, vm->types.byte_type, sp);
        CHECK_RAISE();
        NEXT(1);
    }
    CASE(COPY)
    {
        sp = op_copy(g, OP_P(1), false, sp);
        NEXT(2);
    }
    CASE(COPYSTR)
    {
        sp = op_copy(g, NULL, true, sp);
        NEXT(1);
    }
    CASE(CLEARSL)
    {
        Type *t = OP_P(1);
        size_t bytes = (size_t)(sp[-2].i * (int64_t)t->size);
        if (bytes && (t->flags & TF_HASPTR)) heap_wb(g, sp[-3].p, NULL, bytes);
        if (bytes) memset(sp[-3].p, 0, bytes);
        sp -= 3;
        NEXT(2);
    }
    CASE(SL2ARR)
    {
        SAVE();
        sp = op_sl2arr(g, OP_I(2), sp);
        CHECK_RAISE();
        NEXT(3);
    }

    /* ---- maps ---- */
    CASE(MAKEMAP)
    {
        SAVE();
        sp[-1].p = map_make(g, OP_P(1), sp[-1].i);
        NEXT(2);
    }
    CASE(MAPGET)
    {
        SAVE();
        sp = op_mapget(g, OP_P(1), false, sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(MAPGET2)
    {
        SAVE();
        sp = op_mapget(g, OP_P(1), true, sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(MAPSET)
    {
        SAVE();
        sp = op_mapset(g, OP_P(1), sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(MAPDEL)
    {
        SAVE();
        sp = op_mapdel(g, OP_P(1), sp);
        CHECK_RAISE();
        NEXT(2);
    }
    CASE(MAPLEN)
    {
        sp[-1].i = map_len(sp[-1].p);
        NEXT(1);
    }
    CASE(MAPCLEAR)
    {
        SAVE();
        map_clear(g, OP_P(1), sp[-1].p);
        sp--;
        NEXT(2);
    }
    CASE(MAPITER)
    {
        SAVE();
        sp[-1].p = sp[-1].p ? map_iter_make(g, OP_P(1), sp[-1].p) : NULL;
        NEXT(2);
    }
    CASE(MAPNEXT)
    {
        if (!op_mapnext(OP_P(1), fp + OP_I(2))) NEXT(OP_I(3));
        NEXT(4);
    }

    /* ---- interfaces ---- */
    CASE(BOX)
    {
        SAVE();
        sp = op_box(g, OP_P(1), OP_P(2), sp);
        NEXT(3);
    }
    CASE(I2E)
    {
        Itab *it = sp[-2].p;
        if (it) sp[-2].p = it->type;
        NEXT(1);
    }
    CASE(I2I)
    {
        sp = op_i2i(g, OP_P(1), sp);
        NEXT(2);
    }
    CASE(ASSERT)
    {
        SAVE();
        sp = op_assert(g, OP_P(1), OP_P(2), false, sp);
        CHECK_RAISE();
        NEXT(3);
    }
    CASE(ASSERT2)
    {
        SAVE();
        sp = op_assert(g, OP_P(1), OP_P(2), true, sp);
        NEXT(3);
    }
    CASE(ASSERTI)
    {
        SAVE();
        sp = op_asserti(g, OP_P(1), OP_P(2), false, sp);
        CHECK_RAISE();
        NEXT(3);
    }
    CASE(ASSERTI2)
    {
        SAVE();
        sp = op_asserti(g, OP_P(1), OP_P(2), true, sp);
        NEXT(3);
    }
    CASE(TYPEIS)
    {
        Iface v = {sp[-2].p, sp[-1].p};
        Type *t = OP_P(1);
        sp--;
        sp[-1].u = iface_type(v, OP_I(2)) == t;
        NEXT(3);
    }
    CASE(TYPEIMPL)
    {
        Iface v = {sp[-2].p, sp[-1].p};
        sp--;
        sp[-1].u = op_typeimpl(g, OP_P(1), OP_I(2), v);
        NEXT(3);
    }
    CASE(UNBOX)
    {
        sp = op_unbox(OP_P(1), OP_I(2), sp);
        NEXT(3);
    }

    /* ---- printing ---- */
    CASE(PRINT)
    {
        Type *t = OP_P(1);
        sp -= t->slots;
        rt_print_value(g, t, sp, (int)OP_I(2));
        NEXT(3);
    }
    CASE(PRINTNL)
    {
        rt_print_value(g, NULL, NULL, 2);
        NEXT(1);
    }
    CASE(PRINTSP)
    {
        rt_print_value(g, NULL, NULL, 1);
        NEXT(1);
    }
    CASE(NATIVE)
    {
        NativeFn f = (NativeFn)OP_P(1);
        int64_t nargs = OP_I(2), nres = OP_I(3);
        Slot *args = sp - nargs;
        SAVE();
        g->innative = true;
        f(g, args);
        g->innative = false;
        g->npins = 0;
        CHECK_RAISE();
        if (UNLIKELY(g->exiting)) return STOP_EXIT;
        sp = args + nres;
        pc += 4;
        if (UNLIKELY(g->stop)) LEAVE(take_stop(g));
        DISPATCH();
    }

    CASE(ATOMIC)
    {
        unsigned code = (unsigned)OP_I(1), op = code >> 2;
        Slot *a = sp - (op == AT_LOAD ? 1 : op == AT_CAS ? 3 : 2);
        NILCHECK(a[0].p);
        slot_atomic(code, a);
        sp = a + (op != AT_STORE);
        NEXT(SZ_ATOMIC);
    }

    /* ---- control flow ---- */
    CASE(JMP) NEXT(OP_I(1));
    CASE(JT)
    {
        if ((--sp)->u) NEXT(OP_I(1));
        NEXT(2);
    }
    CASE(JF)
    {
        if (!(--sp)->u) NEXT(OP_I(1));
        NEXT(2);
    }
/* compare the top two slots (field F: i signed, u unsigned) and branch */
#define CMPJUMP(NAME, F, OP)                   \
    CASE(NAME)                                 \
    {                                          \
        sp -= 2;                               \
        if (sp[0].F OP sp[1].F) NEXT(OP_I(1)); \
        NEXT(2);                               \
    }
    CMPJUMP(JEQ, i, ==)
    CMPJUMP(JNE, i, !=)
    CMPJUMP(JLT, i, <)
    CMPJUMP(JLE, i, <=)
    CMPJUMP(JGT, i, >)
    CMPJUMP(JGE, i, >=)
    CMPJUMP(JLTU, u, <)
    CMPJUMP(JLEU, u, <=)
    CMPJUMP(JGTU, u, >)
    CMPJUMP(JGEU, u, >=)
#undef CMPJUMP
/* compare the top slot with the immediate (as type T) and branch */
#define CMPJUMPI(NAME, T, F, OP)                     \
    CASE(NAME)                                       \
    {                                                \
        if ((--sp)->F OP (T)OP_I(2)) NEXT(OP_I(1));  \
        NEXT(3);                                     \
    }
    CMPJUMPI(JEQI, int64_t, i, ==)
    CMPJUMPI(JNEI, int64_t, i, !=)
    CMPJUMPI(JLTI, int64_t, i, <)
    CMPJUMPI(JLEI, int64_t, i, <=)
    CMPJUMPI(JGTI, int64_t, i, >)
    CMPJUMPI(JGEI, int64_t, i, >=)
    CMPJUMPI(JLTUI, uint64_t, u, <)
    CMPJUMPI(JLEUI, uint64_t, u, <=)
    CMPJUMPI(JGTUI, uint64_t, u, >)
    CMPJUMPI(JGEUI, uint64_t, u, >=)
#undef CMPJUMPI
#define CMPJUMPL(NAME, OP)                                \
    CASE(NAME)                                            \
    {                                                     \
        if ((--sp)->i OP fp[OP_I(2)].i) NEXT(OP_I(1));    \
        NEXT(3);                                          \
    }
    CMPJUMPL(JEQL, ==)
    CMPJUMPL(JNEL, !=)
    CMPJUMPL(JLTL, <)
    CMPJUMPL(JLEL, <=)
    CMPJUMPL(JGTL, >)
    CMPJUMPL(JGEL, >=)
#undef CMPJUMPL
    CASE(LOOP)
    {
        pc += OP_I(1);
        PREEMPT_POINT();
        DISPATCH();
    }
#define FCMPJUMP(NAME, COND)                                               \
    CASE(NAME)                                                             \
    {                                                                      \
        double a = sp[-2].f, b = sp[-1].f;                                 \
        sp -= 2;                                                           \
        if (COND) NEXT(OP_I(1));                                           \
        NEXT(SZ_##NAME);                                                   \
    }                                                                      \
    CASE(NAME##_K)                                                         \
    {                                                                      \
        double a = sp[-1].f, b = pc[1].f;                                  \
        sp--;                                                              \
        if (COND) NEXT(OP_I(2));                                           \
        NEXT(SZ_##NAME##_K);                                               \
    }
    FCMPJUMP(JFEQ, a == b)
    FCMPJUMP(JFNE, a != b)
    FCMPJUMP(JFNLT, !(a < b))
    FCMPJUMP(JFNLE, !(a <= b))
    FCMPJUMP(JFNGT, !(a > b))
    FCMPJUMP(JFNGE, !(a >= b))
#undef FCMPJUMP

    /* ---- superinstructions (opcodes.h: FUSED) ---- */
    /* a binary operation with operands and result in frame slots; F is the
       Slot field (u or f), EXPR combines a and b */
#define SI_BIN(N, T, F, EXPR)                                              \
    CASE(N##_L)                                                            \
    {                                                                      \
        T a = sp[-1].F, b = fp[OP_I(1)].F;                                 \
        sp[-1].F = (EXPR);                                                 \
        NEXT(SZ_##N##_L);                                                  \
    }                                                                      \
    CASE(N##_LL)                                                           \
    {                                                                      \
        T a = fp[OP_I(1)].F, b = fp[OP_I(2)].F;                            \
        (sp++)->F = (EXPR);                                                \
        NEXT(SZ_##N##_LL);                                                 \
    }                                                                      \
    CASE(N##_S)                                                            \
    {                                                                      \
        T a = sp[-2].F, b = sp[-1].F;                                      \
        sp -= 2;                                                           \
        fp[OP_I(1)].F = (EXPR);                                            \
        NEXT(SZ_##N##_S);                                                  \
    }                                                                      \
    CASE(N##_LS)                                                           \
    {                                                                      \
        T a = sp[-1].F, b = fp[OP_I(1)].F;                                 \
        sp--;                                                              \
        fp[OP_I(2)].F = (EXPR);                                            \
        NEXT(SZ_##N##_LS);                                                 \
    }                                                                      \
    CASE(N##_LLS)                                                          \
    {                                                                      \
        T a = fp[OP_I(1)].F, b = fp[OP_I(2)].F;                            \
        fp[OP_I(3)].F = (EXPR);                                            \
        NEXT(SZ_##N##_LLS);                                                \
    }
    SI_BIN(ADD, uint64_t, u, a + b)
    SI_BIN(SUB, uint64_t, u, a - b)
    SI_BIN(MUL, uint64_t, u, a * b)
    SI_BIN(AND, uint64_t, u, a & b)
    SI_BIN(OR, uint64_t, u, a | b)
    SI_BIN(XOR, uint64_t, u, a ^ b)
    SI_BIN(FADD, double, f, a + b)
    SI_BIN(FSUB, double, f, a - b)
    SI_BIN(FMUL, double, f, a * b)
    SI_BIN(FDIV, double, f, a / b)
#undef SI_BIN
    /* an operation with an immediate k (DIVI, REMI: k > 0, no panic) */
#define SI_BINI(N, T, F, EXPR)                                             \
    CASE(N##_L)                                                            \
    {                                                                      \
        T a = fp[OP_I(1)].F, k = (T)OP_I(2);                               \
        (sp++)->F = (EXPR);                                                \
        NEXT(SZ_##N##_L);                                                  \
    }                                                                      \
    CASE(N##_S)                                                            \
    {                                                                      \
        T a = (--sp)->F, k = (T)OP_I(1);                                   \
        fp[OP_I(2)].F = (EXPR);                                            \
        NEXT(SZ_##N##_S);                                                  \
    }                                                                      \
    CASE(N##_LS)                                                           \
    {                                                                      \
        T a = fp[OP_I(1)].F, k = (T)OP_I(2);                               \
        fp[OP_I(3)].F = (EXPR);                                            \
        NEXT(SZ_##N##_LS);                                                 \
    }
    SI_BINI(ADDI, uint64_t, u, a + k)
    SI_BINI(MULI, uint64_t, u, a * k)
    SI_BINI(DIVI, int64_t, i, a / k)
    SI_BINI(REMI, int64_t, i, a % k)
    SI_BINI(ANDI, uint64_t, u, a & k)
#undef SI_BINI
#define SI_FBINK(N, EXPR)                                                  \
    CASE(N##_K)                                                            \
    {                                                                      \
        double a = sp[-1].f, b = pc[1].f;                                  \
        sp[-1].f = (EXPR);                                                 \
        NEXT(SZ_##N##_K);                                                  \
    }
    SI_FBINK(FADD, a + b)
    SI_FBINK(FSUB, a - b)
    SI_FBINK(FMUL, a * b)
    SI_FBINK(FDIV, a / b)
#undef SI_FBINK
    /* compare a frame slot with a constant or another slot and branch */
#define SI_JUMP(N, OP)                                                     \
    CASE(N##I_L)                                                           \
    {                                                                      \
        if (fp[OP_I(1)].i OP OP_I(3)) NEXT(OP_I(2));                       \
        NEXT(SZ_##N##I_L);                                                 \
    }                                                                      \
    CASE(N##L_L)                                                           \
    {                                                                      \
        if (fp[OP_I(1)].i OP fp[OP_I(3)].i) NEXT(OP_I(2));                 \
        NEXT(SZ_##N##L_L);                                                 \
    }
    SI_JUMP(JEQ, ==)
    SI_JUMP(JNE, !=)
    SI_JUMP(JLT, <)
    SI_JUMP(JLE, <=)
    SI_JUMP(JGT, >)
    SI_JUMP(JGE, >=)
#undef SI_JUMP
    CASE(MOV)
    {
        fp[OP_I(2)] = fp[OP_I(1)];
        NEXT(SZ_MOV);
    }
    CASE(SETK)
    {
        fp[OP_I(2)].i = OP_I(1);
        NEXT(SZ_SETK);
    }
    CASE(LDW_L)
    {
        char *p = fp[OP_I(1)].p;
        NILCHECK(p);
        (sp++)->u = LOAD_AS(uint64_t, p + OP_I(2));
        NEXT(SZ_LDW_L);
    }
    CASE(LDW_LDUP)
    {
        char *p = fp[OP_I(1)].p;
        NILCHECK(p);
        sp[0].p = p;
        sp[1].u = LOAD_AS(uint64_t, p + OP_I(2));
        sp += 2;
        NEXT(SZ_LDW_LDUP);
    }
    CASE(STW_L)
    {
        char *p = (--sp)->p;
        NILCHECK(p);
        STORE_AS(uint64_t, p + OP_I(2), fp[OP_I(1)].u);
        NEXT(SZ_STW_L);
    }
    /* the address of element idx of the slice or string in frame slots
       fp[OP_I(k)..] (pointer, length), elements of esize bytes; panics
       when idx is out of range */
#define FRAME_ELEM(k, idx, esize)                                            \
    ({                                                                       \
        const Slot *s_ = fp + OP_I(k);                                       \
        int64_t i_ = (idx), n_ = s_[1].i;                                    \
        if (UNLIKELY((uint64_t)i_ >= (uint64_t)n_)) RAISE_INDEX(i_, n_);     \
        (char *)s_[0].p + i_ * (esize);                                      \
    })
    CASE(IDX_LL)
    {
        (sp++)->p = FRAME_ELEM(1, fp[OP_I(3)].i, OP_I(4));
        NEXT(SZ_IDX_LL);
    }
    CASE(LDW_IDX_LL)
    {
        (sp++)->u = LOAD_AS(uint64_t, FRAME_ELEM(1, fp[OP_I(3)].i, OP_I(4)) + OP_I(5));
        NEXT(SZ_LDW_IDX_LL);
    }
    CASE(MOVN)
    {
        slot_copy(fp + OP_I(3), fp + OP_I(1), OP_I(2));
        NEXT(SZ_MOVN);
    }
    CASE(LEN_L)
    {
        (sp++)->i = fp[OP_I(1) + 1].i; /* strings and slices: the length follows the pointer */
        NEXT(SZ_LEN_L);
    }
    CASE(SINDEX_LL)
    {
        (sp++)->u = *(const uint8_t *)FRAME_ELEM(1, fp[OP_I(3)].i, 1);
        NEXT(SZ_SINDEX_LL);
    }
    CASE(SINDEX_LK)
    {
        (sp++)->u = *(const uint8_t *)FRAME_ELEM(1, OP_I(3), 1);
        NEXT(SZ_SINDEX_LK);
    }
    CASE(JGE_LLEN)
    {
        if (fp[OP_I(1)].i >= fp[OP_I(2) + 1].i) NEXT(OP_I(4));
        NEXT(SZ_JGE_LLEN);
    }
    CASE(LD2)
    {
        sp[0] = fp[OP_I(1)];
        sp[1] = fp[OP_I(2)];
        sp += 2;
        NEXT(SZ_LD2);
    }
    CASE(ST_LD)
    {
        fp[OP_I(1)] = sp[-1];
        sp[-1] = fp[OP_I(2)];
        NEXT(SZ_ST_LD);
    }
    CASE(RET_L)
    {
        *sp++ = fp[OP_I(1)];
        goto do_ret;
    }
    CASE(LDCAP_W)
    {
        char *p = cl->caps[OP_I(1)].p;
        NILCHECK(p);
        (sp++)->u = LOAD_AS(uint64_t, p + OP_I(2));
        NEXT(SZ_LDCAP_W);
    }
    CASE(LDW_IDX_LLS)
    {
        fp[OP_I(6)].u = LOAD_AS(uint64_t, FRAME_ELEM(1, fp[OP_I(3)].i, OP_I(4)) + OP_I(5));
        NEXT(SZ_LDW_IDX_LLS);
    }
    CASE(STW_IDX_LLL)
    {
        STORE_AS(uint64_t, FRAME_ELEM(1, fp[OP_I(3)].i, OP_I(4)) + OP_I(6), fp[OP_I(5)].u);
        NEXT(SZ_STW_IDX_LLL);
    }
#undef FRAME_ELEM
    CASE(INCL_LOOP)
    {
        fp[OP_I(1)].u += (uint64_t)OP_I(2);
        pc += OP_I(3);
        PREEMPT_POINT();
        DISPATCH();
    }

    /* ---- calls ---- */
    CASE(CALL)
    {
        callee = OP_P(1);
        callee_cl = callee->closure0;
        resbase = (size_t)(sp - base) - callee->nparams;
        retpc = pc + 2;
        goto do_call;
    }
    CASE(CALLC)
    {
        int64_t n = OP_I(1);
        Closure *c = sp[-n - 1].p;
        NILCHECK(c);
        callee = c->fn;
        callee_cl = c;
        resbase = (size_t)(sp - base) - (size_t)n - 1;
        retpc = pc + 2;
        goto do_call;
    }
    CASE(CALLI)
    {
        int64_t n = OP_I(2);
        Itab *it = sp[-n - 2].p;
        NILCHECK(it);
        callee = it->fun[OP_I(1)];
        callee_cl = callee->closure0;
        resbase = (size_t)(sp - base) - (size_t)n - 2;
        retpc = pc + 3;
        goto do_call;
    }
    CASE(RET)
    do_ret:
    {
        Slot *hdr = fp + fn->nparams;
        uint32_t nr = fn->nresults;
        Slot *rb = base + hdr[FH_BASE].u;
        Code *rpc = hdr[FH_PC].p;
        size_t cfp = hdr[FH_FP].u;
        Closure *ccl = hdr[FH_CL].p;
        slot_copy(rb, sp - nr, nr); /* results move down: rb <= sp - nr */
        sp = rb + nr;
        if (UNLIKELY(!rpc)) {
            /* the goroutine's first frame returned */
            fp = base + cfp;
            LEAVE(STOP_DONE);
        }
        pc = rpc;
        fp = base + cfp;
        cl = ccl;
        fn = ccl->fn;
        DISPATCH();
    }
    /* ---- goroutines and channels ---- */
    CASE(GO)
    {
        int64_t n = OP_I(1);
        Slot *a = sp - n;
        Closure *c = a[-1].p;
        SAVE();
        if (UNLIKELY(!c)) {
            rt_throw(g, "go of nil func value");
            return STOP_EXIT;
        }
        sched_spawn(vm, g, c, a, (uint32_t)n);
        sp = a - 1;
        NEXT(2);
    }
    CASE(GOCALL)
    {
        /* a goroutine's stub frame: operands n, closure, args */
        Closure *c = fp[FRAME_HDR + 1].p;
        callee = c->fn;
        callee_cl = c;
        resbase = (size_t)(fp - base) + FRAME_HDR + 1;
        retpc = pc + 1;
        goto do_call;
    }
    CASE(GOEND) LEAVE(STOP_DONE);
    CASE(MAKECHAN)
    {
        SAVE();
        Chan *c = chan_make(g, OP_P(1), sp[-1].i);
        CHECK_RAISE();
        sp[-1].p = c;
        NEXT(2);
    }
    CASE(SEND)
    {
        /* blocked: the instruction runs again when the goroutine resumes
           and finishes with the result its receiver left (chan.c) */
        int64_t n = OP_I(1);
        Slot *v = sp - n;
        SAVE();
        ChanResult r = g->waiting ? chan_send_resume(g) : chan_send(g, v[-1].p, v);
        if (UNLIKELY(r != CHAN_DONE)) {
            if (r == CHAN_PANIC) goto panicking;
            return take_stop(g);
        }
        sp = v - 1;
        NEXT(2);
    }
    /* the value arrives in the n slots above the channel operand (the
       compiler reserves them), then replaces the operand */
#define RECV_BODY(with_ok)                                                                       \
    {                                                                                            \
        int64_t n = OP_I(1);                                                                     \
        bool ok;                                                                                 \
        SAVE();                                                                                  \
        ChanResult r = g->waiting ? chan_recv_resume(g, &ok) : chan_recv(g, sp[-1].p, sp, &ok);   \
        if (UNLIKELY(r != CHAN_DONE)) {                                                          \
            if (r == CHAN_PANIC) goto panicking;                                                 \
            return take_stop(g);                                                                 \
        }                                                                                        \
        memmove(sp - 1, sp, sizeof(Slot) * (size_t)n);                                           \
        sp += n - 1;                                                                             \
        if (with_ok) (sp++)->i = ok;                                                             \
        NEXT(2);                                                                                 \
    }
    CASE(RECV) RECV_BODY(false)
    CASE(RECV2) RECV_BODY(true)
#undef RECV_BODY
    CASE(CLOSE)
    {
        SAVE();
        chan_close(g, sp[-1].p);
        CHECK_RAISE();
        sp--;
        NEXT(1);
    }
    CASE(CHANLEN)
    {
        sp[-1].i = chan_len(sp[-1].p);
        NEXT(1);
    }
    CASE(CHANCAP)
    {
        sp[-1].i = chan_cap(sp[-1].p);
        NEXT(1);
    }
    CASE(SELECT)
    {
        const SelectDesc *d = OP_P(1);
        Slot *ops = sp - d->nslots;
        SelectCase small[8];
        SelectCase *cases = d->ncases <= 8 ? small : util_malloc(sizeof(SelectCase) * (size_t)d->ncases);
        for (uint32_t i = 0, off = 0; i < d->ncases; i++) {
            const SelectCaseDesc *cd = &d->cases[i];
            cases[i].c = ops[off++].p;
            cases[i].send = cd->send;
            if (cd->send) {
                cases[i].elem = ops + off;
                off += cd->elemslots;
            } else {
                cases[i].elem = fp + cd->dst;
            }
        }
        bool ok = false;
        SAVE();
        int k = g->waiting ? chan_select_resume(g, cases, (int)d->ncases, &ok)
                           : chan_select(g, cases, (int)d->ncases, !d->hasdefault, &ok);
        if (cases != small) free(cases);
        if (UNLIKELY(k == -2)) {
            if (g->raising) goto panicking;
            return take_stop(g);
        }
        if (k >= 0 && d->cases[k].okdst >= 0) fp[d->cases[k].okdst].i = ok;
        sp = ops;
        (sp++)->i = k;
        NEXT(2);
    }
    CASE(DEFER)
    {
        int64_t n = OP_I(1);
        SAVE();
        /* deferred calls are per-goroutine records (roots of the
           collector), not heap objects */
        Defer *d = util_malloc(sizeof(Defer) + sizeof(Slot) * n);
        sp -= n + 1;
        d->cl = sp[0].p;
        d->nargs = (uint32_t)n;
        d->argmask = OP_P(2);
        memcpy(d->args, sp + 1, sizeof(Slot) * n);
        d->frame = (size_t)(fp - base);
        d->link = g->defers;
        g->defers = d;
        NEXT(3);
    }
    CASE(RUNDEFER)
    {
        Defer *d = g->defers;
        if (!d || d->frame != (size_t)(fp - base)) NEXT(1);
        g->defers = d->link;
        sp = fp + fn->nparams + FRAME_HDR + fn->nlocals;
        Closure *dcl = d->cl;
        uint32_t dn = d->nargs;
        sp[0].p = dcl;
        memcpy(sp + 1, d->args, sizeof(Slot) * dn);
        free(d);
        sp += dn + 1;
        NILCHECK(dcl);
        callee = dcl->fn;
        callee_cl = dcl;
        resbase = (size_t)(sp - base) - dn - 1;
        retpc = pc; /* come back here for the next deferred call */
        goto do_call;
    }
    CASE(PANIC)
    {
        Iface v = {sp[-2].p, sp[-1].p};
        sp -= 2;
        SAVE();
        rt_panic_value(g, v);
        goto panicking;
    }
    CASE(RECOVER)
    {
        Panic *p = g->panic;
        size_t cur = (size_t)(fp - base);
        bool direct = false;
        if (p && !p->recovered && !p->goexit) {
            if (p->defer_fp == cur) direct = true;
            else {
                /* a compiler-generated wrapper between the deferred call
                   and this function does not count */
                Slot *hdr = fp + fn->nparams;
                Closure *ccl = hdr[FH_CL].p;
                if (hdr[FH_FP].u == p->defer_fp && ccl && ccl->fn->wrapper) direct = true;
            }
        }
        if (direct) {
            p->recovered = true;
            sp[0].p = p->value.tab;
            sp[1].p = p->value.data;
        } else {
            sp[0].p = NULL;
            sp[1].p = NULL;
        }
        sp += 2;
        NEXT(1);
    }
#if GOVM_THREADED
    L_PANICRET:
#else
    case OP_COUNT:
#endif
    {
        /* a deferred call run by a panic returned */
        Panic *p = g->panic;
        sp = base + p->defer_base;
        if (!p->recovered) goto next_defer;
        size_t target = p->frame_fp;
        g->panic = p->link;
        free(p);
        while (g->panic && g->panic->defer_fp > target) {
            Panic *q = g->panic;
            g->panic = q->link;
            free(q);
        }
        /* unwind to the frame that deferred the call */
        while ((size_t)(fp - base) != target) {
            Slot *hdr = fp + fn->nparams;
            cl = hdr[FH_CL].p;
            fp = base + hdr[FH_FP].u;
            fn = cl->fn;
        }
        sp = fp + fn->nparams + FRAME_HDR + fn->nlocals;
        pc = fn->code + fn->deferret;
        DISPATCH();
    }
#if !GOVM_THREADED
    default: goto bad_opcode;
#endif
    }

    /* ---- call setup (callee, callee_cl, resbase, retpc) ---- */
do_call:
    if (callee->native) {
        Slot *args = sp - callee->nparams;
        size_t room = callee->nresults > callee->nparams ? callee->nresults : callee->nparams;
        if ((size_t)(args - base) + room + 64 > g->stack_cap) {
            SAVE();
            if (!g_grow_stack(g, (size_t)(args - base), room + 64)) goto overflow;
            LOAD();
            args = sp - callee->nparams;
        }
        SAVE();
        g->pc = retpc;
        g->innative = true;
        callee->native(g, args);
        g->innative = false;
        g->npins = 0;
        if (UNLIKELY(g->raising)) {
            LOAD();
            goto panicking;
        }
        if (UNLIKELY(g->exiting)) return STOP_EXIT;
        LOAD();
        args = sp - callee->nparams;
        memmove(base + resbase, args, sizeof(Slot) * callee->nresults);
        sp = base + resbase + callee->nresults;
        pc = retpc;
        if (UNLIKELY(g->stop)) LEAVE(take_stop(g));
        DISPATCH();
    }
    if (UNLIKELY(!__atomic_load_n(&callee->threaded, __ATOMIC_ACQUIRE))) {
        /* a library function's first call: the front end compiles it */
        SAVE();
        g->pc = retpc;
        if (!vm->compile_lazy(g, callee)) return STOP_EXIT;
        LOAD();
    }
    {
        size_t nfp = (size_t)(sp - base) - callee->nparams;
        size_t need = callee->nparams + FRAME_HDR + callee->nlocals + callee->maxstack;
        if (UNLIKELY(nfp + need > g->stack_cap)) {
            SAVE();
            if (!g_grow_stack(g, nfp, need)) goto overflow;
            LOAD();
        }
        Slot *nf = base + nfp;
        Slot *hdr = nf + callee->nparams;
        hdr[FH_PC].p = retpc;
        hdr[FH_FP].u = (size_t)(fp - base);
        hdr[FH_CL].p = cl;
        hdr[FH_BASE].u = resbase;
        for (uint32_t i = 0; i < callee->nlocals; i++) hdr[FRAME_HDR + i].u = 0;
        fp = nf;
        sp = hdr + FRAME_HDR + callee->nlocals;
        fn = callee;
        cl = callee_cl;
        pc = callee->code;
        PREEMPT_POINT();
        pc++; /* every compiled function starts with ENTRY: skip its dispatch */
        DISPATCH();
    }

    /* ---- panics ---- */
panicking:
    LOAD();
    g->raising = false;
next_defer:
    {
        Panic *p = g->panic;
        Defer *d = g->defers;
        if (!d) goto fatal;
        g->defers = d->link;
        p->frame_fp = d->frame;
        p->defer_base = (size_t)(sp - base);
        Closure *dcl = d->cl;
        uint32_t dn = d->nargs;
        sp[0].p = dcl;
        memcpy(sp + 1, d->args, sizeof(Slot) * dn);
        free(d);
        sp += dn + 1;
        if (!dcl) {
            /* defer of a nil func: Go panics when the call happens */
            SAVE();
            rt_panic_nil(g);
            goto panicking;
        }
        callee = dcl->fn;
        callee_cl = dcl;
        resbase = (size_t)(sp - base) - dn - 1;
        p->defer_fp = resbase + 1;
        retpc = vm->panicret;
        goto do_call;
    }
fatal:
    if (g->panic->goexit) {
        /* runtime.Goexit ran every deferred call: the goroutine ends */
        Panic *p = g->panic;
        g->panic = p->link;
        free(p);
        g->goexit = false;
        LEAVE(STOP_DONE);
    }
    /* no deferred call recovered: runtime.fatalpanic prints and exits */
    if (vm->rt && vm->rt->fatalpanic) {
        callee = vm->rt->fatalpanic;
        callee_cl = callee->closure0;
        resbase = (size_t)(sp - base);
        retpc = vm->panicret;
        goto do_call;
    }
    SAVE();
    rt_fatalpanic_c(g);
    return STOP_EXIT;
overflow:
    rt_stack_overflow(g);
    return STOP_EXIT;
#if !GOVM_THREADED
bad_opcode:
    SAVE();
    rt_throw(g, "invalid opcode");
    return STOP_EXIT;
#endif
}

void interp_init(VM *vm)
{
    if (!vm->panicret) {
        /* the return address of deferred calls run by a panic */
        Code *c = arena_alloc(&vm->arena, sizeof(Code) * 2);
#if GOVM_THREADED
        const void *const *labels;
        run(NULL, &labels);
        c[0].h = labels[OP_COUNT];
#else
        c[0].i = OP_COUNT;
#endif
        vm->panicret = c;
    }
}

StopReason interp_run(G *g)
{
    return run(g, NULL);
}

void interp_thread(VM *vm, Func *fn)
{
    UNUSED(vm);
#if GOVM_THREADED
    if (fn->threaded || fn->native) return;
    if (GOVM_DEBUG_CHECKS && fn->code[0].i != OP_ENTRY) abort(); /* do_call skips it */
    const void *const *labels;
    run(NULL, &labels);
    for (uint32_t i = 0; i < fn->ncode;) {
        int op = (int)fn->code[i].i;
        int n = op_size((Opcode)op);
        fn->code[i].h = labels[op];
        i += (uint32_t)n;
    }
#endif
    __atomic_store_n(&fn->threaded, true, __ATOMIC_RELEASE);
}

int interp_opcode(const Code *cell)
{
#if GOVM_THREADED
    const void *const *labels;
    run(NULL, &labels);
    for (int i = 0; i <= OP_COUNT; i++)
        if (labels[i] == cell->h) return i;
    return (int)cell->i;
#else
    return (int)cell->i;
#endif
}
