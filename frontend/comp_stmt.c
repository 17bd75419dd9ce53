/* comp_stmt.c - statements to bytecode.
 *
 * Invariant: the operand stack is empty between statements. Values that
 * must survive across statements of a construct (switch tags, range state)
 * live in hidden frame slots, described by synthetic variables when the
 * expression compiler must read them.
 */
#include "comp_internal.h"

#include <string.h>

#define TT (c->tt)

static Node *unparen(Node *e)
{
    return ast_unparen(e);
}

/* A synthetic variable in fresh frame slots (switch tags, range state). */
static Object *temp_var(Comp *c, Type *t)
{
    Object *o = obj_new(c->p, OBJ_VAR, c->p->name_blank, (Pos){0}, t);
    o->owner = c->fi;
    o->slot = local_alloc(c, t);
    o->flags |= OF_USED;
    return o;
}

static Node *var_node(Comp *c, Object *o)
{
    Node *n = ast_new(c->p->arena, N_IDENT, o->pos);
    n->u.ident.name = o->name;
    n->u.ident.obj = o;
    n->mode = MODE_VAR;
    n->type = o->type;
    return n;
}

static void store_slots(Comp *c, int slot, int n)
{
    if (n == 1) emit1(c, OP_ST, slot);
    else if (n > 1) emit2(c, OP_STN, slot, n);
    vpop(c, n);
}

static void load_slots(Comp *c, int slot, Type *t)
{
    int n = tslots(c, t);
    if (n == 1) emit1(c, OP_LD, slot);
    else if (n > 1) emit2(c, OP_LDN, slot, n);
    vpush_type(c, t);
}

/* ---- variables ------------------------------------------------------------- */

void comp_declare_local(Comp *c, Object *v)
{
    if (comp_is_boxed(v)) v->slot = local_alloc_raw(c, 1, true);
    else v->slot = local_alloc(c, v->type);
}

/* Stores the value on top of the stack into a variable being declared
   (each execution of a declaration makes a new variable: boxed ones get a
   fresh heap cell). */
void comp_init_var(Comp *c, Object *v)
{
    if (v->slot < 0 || (v->flags & OF_GLOBAL)) {
        if (v->flags & OF_GLOBAL) {
            /* package variable: value -> temp, then store through its address */
            int n = tslots(c, v->type);
            int tmp = local_alloc(c, v->type);
            store_slots(c, tmp, n);
            comp_var_addr(c, v);
            load_slots(c, tmp, v->type);
            emit_store_ptr(c, v->type, 0);
            return;
        }
        comp_declare_local(c, v);
    }
    if (!comp_is_boxed(v)) {
        store_slots(c, v->slot, tslots(c, v->type));
        return;
    }
    int n = tslots(c, v->type);
    int tmp = -1;
    if (n > 0) {
        tmp = local_alloc(c, v->type);
        store_slots(c, tmp, n);
    }
    comp_box_new(c, v->type);
    emit1(c, OP_ST, v->slot);
    vpop(c, 1);
    if (n > 0) {
        emit1(c, OP_LD, v->slot);
        vpush(c, true);
        load_slots(c, tmp, v->type);
        emit_store_ptr(c, v->type, 0);
    }
}

void comp_box_new(Comp *c, Type *t)
{
    type_layout(TT, t);
    safepoint(c);
    emit_op(c, OP_NEW);
    emit_ptr(c, t);
    vpush(c, true);
}

/* A freshly declared variable with its zero value. */
static void zero_var(Comp *c, Object *v)
{
    if (v->slot < 0) comp_declare_local(c, v);
    if (comp_is_boxed(v)) {
        comp_box_new(c, v->type);
        emit1(c, OP_ST, v->slot);
        vpop(c, 1);
        return;
    }
    int n = tslots(c, v->type);
    if (n) emit2(c, OP_ZEROL, v->slot, n);
}

/* ---- assignment ---------------------------------------------------------------- */

/* Is lhs i of a := a new variable of this statement? */
static Object *new_var(Node *l)
{
    l = unparen(l);
    if (l->kind != N_IDENT) return NULL;
    Object *o = l->u.ident.obj;
    if (!o || o->kind != OBJ_VAR || o->slot >= 0 || (o->flags & OF_GLOBAL)) return NULL;
    return o;
}

/* Assigns the value on top of the stack (of type from) to lhs. */
static void assign_top(Comp *c, Node *l, Type *from, bool define)
{
    Node *ul = unparen(l);
    if (ul->kind == N_IDENT && ul->u.ident.name == c->p->name_blank) {
        emit_pop(c, tslots(c, from));
        return;
    }
    Object *nv = define ? new_var(l) : NULL;
    if (nv) {
        comp_convert_value(c, from, nv->type);
        comp_init_var(c, nv);
        return;
    }
    Type *lt = l->type ? l->type : from;
    if (ul->kind == N_IDENT && ul->u.ident.obj) lt = ul->u.ident.obj->type;
    comp_convert_value(c, from, lt);
    int n = tslots(c, lt);
    int tmp = local_alloc(c, lt);
    store_slots(c, tmp, n);
    LValue lv;
    comp_lvalue(c, l, &lv);
    load_slots(c, tmp, lt);
    comp_lv_store(c, &lv);
}

/* Single assignment l = r (or l := r). */
static void assign_one(Comp *c, Node *l, Node *r, bool define)
{
    Node *ul = unparen(l);
    if (ul->kind == N_IDENT && ul->u.ident.name == c->p->name_blank) {
        Type *t = r->type ? type_default(TT, r->type) : NULL;
        if (!t || t->kind == KIND_UNTYPED_NIL) return;
        comp_expr(c, r);
        emit_pop(c, tslots(c, t));
        return;
    }
    Object *nv = define ? new_var(l) : NULL;
    if (nv) {
        comp_expr_to(c, r, nv->type);
        comp_init_var(c, nv);
        return;
    }
    LValue lv;
    comp_lvalue(c, l, &lv);
    comp_expr_to(c, r, lv.type);
    comp_lv_store(c, &lv);
}

void comp_assign_list(Comp *c, NodeList *lhs, NodeList *rhs, bool define)
{
    int nl = lhs->len, nr = rhs->len;
    if (nl == 1 && nr == 1) {
        assign_one(c, lhs->items[0], rhs->items[0], define);
        return;
    }
    if (nl == nr) {
        /* evaluate every right-hand side, then assign left to right */
        int *tmps = util_calloc(nl, sizeof(int));
        Type **types = util_calloc(nl, sizeof(Type *));
        for (int i = 0; i < nr; i++) {
            Node *l = lhs->items[i];
            Object *nv = define ? new_var(l) : NULL;
            Type *lt = nv ? nv->type : l->type;
            if (unparen(l)->kind == N_IDENT && unparen(l)->u.ident.name == c->p->name_blank)
                lt = rhs->items[i]->type ? type_default(TT, rhs->items[i]->type) : NULL;
            if (!lt || lt->kind == KIND_UNTYPED_NIL) lt = TT->any_type;
            types[i] = lt;
            comp_expr_to(c, rhs->items[i], lt);
            tmps[i] = local_alloc(c, lt);
            store_slots(c, tmps[i], tslots(c, lt));
        }
        for (int i = 0; i < nl; i++) {
            load_slots(c, tmps[i], types[i]);
            assign_top(c, lhs->items[i], types[i], define);
        }
        free(tmps);
        free(types);
        return;
    }
    /* nl values from one expression: a call or a comma-ok form */
    Node *r = rhs->items[0];
    Type **types = util_calloc(nl, sizeof(Type *));
    Node *ur = unparen(r);
    if (r->type && r->type->kind == KIND_TUPLE) {
        comp_expr(c, r);
        for (int i = 0; i < nl; i++) types[i] = r->type->params[i];
    } else {
        comp_commaok(c, ur);
        types[0] = ur->type;
        types[1] = TT->basic[KIND_BOOL];
    }
    int *tmps = util_calloc(nl, sizeof(int));
    for (int i = nl - 1; i >= 0; i--) {
        tmps[i] = local_alloc(c, types[i]);
        store_slots(c, tmps[i], tslots(c, types[i]));
    }
    for (int i = 0; i < nl; i++) {
        load_slots(c, tmps[i], types[i]);
        assign_top(c, lhs->items[i], types[i], define);
    }
    free(tmps);
    free(types);
}

static TokenKind binop_of(TokenKind t)
{
    switch (t) {
    case T_ADD_ASSIGN: case T_INC: return T_ADD;
    case T_SUB_ASSIGN: case T_DEC: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    case T_AND_NOT_ASSIGN: return T_AND_NOT;
    default: return T_ILLEGAL;
    }
}

/* x op= y and x++ / x-- */
static void op_assign(Comp *c, Node *x, Node *y, TokenKind op)
{
    Type *t = x->type;
    Type *u = type_under(t);
    /* fast path: integer local in a slot += constant */
    Node *ux = unparen(x);
    if (!y || (y->mode == MODE_CONST && (op == T_ADD || op == T_SUB))) {
        if (ux->kind == N_IDENT && ux->u.ident.obj && type_is_integer(u) && u->size == 8) {
            int w = 0;
            if (comp_var_loc(c, ux->u.ident.obj, &w) == VL_SLOT) {
                int64_t d = y ? const_get_int64(y->cval) : 1;
                emit2(c, OP_INCL, w, op == T_SUB ? -d : d);
                return;
            }
        }
    }
    if (op == T_ADD && type_is_string(u) && y) {
        LValue lv;
        comp_lvalue(c, x, &lv);
        comp_lv_load(c, &lv, true);
        comp_expr_to(c, y, t);
        vpop(c, 4);
        safepoint(c);
        emit1(c, OP_CONCAT, 2);
        vpush(c, true);
        vpush(c, false);
        comp_lv_store(c, &lv);
        return;
    }
    LValue lv;
    comp_lvalue(c, x, &lv);
    comp_lv_load(c, &lv, true);
    Type *yt = t;
    if (!y) {
        Const *one = const_int64(&c->p->consts, 1);
        comp_const(c, one, t);
    } else if (op == T_SHL || op == T_SHR) {
        yt = y->type ? type_default(TT, y->type) : TT->basic[KIND_UINT];
        comp_expr_to(c, y, yt);
        if (y->mode == MODE_CONST) yt = TT->basic[KIND_UINT];
    } else {
        comp_expr_to(c, y, t);
    }
    comp_arith(c, op, t, (op == T_SHL || op == T_SHR) ? yt : NULL);
    comp_lv_store(c, &lv);
}

/* ---- targets --------------------------------------------------------------------------- */

static Target *push_target(Comp *c, Node *stmt, Label *brk, Label *cont)
{
    Target *t = util_calloc(1, sizeof(Target));
    t->stmt = stmt;
    t->brk = brk;
    t->cont = cont;
    t->outer = c->targets;
    c->targets = t;
    return t;
}

static void pop_target(Comp *c)
{
    Target *t = c->targets;
    c->targets = t->outer;
    free(t);
}

static Target *find_target(Comp *c, Node *stmt)
{
    for (Target *t = c->targets; t; t = t->outer)
        if (t->stmt == stmt) return t;
    return NULL;
}

static Label *goto_label(Comp *c, Node *labeled)
{
    for (int i = 0; i < c->goto_nodes.len; i++)
        if (c->goto_nodes.items[i] == labeled) return c->goto_labels.items[i];
    Label *l = label_new(c);
    l->depth = 0;
    vec_push(&c->goto_nodes, labeled);
    vec_push(&c->goto_labels, l);
    return l;
}

/* ---- control statements ------------------------------------------------------------- */

static void comp_block_list(Comp *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++) comp_stmt(c, l->items[i]);
}

static void if_stmt(Comp *c, Node *s)
{
    if (s->u.ifs.init) comp_stmt(c, s->u.ifs.init);
    Label *els = label_new(c), *end = label_new(c);
    comp_cond(c, s->u.ifs.cond, els);
    comp_stmt(c, s->u.ifs.then);
    if (s->u.ifs.els) {
        emit_jump(c, OP_JMP, end);
        label_bind(c, els);
        comp_stmt(c, s->u.ifs.els);
        label_bind(c, end);
    } else {
        label_bind(c, els);
        label_bind(c, end);
    }
}

/* Go 1.22: a loop variable that closures may capture gets a new cell for
   the next iteration, initialised with the current value. */
static void renew_loopvars(Comp *c, Node *init)
{
    if (!init || init->kind != N_ASSIGN || init->u.assign.tok != T_DEFINE) return;
    for (int i = 0; i < init->u.assign.lhs.len; i++) {
        Object *v = init->u.assign.lhs.items[i]->u.ident.obj;
        if (!v || v->kind != OBJ_VAR || !comp_is_boxed(v) || v->slot < 0) continue;
        comp_box_new(c, v->type);
        emit0(c, OP_DUP);
        vpush(c, true);
        emit1(c, OP_LD, v->slot);
        vpush(c, true);
        emit_load_ptr(c, v->type, 0);
        emit_store_ptr(c, v->type, 0);
        emit1(c, OP_ST, v->slot);
        vpop(c, 1);
    }
}

static void for_stmt(Comp *c, Node *s, Node *labeled)
{
    UNUSED(labeled);
    if (s->u.fors.init) comp_stmt(c, s->u.fors.init);
    Label *top = label_new(c), *brk = label_new(c), *cont = label_new(c);
    push_target(c, s, brk, cont);
    label_bind(c, top);
    if (s->u.fors.cond) comp_cond(c, s->u.fors.cond, brk);
    comp_stmt(c, s->u.fors.body);
    label_bind(c, cont);
    renew_loopvars(c, s->u.fors.init);
    if (s->u.fors.post) comp_stmt(c, s->u.fors.post);
    emit_jump(c, OP_LOOP, top);
    pop_target(c);
    label_bind(c, brk);
}

/* Assigns the value on top of the stack to a range iteration variable. */
static void range_assign(Comp *c, Node *v, Type *from, bool define)
{
    if (!v) {
        emit_pop(c, tslots(c, from));
        return;
    }
    assign_top(c, v, from, define);
}

static void range_prepare_vars(Comp *c, Node *s)
{
    /* Each iteration declares the variables anew: reset their slot so that
       assign_top treats them as new (boxed ones get fresh cells). */
    if (s->u.range.tok != T_DEFINE) return;
    Node *vs[2] = {s->u.range.key, s->u.range.value};
    for (int i = 0; i < 2; i++) {
        if (!vs[i] || vs[i]->kind != N_IDENT) continue;
        Object *o = vs[i]->u.ident.obj;
        if (o && o->kind == OBJ_VAR && o->slot < 0) comp_declare_local(c, o);
    }
}

static void store_range_var(Comp *c, Node *v, Type *from, bool define)
{
    if (!v) {
        emit_pop(c, tslots(c, from));
        return;
    }
    Node *uv = unparen(v);
    if (define && uv->kind == N_IDENT && uv->u.ident.obj && uv->u.ident.name != c->p->name_blank) {
        Object *o = uv->u.ident.obj;
        comp_convert_value(c, from, o->type);
        if (comp_is_boxed(o)) {
            int slot = o->slot;
            o->slot = -1; /* comp_init_var makes a fresh cell */
            comp_init_var(c, o);
            UNUSED(slot);
        } else {
            store_slots(c, o->slot, tslots(c, o->type));
        }
        return;
    }
    range_assign(c, v, from, define);
}

static void range_stmt(Comp *c, Node *s)
{
    Node *x = s->u.range.x;
    bool define = s->u.range.tok == T_DEFINE;
    Type *it = TT->basic[KIND_INT];
    Type *xt = x->type;
    Type *u = type_under(xt);
    Label *top = label_new(c), *brk = label_new(c), *cont = label_new(c);
    range_prepare_vars(c, s);
    Node *kv = s->u.range.key, *vv = s->u.range.value;
    if (kv && unparen(kv)->kind == N_IDENT && unparen(kv)->u.ident.name == c->p->name_blank) kv = NULL;
    if (vv && unparen(vv)->kind == N_IDENT && unparen(vv)->u.ident.name == c->p->name_blank) vv = NULL;

    if (type_is_integer(u)) {
        Object *n = temp_var(c, xt);
        Object *i = temp_var(c, xt);
        comp_expr_to(c, x, xt);
        store_slots(c, n->slot, 1);
        emit2(c, OP_ZEROL, i->slot, 1);
        push_target(c, s, brk, cont);
        label_bind(c, top);
        emit1(c, OP_LD, i->slot);
        emit1(c, OP_LD, n->slot);
        vpush_n(c, 2, false);
        vpop(c, 2);
        emit0(c, type_is_unsigned(u) ? OP_LTU : OP_LT);
        vpush(c, false);
        emit_jump(c, OP_JF, brk);
        if (kv) {
            emit1(c, OP_LD, i->slot);
            vpush(c, false);
            store_range_var(c, kv, xt, define);
        }
        comp_stmt(c, s->u.range.body);
        label_bind(c, cont);
        emit2(c, OP_INCL, i->slot, 1);
        emit_jump(c, OP_LOOP, top);
        pop_target(c);
        label_bind(c, brk);
        return;
    }
    if (type_is_string(u)) {
        /* frame block: string(2) next cur rune */
        int blk = local_alloc_raw(c, 5, false);
        c->localptr.items[blk - (int)c->nparams - FRAME_HDR] = 1;
        comp_expr_to(c, x, TT->basic[KIND_STRING]);
        store_slots(c, blk, 2);
        emit2(c, OP_ZEROL, blk + 2, 1);
        push_target(c, s, brk, cont);
        label_bind(c, top);
        emit1(c, OP_SNEXT, blk);
        vpush(c, false);
        emit_jump(c, OP_JF, brk);
        if (kv) {
            emit1(c, OP_LD, blk + 3);
            vpush(c, false);
            store_range_var(c, kv, it, define);
        }
        if (vv) {
            emit1(c, OP_LD, blk + 4);
            vpush(c, false);
            store_range_var(c, vv, TT->rune_type, define);
        }
        comp_stmt(c, s->u.range.body);
        label_bind(c, cont);
        emit_jump(c, OP_LOOP, top);
        pop_target(c);
        label_bind(c, brk);
        return;
    }
    if (u->kind == KIND_CHAN) {
        /* receive until the channel is closed and drained */
        Type *elem = u->elem;
        type_layout(TT, elem);
        Object *ch = temp_var(c, xt);
        Object *v = temp_var(c, elem);
        Object *ok = temp_var(c, TT->basic[KIND_BOOL]);
        comp_expr(c, x);
        store_slots(c, ch->slot, 1);
        push_target(c, s, brk, cont);
        label_bind(c, top);
        comp_recv(c, var_node(c, ch), true);
        store_slots(c, ok->slot, 1);
        store_slots(c, v->slot, tslots(c, elem));
        emit1(c, OP_LD, ok->slot);
        vpush(c, false);
        emit_jump(c, OP_JF, brk);
        if (kv) {
            load_slots(c, v->slot, elem);
            store_range_var(c, kv, elem, define);
        }
        comp_stmt(c, s->u.range.body);
        label_bind(c, cont);
        emit_jump(c, OP_LOOP, top);
        pop_target(c);
        label_bind(c, brk);
        return;
    }
    if (u->kind == KIND_MAP) {
        type_layout(TT, u->key);
        type_layout(TT, u->elem);
        int ks = tslots(c, u->key), vs = tslots(c, u->elem);
        int blk = local_alloc_raw(c, 1, true);
        local_alloc(c, u->key);
        local_alloc(c, u->elem);
        comp_expr(c, x);
        vpop(c, 1);
        safepoint(c);
        emit_op(c, OP_MAPITER);
        emit_ptr(c, u);
        vpush(c, true);
        store_slots(c, blk, 1);
        push_target(c, s, brk, cont);
        label_bind(c, top);
        int at = code_pos(c);
        emit_op(c, OP_MAPNEXT);
        emit_ptr(c, u);
        emit_arg(c, blk);
        emit_arg(c, 0); /* patched when brk is bound */
        if (kv) {
            load_slots(c, blk + 1, u->key);
            store_range_var(c, kv, u->key, define);
        }
        if (vv) {
            load_slots(c, blk + 1 + ks, u->elem);
            store_range_var(c, vv, u->elem, define);
        }
        UNUSED(vs);
        comp_stmt(c, s->u.range.body);
        label_bind(c, cont);
        emit_jump(c, OP_LOOP, top);
        pop_target(c);
        label_bind(c, brk);
        c->code.items[at + 3].i = brk->pos - at;
        return;
    }
    /* arrays, pointers to arrays, slices: index loop over a snapshot */
    Type *elem;
    Object *sl = NULL, *arr = NULL, *ptr = NULL;
    int64_t alen = 0;
    if (u->kind == KIND_SLICE) {
        elem = u->elem;
        sl = temp_var(c, xt);
        comp_expr(c, x);
        store_slots(c, sl->slot, 3);
    } else if (u->kind == KIND_ARRAY) {
        elem = u->elem;
        alen = u->len;
        if (vv) {
            arr = temp_var(c, xt);
            comp_expr(c, x);
            store_slots(c, arr->slot, tslots(c, xt));
        } else if (x->mode != MODE_CONST && unparen(x)->kind != N_IDENT) {
            comp_expr(c, x);
            emit_pop(c, tslots(c, xt));
        }
    } else {
        Type *at = type_under(u->elem);
        elem = at->elem;
        alen = at->len;
        ptr = temp_var(c, xt);
        comp_expr(c, x);
        store_slots(c, ptr->slot, 1);
    }
    type_layout(TT, elem);
    Object *i = temp_var(c, it);
    Object *n = temp_var(c, it);
    if (sl) {
        emit1(c, OP_LD, sl->slot + 1);
        vpush(c, false);
    } else {
        emit_push_int(c, alen);
    }
    store_slots(c, n->slot, 1);
    emit2(c, OP_ZEROL, i->slot, 1);
    push_target(c, s, brk, cont);
    label_bind(c, top);
    emit1(c, OP_LD, i->slot);
    emit1(c, OP_LD, n->slot);
    vpush_n(c, 2, false);
    vpop(c, 2);
    emit0(c, OP_LT);
    vpush(c, false);
    emit_jump(c, OP_JF, brk);
    if (kv) {
        emit1(c, OP_LD, i->slot);
        vpush(c, false);
        store_range_var(c, kv, it, define);
    }
    if (vv) {
        if (sl) {
            emit2(c, OP_LDN, sl->slot, 3);
            vpush(c, true);
            vpush_n(c, 2, false);
            emit1(c, OP_LD, i->slot);
            vpush(c, false);
            vpop(c, 4);
            emit1(c, OP_IDXSLICE, (int64_t)elem->size);
            vpush(c, true);
            emit_load_ptr(c, elem, 0);
        } else if (arr) {
            emit_push_int(c, 0);
            emit1(c, OP_LD, i->slot);
            vpush(c, false);
            vpop(c, 2);
            emit2(c, OP_IDXACC, (int64_t)elem->size, alen);
            vpush(c, false);
            emit_load_frame(c, elem, (uint32_t)arr->slot * 8, true);
        } else {
            emit1(c, OP_LD, ptr->slot);
            vpush(c, true);
            emit1(c, OP_LD, i->slot);
            vpush(c, false);
            vpop(c, 2);
            emit2(c, OP_IDXPTR, (int64_t)elem->size, alen);
            vpush(c, true);
            emit_load_ptr(c, elem, 0);
        }
        store_range_var(c, vv, elem, define);
    }
    comp_stmt(c, s->u.range.body);
    label_bind(c, cont);
    emit2(c, OP_INCL, i->slot, 1);
    emit_jump(c, OP_LOOP, top);
    pop_target(c);
    label_bind(c, brk);
}

static void switch_stmt(Comp *c, Node *s)
{
    if (s->u.switchs.init) comp_stmt(c, s->u.switchs.init);
    Node *tagn = NULL;
    if (s->u.switchs.tag) {
        Node *tag = s->u.switchs.tag;
        Type *tt = type_default(TT, tag->type);
        Object *tv = temp_var(c, tt);
        comp_expr_to(c, tag, tt);
        store_slots(c, tv->slot, tslots(c, tt));
        tagn = var_node(c, tv);
    }
    int n = s->u.switchs.clauses.len;
    Label **bodies = util_calloc(n + 1, sizeof(Label *));
    for (int i = 0; i < n; i++) bodies[i] = label_new(c);
    Label *brk = label_new(c);
    int def = -1;
    for (int i = 0; i < n; i++) {
        Node *cl = s->u.switchs.clauses.items[i];
        if (cl->u.caseclause.is_default) def = i;
        for (int j = 0; j < cl->u.caseclause.list.len; j++) {
            Node *e = cl->u.caseclause.list.items[j];
            set_line(c, e->pos);
            if (tagn) {
                comp_cmp(c, T_EQL, tagn, e);
            } else {
                comp_expr(c, e);
            }
            emit_jump(c, OP_JT, bodies[i]);
        }
    }
    emit_jump(c, OP_JMP, def >= 0 ? bodies[def] : brk);
    push_target(c, s, brk, NULL);
    for (int i = 0; i < n; i++) {
        Node *cl = s->u.switchs.clauses.items[i];
        label_bind(c, bodies[i]);
        comp_block_list(c, &cl->u.caseclause.body);
        NodeList *b = &cl->u.caseclause.body;
        bool falls = b->len && b->items[b->len - 1]->kind == N_BRANCH &&
                     b->items[b->len - 1]->u.branch.tok == T_FALLTHROUGH;
        if (!falls) emit_jump(c, OP_JMP, brk);
        else if (i + 1 < n) emit_jump(c, OP_JMP, bodies[i + 1]);
    }
    pop_target(c);
    label_bind(c, brk);
    free(bodies);
}

static void type_switch_stmt(Comp *c, Node *s)
{
    if (s->u.typeswitch.init) comp_stmt(c, s->u.typeswitch.init);
    Node *x = s->u.typeswitch.x->u.assert.x;
    Type *xt = x->type;
    bool empty = type_under(xt)->nimethods == 0;
    Object *xv = temp_var(c, xt);
    comp_expr(c, x);
    store_slots(c, xv->slot, 2);
    int n = s->u.typeswitch.clauses.len;
    Label **bodies = util_calloc(n + 1, sizeof(Label *));
    for (int i = 0; i < n; i++) bodies[i] = label_new(c);
    Label *brk = label_new(c);
    int def = -1;
    for (int i = 0; i < n; i++) {
        Node *cl = s->u.typeswitch.clauses.items[i];
        if (cl->u.caseclause.is_default) def = i;
        for (int j = 0; j < cl->u.caseclause.list.len; j++) {
            Node *te = cl->u.caseclause.list.items[j];
            Type *t = te->type;
            emit2(c, OP_LDN, xv->slot, 2);
            vpush(c, false);
            vpush(c, true);
            vpop(c, 2);
            if (!t || t->kind == KIND_UNTYPED_NIL) {
                emit_op(c, OP_TYPEIS);
                emit_ptr(c, NULL);
            } else if (type_under(t)->kind == KIND_INTERFACE) {
                emit_op(c, OP_TYPEIMPL);
                emit_ptr(c, t);
            } else {
                /* (no method table: comparing types makes no values of t) */
                emit_op(c, OP_TYPEIS);
                emit_ptr(c, t);
            }
            emit_arg(c, empty);
            vpush(c, false);
            emit_jump(c, OP_JT, bodies[i]);
        }
    }
    emit_jump(c, OP_JMP, def >= 0 ? bodies[def] : brk);
    push_target(c, s, brk, NULL);
    for (int i = 0; i < n; i++) {
        Node *cl = s->u.typeswitch.clauses.items[i];
        label_bind(c, bodies[i]);
        Object *v = cl->u.caseclause.implicit;
        if (v && (v->flags & OF_USED)) {
            Type *vt = v->type;
            emit2(c, OP_LDN, xv->slot, 2);
            vpush(c, false);
            vpush(c, true);
            if (type_under(vt)->kind == KIND_INTERFACE) {
                if (vt != xt) {
                    /* the case's interface type: known to hold */
                    vpop(c, 2);
                    emit_op(c, OP_ASSERTI);
                    emit_ptr(c, vt);
                    emit_ptr(c, xt);
                    vpush(c, false);
                    vpush(c, true);
                }
            } else {
                vpop(c, 2);
                emit_op(c, OP_UNBOX);
                emit_ptr(c, vt);
                emit_arg(c, empty);
                vpush_type(c, vt);
            }
            v->slot = -1;
            comp_init_var(c, v);
        }
        comp_block_list(c, &cl->u.caseclause.body);
        emit_jump(c, OP_JMP, brk);
    }
    pop_target(c);
    label_bind(c, brk);
    free(bodies);
}

static void branch_stmt(Comp *c, Node *s)
{
    switch (s->u.branch.tok) {
    case T_BREAK: {
        Target *t = find_target(c, s->u.branch.target);
        if (t) emit_jump(c, OP_JMP, t->brk);
        break;
    }
    case T_CONTINUE: {
        Target *t = find_target(c, s->u.branch.target);
        if (t && t->cont) emit_jump(c, OP_JMP, t->cont);
        break;
    }
    case T_GOTO: {
        Label *l = goto_label(c, s->u.branch.target);
        emit_jump(c, OP_LOOP, l); /* may jump backwards: a safepoint */
        break;
    }
    default: break; /* fallthrough: handled by the switch */
    }
}

/* ---- return and defer ---------------------------------------------------------------- */

static bool uses_result_vars(Comp *c)
{
    return c->results_in_slots;
}

static void return_stmt(Comp *c, Node *s)
{
    Type *sig = c->fi->sig;
    NodeList *res = &s->u.ret.results;
    if (!uses_result_vars(c)) {
        if (res->len == 1 && sig->nresults > 1) {
            comp_expr(c, res->items[0]); /* f() returning the same tuple */
        } else {
            for (int i = 0; i < res->len; i++) comp_expr_to(c, res->items[i], sig->results[i]);
        }
        set_line(c, s->pos);
        emit0(c, OP_RET);
        vset_depth(c, 0);
        c->dead = true;
        return;
    }
    if (res->len) {
        Type **types = util_calloc(sig->nresults, sizeof(Type *));
        if (res->len == 1 && sig->nresults > 1) {
            comp_expr(c, res->items[0]);
            for (int i = 0; i < sig->nresults; i++) types[i] = res->items[0]->type->params[i];
        } else {
            for (int i = 0; i < res->len; i++) {
                comp_expr_to(c, res->items[i], sig->results[i]);
                types[i] = sig->results[i];
            }
        }
        /* store into the result variables, last first */
        for (int i = sig->nresults - 1; i >= 0; i--) {
            Object *rv = c->fi->results.items[i];
            comp_convert_value(c, types[i], rv->type);
            int n = tslots(c, rv->type);
            if (comp_is_boxed(rv)) {
                int tmp = local_alloc(c, rv->type);
                store_slots(c, tmp, n);
                comp_var_addr(c, rv);
                load_slots(c, tmp, rv->type);
                emit_store_ptr(c, rv->type, 0);
            } else {
                store_slots(c, rv->slot, n);
            }
        }
        free(types);
    }
    emit_jump(c, OP_JMP, comp_exit_label(c));
}

/* The function value and arguments of a deferred call, then DEFER. */
/* go f(args) / defer f(args): the function value and the arguments are
   evaluated now; GO starts the call in a new goroutine, DEFER records it. */
static void go_defer_stmt(Comp *c, Node *s, bool go)
{
    Node *call = s->u.gostmt.call;
    Node *fun = unparen(call->u.call.fun);
    int before = vdepth(c);
    Type *sig;
    if (call->u.call.builtin || call->u.call.conversion) {
        Func *w = comp_builtin_wrapper(c, call, &sig);
        emit_op(c, OP_FUNCVAL);
        emit_ptr(c, w);
        vpush(c, true);
        for (int i = 0; i < sig->nparams; i++) comp_expr_to(c, call->u.call.args.items[i], sig->params[i]);
    } else {
        sig = type_under(fun->type);
        comp_expr(c, fun); /* a method value binds its receiver now */
        comp_args(c, call, sig);
    }
    int nargs = vdepth(c) - before - 1;
    if (go) {
        set_line(c, s->pos);
        safepoint(c);
        vpop(c, nargs + 1);
        emit1(c, OP_GO, nargs);
        return;
    }
    int words = (nargs + 63) / 64;
    uint64_t *mask = arena_alloc(&c->vm->arena, sizeof(uint64_t) * (words ? words : 1));
    for (int i = 0; i < nargs; i++)
        if (c->vs.items[before + 1 + i]) mask[i / 64] |= 1ULL << (i % 64);
    vpop(c, nargs + 1);
    set_line(c, s->pos);
    safepoint(c);
    emit_op(c, OP_DEFER);
    emit_arg(c, nargs);
    emit_ptr(c, mask);
}

/* ---- channels ------------------------------------------------------------------------ */

static void send_stmt(Comp *c, Node *s)
{
    Type *elem = type_under(s->u.send.chan->type)->elem;
    type_layout(TT, elem);
    int n = tslots(c, elem);
    comp_expr(c, s->u.send.chan);
    comp_expr_to(c, s->u.send.value, elem);
    set_line(c, s->pos);
    safepoint(c); /* it may block with its operands on the stack */
    vpop(c, 1 + n);
    emit1(c, OP_SEND, n);
}

/* The receive expression of a select case's communication, or NULL. */
static Node *comm_recv(Node *comm)
{
    Node *x = NULL;
    if (comm->kind == N_EXPRSTMT) x = comm->u.exprstmt.x;
    else if (comm->kind == N_ASSIGN) x = comm->u.assign.rhs.items[0];
    x = x ? unparen(x) : NULL;
    return x && x->kind == N_UNARY && x->u.unary.op == T_ARROW ? x : NULL;
}

/* select: the channels and sent values of every case are evaluated in
   source order onto the stack; SELECT picks a case, leaving its index
   (-1: default) and, for receives, the value and ok in the case's hidden
   variables; then the clause with that index runs. */
static void select_stmt(Comp *c, Node *s)
{
    NodeList *clauses = &s->u.select.clauses;
    int n = clauses->len, ncases = 0;
    bool hasdefault = false;
    for (int i = 0; i < n; i++) {
        if (clauses->items[i]->u.commclause.comm) ncases++;
        else hasdefault = true;
    }
    SelectDesc *d = arena_alloc(&c->vm->arena, sizeof(SelectDesc) + sizeof(SelectCaseDesc) * (size_t)ncases);
    d->ncases = (uint32_t)ncases;
    d->hasdefault = hasdefault;
    Object **vals = util_calloc((size_t)n + 1, sizeof(Object *));
    Object **oks = util_calloc((size_t)n + 1, sizeof(Object *));
    int *caseof = util_calloc((size_t)n + 1, sizeof(int));
    int before = vdepth(c), k = 0;
    for (int i = 0; i < n; i++) {
        Node *comm = clauses->items[i]->u.commclause.comm;
        caseof[i] = -1;
        if (!comm) continue;
        SelectCaseDesc *cd = &d->cases[k];
        caseof[i] = k++;
        set_line(c, comm->pos);
        if (comm->kind == N_SEND) {
            Type *elem = type_under(comm->u.send.chan->type)->elem;
            type_layout(TT, elem);
            comp_expr(c, comm->u.send.chan);
            comp_expr_to(c, comm->u.send.value, elem);
            cd->send = true;
            cd->elemslots = (uint32_t)tslots(c, elem);
            cd->dst = cd->okdst = -1;
            continue;
        }
        Node *rx = comm_recv(comm);
        Node *ch = rx->u.unary.x;
        Type *elem = type_under(ch->type)->elem;
        type_layout(TT, elem);
        comp_expr(c, ch);
        vals[i] = temp_var(c, elem);
        cd->elemslots = (uint32_t)tslots(c, elem);
        cd->dst = vals[i]->slot;
        cd->okdst = -1;
        if (comm->kind == N_ASSIGN && comm->u.assign.lhs.len == 2) {
            oks[i] = temp_var(c, TT->basic[KIND_BOOL]);
            cd->okdst = oks[i]->slot;
        }
    }
    d->nslots = (uint32_t)(vdepth(c) - before);
    set_line(c, s->pos);
    safepoint(c); /* it may block with its operands on the stack */
    vpop(c, (int)d->nslots);
    emit_op(c, OP_SELECT);
    emit_ptr(c, d);
    vpush(c, false);
    Object *idx = temp_var(c, TT->basic[KIND_INT]);
    store_slots(c, idx->slot, 1);

    Label *brk = label_new(c);
    push_target(c, s, brk, NULL);
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->items[i];
        Node *comm = cl->u.commclause.comm;
        Label *next = label_new(c);
        emit1(c, OP_LD, idx->slot);
        vpush(c, false);
        emit_push_int(c, caseof[i]);
        vpop(c, 2);
        emit0(c, OP_EQ);
        vpush(c, false);
        emit_jump(c, OP_JF, next);
        if (comm && comm->kind == N_ASSIGN) {
            /* v [, ok] = / := <-ch: assign from the hidden variables */
            NodeList *lhs = &comm->u.assign.lhs;
            bool define = comm->u.assign.tok == T_DEFINE;
            if (define) {
                for (int j = 0; j < lhs->len; j++) {
                    Node *l = lhs->items[j];
                    Object *o = l->kind == N_IDENT ? l->u.ident.obj : NULL;
                    if (o && o->kind == OBJ_VAR && !(o->flags & OF_GLOBAL) && o->decl == l) o->slot = -1;
                }
            }
            Node *rhs_items[2] = {var_node(c, vals[i]), oks[i] ? var_node(c, oks[i]) : NULL};
            NodeList rhs = {rhs_items, lhs->len, 2};
            comp_assign_list(c, lhs, &rhs, define);
        }
        comp_block_list(c, &cl->u.commclause.body);
        emit_jump(c, OP_JMP, brk);
        label_bind(c, next);
    }
    pop_target(c);
    label_bind(c, brk);
    free(vals);
    free(oks);
    free(caseof);
}

/* ---- statements ---------------------------------------------------------------------- */

static void decl_stmt(Comp *c, Node *d)
{
    if (d->u.gendecl.tok != T_VAR) return;
    for (int i = 0; i < d->u.gendecl.specs.len; i++) {
        Node *spec = d->u.gendecl.specs.items[i];
        NodeList *names = &spec->u.valuespec.names;
        NodeList *values = &spec->u.valuespec.values;
        if (values->len == 0) {
            for (int j = 0; j < names->len; j++) {
                Object *v = names->items[j]->u.ident.obj;
                if (!v || names->items[j]->u.ident.name == c->p->name_blank) continue;
                v->slot = -1;
                zero_var(c, v);
            }
            continue;
        }
        for (int j = 0; j < names->len; j++) {
            Object *v = names->items[j]->u.ident.obj;
            if (v) v->slot = -1;
        }
        comp_assign_list(c, names, values, true);
    }
}

static void expr_stmt(Comp *c, Node *s)
{
    Node *x = s->u.exprstmt.x;
    int before = vdepth(c);
    comp_expr(c, x);
    emit_pop(c, vdepth(c) - before);
}

static void labeled_stmt(Comp *c, Node *s)
{
    Label *l = goto_label(c, s);
    label_bind(c, l);
    comp_stmt(c, s->u.labeled.stmt);
}

void comp_stmt(Comp *c, Node *s)
{
    if (!s) return;
    set_line(c, s->pos);
    switch (s->kind) {
    case N_EMPTYSTMT: break;
    case N_DECLSTMT: decl_stmt(c, s->u.declstmt.decl); break;
    case N_LABELED: labeled_stmt(c, s); break;
    case N_EXPRSTMT: expr_stmt(c, s); break;
    case N_INCDEC: op_assign(c, s->u.incdec.x, NULL, binop_of(s->u.incdec.tok)); break;
    case N_ASSIGN:
        if (s->u.assign.tok == T_DEFINE || s->u.assign.tok == T_ASSIGN) {
            if (s->u.assign.tok == T_DEFINE) {
                for (int i = 0; i < s->u.assign.lhs.len; i++) {
                    Node *l = s->u.assign.lhs.items[i];
                    Object *o = l->kind == N_IDENT ? l->u.ident.obj : NULL;
                    /* objects declared by this statement start without a slot */
                    if (o && o->kind == OBJ_VAR && !(o->flags & OF_GLOBAL) && o->decl == l) o->slot = -1;
                }
            }
            comp_assign_list(c, &s->u.assign.lhs, &s->u.assign.rhs, s->u.assign.tok == T_DEFINE);
        } else {
            op_assign(c, s->u.assign.lhs.items[0], s->u.assign.rhs.items[0], binop_of(s->u.assign.tok));
        }
        break;
    case N_DEFER: go_defer_stmt(c, s, false); break;
    case N_GO: go_defer_stmt(c, s, true); break;
    case N_SEND: send_stmt(c, s); break;
    case N_SELECT: select_stmt(c, s); break;
    case N_RETURN: return_stmt(c, s); break;
    case N_BRANCH: branch_stmt(c, s); break;
    case N_BLOCK: comp_block_list(c, &s->u.block.stmts); break;
    case N_IF: if_stmt(c, s); break;
    case N_SWITCH: switch_stmt(c, s); break;
    case N_TYPESWITCH: type_switch_stmt(c, s); break;
    case N_FOR: for_stmt(c, s, NULL); break;
    case N_RANGE: range_stmt(c, s); break;
    default: break;
    }
    /* statements leave the operand stack empty */
    if (!c->dead && vdepth(c) != 0) vset_depth(c, 0);
}

void comp_body(Comp *c, Node *body)
{
    comp_block_list(c, &body->u.block.stmts);
}
