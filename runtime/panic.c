/* panic.c - raising panics from C, fatal errors and tracebacks.
 *
 * A Panic record (vm.h) is malloc'd when a panic starts and freed when it
 * is recovered or the program ends. It remembers where the panic was
 * raised (raise_pc/raise_fp/raise_fn) so a traceback printed later, from
 * runtime.fatalpanic running on top of the stack, shows the frames as they
 * were at the panic.
 *
 * Run-time error values are Go values of package runtime's types (see
 * lib/go/runtime/error.go), found through vm->rt once the program is
 * compiled.
 */
#include "panic.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/lib.h"
#include "../vm/interp.h"
#include "fltfmt.h"
#include "heap.h"

/* ---- raising ------------------------------------------------------------------- */

void rt_panic_value(G *g, Iface v)
{
    Panic *p = util_calloc(1, sizeof(Panic));
    if (!v.tab && g->vm->rt && g->vm->rt->panicNilError) {
        /* panic(nil) panics with a *runtime.PanicNilError (Go 1.21) */
        v.tab = g->vm->rt->panicNilError;
        v.data = heap_alloc(g, 8, NULL);
    }
    p->value = v;
    p->link = g->panic;
    p->raise_pc = g->pc;
    p->raise_fp = g->fp;
    p->raise_fn = g->fn;
    p->defer_fp = SIZE_MAX;
    g->panic = p;
    g->raising = true;
}

void rt_goexit(G *g)
{
    Panic *p = util_calloc(1, sizeof(Panic));
    p->goexit = true;
    p->link = g->panic;
    p->raise_pc = g->pc;
    p->raise_fp = g->fp;
    p->raise_fn = g->fn;
    p->defer_fp = SIZE_MAX;
    g->panic = p;
    g->goexit = true;
    g->raising = true;
}

static GoString go_string(G *g, const char *s, size_t n)
{
    GoString r;
    char *d = heap_alloc(g, n ? n : 1, NULL);
    memcpy(d, s, n);
    r.ptr = (const uint8_t *)d;
    r.len = (int64_t)n;
    return r;
}

/* Panics with a string-kinded value of type t (errorString, plainError). */
static void panic_string_of(G *g, Type *t, const char *msg)
{
    Iface v;
    bool pinned = heap_pin_begin(g);
    GoString *cell = heap_alloc(g, sizeof(GoString), g->vm->types.basic[KIND_STRING]);
    *cell = go_string(g, msg, strlen(msg));
    v.tab = t ? (void *)t : (void *)g->vm->types.basic[KIND_STRING];
    v.data = cell;
    rt_panic_value(g, v); /* the Panic record holds it from now on */
    heap_pin_end(g, pinned);
}

static void vformat(char *buf, size_t n, const char *fmt, va_list ap)
{
    vsnprintf(buf, n, fmt, ap);
}

void rt_panic_runtime(G *g, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vformat(buf, sizeof buf, fmt, ap);
    va_end(ap);
    RuntimeLinks *rt = g->vm->rt;
    if (rt && rt->errorString) {
        panic_string_of(g, rt->errorString, buf);
    } else {
        char full[600];
        snprintf(full, sizeof full, "runtime error: %s", buf);
        panic_string_of(g, NULL, full);
    }
}

void rt_panic_plain(G *g, const char *msg)
{
    RuntimeLinks *rt = g->vm->rt;
    panic_string_of(g, rt ? rt->plainError : NULL, msg);
}

void rt_panic_string(G *g, const char *msg)
{
    panic_string_of(g, NULL, msg);
}

void rt_panic_nil(G *g)
{
    rt_panic_runtime(g, "invalid memory address or nil pointer dereference");
    if (g->panic) g->panic->sigsegv = true;
}

void rt_panic_typeassert(G *g, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vformat(buf, sizeof buf, fmt, ap);
    va_end(ap);
    RuntimeLinks *rt = g->vm->rt;
    if (!rt || !rt->typeAssertionError) {
        rt_panic_string(g, buf);
        return;
    }
    /* *TypeAssertionError{msg}: pointer-shaped, the data word is the pointer */
    bool pinned = heap_pin_begin(g);
    GoString *obj = heap_alloc(g, sizeof(GoString), g->vm->types.basic[KIND_STRING]);
    *obj = go_string(g, buf, strlen(buf));
    Iface v = {rt->typeAssertionError, obj};
    rt_panic_value(g, v);
    heap_pin_end(g, pinned);
}

/* ---- tracebacks --------------------------------------------------------------- */

static FILE *errf(G *g)
{
    if (g->vm->out) fflush(g->vm->out);
    return g->vm->err ? g->vm->err : stderr;
}

static bool is_runtime_func(const Func *fn)
{
    return fn && strncmp(fn->name, "runtime.", 8) == 0;
}

static void print_frame(FILE *f, const Func *fn, uint32_t pcidx)
{
    fprintf(f, "%s(%s)\n", fn->name, fn->nparams ? "..." : "");
    fprintf(f, "\t%s:%u\n", fn->file ? fn->file : "?", func_line(fn, pcidx));
}

/* Prints the frames of g from (fn, fp, pc) down to the goroutine's first
   frame: at most `limit` frames, then a note. */
static void traceback_from(G *g, FILE *f, Func *fn, size_t fp, Code *pc, int limit)
{
    VM *vm = g->vm;
    int printed = 0, skipped = 0;
    bool top = true;
    while (fn) {
        uint32_t idx = 0;
        if (pc && pc >= fn->code && pc < fn->code + fn->ncode + 1) {
            idx = (uint32_t)(pc - fn->code);
            if (!top && idx > 0) idx--; /* a return address: the call */
        }
        bool hide = fn->wrapper || (is_runtime_func(fn) && top);
        if (!hide) {
            if (printed < limit) {
                print_frame(f, fn, idx);
                printed++;
            } else {
                skipped++;
            }
        }
        if (!is_runtime_func(fn)) top = false;
        Slot *hdr = g->stack + fp + fn->nparams;
        Code *rpc = hdr[FH_PC].p;
        Closure *ccl = hdr[FH_CL].p;
        size_t cfp = hdr[FH_FP].u;
        if (!rpc || !ccl) break;
        if (rpc == vm->panicret) {
            /* a deferred call run by a panic: its caller is the frame that
               raised that panic */
            Panic *p = g->panic;
            while (p && p->defer_fp != fp) p = p->link;
            if (p && p->raise_fn) {
                fn = p->raise_fn;
                fp = p->raise_fp;
                pc = p->raise_pc;
                top = true;
                continue;
            }
        }
        fn = ccl->fn;
        fp = cfp;
        pc = rpc;
    }
    if (skipped) fprintf(f, "...additional frames elided...\n");
}

static void goroutine_header(G *g, FILE *f, const char *state)
{
    fprintf(f, "goroutine %lld [%s]:\n", (long long)g->id, state);
}

/* The go statement that started g. */
static void created_by(G *g, FILE *f)
{
    if (!g->gofn) return;
    fprintf(f, "created by %s in goroutine %lld\n", g->gofn->name, (long long)g->parent_id);
    fprintf(f, "\t%s:%u\n", g->gofn->file ? g->gofn->file : "?", g->goline);
}

void rt_traceback_g(G *g, FILE *f)
{
    traceback_from(g, f, g->fn, g->fp, g->pc, 100);
    created_by(g, f);
}

/* Ends the program with status 2. */
static void die(G *g)
{
    g->exit_code = 2;
    g->exiting = true;
    FILE *f = g->vm->err ? g->vm->err : stderr;
    fflush(f);
}

void rt_throw(G *g, const char *msg)
{
    FILE *f = errf(g);
    fprintf(f, "fatal error: %s\n\n", msg);
    goroutine_header(g, f, "running");
    rt_traceback_g(g, f);
    die(g);
}

void rt_stack_overflow(G *g)
{
    FILE *f = errf(g);
    fprintf(f, "runtime: goroutine stack exceeds %zu-byte limit\n", g->vm->stack_limit);
    fprintf(f, "fatal error: stack overflow\n\n");
    goroutine_header(g, f, "running");
    rt_traceback_g(g, f);
    die(g);
}

/* The traceback of an unrecovered panic, from where the newest panic was
   raised. */
static void panic_traceback(G *g, FILE *f)
{
    Panic *p = g->panic;
    if (p && p->sigsegv)
        fprintf(f, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    fprintf(f, "\n");
    goroutine_header(g, f, "running");
    if (p && p->raise_fn) traceback_from(g, f, p->raise_fn, p->raise_fp, p->raise_pc, 100);
    else traceback_from(g, f, g->fn, g->fp, g->pc, 100);
    created_by(g, f);
}

/* Without package runtime (a broken installation): print what C can. */
void rt_fatalpanic_c(G *g)
{
    FILE *f = errf(g);
    fprintf(f, "panic: ");
    Panic *p = g->panic;
    if (p && p->value.tab == g->vm->types.basic[KIND_STRING]) {
        GoString *s = p->value.data;
        fwrite(s->ptr, 1, (size_t)s->len, f);
    } else {
        fprintf(f, "(%s)", p && p->value.tab ? type_string(p->value.tab) : "nil");
    }
    fprintf(f, "\n");
    panic_traceback(g, f);
    die(g);
}

/* ---- natives of package runtime ----------------------------------------------- */

static Panic *panic_at(G *g, int64_t i)
{
    Panic *p = g->panic;
    while (p && i-- > 0) p = p->link;
    return p;
}

static void n_panicCount(G *g, Slot *args)
{
    int64_t n = 0;
    for (Panic *p = g->panic; p; p = p->link) n++;
    args[0].i = n;
}

static void n_panicValue(G *g, Slot *args)
{
    Panic *p = panic_at(g, args[0].i);
    args[0].p = p ? p->value.tab : NULL;
    args[1].p = p ? p->value.data : NULL;
    args[2].u = p ? p->recovered : 0;
}

static void n_crash(G *g, Slot *args)
{
    UNUSED(args);
    FILE *f = errf(g);
    panic_traceback(g, f);
    die(g);
}

/* Go's printanycustomtype: main.T(5), main.S("x"), or (main.T) 0x... */
static void n_printCustom(G *g, Slot *args)
{
    FILE *f = errf(g);
    Type *t = args[0].p;
    void *data = args[1].p;
    if (!t) {
        fprintf(f, "nil");
        return;
    }
    const char *ts = type_string(t);
    Type *u = type_under(t);
    StrBuf b;
    sb_init(&b);
    switch (u->kind) {
    case KIND_BOOL: fprintf(f, "%s(%s)", ts, *(uint8_t *)data ? "true" : "false"); break;
    case KIND_INT: case KIND_INT64: fprintf(f, "%s(%lld)", ts, (long long)*(int64_t *)data); break;
    case KIND_INT32: fprintf(f, "%s(%d)", ts, *(int32_t *)data); break;
    case KIND_INT16: fprintf(f, "%s(%d)", ts, *(int16_t *)data); break;
    case KIND_INT8: fprintf(f, "%s(%d)", ts, *(int8_t *)data); break;
    case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
        fprintf(f, "%s(%llu)", ts, (unsigned long long)*(uint64_t *)data);
        break;
    case KIND_UINT32: fprintf(f, "%s(%u)", ts, *(uint32_t *)data); break;
    case KIND_UINT16: fprintf(f, "%s(%u)", ts, *(uint16_t *)data); break;
    case KIND_UINT8: fprintf(f, "%s(%u)", ts, *(uint8_t *)data); break;
    case KIND_FLOAT64:
        flt_print_runtime(&b, *(double *)data);
        fprintf(f, "%s(%s)", ts, b.data);
        break;
    case KIND_FLOAT32:
        flt_print_runtime(&b, *(float *)data);
        fprintf(f, "%s(%s)", ts, b.data);
        break;
    case KIND_COMPLEX128: {
        double *c = data;
        flt_print_runtime_complex(&b, c[0], c[1]);
        fprintf(f, "%s%s", ts, b.data);
        break;
    }
    case KIND_STRING: {
        GoString *s = data;
        fprintf(f, "%s(\"", ts);
        fwrite(s->ptr, 1, (size_t)s->len, f);
        fprintf(f, "\")");
        break;
    }
    default: fprintf(f, "(%s) %p", ts, (t->flags & TF_DIRECTIFACE) ? data : data); break;
    }
    sb_free(&b);
}

/* The runtime package's natives, sorted by name. */
const NativeDef lib_runtime_natives[] = {
    {"runtime.crash", n_crash},
    {"runtime.panicCount", n_panicCount},
    {"runtime.panicValue", n_panicValue},
    {"runtime.printCustom", n_printCustom},
};
const int lib_runtime_nnatives = (int)ARRAY_LEN(lib_runtime_natives);
