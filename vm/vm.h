/* vm.h - the runtime's core structures: slots, Go value layouts, functions,
 * goroutines and the VM itself.
 *
 * Invariants (see docs/design.md):
 *   - No global state: everything hangs off a VM, reached from a G.
 *   - Nothing outside a goroutine stack points into it. Frames refer to each
 *     other by slot index from the stack base, so a stack may move when it
 *     grows (stack_grow). Bytecode never takes the address of a stack slot:
 *     variables whose address is taken or that closures capture live in heap
 *     cells.
 *   - Every Go heap object comes from heap_alloc (runtime/heap.h).
 *   - A bytecode-to-bytecode call never recurses on the C stack.
 */
#ifndef GOVM_VM_H
#define GOVM_VM_H

#include <pthread.h>
#include <stdio.h>

#include "../frontend/lex.h"
#include "type.h"
#include "util.h"

typedef struct VM VM;
typedef struct G G;

/* One 8-byte stack slot. */
typedef union Slot {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Slot;

/* One bytecode cell: an opcode (or, in threaded code, its handler's
   address) or an operand. */
typedef union Code {
    const void *h;
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Code;

/* ---- Go value layouts (memory form) --------------------------------- */

typedef struct GoString {
    const uint8_t *ptr;
    int64_t len;
} GoString;

typedef struct GoSlice {
    void *ptr;
    int64_t len, cap;
} GoSlice;

/* An interface value. tab is a Type* for interfaces without methods
   (any) and an Itab* otherwise; NULL for a nil interface. data holds the
   value itself for pointer-shaped types (TF_DIRECTIFACE), else a pointer to
   a heap copy of it. */
typedef struct Iface {
    void *tab;
    void *data;
} Iface;

/* A func value points to a Closure: the function and its captured
   variables (pointers to heap cells). Functions without captures use the
   Func's static closure0, which lives outside the Go heap. */
typedef struct Closure {
    Func *fn;
    Slot caps[];
} Closure;

/* The operand of a SELECT instruction. The operand stack holds, case by
   case, the channel and, for a send, the value (elemslots slots). */
typedef struct SelectCaseDesc {
    bool send;
    uint32_t elemslots;
    int32_t dst;    /* receive: frame slot (fp-relative) of the value */
    int32_t okdst;  /* receive: frame slot of the ok flag, or -1 */
} SelectCaseDesc;

typedef struct SelectDesc {
    uint32_t ncases;
    uint32_t nslots;   /* operand slots of all cases */
    bool hasdefault;
    SelectCaseDesc cases[];
} SelectDesc;

/* ---- functions -------------------------------------------------------- */

/* A native receives its arguments in args[0..nparams) (stack form) and
   writes its results to args[0..nresults). It reports a Go panic by calling
   rt_panic* (runtime/panic.h) and returning; the interpreter checks. */
typedef void (*NativeFn)(G *g, Slot *args);

/* pc -> source line, one entry where the line changes. */
typedef struct LineEntry {
    uint32_t pc;
    uint32_t line;
} LineEntry;

/* Pointer map of a safepoint: which slots of the frame hold pointers.
   Local slots are described once per function (Func.localmask); a stack map
   describes the operand stack at one safepoint pc. */
typedef struct StackMap {
    uint32_t pc;     /* code index of the instruction after the safepoint */
    uint32_t depth;  /* operand stack depth in slots */
    uint64_t *mask;  /* bit i: operand stack slot i holds a pointer; NULL if none */
} StackMap;

/* Frame layout, in slots from fp (the first parameter):
 *
 *   fp[0 .. nparams)          parameters (the receiver first)
 *   fp[nparams + FH_PC]       caller's resume pc (Code*)
 *   fp[nparams + FH_FP]       caller's fp, as a slot index from the stack base
 *   fp[nparams + FH_CL]       caller's closure (a GC root)
 *   fp[nparams + FH_BASE]     where results go, as a slot index from the base
 *   fp[nparams + FRAME_HDR ..) locals (nlocals slots), then the operand stack
 *
 * The running frame's own closure is in G.cl (saved in the callee's header
 * when it calls). On return the results are copied to the result base and
 * the caller's sp is base + nresults.
 */
enum { FH_PC = 0, FH_FP = 1, FH_CL = 2, FH_BASE = 3, FRAME_HDR = 4 };

struct Func {
    const char *name;    /* "main.main", "main.(*T).M", "main.main.func1" */
    Package *pkg;
    Type *type;          /* signature (receiver not included) */
    const char *file;    /* source file name as given */
    uint32_t line;       /* line of the declaration */
    Code *code;
    uint32_t ncode;
    NativeFn native;     /* non-NULL for natives */
    uint32_t nparams;    /* parameter slots, receiver included */
    uint32_t nresults;   /* result slots */
    uint32_t nlocals;    /* local slots */
    uint32_t maxstack;   /* operand stack high-water mark in slots */
    uint32_t deferret;   /* code index of the "run defers and return"
                            sequence, used when a panic is recovered; 0 if
                            the function defers nothing */
    uint64_t *localmask; /* bit i: local slot i holds a pointer */
    LineEntry *lines;
    uint32_t nlines;
    StackMap *maps;      /* sorted by pc */
    uint32_t nmaps;
    Closure *closure0;   /* func value of a capture-free function */
    bool wrapper;        /* compiler-generated: hidden in tracebacks */
    bool masked;         /* localmask covers parameters and locals exactly
                            (else the collector scans them conservatively) */
    bool threaded;       /* opcodes rewritten to handler addresses; the
                            interpreter enters only threaded functions
                            (published with release order) */
    uint32_t ncaps;      /* closures: number of captured variables */
    void *lazy;          /* front end: what to compile on the first call
                            (VM.compile_lazy): the declaration of a library
                            function, or with lazy_wrapper a method-table
                            wrapper's description; NULL once compiled */
    bool lazy_wrapper;
};

/* A package variable of a library package initialised on first use
   rather than at program start (frontend/check.c: "deferred variables").
   Every access goes through PUSHVAR, which calls fn (the initialiser, ending
   in VARDONE) the first time; a goroutine finding another one running it
   yields until it is done. */
typedef struct VarInit {
    int state;  /* VARINIT_* (atomic) */
    G *owner;   /* the goroutine running fn while VARINIT_RUNNING */
    void *addr; /* the variable (memory form) */
    Func *fn;   /* stores its initial value, then VARDONE */
} VarInit;
enum { VARINIT_NONE, VARINIT_RUNNING, VARINIT_DONE };

/* Frame size the interpreter guarantees before entering fn. */
static inline uint32_t func_frame_slots(const Func *fn)
{
    uint32_t n = fn->nparams + FRAME_HDR + fn->nlocals + fn->maxstack;
    return n > fn->nresults ? n : fn->nresults;
}

/* Source line of the instruction at code index pc. */
uint32_t func_line(const Func *fn, uint32_t pc);

/* ---- goroutines -------------------------------------------------------- */

/* A deferred call: fn(args) to run when frame `frame` returns or panics. */
typedef struct Defer {
    struct Defer *link;
    size_t frame;       /* fp (slot index) of the deferring frame */
    Closure *cl;
    uint64_t *argmask;  /* pointer map of args (static, from the compiler) */
    uint32_t nargs;     /* argument slots */
    Slot args[];
} Defer;

typedef struct Panic {
    struct Panic *link; /* the panic this one interrupted */
    Iface value;        /* the argument of panic (an interface{}) */
    size_t defer_fp;    /* fp of the deferred call it is running, or SIZE_MAX */
    size_t frame_fp;    /* fp of the frame that deferred that call */
    size_t defer_base;  /* sp before that deferred call was pushed */
    Code *raise_pc;     /* where the panic was raised (for the traceback) */
    size_t raise_fp;
    Func *raise_fn;
    bool recovered;
    bool goexit;
    bool sigsegv;       /* a nil dereference: Go also prints a signal line */
} Panic;

typedef enum GStatus { G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } GStatus;

/* Why the interpreter left a goroutine (interp_run's result). */
typedef enum StopReason {
    STOP_NONE,   /* (G.stop: no request) */
    STOP_DONE,   /* its first frame returned, or runtime.Goexit finished */
    STOP_PARKED, /* it blocked; its waker makes it runnable (sched_ready) */
    STOP_YIELD,  /* preempted or runtime.Gosched: runnable at once */
    STOP_EXIT,   /* the program ends (main returned, os.Exit, fatal error) */
} StopReason;

/* One goroutine's wait on a channel (runtime/chan.c). A blocked send or
   receive uses the G's own sd; a blocked select allocates one per case. */
typedef struct Sudog {
    G *g;
    struct Chan *c;
    struct Sudog *next, *prev; /* the channel's wait queue */
    Slot *elem;                /* send: the value; receive: its destination
                                  (stack form, in the waiting G's frame) */
    struct Sudog *waitlink;    /* the G's other waits of one select */
    int32_t caseidx;           /* select case index; -1 outside select */
    uint32_t ticket;           /* sync.Cond notify-list ticket (sema.c) */
    bool isselect;
    bool success;              /* completed by a communication (false: the
                                  channel was closed) */
} Sudog;

struct G {
    VM *vm;
    int64_t id;
    Slot *stack;         /* stack[0 .. stack_cap) */
    size_t stack_cap;    /* in slots */
    /* saved registers while not running (and at safepoints): */
    Code *pc;
    size_t fp;           /* slot index of the running frame */
    size_t sp;           /* slot index of the first free slot */
    Closure *cl;         /* running frame's closure */
    Func *fn;            /* running frame's function */
    Defer *defers;       /* newest first */
    Panic *panic;        /* newest first */
    int exit_code;       /* set when the program ends on this G */
    bool exiting;        /* os.Exit or fatal error requested */
    bool raising;        /* a panic raised by C code waits to unwind */
    bool goexit;         /* runtime.Goexit is unwinding this G */
    bool ismain;         /* the main goroutine */
    StopReason stop;     /* a native asks the interpreter to leave the
                            goroutine (park or yield); STOP_NONE otherwise */
    const char *waitreason; /* why it is blocked (tracebacks) */
    /* scheduling (runtime/sched.c): */
    int status;          /* GStatus, read and written atomically */
    int *preempt;        /* its thread's "yield at the next safepoint"
                            flag (set by sysmon; the M outlives any G) */
    struct M *m;         /* the thread running it, NULL when not running */
    G *schedlink;        /* run queue / free list link */
    size_t allg_index;   /* position in the scheduler's list of goroutines */
    Func *gofn;          /* the go statement that created it (tracebacks) */
    uint32_t goline;
    int64_t parent_id;
    uint64_t rand;       /* per-goroutine random state (select order) */
    /* memory (runtime/malloc.c, gc.c): */
    struct MCache *mcache; /* its P's allocation cache while it runs */
    bool innative;       /* inside a native call: its allocations are pinned */
    uint32_t npins, cpins;
    void **pins;         /* objects allocated by the running native call */
    /* channels (runtime/chan.c): */
    Sudog *waiting;      /* the waits it is blocked in; NULL otherwise */
    Sudog *woken;        /* the wait that completed (select) */
    int selectdone;      /* a waker claimed this G's select (atomic CAS) */
    Sudog sd;            /* the wait of a plain send or receive */
    size_t recvtop;      /* parked in a receive: the end (slot index) of
                            the destinations a sender may fill, which can
                            lie above sp; the collector scans up to it */
    uint64_t gcscan;     /* collector (atomic): 2*cycle once its stack is
                            scanned in that cycle, 2*cycle+1 while it is
                            being scanned; smaller: not yet scanned */
};

/* ---- the VM ------------------------------------------------------------ */

typedef struct Globals {
    struct GlobalChunk *chunks; /* never moved: pointers into globals are stable */
} Globals;

struct VM {
    Arena arena;         /* types, code, names: lives as long as the VM */
    Interner names;
    TypeTable types;
    SourceSet src;
    struct Heap *heap;   /* runtime/heap.h */
    struct Program *prog; /* frontend: packages, checker state */
    struct RuntimeLinks *rt; /* package runtime's types and functions (interp.h) */
    Code *panicret;      /* return address of deferred calls run by a panic */
    const char *const *args; /* os.Args (the program name first) */
    int nargs;
    Globals globals;     /* package variables (memory form, never moved) */
    struct ItabTable *itabs; /* published atomically (vm.c) */
    struct ItabTable *old_itabs; /* replaced tables, freed with the VM */
    int nitabs;
    pthread_mutex_t typelock; /* run-time additions to types, itabs and the
                                 arena (goroutines run on many threads), and
                                 compiling on first calls; recursive */
    /* Compiles fn, not yet threaded, on its first call (the front end's
       comp_lazy, set by govm_compile); false after a fatal error. */
    bool (*compile_lazy)(G *g, Func *fn);
    /* Builds t's method table (the front end's comp_method_table, set by
       govm_compile): run-time users call vm_method_table. */
    void (*method_table)(VM *vm, Type *t);
    VEC(Func *) funcs;   /* every compiled function, in compilation order */
    G *main_g;
    int64_t next_gid;        /* atomic */
    int gcmarking;           /* the collector is marking: heap pointer
                                stores go through the write barrier and
                                new objects are allocated black (atomic) */
    struct Sched *sched;     /* runtime/sched.c */
    struct SemaTable *sema;  /* runtime/sema.c */
    Type *chanhdr_type;      /* runtime/chan.c: a channel header's layout */
    uint64_t hash_seed;  /* per-VM seed for maps and strings */
    uint64_t rand_state; /* runtime randomness (map order, select) */
    /* output: os.Stdout / os.Stderr go through these buffers */
    FILE *out, *err;
    size_t stack_limit;  /* max stack bytes per goroutine (Go: 1 GB) */
    int exit_code;
    bool exited;         /* the program finished (main returned, os.Exit,
                            fatal error or unrecovered panic) */
};

VM *vm_new(void);
void vm_free(VM *vm);

/* Random 64-bit value from the VM's generator (not for cryptography). */
uint64_t vm_rand(VM *vm);

/* Allocates a zeroed package variable of type t (stable address), a root
   of the garbage collector. */
void *vm_global_alloc(VM *vm, Type *t, size_t align);

#endif
