/* comp_expr.c - expressions to bytecode.
 *
 * comp_expr pushes an expression's value in stack form (vm/type.h). Values
 * whose address is needed (assignments, &x, pointer-receiver calls) go
 * through LValues: the address parts are pushed first, then loaded from or
 * stored to. Variables live in frame slots unless their address is taken
 * or a closure captures them: then they are heap cells (escape by rule,
 * not by analysis; see docs/design.md).
 */
#include "comp_internal.h"

#include <string.h>

#include "../runtime/str.h"

#define TT (c->tt)

static Node *unparen(Node *e)
{
    return ast_unparen(e);
}

/* ---- variables ------------------------------------------------------------ */

bool comp_is_boxed(Object *v)
{
    return (v->flags & (OF_CAPTURED | OF_ADDRTAKEN)) != 0;
}

VarLoc comp_var_loc(Comp *c, Object *v, int *where)
{
    if (v->flags & OF_GLOBAL) return VL_GLOBAL;
    if (!v->owner || v->owner == c->fi) {
        *where = v->slot;
        return comp_is_boxed(v) ? VL_BOXED : VL_SLOT;
    }
    for (int i = 0; i < c->fi->captures.len; i++) {
        if (c->fi->captures.items[i] == v) {
            *where = i;
            return VL_CAP;
        }
    }
    /* not captured by this function: only possible for wrappers that
       reference the variable through the owner; treat as a slot */
    *where = v->slot;
    return comp_is_boxed(v) ? VL_BOXED : VL_SLOT;
}

/* Pushes the address of a boxed or global variable. */
void comp_var_addr(Comp *c, Object *v)
{
    int w = 0;
    switch (comp_var_loc(c, v, &w)) {
    case VL_BOXED: emit1(c, OP_LD, w); break;
    case VL_CAP: emit1(c, OP_LDCAP, w); break;
    case VL_GLOBAL:
        if ((v->flags & OF_DEFERRED) && v != c->initialising) {
            VarInit *vi = comp_var_init(c, v);
            safepoint(c); /* the first execution calls the initialiser */
            emit_op(c, OP_PUSHVAR);
            emit_ptr(c, vi);
        } else {
            emit_op(c, OP_PUSH);
            emit_ptr(c, v->addr);
        }
        break;
    case VL_SLOT:
        /* an unboxed local has no address: the checker marks every variable
           whose address is taken, so this is a compiler bug */
        emit1(c, OP_PUSH, 0);
        break;
    }
    vpush(c, true);
}

void comp_load_var(Comp *c, Object *v)
{
    int w = 0;
    VarLoc loc = comp_var_loc(c, v, &w);
    if (loc == VL_SLOT) {
        int n = tslots(c, v->type);
        if (n == 1) emit1(c, OP_LD, w);
        else if (n > 1) emit2(c, OP_LDN, w, n);
        vpush_type(c, v->type);
        return;
    }
    comp_var_addr(c, v);
    emit_load_ptr(c, v->type, 0);
}

/* ---- constants and zero values ---------------------------------------------- */

static Type *default_of(Comp *c, Type *t)
{
    switch (t->kind) {
    case KIND_UNTYPED_BOOL: return TT->basic[KIND_BOOL];
    case KIND_UNTYPED_INT: return TT->basic[KIND_INT];
    case KIND_UNTYPED_RUNE: return TT->rune_type;
    case KIND_UNTYPED_FLOAT: return TT->basic[KIND_FLOAT64];
    case KIND_UNTYPED_COMPLEX: return TT->basic[KIND_COMPLEX128];
    case KIND_UNTYPED_STRING: return TT->basic[KIND_STRING];
    default: return t;
    }
}

static int64_t dbl_bits(double d)
{
    int64_t v;
    memcpy(&v, &d, 8);
    return v;
}

void comp_const(Comp *c, Const *v, Type *t)
{
    t = default_of(c, t);
    Type *u = type_under(t);
    if (u->kind == KIND_INTERFACE) {
        /* a constant converted to an interface: box its default type */
        Type *dt = NULL;
        switch (v->kind) {
        case CK_BOOL: dt = TT->basic[KIND_BOOL]; break;
        case CK_STRING: dt = TT->basic[KIND_STRING]; break;
        case CK_INT: dt = TT->basic[KIND_INT]; break;
        case CK_FLOAT: dt = TT->basic[KIND_FLOAT64]; break;
        default: dt = TT->basic[KIND_COMPLEX128]; break;
        }
        comp_const(c, v, dt);
        comp_convert_value(c, dt, t);
        return;
    }
    switch (v->kind) {
    case CK_BOOL: emit_push_int(c, v->b); return;
    case CK_STRING: {
        const char *s = arena_strndup(&c->vm->arena, v->s, v->slen);
        emit_op(c, OP_PUSH2);
        emit_ptr(c, s);
        emit_arg(c, (int64_t)v->slen);
        vpush(c, true);
        vpush(c, false);
        return;
    }
    default: break;
    }
    if (type_is_integer(u)) {
        Const *iv = v->kind == CK_INT ? v : const_to_kind(&c->p->consts, v, CK_INT);
        int64_t x = iv ? (int64_t)const_get_uint64(iv) : 0;
        if (iv && const_sign(iv) < 0) x = const_get_int64(iv);
        emit_push_int(c, x);
        return;
    }
    if (type_is_float(u)) {
        double d = u->kind == KIND_FLOAT32 ? (double)const_get_float32(v) : const_get_float64(v);
        emit_push_int(c, dbl_bits(d));
        return;
    }
    if (type_is_complex(u)) {
        double re, im;
        if (v->kind == CK_COMPLEX) {
            Const tmp = *v;
            re = const_get_float64(v);
            im = const_get_imag64(&tmp);
        } else {
            re = const_get_float64(v);
            im = 0;
        }
        if (u->kind == KIND_COMPLEX64) {
            re = (float)re;
            im = (float)im;
        }
        emit_push_int(c, dbl_bits(re));
        emit_push_int(c, dbl_bits(im));
        return;
    }
    if (u->kind == KIND_BOOL) {
        emit_push_int(c, v->b);
        return;
    }
    if (type_is_string(u)) {
        const char *s = arena_strndup(&c->vm->arena, v->s, v->slen);
        emit_op(c, OP_PUSH2);
        emit_ptr(c, s);
        emit_arg(c, (int64_t)v->slen);
        vpush(c, true);
        vpush(c, false);
        return;
    }
    emit_push_int(c, 0);
}

void comp_zero(Comp *c, Type *t)
{
    int n = tslots(c, t);
    if (n == 0) return;
    if (n == 1) emit1(c, OP_PUSH, 0);
    else emit1(c, OP_PUSHZ, n);
    vpush_n(c, n, false);
}

/* ---- conversions between types of values on the stack ----------------------- */

static bool is_iface(Type *t)
{
    return type_under(t)->kind == KIND_INTERFACE;
}

/* Converts the value on top of the stack from type `from` to `to` where the
   conversion is implicit (assignability) or an explicit conversion. */
void comp_convert_value(Comp *c, Type *from, Type *to)
{
    if (from == to || !from || !to) return;
    Type *fu = type_under(from), *tu = type_under(to);
    if (tu->kind == KIND_INTERFACE) {
        if (fu->kind == KIND_INTERFACE) {
            if (tu->nimethods == 0) {
                if (fu->nimethods > 0) emit0(c, OP_I2E);
            } else if (fu != tu) {
                emit_op(c, OP_I2I);
                emit_ptr(c, to);
            }
            return;
        }
        if (from->kind == KIND_UNTYPED_NIL) return;
        /* box a concrete value */
        type_layout(TT, from);
        const void *tab = tu->nimethods == 0 ? (const void *)from : (const void *)comp_itab(c, to, from);
        vpop(c, tslots(c, from));
        safepoint(c);
        emit_op(c, OP_BOX);
        emit_ptr(c, from);
        emit_ptr(c, tab);
        vpush(c, false);
        vpush(c, true);
        return;
    }
    if (type_is_integer(tu)) {
        if (type_is_integer(fu)) {
            if (tu->size < 8 || fu->size < tu->size || type_is_unsigned(fu) != type_is_unsigned(tu))
                emit_normalize(c, to);
            return;
        }
        if (type_is_float(fu)) {
            emit0(c, type_is_unsigned(tu) ? OP_F2U : OP_F2I);
            emit_normalize(c, to);
            return;
        }
        return;
    }
    if (type_is_float(tu)) {
        if (type_is_integer(fu)) {
            emit0(c, type_is_unsigned(fu) ? OP_U2F : OP_I2F);
            if (tu->kind == KIND_FLOAT32) emit0(c, OP_F32);
            return;
        }
        if (tu->kind == KIND_FLOAT32 && fu->kind != KIND_FLOAT32) emit0(c, OP_F32);
        return;
    }
    if (type_is_complex(tu)) {
        if (tu->kind == KIND_COMPLEX64 && fu->kind != KIND_COMPLEX64) emit0(c, OP_C64);
        return;
    }
    if (type_is_string(tu)) {
        if (type_is_integer(fu)) {
            vpop(c, 1);
            safepoint(c);
            emit0(c, OP_RUNESTR);
            vpush(c, true);
            vpush(c, false);
            return;
        }
        if (fu->kind == KIND_SLICE) {
            Kind ek = type_under(fu->elem)->kind;
            vpop(c, 3);
            safepoint(c);
            emit0(c, ek == KIND_UINT8 ? OP_BYTES2S : OP_RUNES2S);
            vpush(c, true);
            vpush(c, false);
        }
        return;
    }
    if (tu->kind == KIND_SLICE && type_is_string(fu)) {
        Kind ek = type_under(tu->elem)->kind;
        vpop(c, 2);
        safepoint(c);
        emit0(c, ek == KIND_UINT8 ? OP_S2BYTES : OP_S2RUNES);
        vpush(c, true);
        vpush(c, false);
        vpush(c, false);
        return;
    }
    if (fu->kind == KIND_SLICE && (tu->kind == KIND_ARRAY || tu->kind == KIND_POINTER)) {
        Type *arr = tu->kind == KIND_ARRAY ? tu : type_under(tu->elem);
        type_layout(TT, arr);
        vpop(c, 3);
        emit2(c, OP_SL2ARR, (int64_t)arr->elem->size, arr->len);
        vpush(c, true);
        if (tu->kind == KIND_ARRAY) emit_load_ptr(c, arr, 0);
        return;
    }
}

/* Pushes e converted to type t (assignment context). */
void comp_expr_to(Comp *c, Node *e, Type *t)
{
    if (e->mode == MODE_NIL || (e->type && e->type->kind == KIND_UNTYPED_NIL)) {
        comp_zero(c, t);
        return;
    }
    if (e->mode == MODE_CONST && !is_iface(t)) {
        comp_const(c, e->cval, e->type && !type_is_untyped(e->type) ? e->type : t);
        if (e->type && !type_is_untyped(e->type)) comp_convert_value(c, e->type, t);
        return;
    }
    comp_expr(c, e);
    Type *from = e->type ? default_of(c, e->type) : t;
    comp_convert_value(c, from, t);
}

/* ---- lvalues ------------------------------------------------------------------ */

static void lv_to_frame(Comp *c, LValue *lv)
{
    if (lv->kind == LV_SLOT) {
        lv->kind = LV_FRAME;
        lv->off = (uint32_t)lv->slot * 8;
        lv->dyn = false;
        lv->parts = 0;
    }
    UNUSED(c);
}

/* Loads the value of lv and makes it the base of a pointer lvalue (used
   when a path goes through an embedded pointer field). */
static void lv_deref(Comp *c, LValue *lv)
{
    comp_lv_load(c, lv, false);
    lv->kind = LV_PTR;
    lv->type = type_under(lv->type)->elem;
    lv->off = 0;
    lv->parts = 1;
}

/* Walks a selector path (field indices) from lv. */
static void lv_walk(Comp *c, LValue *lv, int *path, int n)
{
    for (int i = 0; i < n; i++) {
        Type *u = type_under(lv->type);
        if (u->kind == KIND_POINTER) {
            lv_deref(c, lv);
            u = type_under(lv->type);
        }
        type_layout(TT, u);
        Field *f = &u->fields[path[i]];
        lv_to_frame(c, lv);
        lv->off += f->offset;
        lv->type = f->type;
    }
}

/* An lvalue for a value that is not addressable: evaluate it into a
   temporary frame slot. */
static void lv_temp(Comp *c, Node *x, LValue *lv)
{
    int slot = local_alloc(c, x->type);
    comp_expr(c, x);
    int n = tslots(c, x->type);
    if (n == 1) emit1(c, OP_ST, slot);
    else if (n > 1) emit2(c, OP_STN, slot, n);
    vpop(c, n);
    lv->kind = LV_FRAME;
    lv->type = x->type;
    lv->off = (uint32_t)slot * 8;
    lv->dyn = false;
    lv->parts = 0;
}

static bool addressable_base(Node *x)
{
    x = ast_unparen(x);
    return x->mode == MODE_VAR;
}

static void lv_index(Comp *c, Node *e, LValue *lv)
{
    Node *x = e->u.index.x;
    Node *idx = e->u.index.indices.items[0];
    Type *xt = type_under(x->type);
    if (xt->kind == KIND_MAP) {
        comp_expr(c, x);
        comp_expr_to(c, idx, xt->key);
        lv->kind = LV_MAP;
        lv->maptype = xt;
        lv->type = xt->elem;
        lv->parts = 1 + tslots(c, xt->key);
        return;
    }
    if (xt->kind == KIND_SLICE) {
        comp_expr(c, x);
        comp_expr_to(c, idx, TT->basic[KIND_INT]);
        type_layout(TT, xt->elem);
        vpop(c, 4);
        emit1(c, OP_IDXSLICE, (int64_t)xt->elem->size);
        vpush(c, true);
        lv->kind = LV_PTR;
        lv->type = xt->elem;
        lv->off = 0;
        lv->parts = 1;
        return;
    }
    Type *arr = xt;
    if (xt->kind == KIND_POINTER) {
        arr = type_under(xt->elem);
        comp_expr(c, x);
        lv->kind = LV_PTR;
        lv->off = 0;
        lv->parts = 1;
        lv->type = xt->elem;
    } else if (addressable_base(x)) {
        comp_lvalue(c, x, lv);
    } else {
        lv_temp(c, x, lv);
    }
    type_layout(TT, arr);
    uint64_t esize = arr->elem->size;
    if (idx->mode == MODE_CONST) {
        int64_t i = const_get_int64(idx->cval);
        if (lv->kind == LV_SLOT) lv_to_frame(c, lv);
        lv->off += (uint32_t)(i * (int64_t)esize);
        lv->type = arr->elem;
        return;
    }
    if (lv->kind == LV_SLOT) lv_to_frame(c, lv);
    if (lv->kind == LV_FRAME) {
        if (!lv->dyn) {
            emit_push_int(c, 0);
            lv->dyn = true;
            lv->parts = 1;
        }
        comp_expr_to(c, idx, TT->basic[KIND_INT]);
        vpop(c, 2);
        emit2(c, OP_IDXACC, (int64_t)esize, arr->len);
        vpush(c, false);
        lv->type = arr->elem;
        return;
    }
    /* LV_PTR */
    if (lv->off) {
        vpop(c, 1);
        emit1(c, OP_ADDR, lv->off);
        vpush(c, true);
        lv->off = 0;
    }
    comp_expr_to(c, idx, TT->basic[KIND_INT]);
    vpop(c, 2);
    emit2(c, OP_IDXPTR, (int64_t)esize, arr->len);
    vpush(c, true);
    lv->type = arr->elem;
}

void comp_lvalue(Comp *c, Node *e, LValue *lv)
{
    memset(lv, 0, sizeof *lv);
    e = unparen(e);
    lv->type = e->type;
    switch (e->kind) {
    case N_IDENT: {
        Object *v = e->u.ident.obj;
        if (e->u.ident.name == c->p->name_blank || !v) {
            lv->kind = LV_BLANK;
            return;
        }
        int w = 0;
        VarLoc loc = comp_var_loc(c, v, &w);
        lv->type = v->type;
        if (loc == VL_SLOT) {
            lv->kind = LV_SLOT;
            lv->slot = w;
            return;
        }
        comp_var_addr(c, v);
        lv->kind = LV_PTR;
        lv->off = 0;
        lv->parts = 1;
        return;
    }
    case N_SELECTOR: {
        if (e->u.sel.selkind == SEL_QUALIFIED) {
            Object *v = e->u.sel.obj;
            comp_var_addr(c, v);
            lv->kind = LV_PTR;
            lv->type = v->type;
            lv->off = 0;
            lv->parts = 1;
            return;
        }
        Node *x = e->u.sel.x;
        Type *xt = type_under(x->type);
        if (xt->kind == KIND_POINTER) {
            comp_expr(c, x);
            lv->kind = LV_PTR;
            lv->off = 0;
            lv->parts = 1;
            lv->type = xt->elem;
        } else if (addressable_base(x)) {
            comp_lvalue(c, x, lv);
        } else {
            lv_temp(c, x, lv);
        }
        lv_walk(c, lv, e->u.sel.path, e->u.sel.pathlen);
        return;
    }
    case N_INDEX: lv_index(c, e, lv); return;
    case N_STAR:
        comp_expr(c, e->u.unary1.x);
        lv->kind = LV_PTR;
        lv->off = 0;
        lv->parts = 1;
        return;
    default:
        lv_temp(c, e, lv);
        return;
    }
}

void comp_lv_load(Comp *c, LValue *lv, bool keep)
{
    if (keep && lv->parts) {
        int before = vdepth(c);
        emit1(c, lv->parts == 1 ? OP_DUP : OP_DUPN, lv->parts);
        if (lv->parts == 1) c->code.len--; /* DUP has no operand */
        for (int i = 0; i < lv->parts; i++) vpush(c, c->vs.items[before - lv->parts + i]);
    }
    switch (lv->kind) {
    case LV_BLANK: break;
    case LV_SLOT: {
        int n = tslots(c, lv->type);
        if (n == 1) emit1(c, OP_LD, lv->slot);
        else if (n > 1) emit2(c, OP_LDN, lv->slot, n);
        vpush_type(c, lv->type);
        break;
    }
    case LV_FRAME: emit_load_frame(c, lv->type, lv->off, lv->dyn); break;
    case LV_PTR: emit_load_ptr(c, lv->type, lv->off); break;
    case LV_MAP:
        vpop(c, lv->parts);
        safepoint(c);
        emit_op(c, OP_MAPGET);
        emit_ptr(c, lv->maptype);
        vpush_type(c, lv->type);
        break;
    }
}

void comp_lv_store(Comp *c, LValue *lv)
{
    int n = tslots(c, lv->type);
    switch (lv->kind) {
    case LV_BLANK: emit_pop(c, n); break;
    case LV_SLOT:
        if (n == 1) emit1(c, OP_ST, lv->slot);
        else if (n > 1) emit2(c, OP_STN, lv->slot, n);
        vpop(c, n);
        break;
    case LV_FRAME: emit_store_frame(c, lv->type, lv->off, lv->dyn); break;
    case LV_PTR: emit_store_ptr(c, lv->type, lv->off); break;
    case LV_MAP:
        safepoint(c);
        emit_op(c, OP_MAPSET);
        emit_ptr(c, lv->maptype);
        vpop(c, lv->parts + n);
        break;
    }
}

/* Pushes &e for an addressable expression (or a composite literal). */
void comp_addr(Comp *c, Node *e)
{
    e = unparen(e);
    if (e->kind == N_COMPOSITELIT) {
        Type *t = e->type;
        if (type_under(t)->kind == KIND_POINTER) {
            comp_expr(c, e); /* already &T{...} (elided in a literal) */
            return;
        }
        comp_box_new(c, t);
        int tmp = local_alloc_raw(c, 1, true);
        emit1(c, OP_ST, tmp);
        vpop(c, 1);
        comp_complit_fill_ptr(c, e, tmp);
        emit1(c, OP_LD, tmp);
        vpush(c, true);
        return;
    }
    LValue lv;
    comp_lvalue(c, e, &lv);
    switch (lv.kind) {
    case LV_PTR:
        vpop(c, 1);
        if (lv.off) emit1(c, OP_ADDR, lv.off);
        else emit0(c, OP_NILCHK);
        vpush(c, true);
        return;
    default:
        /* not addressable in a heap cell: cannot happen for checked code */
        emit_pop(c, lv.parts);
        emit_push_int(c, 0);
        return;
    }
}

/* ---- composite literals ---------------------------------------------------------- */

static int field_index(Type *st, const char *name)
{
    Type *u = type_under(st);
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].name == name) return i;
    return -1;
}

/* Fills a struct or array literal into lv (frame or pointer based). */
static void fill_lit(Comp *c, Node *e, Type *t, LValue *base)
{
    Type *u = type_under(t);
    type_layout(TT, u);
    NodeList *el = &e->u.complit.elts;
    if (u->kind == KIND_STRUCT) {
        for (int i = 0; i < el->len; i++) {
            Node *v = el->items[i];
            int fi = i;
            if (v->kind == N_KEYVALUE) {
                fi = field_index(u, v->u.kv.key->u.ident.name);
                v = v->u.kv.value;
            }
            if (fi < 0) continue;
            Field *f = &u->fields[fi];
            LValue lv = *base;
            if (lv.kind == LV_PTR) emit1(c, OP_LD, lv.slot), vpush(c, true);
            lv.off += f->offset;
            lv.type = f->type;
            comp_expr_to(c, v, f->type);
            comp_lv_store(c, &lv);
        }
        return;
    }
    /* array */
    int64_t idx = 0;
    for (int i = 0; i < el->len; i++) {
        Node *v = el->items[i];
        if (v->kind == N_KEYVALUE) {
            idx = const_get_int64(v->u.kv.key->cval);
            v = v->u.kv.value;
        }
        LValue lv = *base;
        if (lv.kind == LV_PTR) emit1(c, OP_LD, lv.slot), vpush(c, true);
        lv.off += (uint32_t)(idx * (int64_t)u->elem->size);
        lv.type = u->elem;
        comp_expr_to(c, v, u->elem);
        comp_lv_store(c, &lv);
        idx++;
    }
}

/* Fills the struct/array literal e into the object whose pointer is in
   frame slot ptrslot. */
void comp_complit_fill_ptr(Comp *c, Node *e, int ptrslot)
{
    Type *t = e->type;
    if (type_under(t)->kind == KIND_POINTER) t = type_under(t)->elem;
    Type *u = type_under(t);
    if (u->kind == KIND_STRUCT || u->kind == KIND_ARRAY) {
        LValue base = {0};
        base.kind = LV_PTR;
        base.slot = ptrslot; /* fill_lit reloads the pointer per element */
        base.off = 0;
        base.parts = 1;
        base.type = t;
        fill_lit(c, e, t, &base);
        return;
    }
    /* slices and maps: build the value and store it */
    emit1(c, OP_LD, ptrslot);
    vpush(c, true);
    Node tmp = *e;
    tmp.type = t;
    comp_expr(c, &tmp);
    emit_store_ptr(c, t, 0);
}

static int64_t lit_len(Node *e)
{
    int64_t idx = 0, max = 0;
    for (int i = 0; i < e->u.complit.elts.len; i++) {
        Node *v = e->u.complit.elts.items[i];
        if (v->kind == N_KEYVALUE) idx = const_get_int64(v->u.kv.key->cval);
        idx++;
        if (idx > max) max = idx;
    }
    return max;
}

static void comp_complit(Comp *c, Node *e)
{
    Type *t = e->type;
    Type *u = type_under(t);
    if (u->kind == KIND_POINTER) {
        /* &T{...} elided inside an outer literal */
        Node inner = *e;
        inner.type = u->elem;
        Node amp = {0};
        comp_addr(c, &inner);
        UNUSED(amp);
        return;
    }
    type_layout(TT, t);
    switch (u->kind) {
    case KIND_STRUCT:
    case KIND_ARRAY: {
        int slot = local_alloc(c, t);
        int n = tslots(c, t);
        if (n) emit2(c, OP_ZEROL, slot, n);
        LValue base = {0};
        base.kind = LV_FRAME;
        base.off = (uint32_t)slot * 8;
        base.type = t;
        fill_lit(c, e, t, &base);
        if (n == 1) emit1(c, OP_LD, slot);
        else if (n > 1) emit2(c, OP_LDN, slot, n);
        vpush_type(c, t);
        return;
    }
    case KIND_SLICE: {
        int64_t n = lit_len(e);
        Type *elem = u->elem;
        type_layout(TT, elem);
        if (n == 0) {
            /* []T{} is a non-nil empty slice */
            safepoint(c);
            emit_op(c, OP_NEWN);
            emit_ptr(c, elem);
            emit_arg(c, 0);
            vpush(c, true);
            emit_push_int(c, 0);
            emit_push_int(c, 0);
            return;
        }
        safepoint(c);
        emit_op(c, OP_NEWN);
        emit_ptr(c, elem);
        emit_arg(c, n * (int64_t)elem->size);
        vpush(c, true);
        int ps = local_alloc_raw(c, 1, true);
        emit1(c, OP_ST, ps);
        vpop(c, 1);
        int64_t idx = 0;
        for (int i = 0; i < e->u.complit.elts.len; i++) {
            Node *v = e->u.complit.elts.items[i];
            if (v->kind == N_KEYVALUE) {
                idx = const_get_int64(v->u.kv.key->cval);
                v = v->u.kv.value;
            }
            emit1(c, OP_LD, ps);
            vpush(c, true);
            comp_expr_to(c, v, elem);
            emit_store_ptr(c, elem, (uint32_t)(idx * (int64_t)elem->size));
            idx++;
        }
        emit1(c, OP_LD, ps);
        vpush(c, true);
        emit_push_int(c, n);
        emit_push_int(c, n);
        return;
    }
    case KIND_MAP: {
        emit_push_int(c, e->u.complit.elts.len);
        vpop(c, 1);
        safepoint(c);
        emit_op(c, OP_MAKEMAP);
        emit_ptr(c, u);
        vpush(c, true);
        int ms = local_alloc_raw(c, 1, true);
        emit1(c, OP_ST, ms);
        vpop(c, 1);
        for (int i = 0; i < e->u.complit.elts.len; i++) {
            Node *kv = e->u.complit.elts.items[i];
            emit1(c, OP_LD, ms);
            vpush(c, true);
            comp_expr_to(c, kv->u.kv.key, u->key);
            comp_expr_to(c, kv->u.kv.value, u->elem);
            safepoint(c);
            emit_op(c, OP_MAPSET);
            emit_ptr(c, u);
            vpop(c, 1 + tslots(c, u->key) + tslots(c, u->elem));
        }
        emit1(c, OP_LD, ms);
        vpush(c, true);
        return;
    }
    default: comp_zero(c, t); return;
    }
}

/* ---- selectors ------------------------------------------------------------------ */

/* Pushes the receiver for a concrete method call x.m, given the selector's
   embedding path: a pointer when the method has a pointer receiver, else
   the value. */
void comp_receiver(Comp *c, Node *sel, bool want_ptr)
{
    Node *x = sel->u.sel.x;
    int *path = sel->u.sel.path;
    int n = sel->u.sel.pathlen;
    Type *xt = type_under(x->type);
    LValue lv;
    if (n == 0 && !want_ptr) {
        /* the receiver value itself (dereferenced when x is a pointer and
           the method wants a value) */
        comp_expr(c, x);
        if (xt->kind == KIND_POINTER && !type_is_named(x->type) &&
            type_under(sel->u.sel.obj->type) != xt) {
            Object *m = sel->u.sel.obj;
            Type *recvt = m->finfo && m->finfo->recv ? m->finfo->recv->type : NULL;
            if (recvt && type_under(recvt)->kind != KIND_POINTER) emit_load_ptr(c, xt->elem, 0);
        }
        return;
    }
    if (n == 0 && want_ptr) {
        if (xt->kind == KIND_POINTER) {
            comp_expr(c, x);
            return;
        }
        comp_addr(c, x);
        return;
    }
    /* through embedded fields */
    if (xt->kind == KIND_POINTER) {
        comp_expr(c, x);
        memset(&lv, 0, sizeof lv);
        lv.kind = LV_PTR;
        lv.parts = 1;
        lv.type = xt->elem;
    } else if (addressable_base(x)) {
        comp_lvalue(c, x, &lv);
    } else {
        lv_temp(c, x, &lv);
    }
    lv_walk(c, &lv, path, n);
    if (want_ptr) {
        if (type_under(lv.type)->kind == KIND_POINTER) {
            comp_lv_load(c, &lv, false);
            return;
        }
        if (lv.kind == LV_PTR) {
            vpop(c, 1);
            if (lv.off) emit1(c, OP_ADDR, lv.off);
            vpush(c, true);
            return;
        }
        /* a value in the frame: methods with pointer receivers need an
           addressable receiver; the checker marked its root as taken */
        comp_lv_load(c, &lv, false);
        return;
    }
    if (type_under(lv.type)->kind == KIND_POINTER) {
        comp_lv_load(c, &lv, false);
        emit_load_ptr(c, type_under(lv.type)->elem, 0);
        return;
    }
    comp_lv_load(c, &lv, false);
}

static int imethod_index(Type *iface, const char *name)
{
    Type *u = type_under(iface);
    for (int i = 0; i < u->nimethods; i++)
        if (u->imethods[i].name == name) return i;
    return 0;
}

/* The interface value reached from x through an embedded path. */
void comp_iface_recv(Comp *c, Node *sel)
{
    Node *x = sel->u.sel.x;
    if (sel->u.sel.pathlen == 0) {
        comp_expr(c, x);
        return;
    }
    LValue lv;
    Type *xt = type_under(x->type);
    if (xt->kind == KIND_POINTER) {
        comp_expr(c, x);
        memset(&lv, 0, sizeof lv);
        lv.kind = LV_PTR;
        lv.parts = 1;
        lv.type = xt->elem;
    } else if (addressable_base(x)) {
        comp_lvalue(c, x, &lv);
    } else {
        lv_temp(c, x, &lv);
    }
    lv_walk(c, &lv, sel->u.sel.path, sel->u.sel.pathlen);
    comp_lv_load(c, &lv, false);
}

static Type *iface_of_sel(Node *sel)
{
    /* the interface type that declares the method: walk the path */
    Type *t = sel->u.sel.x->type;
    for (int i = 0; i < sel->u.sel.pathlen; i++) {
        Type *u = type_under(t);
        if (u->kind == KIND_POINTER) u = type_under(u->elem);
        t = u->fields[sel->u.sel.path[i]].type;
    }
    if (type_under(t)->kind == KIND_POINTER) t = type_under(t)->elem;
    return t;
}

static bool method_ptr_recv(Object *m)
{
    Node *recv = m->decl->u.funcdecl.recv;
    return ast_unparen(recv->u.field.type)->kind == N_STAR;
}

static void comp_method_value(Comp *c, Node *e)
{
    Object *m = e->u.sel.obj;
    if (!m) {
        /* interface method value: capture the interface (panics if nil) */
        Type *it = iface_of_sel(e);
        comp_iface_recv(c, e);
        emit1(c, OP_DUPN, 2);
        vpush(c, false);
        vpush(c, true);
        emit_pop(c, 1);
        vpop(c, 1);
        emit0(c, OP_NILCHK);
        vpush(c, false);
        emit_pop(c, 1);
        Func *w = comp_iface_method_wrapper(c, it, imethod_index(it, e->u.sel.sel->u.ident.name), true);
        vpop(c, 2);
        safepoint(c);
        emit_op(c, OP_CLOSURE);
        emit_ptr(c, w);
        emit_arg(c, 2);
        Type *caps[1] = {it};
        emit_ptr(c, closure_layout(c, caps, 1));
        vpush(c, true);
        return;
    }
    bool ptr = method_ptr_recv(m);
    comp_receiver(c, e, ptr);
    Type *recvt = m->finfo->recv->type;
    Func *w = comp_method_value_wrapper(c, recvt, e);
    int n = tslots(c, recvt);
    vpop(c, n);
    safepoint(c);
    emit_op(c, OP_CLOSURE);
    emit_ptr(c, w);
    emit_arg(c, n);
    Type *caps[1] = {recvt};
    emit_ptr(c, closure_layout(c, caps, 1));
    vpush(c, true);
}

static void comp_method_expr(Comp *c, Node *e)
{
    Object *m = e->u.sel.obj;
    Type *t = e->u.sel.x->type;
    if (!m) {
        Type *it = iface_of_sel(e);
        Func *w = comp_iface_method_wrapper(c, it, imethod_index(it, e->u.sel.sel->u.ident.name), false);
        emit_op(c, OP_FUNCVAL);
        emit_ptr(c, w);
        vpush(c, true);
        return;
    }
    Func *f = comp_func_of(c, m);
    bool ptr_recv = method_ptr_recv(m);
    bool t_is_ptr = type_under(t)->kind == KIND_POINTER && !type_is_named(t);
    if (e->u.sel.pathlen == 0 && (ptr_recv == t_is_ptr)) {
        emit_op(c, OP_FUNCVAL);
        emit_ptr(c, f);
        vpush(c, true);
        return;
    }
    if (e->u.sel.pathlen == 0 && t_is_ptr && !ptr_recv) {
        Method *md = NULL;
        Type *base = type_under(t)->elem;
        for (int i = 0; i < base->methods.len; i++)
            if (base->methods.items[i].obj == m) md = &base->methods.items[i];
        Func *w = comp_ptr_method_wrapper(c, base, md);
        emit_op(c, OP_FUNCVAL);
        emit_ptr(c, w);
        vpush(c, true);
        return;
    }
    /* promoted method expression: a wrapper taking the receiver type */
    Func *w = comp_method_value_wrapper(c, t, e);
    emit_op(c, OP_FUNCVAL);
    emit_ptr(c, w);
    vpush(c, true);
}

static void comp_selector(Comp *c, Node *e)
{
    switch (e->u.sel.selkind) {
    case SEL_QUALIFIED: {
        Object *o = e->u.sel.obj;
        if (o->kind == OBJ_VAR) comp_load_var(c, o);
        else if (o->kind == OBJ_FUNC) {
            emit_op(c, OP_FUNCVAL);
            emit_ptr(c, comp_func_of(c, o));
            vpush(c, true);
        }
        return;
    }
    case SEL_FIELD: {
        LValue lv;
        comp_lvalue(c, e, &lv);
        comp_lv_load(c, &lv, false);
        return;
    }
    case SEL_METHOD: comp_method_value(c, e); return;
    case SEL_METHODEXPR: comp_method_expr(c, e); return;
    default: comp_zero(c, e->type); return;
    }
}

/* ---- index and slice expressions ----------------------------------------------------- */

static void comp_index(Comp *c, Node *e)
{
    Node *x = e->u.index.x;
    Object *fo = NULL;
    if (comp_is_static_func(x, &fo)) {
        /* F[int]: the instance's func value */
        comp_expr(c, x);
        return;
    }
    Type *xt = type_under(x->type);
    if (type_is_string(xt)) {
        comp_expr(c, x);
        comp_expr_to(c, e->u.index.indices.items[0], TT->basic[KIND_INT]);
        vpop(c, 3);
        emit0(c, OP_SINDEX);
        vpush(c, false);
        return;
    }
    LValue lv;
    comp_lvalue(c, e, &lv);
    comp_lv_load(c, &lv, false);
}

static void comp_slice(Comp *c, Node *e)
{
    Node *x = e->u.slice.x;
    Type *xt = type_under(x->type);
    Node *lo = e->u.slice.lo, *hi = e->u.slice.hi, *mx = e->u.slice.max;
    Type *it = TT->basic[KIND_INT];
    if (type_is_string(xt)) {
        comp_expr(c, x);
        int flags = 0;
        if (lo) {
            comp_expr_to(c, lo, it);
            flags |= 1;
        }
        if (hi) {
            comp_expr_to(c, hi, it);
            flags |= 2;
        }
        vpop(c, 2 + (lo != NULL) + (hi != NULL));
        emit1(c, OP_SSLICE, flags);
        vpush(c, true);
        vpush(c, false);
        return;
    }
    Type *elem;
    int flags = 0;
    if (xt->kind == KIND_SLICE) {
        comp_expr(c, x);
        elem = xt->elem;
    } else {
        /* array (addressable, so in a heap cell) or pointer to array */
        Type *arr = xt->kind == KIND_POINTER ? type_under(xt->elem) : xt;
        if (xt->kind == KIND_POINTER) {
            comp_expr(c, x);
            emit0(c, OP_NILCHK);
        } else {
            comp_addr(c, x);
        }
        emit_push_int(c, arr->len);
        emit_push_int(c, arr->len);
        elem = arr->elem;
        flags |= 8;
    }
    if (lo) {
        comp_expr_to(c, lo, it);
        flags |= 1;
    }
    if (hi) {
        comp_expr_to(c, hi, it);
        flags |= 2;
    }
    if (mx) {
        comp_expr_to(c, mx, it);
        flags |= 4;
    }
    type_layout(TT, elem);
    vpop(c, 3 + (lo != NULL) + (hi != NULL) + (mx != NULL));
    emit2(c, OP_RESLICE, (int64_t)elem->size, flags);
    vpush(c, true);
    vpush(c, false);
    vpush(c, false);
}

/* ---- operators ------------------------------------------------------------------------ */


static Opcode arith_op(TokenKind op, Type *t)
{
    Type *u = type_under(t);
    bool f = type_is_float(u), cx = type_is_complex(u), uns = type_is_unsigned(u);
    switch (op) {
    case T_ADD: return f ? OP_FADD : cx ? OP_CADD : OP_ADD;
    case T_SUB: return f ? OP_FSUB : cx ? OP_CSUB : OP_SUB;
    case T_MUL: return f ? OP_FMUL : cx ? OP_CMUL : OP_MUL;
    case T_QUO: return f ? OP_FDIV : cx ? OP_CDIV : uns ? OP_DIVU : OP_DIV;
    case T_REM: return uns ? OP_REMU : OP_REM;
    case T_AND: return OP_AND;
    case T_OR: return OP_OR;
    case T_XOR: return OP_XOR;
    case T_AND_NOT: return OP_ANDNOT;
    case T_SHL: return OP_SHL;
    case T_SHR: return uns ? OP_SHRU : OP_SHR;
    default: return OP_NOP;
    }
}

/* Emits x op y for values already on the stack (both of type t). */
void comp_arith(Comp *c, TokenKind op, Type *t, Type *ycount)
{
    Type *u = type_under(t);
    if (op == T_ADD && type_is_string(u)) {
        vpop(c, 4);
        safepoint(c);
        emit1(c, OP_CONCAT, 2);
        vpush(c, true);
        vpush(c, false);
        return;
    }
    if (op == T_SHL || op == T_SHR) {
        if (ycount && !type_is_unsigned(type_under(ycount))) emit0(c, OP_SHCHK);
        emit0(c, arith_op(op, t));
        vpop(c, 1);
        if (op == T_SHL) emit_normalize(c, t);
        return;
    }
    emit0(c, arith_op(op, t));
    if (type_is_complex(u)) {
        vpop(c, 2);
    } else {
        vpop(c, 1);
    }
    if (op != T_AND && op != T_OR && op != T_AND_NOT && op != T_REM) emit_normalize(c, t);
    else if (op == T_REM && !type_is_unsigned(u)) emit_normalize(c, t);
}

/* Collects the operands of a chain of string + into parts. */
typedef VEC(Node *) NodeVec;

static void concat_parts(Node *e, NodeVec *parts)
{
    Node *u = unparen(e);
    if (u->kind == N_BINARY && u->u.binary.op == T_ADD && u->mode != MODE_CONST &&
        type_is_string(type_under(u->type))) {
        concat_parts(u->u.binary.x, parts);
        concat_parts(u->u.binary.y, parts);
        return;
    }
    vec_push(parts, e);
}

void comp_concat(Comp *c, Node *e)
{
    NodeVec parts = {0};
    concat_parts(e, &parts);
    for (int i = 0; i < parts.len; i++) comp_expr_to(c, parts.items[i], TT->basic[KIND_STRING]);
    vpop(c, 2 * parts.len);
    safepoint(c);
    emit1(c, OP_CONCAT, parts.len);
    vpush(c, true);
    vpush(c, false);
    vec_free(&parts);
}

static void comp_binary(Comp *c, Node *e)
{
    TokenKind op = e->u.binary.op;
    Node *x = e->u.binary.x, *y = e->u.binary.y;
    switch (op) {
    case T_LAND:
    case T_LOR: {
        Label *done = label_new(c);
        comp_expr(c, x);
        emit0(c, OP_DUP);
        vpush(c, false);
        emit_jump(c, op == T_LAND ? OP_JF : OP_JT, done);
        emit_pop(c, 1);
        comp_expr(c, y);
        label_bind(c, done);
        return;
    }
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        comp_cmp(c, op, x, y);
        return;
    default: break;
    }
    Type *t = e->type;
    if (type_is_untyped(t)) t = default_of(c, t);
    if (op == T_ADD && type_is_string(type_under(t))) {
        comp_concat(c, e);
        return;
    }
    if (op == T_SHL || op == T_SHR) {
        comp_expr_to(c, x, t);
        Type *yt = y->type ? default_of(c, y->type) : TT->basic[KIND_UINT];
        comp_expr_to(c, y, yt);
        comp_arith(c, op, t, y->mode == MODE_CONST ? TT->basic[KIND_UINT] : yt);
        return;
    }
    comp_expr_to(c, x, t);
    comp_expr_to(c, y, t);
    comp_arith(c, op, t, NULL);
}

static bool is_nil(Node *e)
{
    return e->mode == MODE_NIL || (e->type && e->type->kind == KIND_UNTYPED_NIL);
}

/* Compares x and y (of comparable types) and pushes the boolean. */
void comp_cmp(Comp *c, TokenKind op, Node *x, Node *y)
{
    Node *a = x, *b = y;
    if (is_nil(a)) {
        Node *t = a;
        a = b;
        b = t;
    }
    Type *t = a->type ? default_of(c, a->type) : NULL;
    if (is_nil(b)) {
        Type *u = type_under(t);
        comp_expr(c, a);
        if (u->kind == KIND_SLICE) {
            vpop(c, 3);
            emit0(c, OP_SLICEPTR);
            vpush(c, true);
        } else if (u->kind == KIND_INTERFACE) {
            emit_pop(c, 1); /* keep the type word */
        }
        emit_push_int(c, 0);
        emit0(c, op == T_EQL ? OP_EQ : OP_NE);
        vpop(c, 1);
        return;
    }
    Type *yt = b->type ? default_of(c, b->type) : t;
    /* mixed interface / concrete: compare as interfaces */
    Type *ct = t;
    if (is_iface(t) && !is_iface(yt)) ct = t;
    else if (!is_iface(t) && is_iface(yt)) ct = yt;
    else if (type_is_untyped(t)) ct = yt;
    comp_expr_to(c, a, ct);
    comp_expr_to(c, b, ct);
    Type *u = type_under(ct);
    Opcode o;
    if (u->kind == KIND_INTERFACE) {
        vpop(c, 4);
        emit1(c, OP_IEQ, u->nimethods == 0);
        vpush(c, false);
        if (op == T_NEQ) emit0(c, OP_NOT);
        return;
    }
    if (type_is_string(u)) {
        switch (op) {
        case T_EQL: o = OP_SEQ; break;
        case T_NEQ: o = OP_SNE; break;
        case T_LSS: o = OP_SLT; break;
        case T_LEQ: o = OP_SLE; break;
        case T_GTR: o = OP_SGT; break;
        default: o = OP_SGE; break;
        }
        vpop(c, 4);
        emit0(c, o);
        vpush(c, false);
        return;
    }
    if (type_is_complex(u)) {
        vpop(c, 4);
        emit0(c, OP_CEQ);
        vpush(c, false);
        if (op == T_NEQ) emit0(c, OP_NOT);
        return;
    }
    if (u->kind == KIND_STRUCT || u->kind == KIND_ARRAY) {
        vpop(c, 2 * tslots(c, ct));
        emit_op(c, OP_BEQ);
        emit_ptr(c, ct);
        vpush(c, false);
        if (op == T_NEQ) emit0(c, OP_NOT);
        return;
    }
    bool f = type_is_float(u), uns = type_is_unsigned(u);
    switch (op) {
    case T_EQL: o = f ? OP_FEQ : OP_EQ; break;
    case T_NEQ: o = f ? OP_FNE : OP_NE; break;
    case T_LSS: o = f ? OP_FLT : uns ? OP_LTU : OP_LT; break;
    case T_LEQ: o = f ? OP_FLE : uns ? OP_LEU : OP_LE; break;
    case T_GTR: o = f ? OP_FGT : uns ? OP_GTU : OP_GT; break;
    default: o = f ? OP_FGE : uns ? OP_GEU : OP_GE; break;
    }
    vpop(c, 2);
    emit0(c, o);
    vpush(c, false);
}

static void comp_unary(Comp *c, Node *e)
{
    TokenKind op = e->u.unary.op;
    Node *x = e->u.unary.x;
    Type *t = e->type ? default_of(c, e->type) : NULL;
    switch (op) {
    case T_AND: comp_addr(c, x); return;
    case T_ADD: comp_expr_to(c, x, t); return;
    case T_SUB: {
        comp_expr_to(c, x, t);
        Type *u = type_under(t);
        emit0(c, type_is_float(u) ? OP_FNEG : type_is_complex(u) ? OP_CNEG : OP_NEG);
        emit_normalize(c, t);
        return;
    }
    case T_XOR:
        comp_expr_to(c, x, t);
        emit0(c, OP_COMPL);
        emit_normalize(c, t);
        return;
    case T_NOT:
        comp_expr(c, x);
        emit0(c, OP_NOT);
        return;
    case T_ARROW: comp_recv(c, x, false); return;
    default:
        comp_expr(c, x);
        emit_pop(c, tslots(c, x->type));
        comp_zero(c, t);
        return;
    }
}

/* ---- channel receive --------------------------------------------------------------- */

/* <-ch, or with commaok the value and ok of v, ok := <-ch. */
void comp_recv(Comp *c, Node *ch, bool commaok)
{
    Type *elem = type_under(ch->type)->elem;
    type_layout(TT, elem);
    int n = tslots(c, elem);
    comp_expr(c, ch);
    /* the value arrives above the channel operand: reserve its slots */
    vpush_n(c, n, false);
    vpop(c, n);
    safepoint(c); /* it may block: the operand stays live until it resumes */
    vpop(c, 1);
    emit_op(c, commaok ? OP_RECV2 : OP_RECV);
    emit_arg(c, n);
    vpush_type(c, elem);
    if (commaok) vpush(c, false);
}

/* ---- type assertions ------------------------------------------------------------ */

static void comp_assert(Comp *c, Node *e, bool commaok)
{
    Node *x = e->u.assert.x;
    Type *t = e->type;
    comp_expr(c, x);
    vpop(c, 2);
    if (is_iface(t)) {
        emit_op(c, commaok ? OP_ASSERTI2 : OP_ASSERTI);
        emit_ptr(c, t);
        emit_ptr(c, x->type);
        vpush(c, false);
        vpush(c, true);
    } else {
        /* (no method table: a value of t in an interface was boxed where
           its table was built) */
        safepoint(c);
        emit_op(c, commaok ? OP_ASSERT2 : OP_ASSERT);
        emit_ptr(c, t);
        emit_ptr(c, x->type);
        vpush_type(c, t);
    }
    if (commaok) vpush(c, false);
}

/* Pushes value and ok for comma-ok forms: v, ok := m[k] / x.(T) / <-ch. */
void comp_commaok(Comp *c, Node *e)
{
    e = unparen(e);
    if (e->kind == N_TYPEASSERT) {
        comp_assert(c, e, true);
        return;
    }
    if (e->kind == N_INDEX) {
        Type *mt = type_under(e->u.index.x->type);
        comp_expr(c, e->u.index.x);
        comp_expr_to(c, e->u.index.indices.items[0], mt->key);
        vpop(c, 1 + tslots(c, mt->key));
        safepoint(c);
        emit_op(c, OP_MAPGET2);
        emit_ptr(c, mt);
        vpush_type(c, mt->elem);
        vpush(c, false);
        return;
    }
    if (e->kind == N_UNARY && e->u.unary.op == T_ARROW) {
        comp_recv(c, e->u.unary.x, true);
        return;
    }
    comp_expr(c, e);
    emit_push_int(c, 1);
}

/* ---- function literals ------------------------------------------------------------- */

void comp_funclit(Comp *c, Node *e)
{
    FuncInfo *fi = e->u.funclit.info;
    Func *f = comp_compile_funclit(c, fi);
    int n = fi->captures.len;
    if (n == 0) {
        emit_op(c, OP_FUNCVAL);
        emit_ptr(c, f);
        vpush(c, true);
        return;
    }
    Type **caps = util_calloc(n, sizeof(Type *));
    for (int i = 0; i < n; i++) {
        Object *v = fi->captures.items[i];
        comp_var_addr(c, v);
        caps[i] = type_pointer(TT, v->type);
    }
    vpop(c, n);
    safepoint(c);
    emit_op(c, OP_CLOSURE);
    emit_ptr(c, f);
    emit_arg(c, n);
    emit_ptr(c, closure_layout(c, caps, n));
    vpush(c, true);
    free(caps);
}

/* ---- the dispatcher ---------------------------------------------------------------------- */

void comp_expr(Comp *c, Node *e)
{
    if (e->mode == MODE_CONST && e->cval) {
        comp_const(c, e->cval, e->type);
        return;
    }
    if (is_nil(e)) {
        comp_zero(c, e->type && e->type->kind != KIND_UNTYPED_NIL ? e->type : TT->basic[KIND_UNSAFEPTR]);
        return;
    }
    switch (e->kind) {
    case N_PAREN: comp_expr(c, e->u.unary1.x); return;
    case N_IDENT: {
        Object *o = e->u.ident.obj;
        if (!o) {
            comp_zero(c, e->type);
            return;
        }
        if (o->kind == OBJ_VAR) comp_load_var(c, o);
        else if (o->kind == OBJ_FUNC) {
            emit_op(c, OP_FUNCVAL);
            emit_ptr(c, comp_func_of(c, o));
            vpush(c, true);
        } else comp_zero(c, e->type);
        return;
    }
    case N_COMPOSITELIT: comp_complit(c, e); return;
    case N_FUNCLIT: comp_funclit(c, e); return;
    case N_SELECTOR: comp_selector(c, e); return;
    case N_INDEX: comp_index(c, e); return;
    case N_SLICE: comp_slice(c, e); return;
    case N_TYPEASSERT: comp_assert(c, e, false); return;
    case N_CALL: comp_call(c, e); return;
    case N_STAR: {
        comp_expr(c, e->u.unary1.x);
        emit_load_ptr(c, e->type, 0);
        return;
    }
    case N_UNARY: comp_unary(c, e); return;
    case N_BINARY: comp_binary(c, e); return;
    default: comp_zero(c, e->type); return;
    }
}

/* Jumps to iffalse when the boolean e is false. */
void comp_cond(Comp *c, Node *e, Label *iffalse)
{
    Node *u = unparen(e);
    if (u->mode != MODE_CONST && u->kind == N_BINARY && u->u.binary.op == T_LAND) {
        comp_cond(c, u->u.binary.x, iffalse);
        comp_cond(c, u->u.binary.y, iffalse);
        return;
    }
    if (u->mode != MODE_CONST && u->kind == N_BINARY && u->u.binary.op == T_LOR) {
        Label *yes = label_new(c), *no = label_new(c);
        comp_cond(c, u->u.binary.x, no);
        emit_jump(c, OP_JMP, yes);
        label_bind(c, no);
        comp_cond(c, u->u.binary.y, iffalse);
        label_bind(c, yes);
        return;
    }
    if (u->mode != MODE_CONST && u->kind == N_UNARY && u->u.unary.op == T_NOT) {
        Label *skip = label_new(c);
        comp_cond(c, u->u.unary.x, skip);
        emit_jump(c, OP_JMP, iffalse);
        label_bind(c, skip);
        return;
    }
    comp_expr(c, e);
    emit_jump(c, OP_JF, iffalse);
}
