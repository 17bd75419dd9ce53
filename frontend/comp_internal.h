/* comp_internal.h - state shared by the compiler's files (comp*.c). */
#ifndef GOVM_COMP_INTERNAL_H
#define GOVM_COMP_INTERNAL_H

#include "../vm/opcodes.h"
#include "comp.h"

/* How a value of some type is stored in memory form. */
typedef enum MemKind {
    MK_ZERO, /* zero-size: nothing to move */
    MK_I8, MK_U8, MK_I16, MK_U16, MK_I32, MK_U32, MK_W, MK_F32, MK_C64,
    MK_BLK,  /* anything else: a block copy of size bytes */
} MemKind;

/* A jump target. Forward jumps are patched when the label is bound. */
typedef struct Label {
    int pos;   /* code index, -1 until bound */
    int depth; /* operand stack depth expected at the label (-1 unknown) */
    VEC(int) fixups; /* code index of each jump instruction to patch */
} Label;

/* Enclosing statements that break/continue may target. */
typedef struct Target {
    Node *stmt;
    Label *brk;
    Label *cont;
    int depth;
    struct Target *outer;
} Target;

/* Where a variable lives. */
typedef enum VarLoc {
    VL_SLOT,   /* directly in frame slots fp[slot ..] */
    VL_BOXED,  /* fp[slot] holds a pointer to a heap cell */
    VL_CAP,    /* closure capture slot holds a pointer to the cell */
    VL_GLOBAL, /* memory-form storage at a fixed address */
} VarLoc;

/* An assignable location whose address parts are on the operand stack. */
typedef enum LvKind {
    LV_BLANK,  /* _ : discard */
    LV_SLOT,   /* whole frame slots: fp[slot .. slot+n) */
    LV_FRAME,  /* frame bytes at offset off (+ dynamic offset on stack if dyn) */
    LV_PTR,    /* pointer on the stack, plus static offset off */
    LV_MAP,    /* map and key on the stack */
} LvKind;

typedef struct LValue {
    LvKind kind;
    Type *type;    /* type of the location */
    int slot;      /* LV_SLOT */
    uint32_t off;  /* LV_FRAME: frame byte offset; LV_PTR: static offset */
    bool dyn;      /* LV_FRAME: a dynamic byte offset is on the stack */
    Type *maptype; /* LV_MAP */
    int parts;     /* slots the address parts occupy on the stack */
} LValue;

typedef struct Comp {
    int last_op;  /* code index of the last instruction emitted (-1: none) */
    int prev_op;  /* ... and of the one before it (-1: unknown) */
    int label_at; /* code index where a label was last bound */
    Program *p;
    VM *vm;
    TypeTable *tt;
    Package *pkg;
    FuncInfo *fi;
    Func *fn;
    VEC(Code) code;
    VEC(LineEntry) lines;
    uint32_t line;      /* current source line */
    uint16_t file;
    /* virtual operand stack: one byte per slot, 1 = pointer */
    VEC(uint8_t) vs;
    int maxdepth;
    bool dead;          /* code after an unconditional transfer */
    /* frame */
    uint32_t nparams;
    VEC(uint8_t) localptr; /* per local slot (after the header): pointer? */
    VEC(StackMap) maps;
    Target *targets;
    VEC(Label *) labels_owned;
    /* goto labels of the function: N_LABELED node -> Label */
    VEC(Node *) goto_nodes;
    VEC(Label *) goto_labels;
    int result_base;    /* first slot of result variables (functions that
                           defer or have named results), else -1 */
    bool results_in_slots;
    int nlits;          /* function literals numbered as Go does */
    Object *initialising; /* the deferred variable whose initialiser this is */
} Comp;

/* ---- comp_emit.c ---- */
void emit_op(Comp *c, Opcode op);
void emit_arg(Comp *c, int64_t v);
void emit_ptr(Comp *c, const void *p);
void emit0(Comp *c, Opcode op);
void emit1(Comp *c, Opcode op, int64_t a);
void emit2(Comp *c, Opcode op, int64_t a, int64_t b);
void emit3(Comp *c, Opcode op, int64_t a, int64_t b, int64_t d);
int code_pos(Comp *c);
void set_line(Comp *c, Pos pos);

void vpush(Comp *c, bool ptr);
void vpush_type(Comp *c, Type *t);
void vpush_n(Comp *c, int n, bool ptr);
void vpop(Comp *c, int n);
int vdepth(Comp *c);
void vset_depth(Comp *c, int depth);
void safepoint(Comp *c);

Label *label_new(Comp *c);
void label_bind(Comp *c, Label *l);
void emit_jump(Comp *c, Opcode op, Label *l); /* JMP, JT, JF, LOOP */

int local_alloc(Comp *c, Type *t);            /* returns the fp slot */
int local_alloc_raw(Comp *c, int n, bool ptr);

MemKind memkind(Type *t);
void emit_load_ptr(Comp *c, Type *t, uint32_t off);   /* p -> value */
void emit_store_ptr(Comp *c, Type *t, uint32_t off);  /* p v -> */
void emit_load_frame(Comp *c, Type *t, uint32_t off, bool dyn);
void emit_store_frame(Comp *c, Type *t, uint32_t off, bool dyn);
void emit_push_int(Comp *c, int64_t v);
void emit_pop(Comp *c, int n);
void emit_normalize(Comp *c, Type *t); /* narrow integer wrap-around */

/* ---- comp.c ---- */
Func *comp_func_of(Comp *c, Object *fnobj);
Func *comp_new_func(Comp *c, const char *name, Type *sig, uint32_t nparams, uint32_t nresults);
void comp_finish_func(Comp *c);
/* Replaces frequent instruction sequences by superinstructions in place
   (comp_fuse.c); the last step before the code is copied into the Func. */
void comp_fuse(Comp *c);
Itab *comp_itab(Comp *c, Type *iface, Type *t);
void comp_method_table(Comp *c, Type *t);
Func *comp_method_value_wrapper(Comp *c, Type *recv, Node *sel);
Func *comp_iface_method_wrapper(Comp *c, Type *iface, int index, bool bound);
Func *comp_ptr_method_wrapper(Comp *c, Type *t, Method *m);
int tslots(Comp *c, Type *t);
void comp_begin_func(Comp *c, Func *fn, FuncInfo *fi);
Func *comp_compile_funclit(Comp *c, FuncInfo *fi);
Func *comp_builtin_wrapper(Comp *c, Node *call, Type **sigout);
Label *comp_exit_label(Comp *c);
Type *closure_layout(Comp *c, Type **caps, int n);
VarInit *comp_var_init(Comp *c, Object *v);     /* deferred variable v's */

/* ---- comp_expr.c ---- */
void comp_expr(Comp *c, Node *e);                 /* push e's value (stack form) */
void comp_expr_to(Comp *c, Node *e, Type *t);     /* push e converted to t */
void comp_convert_value(Comp *c, Type *from, Type *to); /* value on stack */
void comp_cond(Comp *c, Node *e, Label *iffalse); /* jump if e is false */
VarLoc comp_var_loc(Comp *c, Object *v, int *where);
void comp_load_var(Comp *c, Object *v);
void comp_var_addr(Comp *c, Object *v);           /* boxed/global vars only */
void comp_lvalue(Comp *c, Node *e, LValue *lv);   /* push address parts */
void comp_lv_load(Comp *c, LValue *lv, bool keep); /* keep: leave the parts */
void comp_lv_store(Comp *c, LValue *lv);          /* parts value -> */
void comp_addr(Comp *c, Node *e);                 /* push &e */
void comp_call(Comp *c, Node *e);
void comp_funclit(Comp *c, Node *e);
bool comp_is_boxed(Object *v);
void comp_box_new(Comp *c, Type *t);              /* push a fresh cell */
void comp_zero(Comp *c, Type *t);                 /* push the zero value */
void comp_const(Comp *c, Const *v, Type *t);
void comp_commaok(Comp *c, Node *e);              /* value ok */
void comp_recv(Comp *c, Node *ch, bool commaok);  /* <-ch [ok] */
void comp_builtin(Comp *c, Node *e);
void comp_concat(Comp *c, Node *e);
bool comp_is_static_func(Node *fun, Object **fobj);
void comp_receiver(Comp *c, Node *sel, bool want_ptr);
void comp_iface_recv(Comp *c, Node *sel);
void comp_cmp(Comp *c, TokenKind op, Node *x, Node *y);
void comp_arith(Comp *c, TokenKind op, Type *t, Type *ycount);
void comp_complit_fill_ptr(Comp *c, Node *e, int ptrslot);
int comp_args(Comp *c, Node *e, Type *sig);

/* ---- comp_stmt.c ---- */
void comp_body(Comp *c, Node *body);
void comp_stmt(Comp *c, Node *s);
void comp_declare_local(Comp *c, Object *v);
void comp_init_var(Comp *c, Object *v);          /* store the value on top */
void comp_assign_list(Comp *c, NodeList *lhs, NodeList *rhs, bool define);
void comp_return_values(Comp *c);

#endif
