/* interp.h - the interpreter and the runtime services its instructions use.
 *
 * interp_run executes a goroutine's bytecode until it ends, blocks, is
 * preempted or the program exits; the scheduler (runtime/sched.c) decides
 * what runs next. Instructions that do more than a few machine operations call the
 * helpers declared here (ops.c), written as ordinary C functions taking the
 * goroutine and its operand stack.
 */
#ifndef GOVM_INTERP_H
#define GOVM_INTERP_H

#include "opcodes.h"
#include "vm.h"

/* Prepares the VM's shared interpreter state (the panic-return
   trampoline). Called once, before any goroutine runs. */
void interp_init(VM *vm);

/* Runs g from its saved state (pc/fp/sp) until it must leave the thread;
   returns why (StopReason, vm.h). g's registers are saved on return. */
StopReason interp_run(G *g);

/* Rewrites fn's opcodes into handler addresses (threaded dispatch). A no-op
   for the switch build and for functions already threaded. */
void interp_thread(VM *vm, Func *fn);
/* The opcode of an instruction cell (threaded or not). */
int interp_opcode(const Code *cell);

/* Writes a readable listing of fn's code (vm/dis.c; gorun -dis). */
void vm_disassemble(StrBuf *b, Func *fn);

/* A new goroutine whose first frame calls fn (taking no arguments). */
G *g_new(VM *vm, Func *fn);
void g_free(G *g);
/* Makes room for `need` more slots above sp; false when the stack limit
   would be exceeded. Frames are addressed by index, so only the registers
   of the running frame need recomputing after a move. */
bool g_grow_stack(G *g, size_t sp, size_t need);

/* ---- values: stack form <-> memory form (vm/type.h) ---- */

void val_to_mem(Type *t, void *dst, const Slot *src);
void val_to_stack(Type *t, Slot *dst, const void *src);
/* The interface value holding a value of type t (stack form at src); tab is
   t itself for empty interfaces, else the itab. */
Iface val_box(G *g, Type *t, void *tab, const Slot *src);
/* The dynamic type of an interface value (NULL for nil). */
static inline Type *iface_type(Iface v, bool empty)
{
    if (!v.tab) return NULL;
    return empty ? (Type *)v.tab : ((Itab *)v.tab)->type;
}

/* ---- interfaces ---- */

/* Makes sure t's method table (Type.mtab) is built: on first use through
   VM.method_table; once built it never changes. */
void vm_method_table(VM *vm, Type *t);
/* The itab of (interface inter, concrete type t), built on first use from
   t's method table; NULL when t lacks a method. */
Itab *itab_find(VM *vm, Type *inter, Type *t);
/* The itab of (inter, t) if one was made, else NULL. */
Itab *itab_cached(VM *vm, Type *inter, Type *t);
/* Makes the itab of (inter, t) unless there is one: from fun, the
   functions of inter's methods in order (the compiler, for conversions it
   checked, without building t's whole method table), or with fun NULL
   from t's built method table (itab_find). */
Itab *itab_add(VM *vm, Type *inter, Type *t, Func *const *fun);
/* The name of the first method of inter that t lacks (for messages). */
const char *itab_missing(Type *inter, Type *t);

/* ---- sync/atomic ---- */

/* One of sync/atomic's integer operations (code: ATOMIC's operand,
   vm/opcodes.h) on the address in a[0], not nil, with its arguments in
   a[1..]; leaves the result in a[0] in stack form (int32 sign-extended,
   uint32 and CompareAndSwap's bool zero-extended). The ATOMIC instruction
   and the natives behind function values of AddInt64 & co. share it. */
#define SLOT_ATOMIC(T)                                                                                \
    do {                                                                                              \
        T *p = a[0].p, r;                                                                             \
        switch (code >> 2) {                                                                          \
        case AT_ADD: r = __atomic_add_fetch(p, (T)a[1].i, __ATOMIC_SEQ_CST); break;                    \
        case AT_AND: r = __atomic_fetch_and(p, (T)a[1].i, __ATOMIC_SEQ_CST); break;                    \
        case AT_OR: r = __atomic_fetch_or(p, (T)a[1].i, __ATOMIC_SEQ_CST); break;                      \
        case AT_LOAD: r = __atomic_load_n(p, __ATOMIC_SEQ_CST); break;                                \
        case AT_STORE: __atomic_store_n(p, (T)a[1].i, __ATOMIC_SEQ_CST); return;                      \
        case AT_SWAP: r = __atomic_exchange_n(p, (T)a[1].i, __ATOMIC_SEQ_CST); break;                  \
        default: {                                                                                    \
            T old = (T)a[1].i;                                                                        \
            a[0].u = __atomic_compare_exchange_n(p, &old, (T)a[2].i, false, __ATOMIC_SEQ_CST,         \
                                                 __ATOMIC_SEQ_CST);                                   \
            return;                                                                                   \
        }                                                                                             \
        }                                                                                             \
        a[0].i = (int64_t)r;                                                                          \
    } while (0)
static inline void slot_atomic(unsigned code, Slot *a)
{
    switch (code & 3) {
    case AT_I32: SLOT_ATOMIC(int32_t); break;
    case AT_U32: SLOT_ATOMIC(uint32_t); break;
    default: SLOT_ATOMIC(int64_t); break;
    }
}
#undef SLOT_ATOMIC

/* ---- natives used by compiled code ---- */

void rt_native_fmin(G *g, Slot *args);
void rt_native_fmax(G *g, Slot *args);

/* ---- the runtime package written in Go ---- */

/* Types and functions of package runtime the C side needs, found by name
   once the program is compiled (vm.c). */
typedef struct RuntimeLinks {
    Type *errorString;        /* runtime.errorString */
    Type *plainError;         /* runtime.plainError */
    Type *typeAssertionError; /* *runtime.TypeAssertionError */
    Type *panicNilError;      /* *runtime.PanicNilError */
    Func *fatalpanic;         /* runtime.fatalpanic() */
    Func *goexit;             /* end of a goroutine's first frame */
    Func *forcegc;            /* runtime.forcegc(): the periodic collection */
} RuntimeLinks;

#endif
