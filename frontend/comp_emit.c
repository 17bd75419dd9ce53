/* comp_emit.c - the code buffer, the virtual operand stack, labels, line
 * table, stack maps and memory-form load/store selection.
 *
 * The compiler tracks the operand stack as it emits: one byte per slot
 * saying whether the slot holds a pointer. That gives each function its
 * operand-stack high-water mark and, at every safepoint, the pointer map
 * of the operand stack (StackMap), which the garbage collector uses to scan
 * a stopped goroutine precisely. After an unconditional jump the stack is
 * "dead" until a label restores the depth recorded by the jumps to it.
 */
#include "comp_internal.h"

#include <string.h>

/* ---- code buffer ----------------------------------------------------------- */

int code_pos(Comp *c)
{
    return c->code.len;
}

void set_line(Comp *c, Pos pos)
{
    if (pos.line == 0 || pos.line == c->line) return;
    c->line = pos.line;
    LineEntry le = {(uint32_t)c->code.len, pos.line};
    if (c->lines.len && c->lines.items[c->lines.len - 1].pc == le.pc)
        c->lines.items[c->lines.len - 1].line = pos.line;
    else
        vec_push(&c->lines, le);
}

/* OP_PUSH or OP_LD when the last instruction emitted is a PUSH k or an
   LD s (*k gets k or s) and no jump lands between it and the current
   position; otherwise OP_NOP. */
static Opcode pushed_operand(Comp *c, int64_t *k)
{
    if (c->last_op < 0 || c->last_op != c->code.len - 2 || c->label_at == c->code.len) return OP_NOP;
    Opcode op = (Opcode)c->code.items[c->last_op].i;
    if (op != OP_PUSH && op != OP_LD) return OP_NOP;
    *k = c->code.items[c->last_op + 1].i;
    return op;
}

/* The form of a binary integer operation taking its right operand k from
   the instruction (OP_NOP when there is none). */
static Opcode const_form(Opcode op, int64_t *k)
{
    switch (op) {
    case OP_ADD: return OP_ADDI;
    case OP_SUB: *k = (int64_t)(0 - (uint64_t)*k); return OP_ADDI;
    case OP_MUL: return OP_MULI;
    case OP_AND: return OP_ANDI;
    case OP_DIV: return *k > 0 ? OP_DIVI : OP_NOP; /* no panic, no MinInt64 / -1 */
    case OP_REM: return *k > 0 ? OP_REMI : OP_NOP;
    default: return OP_NOP;
    }
}

void emit_op(Comp *c, Opcode op)
{
    Code k;
    int64_t v;
    if (pushed_operand(c, &v) == OP_PUSH) {
        Opcode f = const_form(op, &v);
        if (f != OP_NOP) {
            /* PUSH v; op -> op-with-constant v */
            c->code.len -= 2;
            c->prev_op = -1;
            c->last_op = c->code.len;
            k.i = f;
            vec_push(&c->code, k);
            k.i = v;
            vec_push(&c->code, k);
            c->dead = false;
            return;
        }
    }
    k.i = op;
    c->prev_op = c->last_op;
    c->last_op = c->code.len;
    vec_push(&c->code, k);
    c->dead = false;
}

void emit_arg(Comp *c, int64_t v)
{
    Code k;
    k.i = v;
    vec_push(&c->code, k);
}

void emit_ptr(Comp *c, const void *p)
{
    Code k;
    k.p = (void *)p;
    vec_push(&c->code, k);
}

void emit0(Comp *c, Opcode op)
{
    emit_op(c, op);
}

void emit1(Comp *c, Opcode op, int64_t a)
{
    emit_op(c, op);
    emit_arg(c, a);
}

void emit2(Comp *c, Opcode op, int64_t a, int64_t b)
{
    emit_op(c, op);
    emit_arg(c, a);
    emit_arg(c, b);
}

void emit3(Comp *c, Opcode op, int64_t a, int64_t b, int64_t d)
{
    emit_op(c, op);
    emit_arg(c, a);
    emit_arg(c, b);
    emit_arg(c, d);
}

/* ---- virtual stack -------------------------------------------------------------- */

void vpush(Comp *c, bool ptr)
{
    vec_push(&c->vs, (uint8_t)ptr);
    if (c->vs.len > c->maxdepth) c->maxdepth = c->vs.len;
}

void vpush_n(Comp *c, int n, bool ptr)
{
    for (int i = 0; i < n; i++) vpush(c, ptr);
}

/* Pushes the slots of a value of type t (stack form), with its pointer map. */
void vpush_type(Comp *c, Type *t)
{
    if (!t) return;
    type_layout(c->tt, t);
    int n = (int)t->slots;
    Type *u = type_under(t);
    switch (u->kind) {
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: vpush_n(c, 2, false); return;
    default: break;
    }
    for (int i = 0; i < n; i++) vpush(c, t->ptrmask && (t->ptrmask[i / 64] >> (i % 64)) & 1);
}

void vpop(Comp *c, int n)
{
    c->vs.len -= n;
    if (c->vs.len < 0) c->vs.len = 0; /* dead code after errors */
}

int vdepth(Comp *c)
{
    return c->vs.len;
}

void vset_depth(Comp *c, int depth)
{
    while (c->vs.len < depth) vpush(c, false);
    c->vs.len = depth;
}

/* Records the pointer map of the operand stack for the instruction just
   emitted (its safepoint resumes at the current code position). */
void safepoint(Comp *c)
{
    StackMap m = {0};
    m.pc = (uint32_t)c->code.len;
    m.depth = (uint32_t)c->vs.len;
    bool any = false;
    for (int i = 0; i < c->vs.len; i++)
        if (c->vs.items[i]) any = true;
    if (any) {
        int words = (c->vs.len + 63) / 64;
        m.mask = arena_alloc(&c->vm->arena, sizeof(uint64_t) * words);
        for (int i = 0; i < c->vs.len; i++)
            if (c->vs.items[i]) m.mask[i / 64] |= 1ULL << (i % 64);
    }
    vec_push(&c->maps, m);
}

/* ---- labels ------------------------------------------------------------------------ */

Label *label_new(Comp *c)
{
    Label *l = util_calloc(1, sizeof(Label));
    l->pos = -1;
    l->depth = -1;
    vec_push(&c->labels_owned, l);
    return l;
}

static void patch(Comp *c, int at, int target)
{
    c->code.items[at + 1].i = target - at;
}

void label_bind(Comp *c, Label *l)
{
    l->pos = c->code.len;
    c->label_at = c->code.len;
    for (int i = 0; i < l->fixups.len; i++) patch(c, l->fixups.items[i], l->pos);
    vec_free(&l->fixups);
    if (c->dead && l->depth >= 0) vset_depth(c, l->depth);
    else if (l->depth < 0) l->depth = vdepth(c);
    c->dead = false;
}

/* The compare-and-branch opcode doing cmp then JF: the jump is taken when
   the comparison is false. */
/* The same with the right operand a constant in the instruction. */
static Opcode const_jump(Opcode j)
{
    switch (j) {
    case OP_JEQ: return OP_JEQI;
    case OP_JNE: return OP_JNEI;
    case OP_JLT: return OP_JLTI;
    case OP_JLE: return OP_JLEI;
    case OP_JGT: return OP_JGTI;
    case OP_JGE: return OP_JGEI;
    case OP_JLTU: return OP_JLTUI;
    case OP_JLEU: return OP_JLEUI;
    case OP_JGTU: return OP_JGTUI;
    case OP_JGEU: return OP_JGEUI;
    default: return OP_NOP;
    }
}

static Opcode local_jump(Opcode j)
{
    switch (j) {
    case OP_JEQ: return OP_JEQL;
    case OP_JNE: return OP_JNEL;
    case OP_JLT: return OP_JLTL;
    case OP_JLE: return OP_JLEL;
    case OP_JGT: return OP_JGTL;
    case OP_JGE: return OP_JGEL;
    default: return OP_NOP;
    }
}

static Opcode fused_jf(Opcode cmp)
{
    switch (cmp) {
    case OP_EQ: return OP_JNE;
    case OP_NE: return OP_JEQ;
    case OP_LT: return OP_JGE;
    case OP_LE: return OP_JGT;
    case OP_GT: return OP_JLE;
    case OP_GE: return OP_JLT;
    case OP_LTU: return OP_JGEU;
    case OP_LEU: return OP_JGTU;
    case OP_GTU: return OP_JLEU;
    case OP_GEU: return OP_JLTU;
    case OP_FEQ: return OP_JFNE;
    case OP_FNE: return OP_JFEQ;
    case OP_FLT: return OP_JFNLT;
    case OP_FLE: return OP_JFNLE;
    case OP_FGT: return OP_JFNGT;
    case OP_FGE: return OP_JFNGE;
    default: return OP_NOP;
    }
}

void emit_jump(Comp *c, Opcode op, Label *l)
{
    if (op == OP_JT || op == OP_JF) vpop(c, 1);
    /* a comparison just emitted, with no jump landing between it and
       this JF, fuses with it (the virtual stack is the same either way) */
    bool withk = false;
    int64_t k = 0;
    if (op == OP_JF && c->last_op >= 0 && c->last_op == c->code.len - 1 && c->label_at != c->code.len) {
        Opcode f = fused_jf((Opcode)c->code.items[c->last_op].i);
        if (f != OP_NOP) {
            c->code.len--;
            c->last_op = c->prev_op;
            op = f;
            /* PUSH k (LD s); cmp; JF -> compare with k (fp[s]) and branch */
            Opcode prev = pushed_operand(c, &k);
            Opcode withop = prev == OP_PUSH ? const_jump(op) : prev == OP_LD ? local_jump(op) : OP_NOP;
            if (withop != OP_NOP) {
                c->code.len -= 2;
                op = withop;
                withk = true;
            }
        }
    }
    int at = c->code.len;
    if (op == OP_LOOP) safepoint(c);
    emit_op(c, op);
    emit_arg(c, 0);
    if (withk) emit_arg(c, k);
    if (op == OP_LOOP) c->maps.items[c->maps.len - 1].pc = (uint32_t)c->code.len;
    if (l->depth < 0) l->depth = vdepth(c);
    if (l->pos >= 0) patch(c, at, l->pos);
    else vec_push(&l->fixups, at);
    if (op == OP_JMP || op == OP_LOOP) c->dead = true;
}

/* ---- frame slots --------------------------------------------------------------------- */

int local_alloc_raw(Comp *c, int n, bool ptr)
{
    int slot = (int)c->nparams + FRAME_HDR + c->localptr.len;
    for (int i = 0; i < n; i++) vec_push(&c->localptr, (uint8_t)ptr);
    return slot;
}

int local_alloc(Comp *c, Type *t)
{
    type_layout(c->tt, t);
    int slot = (int)c->nparams + FRAME_HDR + c->localptr.len;
    int n = (int)t->slots;
    Type *u = type_under(t);
    bool cplx = u->kind == KIND_COMPLEX64 || u->kind == KIND_COMPLEX128;
    for (int i = 0; i < n; i++)
        vec_push(&c->localptr, (uint8_t)(!cplx && t->ptrmask && ((t->ptrmask[i / 64] >> (i % 64)) & 1)));
    return slot;
}

/* ---- memory forms ---------------------------------------------------------------------- */

MemKind memkind(Type *t)
{
    Type *u = type_under(t);
    switch (u->kind) {
    case KIND_BOOL:
    case KIND_UINT8: return MK_U8;
    case KIND_INT8: return MK_I8;
    case KIND_INT16: return MK_I16;
    case KIND_UINT16: return MK_U16;
    case KIND_INT32: return MK_I32;
    case KIND_UINT32: return MK_U32;
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_FLOAT64: case KIND_POINTER: case KIND_UNSAFEPTR: case KIND_MAP: case KIND_CHAN:
    case KIND_FUNC:
        return MK_W;
    case KIND_FLOAT32: return MK_F32;
    case KIND_COMPLEX64: return MK_C64;
    default: return t->size == 0 ? MK_ZERO : MK_BLK;
    }
}

static const Opcode load_ptr_ops[] = {
    [MK_I8] = OP_LD_I8,   [MK_U8] = OP_LD_U8,   [MK_I16] = OP_LD_I16, [MK_U16] = OP_LD_U16,
    [MK_I32] = OP_LD_I32, [MK_U32] = OP_LD_U32, [MK_W] = OP_LD_W,     [MK_F32] = OP_LD_F32,
    [MK_C64] = OP_LD_C64,
};
static const Opcode load_frame_ops[] = {
    [MK_I8] = OP_LDL_I8,   [MK_U8] = OP_LDL_U8,   [MK_I16] = OP_LDL_I16, [MK_U16] = OP_LDL_U16,
    [MK_I32] = OP_LDL_I32, [MK_U32] = OP_LDL_U32, [MK_W] = OP_LDL_W,     [MK_F32] = OP_LDL_F32,
    [MK_C64] = OP_LDL_C64,
};
static const Opcode load_dyn_ops[] = {
    [MK_I8] = OP_LDLD_I8,   [MK_U8] = OP_LDLD_U8,   [MK_I16] = OP_LDLD_I16, [MK_U16] = OP_LDLD_U16,
    [MK_I32] = OP_LDLD_I32, [MK_U32] = OP_LDLD_U32, [MK_W] = OP_LDLD_W,     [MK_F32] = OP_LDLD_F32,
    [MK_C64] = OP_LDLD_C64,
};
static const Opcode store_ptr_ops[] = {
    [MK_I8] = OP_ST_8,   [MK_U8] = OP_ST_8,   [MK_I16] = OP_ST_16, [MK_U16] = OP_ST_16,
    [MK_I32] = OP_ST_32, [MK_U32] = OP_ST_32, [MK_W] = OP_ST_W,    [MK_F32] = OP_ST_F32,
    [MK_C64] = OP_ST_C64,
};
static const Opcode store_frame_ops[] = {
    [MK_I8] = OP_STL_8,   [MK_U8] = OP_STL_8,   [MK_I16] = OP_STL_16, [MK_U16] = OP_STL_16,
    [MK_I32] = OP_STL_32, [MK_U32] = OP_STL_32, [MK_W] = OP_STL_W,    [MK_F32] = OP_STL_F32,
    [MK_C64] = OP_STL_C64,
};
static const Opcode store_dyn_ops[] = {
    [MK_I8] = OP_STLD_8,   [MK_U8] = OP_STLD_8,   [MK_I16] = OP_STLD_16, [MK_U16] = OP_STLD_16,
    [MK_I32] = OP_STLD_32, [MK_U32] = OP_STLD_32, [MK_W] = OP_STLD_W,    [MK_F32] = OP_STLD_F32,
    [MK_C64] = OP_STLD_C64,
};

/* p -> value of type t at p+off */
void emit_load_ptr(Comp *c, Type *t, uint32_t off)
{
    type_layout(c->tt, t);
    MemKind mk = memkind(t);
    vpop(c, 1);
    if (mk == MK_ZERO) {
        emit1(c, OP_ADDR, off); /* nil check */
        vpush(c, true);
        emit_pop(c, 1);
        return;
    }
    if (mk == MK_BLK) emit2(c, OP_LD_BLK, off, (int64_t)t->size);
    else emit1(c, load_ptr_ops[mk], off);
    vpush_type(c, t);
}

/* p v -> ; *(p+off) = v */
void emit_store_ptr(Comp *c, Type *t, uint32_t off)
{
    type_layout(c->tt, t);
    MemKind mk = memkind(t);
    if (mk == MK_ZERO) {
        emit1(c, OP_ADDR, off);
        emit_pop(c, 1);
        return;
    }
    /* stores of pointers into memory (the heap or package variables)
       need the collector's write barrier */
    bool ptrs = (t->flags & TF_HASPTR) != 0;
    if (mk == MK_BLK) emit2(c, ptrs ? OP_ST_BLKP : OP_ST_BLK, off, (int64_t)t->size);
    else emit1(c, ptrs && mk == MK_W ? OP_ST_WP : store_ptr_ops[mk], off);
    vpop(c, tslots(c, t) + 1);
}

/* [d] -> value stored at frame byte offset off (+d) */
void emit_load_frame(Comp *c, Type *t, uint32_t off, bool dyn)
{
    type_layout(c->tt, t);
    MemKind mk = memkind(t);
    if (dyn) vpop(c, 1);
    if (mk == MK_ZERO) {
        if (dyn) {
            vpush(c, false);
            emit_pop(c, 1);
        }
        return;
    }
    if (mk == MK_BLK) emit2(c, dyn ? OP_LDLD_BLK : OP_LDL_BLK, off, (int64_t)t->size);
    else emit1(c, dyn ? load_dyn_ops[mk] : load_frame_ops[mk], off);
    vpush_type(c, t);
}

/* [d] v -> */
void emit_store_frame(Comp *c, Type *t, uint32_t off, bool dyn)
{
    type_layout(c->tt, t);
    MemKind mk = memkind(t);
    if (mk == MK_ZERO) {
        if (dyn) emit_pop(c, 1);
        return;
    }
    if (mk == MK_BLK) emit2(c, dyn ? OP_STLD_BLK : OP_STL_BLK, off, (int64_t)t->size);
    else emit1(c, dyn ? store_dyn_ops[mk] : store_frame_ops[mk], off);
    vpop(c, tslots(c, t) + (dyn ? 1 : 0));
}

void emit_push_int(Comp *c, int64_t v)
{
    emit1(c, OP_PUSH, v);
    vpush(c, false);
}

void emit_pop(Comp *c, int n)
{
    if (n <= 0) return;
    emit1(c, OP_POP, n);
    vpop(c, n);
}

/* After integer arithmetic on a narrow type: wrap to its width. */
void emit_normalize(Comp *c, Type *t)
{
    switch (type_under(t)->kind) {
    case KIND_INT8: emit0(c, OP_EXT8); break;
    case KIND_INT16: emit0(c, OP_EXT16); break;
    case KIND_INT32: emit0(c, OP_EXT32); break;
    case KIND_UINT8: emit0(c, OP_ZEXT8); break;
    case KIND_UINT16: emit0(c, OP_ZEXT16); break;
    case KIND_UINT32: emit0(c, OP_ZEXT32); break;
    case KIND_FLOAT32: emit0(c, OP_F32); break;
    case KIND_COMPLEX64: emit0(c, OP_C64); break;
    default: break;
    }
}

int tslots(Comp *c, Type *t)
{
    if (!t) return 0;
    type_layout(c->tt, t);
    return (int)t->slots;
}
