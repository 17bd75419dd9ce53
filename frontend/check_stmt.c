/* check_stmt.c - statements, declarations inside functions, assignments,
 * function bodies, labels and terminating statements.
 */
#include "check_internal.h"

#include <string.h>

#define TT (c->p->types)
#define CP (&c->p->consts)

static void invalid(Node *e)
{
    e->mode = MODE_INVALID;
}

static Object *new_local(Checker *c, Node *id, Type *t)
{
    Object *o = obj_new(c->p, OBJ_VAR, id->u.ident.name, id->pos, t);
    o->owner = c->fn;
    o->pkg = c->pkg;
    o->decl = id;
    id->u.ident.obj = o;
    if (c->fn) vec_push(&c->fn->locals, o);
    return o;
}

/* ---- assignment helpers --------------------------------------------------- */

static void assign_mismatch(Checker *c, NodeList *rhs, int l, int r)
{
    Node *r0 = rhs->items[0];
    Node *call = ast_unparen(r0);
    const char *vars = l == 1 ? "variable" : "variables";
    const char *vals = r == 1 ? "value" : "values";
    if (rhs->len == 1 && call->kind == N_CALL) {
        chk_error(c, node_start(r0), "assignment mismatch: %d %s but %s returns %d %s", l, vars,
                  chk_expr_str(c, call->u.call.fun), r, vals);
    } else {
        chk_error(c, node_start(r0), "assignment mismatch: %d %s but %d %s", l, vars, r, vals);
    }
}

/* The types a single rhs expression provides for n lhs operands, or NULL
   with an error. comma-ok forms provide (T, untyped bool). */
static bool rhs_types(Checker *c, Node *r, int n, Type **out, NodeList *rhs)
{
    if (r->mode == MODE_INVALID) return false;
    if (r->type && r->type->kind == KIND_TUPLE) {
        if (r->type->nparams != n) {
            assign_mismatch(c, rhs, n, r->type->nparams);
            return false;
        }
        for (int i = 0; i < n; i++) out[i] = r->type->params[i];
        return true;
    }
    if (n == 2 && (r->mode == MODE_COMMAOK || r->mode == MODE_MAPINDEX)) {
        out[0] = r->type;
        out[1] = TT->basic[KIND_UNTYPED_BOOL];
        return true;
    }
    if (r->mode == MODE_NOVALUE) {
        chk_error(c, node_start(r), "%s (no value) used as value", chk_expr_str(c, r));
        return false;
    }
    assign_mismatch(c, rhs, n, 1);
    return false;
}

/* Initialises objs[0..n) (new variables; their type from typ or inferred)
   from rhs. Used by var declarations and :=. */
static void init_vars(Checker *c, Object **objs, int n, NodeList *rhs, Type *typ, const char *context)
{
    int nr = rhs->len;
    if (nr == 0) {
        for (int i = 0; i < n; i++) objs[i]->type = typ ? typ : TT->basic[KIND_INVALID];
        return;
    }
    if (nr == n) {
        for (int i = 0; i < n; i++) {
            Node *r = rhs->items[i];
            chk_rawexpr(c, r, typ, false);
            if (n == 1 && r->mode != MODE_INVALID && r->type && r->type->kind == KIND_TUPLE) {
                assign_mismatch(c, rhs, 1, r->type->nparams);
                r->mode = MODE_INVALID;
            }
            if (typ) {
                chk_assignment(c, r, typ, context);
                objs[i]->type = typ;
            } else {
                if (r->mode != MODE_INVALID && chk_single_value(c, r)) {
                    if (r->mode == MODE_TYPE) {
                        chk_error(c, node_start(r), "%s (type) is not an expression", chk_expr_str(c, r));
                        invalid(r);
                    } else if (r->mode == MODE_BUILTIN) {
                        chk_error(c, node_start(r), "%s (built-in) must be called", chk_expr_str(c, r));
                        invalid(r);
                    } else if (r->mode == MODE_NIL) {
                        chk_error(c, node_start(r), "use of untyped nil in %s", context);
                        invalid(r);
                    } else if (r->mode == MODE_NOVALUE) {
                        invalid(r);
                    } else {
                        chk_default(c, r);
                    }
                }
                objs[i]->type = r->mode == MODE_INVALID ? TT->basic[KIND_INVALID] : r->type;
            }
            if (r->mode == MODE_INVALID) objs[i]->flags |= OF_USED;
        }
        return;
    }
    if (nr == 1) {
        Node *r = rhs->items[0];
        chk_multi_expr(c, r);
        Type **ts = util_calloc((size_t)n, sizeof(Type *));
        if (!rhs_types(c, r, n, ts, rhs)) {
            for (int i = 0; i < n; i++) {
                objs[i]->type = typ ? typ : TT->basic[KIND_INVALID];
                objs[i]->flags |= OF_USED;
            }
            free(ts);
            return;
        }
        for (int i = 0; i < n; i++) {
            Type *t = ts[i];
            if (type_is_untyped(t)) t = typ ? typ : TT->basic[KIND_BOOL];
            if (typ && !check_assignable(c->p, ts[i], typ)) {
                chk_error(c, node_start(r), "cannot use %s value as %s value in %s", chk_type_str(c, ts[i]),
                          chk_type_str(c, typ), context);
            }
            objs[i]->type = typ ? typ : t;
        }
        free(ts);
        return;
    }
    for (int i = 0; i < nr; i++) chk_multi_expr(c, rhs->items[i]);
    assign_mismatch(c, rhs, n, nr);
    for (int i = 0; i < n; i++) {
        objs[i]->type = typ ? typ : TT->basic[KIND_INVALID];
        objs[i]->flags |= OF_USED;
    }
}

void chk_assign_vars(Checker *c, NodeList *lhs, NodeList *rhs, Node *typexpr, const char *context, Pos pos,
                     Object **objs)
{
    UNUSED(pos);
    Type *typ = typexpr ? chk_typexpr(c, typexpr) : NULL;
    if (typ && typ->kind == KIND_INVALID) typ = NULL;
    if (!typexpr && rhs->len == 0) return; /* parser reported it */
    init_vars(c, objs, lhs->len, rhs, typ, context);
    if (typexpr && !typ) {
        for (int i = 0; i < lhs->len; i++) objs[i]->type = TT->basic[KIND_INVALID];
    }
}

/* Checks lhs as the target of an assignment; returns its type or NULL. A
   plain identifier naming a local variable is not a "use" of it. */
static Type *lhs_target(Checker *c, Node *l)
{
    Node *ul = ast_unparen(l);
    if (ul->kind == N_IDENT && ul->u.ident.name == c->p->name_blank) {
        ul->mode = MODE_VAR;
        ul->type = NULL;
        l->mode = MODE_VAR;
        return NULL; /* blank: anything goes */
    }
    if (ul->kind == N_IDENT) {
        Object *o = chk_lookup(c, ul->u.ident.name);
        if (o && o->kind == OBJ_VAR && !(o->flags & OF_GLOBAL) && !(o->flags & OF_USED)) {
            /* evaluate without marking used */
            chk_expr(c, l, NULL);
            o->flags &= ~OF_USED;
            /* captures still need recording */
            if (o->owner && c->fn && o->owner != c->fn) {
                chk_record_use(c, o);
                o->flags &= ~OF_USED;
            }
        } else {
            chk_expr(c, l, NULL);
        }
    } else {
        chk_expr(c, l, NULL);
    }
    if (l->mode == MODE_INVALID) return TT->basic[KIND_INVALID];
    if (l->mode == MODE_VAR || l->mode == MODE_MAPINDEX) return l->type;
    if (ul->kind == N_SELECTOR && ul->u.sel.x->mode == MODE_MAPINDEX) {
        chk_error(c, node_start(l), "cannot assign to struct field %s in map", chk_expr_str(c, l));
        return TT->basic[KIND_INVALID];
    }
    chk_error(c, node_start(l), "cannot assign to %s (neither addressable nor a map index expression)",
              chk_expr_str(c, l));
    return TT->basic[KIND_INVALID];
}

static void assign_to(Checker *c, Node *l, Node *r, Type *lt)
{
    if (!lt) {
        /* blank identifier: the value gets its default type */
        if (r->mode == MODE_NIL) {
            chk_error(c, node_start(r), "use of untyped nil in assignment");
            return;
        }
        chk_default(c, r);
        return;
    }
    if (lt->kind == KIND_INVALID) return;
    chk_assignment(c, r, lt, "assignment");
    UNUSED(l);
}

static void assign_stmt(Checker *c, Node *s)
{
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int nl = lhs->len, nr = rhs->len;
    if (nl == nr) {
        Type **lt = util_calloc(nl, sizeof(Type *));
        for (int i = 0; i < nl; i++) lt[i] = lhs_target(c, lhs->items[i]);
        for (int i = 0; i < nr; i++) {
            Node *r = rhs->items[i];
            chk_rawexpr(c, r, lt[i], false);
            if (r->mode == MODE_INVALID) continue;
            if (nl == 1 && r->type && r->type->kind == KIND_TUPLE) {
                assign_mismatch(c, rhs, 1, r->type->nparams);
                continue;
            }
            if (!chk_single_value(c, r)) continue;
            assign_to(c, lhs->items[i], r, lt[i]);
        }
        free(lt);
        return;
    }
    if (nr == 1) {
        Type **lt = util_calloc(nl, sizeof(Type *));
        for (int i = 0; i < nl; i++) lt[i] = lhs_target(c, lhs->items[i]);
        Node *r = rhs->items[0];
        chk_multi_expr(c, r);
        Type **ts = util_calloc((size_t)nl, sizeof(Type *));
        if (rhs_types(c, r, nl, ts, rhs)) {
            for (int i = 0; i < nl; i++) {
                if (!lt[i] || lt[i]->kind == KIND_INVALID) continue;
                Type *t = ts[i];
                if (type_is_untyped(t)) {
                    if (!type_is_boolean(type_under(lt[i])) && type_under(lt[i])->kind != KIND_INTERFACE)
                        chk_error(c, node_start(lhs->items[i]), "cannot use %s value as %s value in assignment",
                                  "untyped bool", chk_type_str(c, lt[i]));
                    continue;
                }
                if (!check_assignable(c->p, t, lt[i])) {
                    chk_error(c, node_start(r), "cannot use %s (value of type %s) as %s value in assignment",
                              chk_expr_str(c, r), chk_type_str(c, t), chk_type_str(c, lt[i]));
                }
            }
        }
        free(ts);
        free(lt);
        return;
    }
    for (int i = 0; i < nl; i++) lhs_target(c, lhs->items[i]);
    for (int i = 0; i < nr; i++) chk_multi_expr(c, rhs->items[i]);
    assign_mismatch(c, rhs, nl, nr);
}

static TokenKind assign_op_binary(TokenKind t)
{
    switch (t) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
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

/* x op= y: checked as the binary expression x op y assigned to x. The
   statement node records the binary expression's result type in
   s->type for the compiler. */
static void op_assign(Checker *c, Node *s, Node *x, Node *y, TokenKind op, Pos pos)
{
    Node bin = {0};
    bin.kind = N_BINARY;
    bin.pos = x->pos;
    bin.u.binary.op = op;
    bin.u.binary.x = x;
    bin.u.binary.y = y;
    bin.u.binary.oppos = pos;
    chk_expr(c, &bin, NULL);
    if (bin.mode == MODE_INVALID) return;
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX) {
        chk_error(c, node_start(x), "cannot assign to %s (neither addressable nor a map index expression)",
                  chk_expr_str(c, x));
        return;
    }
    /* the result converts back to x's type (untyped constants were
       converted by the binary check) */
    if (type_is_untyped(bin.type)) {
        Node tmp = bin;
        chk_convert_untyped(c, &tmp, x->type);
    }
    s->type = x->type;
}

static void short_var_decl(Checker *c, Node *s)
{
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int n = lhs->len;
    Object **objs = util_calloc(n, sizeof(Object *));
    bool *isnew = util_calloc(n, sizeof(bool));
    bool any_new = false, bad = false;
    for (int i = 0; i < n; i++) {
        Node *id = lhs->items[i];
        if (id->kind != N_IDENT) {
            chk_expr(c, id, NULL);
            chk_error(c, node_start(id), "non-name %s on left side of :=", chk_expr_str(c, id));
            bad = true;
            continue;
        }
        for (int j = 0; j < i; j++) {
            Node *p = lhs->items[j];
            if (p->kind == N_IDENT && p->u.ident.name == id->u.ident.name && id->u.ident.name != c->p->name_blank) {
                chk_error(c, id->pos, "%s repeated on left side of :=", id->u.ident.name);
                bad = true;
            }
        }
        Object *old = id->u.ident.name == c->p->name_blank ? NULL : scope_lookup_local(c->scope, id->u.ident.name);
        if (old) {
            id->u.ident.obj = old;
            objs[i] = old;
            if (old->kind != OBJ_VAR) {
                chk_error(c, id->pos, "cannot assign to %s", id->u.ident.name);
                bad = true;
            }
        } else {
            objs[i] = new_local(c, id, NULL);
            isnew[i] = true;
            if (id->u.ident.name != c->p->name_blank) any_new = true;
        }
    }
    if (!any_new && !bad) chk_error(c, s->u.assign.tokpos, "no new variables on left side of :=");
    /* new variables are initialised; existing ones assigned */
    int nr = rhs->len;
    if (nr == n) {
        for (int i = 0; i < n; i++) {
            Node *r = rhs->items[i];
            if (!objs[i]) {
                chk_expr(c, r, NULL);
                continue;
            }
            if (isnew[i]) {
                init_vars(c, &objs[i], 1, &(NodeList){&rhs->items[i], 1, 1}, NULL, "assignment");
            } else {
                chk_rawexpr(c, r, objs[i]->type, false);
                if (r->mode != MODE_INVALID && chk_single_value(c, r)) chk_assignment(c, r, objs[i]->type, "assignment");
                lhs->items[i]->mode = MODE_VAR;
                lhs->items[i]->type = objs[i]->type;
            }
        }
    } else if (nr == 1) {
        Node *r = rhs->items[0];
        chk_multi_expr(c, r);
        Type **ts = util_calloc((size_t)n, sizeof(Type *));
        if (rhs_types(c, r, n, ts, rhs)) {
            for (int i = 0; i < n; i++) {
                if (!objs[i]) continue;
                Type *t = type_is_untyped(ts[i]) ? TT->basic[KIND_BOOL] : ts[i];
                if (isnew[i]) {
                    objs[i]->type = t;
                } else {
                    if (objs[i]->type && !type_is_untyped(ts[i]) && !check_assignable(c->p, t, objs[i]->type))
                        chk_error(c, node_start(r), "cannot use %s value as %s value in assignment",
                                  chk_type_str(c, t), chk_type_str(c, objs[i]->type));
                    lhs->items[i]->mode = MODE_VAR;
                    lhs->items[i]->type = objs[i]->type;
                }
            }
        } else {
            for (int i = 0; i < n; i++)
                if (objs[i] && isnew[i]) {
                    objs[i]->type = TT->basic[KIND_INVALID];
                    objs[i]->flags |= OF_USED;
                }
        }
        free(ts);
    } else {
        for (int i = 0; i < nr; i++) chk_multi_expr(c, rhs->items[i]);
        assign_mismatch(c, rhs, n, nr);
        for (int i = 0; i < n; i++)
            if (objs[i] && isnew[i]) {
                objs[i]->type = TT->basic[KIND_INVALID];
                objs[i]->flags |= OF_USED;
            }
    }
    /* declare after evaluating the right-hand sides */
    for (int i = 0; i < n; i++) {
        if (!objs[i] || !isnew[i]) continue;
        if (!objs[i]->type) objs[i]->type = TT->basic[KIND_INVALID];
        lhs->items[i]->mode = MODE_VAR;
        lhs->items[i]->type = objs[i]->type;
        chk_declare(c, c->scope, objs[i], lhs->items[i]);
    }
    free(objs);
    free(isnew);
}

/* ---- declarations in functions ------------------------------------------- */

void chk_const_decl(Checker *c, Node *spec, Scope *into)
{
    NodeList *names = &spec->u.valuespec.names;
    NodeList *values = &spec->u.valuespec.values;
    Const *saved = c->iota;
    c->iota = const_int64(CP, spec->u.valuespec.iota);
    Type *typ = NULL;
    if (spec->u.valuespec.type) {
        typ = chk_typexpr(c, spec->u.valuespec.type);
        Type *u = type_under(typ);
        if (typ->kind != KIND_INVALID && !(type_is_boolean(u) || type_is_numeric(u) || type_is_string(u))) {
            chk_error(c, node_start(spec->u.valuespec.type), "invalid constant type %s", chk_type_str(c, typ));
            typ = TT->basic[KIND_INVALID];
        }
    }
    for (int i = 0; i < names->len; i++) {
        Node *id = names->items[i];
        Object *o = id->u.ident.obj;
        if (!o) {
            o = obj_new(c->p, OBJ_CONST, id->u.ident.name, id->pos, NULL);
            o->pkg = c->pkg;
            o->decl = spec;
            id->u.ident.obj = o;
        }
        o->color = 1;
        if (i >= values->len) {
            if (values->len == 0 && !spec->u.valuespec.type) chk_error(c, id->pos, "missing init expr for const declaration");
            else if (values->len) chk_error(c, id->pos, "missing init expr for const declaration");
            o->type = TT->basic[KIND_INVALID];
            o->color = 2;
            continue;
        }
        Node *v = values->items[i];
        chk_expr(c, v, NULL);
        if (v->mode == MODE_INVALID) {
            o->type = TT->basic[KIND_INVALID];
            o->color = 2;
            continue;
        }
        if (v->mode != MODE_CONST) {
            chk_error(c, node_start(v), "%s is not constant", chk_operand_str(c, v));
            o->type = TT->basic[KIND_INVALID];
            o->color = 2;
            continue;
        }
        if (typ && typ->kind != KIND_INVALID) {
            Node tmp = *v;
            if (!chk_assignment(c, &tmp, typ, "constant declaration")) {
                o->type = TT->basic[KIND_INVALID];
                o->color = 2;
                continue;
            }
            o->type = typ;
            o->cval = tmp.cval;
        } else if (typ) {
            o->type = typ;
        } else {
            o->type = v->type;
            o->cval = v->cval;
        }
        o->color = 2;
    }
    if (values->len > names->len && !spec->u.valuespec.implicit)
        chk_error(c, node_start(values->items[names->len]), "extra init expr");
    c->iota = saved;
    if (into) {
        for (int i = 0; i < names->len; i++)
            chk_declare(c, into, names->items[i]->u.ident.obj, names->items[i]);
    }
}

void chk_var_decl_local(Checker *c, Node *spec)
{
    NodeList *names = &spec->u.valuespec.names;
    int n = names->len;
    Object **objs = util_calloc(n, sizeof(Object *));
    for (int i = 0; i < n; i++) objs[i] = new_local(c, names->items[i], NULL);
    chk_assign_vars(c, names, &spec->u.valuespec.values, spec->u.valuespec.type, "variable declaration", spec->pos,
                    objs);
    for (int i = 0; i < n; i++) {
        if (!objs[i]->type) objs[i]->type = TT->basic[KIND_INVALID];
        chk_declare(c, c->scope, objs[i], names->items[i]);
    }
    free(objs);
}

static void local_type_decl(Checker *c, Node *spec)
{
    Node *id = spec->u.typespec.name;
    Object *o = obj_new(c->p, OBJ_TYPENAME, id->u.ident.name, id->pos, NULL);
    o->pkg = c->pkg;
    o->decl = spec;
    o->color = 1;
    id->u.ident.obj = o;
    /* the name is in scope inside its own declaration (recursive types) */
    chk_declare(c, c->scope, o, id);
    chk_defined_type(c, o);
    o->color = 2;
    if (o->type && o->type->kind != KIND_INVALID && !type_layout(TT, o->type)) {
        chk_error(c, id->pos, "invalid recursive type %s", o->name);
    }
}

static void decl_stmt(Checker *c, Node *d)
{
    for (int i = 0; i < d->u.gendecl.specs.len; i++) {
        Node *s = d->u.gendecl.specs.items[i];
        switch (d->u.gendecl.tok) {
        case T_CONST: chk_const_decl(c, s, c->scope); break;
        case T_VAR: chk_var_decl_local(c, s); break;
        case T_TYPE: local_type_decl(c, s); break;
        default: chk_error(c, s->pos, "unexpected declaration in function body"); break;
        }
    }
}

/* ---- simple statements ------------------------------------------------------ */

static void expr_stmt(Checker *c, Node *s)
{
    Node *x = s->u.exprstmt.x;
    chk_multi_expr(c, x);
    if (x->mode == MODE_INVALID) return;
    Node *ux = ast_unparen(x);
    if (ux->kind == N_CALL) {
        if (ux->u.call.conversion) {
            chk_error(c, node_start(x), "%s is not used", chk_operand_str(c, x));
            return;
        }
        if (ux->u.call.builtin) {
            switch ((BuiltinId)ux->u.call.builtin) {
            case BI_COPY: case BI_DELETE: case BI_PANIC: case BI_PRINT: case BI_PRINTLN:
            case BI_RECOVER: case BI_CLEAR: case BI_CLOSE:
                return;
            default:
                chk_error(c, node_start(x), "%s is not used", chk_operand_str(c, x));
                return;
            }
        }
        return;
    }
    if (ux->kind == N_UNARY && ux->u.unary.op == T_ARROW) return;
    if (x->mode == MODE_TYPE) {
        chk_error(c, node_start(x), "%s (type) is not an expression", chk_expr_str(c, x));
        return;
    }
    chk_error(c, node_start(x), "%s is not used", chk_operand_str(c, x));
}

static void send_stmt(Checker *c, Node *s)
{
    Node *ch = s->u.send.chan, *v = s->u.send.value;
    chk_expr(c, ch, NULL);
    chk_expr(c, v, NULL);
    if (ch->mode == MODE_INVALID || v->mode == MODE_INVALID) return;
    Type *u = cunder(ch->type);
    if (u->kind != KIND_CHAN) {
        chk_error(c, s->u.send.arrow, "invalid operation: cannot send to non-channel %s", chk_operand_str(c, ch));
        return;
    }
    if (u->dir == CHAN_RECV) {
        chk_error(c, s->u.send.arrow, "invalid operation: cannot send to receive-only channel %s",
                  chk_operand_str(c, ch));
        return;
    }
    chk_assignment(c, v, u->elem, "send");
}

static void incdec_stmt(Checker *c, Node *s)
{
    Node *x = s->u.incdec.x;
    chk_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) return;
    if (!type_is_numeric(type_under(x->type))) {
        chk_error(c, node_start(x), "invalid operation: %s%s (non-numeric type %s)", chk_expr_str(c, x),
                  s->u.incdec.tok == T_INC ? "++" : "--", chk_type_str(c, x->type));
        return;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX) {
        chk_error(c, node_start(x), "cannot assign to %s (neither addressable nor a map index expression)",
                  chk_expr_str(c, x));
    }
}

static void go_defer_stmt(Checker *c, Node *s, const char *what)
{
    Node *call = s->u.gostmt.call;
    if (call->kind != N_CALL) {
        chk_expr(c, call, NULL);
        chk_error(c, node_start(call), "expression in %s must be function call", what);
        return;
    }
    chk_multi_expr(c, call);
    if (call->mode == MODE_INVALID) return;
    if (call->u.call.conversion) {
        chk_error(c, node_start(call), "%s requires function call, not conversion", what);
        return;
    }
    if (call->u.call.builtin) {
        switch ((BuiltinId)call->u.call.builtin) {
        case BI_COPY: case BI_DELETE: case BI_PANIC: case BI_PRINT: case BI_PRINTLN:
        case BI_RECOVER: case BI_CLEAR: case BI_CLOSE:
            break;
        default:
            chk_error(c, node_start(call), "%s discards result of %s", what, chk_operand_str(c, call));
            return;
        }
    }
    if (s->kind == N_DEFER && c->fn) c->fn->has_defer = true;
}

static void return_stmt(Checker *c, Node *s)
{
    FuncInfo *fi = c->fn;
    NodeList *res = &s->u.ret.results;
    Type *sig = fi->sig;
    int want = sig->nresults;
    if (res->len == 0) {
        if (want > 0 && !fi->named_results) {
            StrBuf b;
            sb_init(&b);
            sb_puts(&b, "not enough return values\n\thave ()\n\twant (");
            for (int i = 0; i < want; i++) {
                if (i) sb_puts(&b, ", ");
                sb_puts(&b, chk_type_str(c, sig->results[i]));
            }
            sb_putc(&b, ')');
            chk_error(c, s->pos, "%s", b.data);
            sb_free(&b);
        } else if (want > 0) {
            /* named results must not be shadowed at a bare return */
            for (int i = 0; i < fi->results.len; i++) {
                Object *r = fi->results.items[i];
                if (r->name == c->p->name_blank) continue;
                Object *o = chk_lookup(c, r->name);
                if (o != r) {
                    chk_error(c, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s",
                              r->name, chk_pos_str(c, o->pos), r->name);
                }
            }
        }
        return;
    }
    if (res->len == 1 && want > 1) {
        Node *r = res->items[0];
        chk_multi_expr(c, r);
        if (r->mode == MODE_INVALID) return;
        if (r->type && r->type->kind == KIND_TUPLE) {
            Type *t = r->type;
            if (t->nparams != want) goto count;
            for (int i = 0; i < want; i++)
                if (!check_assignable(c->p, t->params[i], sig->results[i]))
                    chk_error(c, node_start(r), "cannot use %s value as %s value in return statement",
                              chk_type_str(c, t->params[i]), chk_type_str(c, sig->results[i]));
            return;
        }
        goto count;
    }
    if (res->len != want) {
        for (int i = 0; i < res->len; i++) chk_multi_expr(c, res->items[i]);
        goto count;
    }
    for (int i = 0; i < want; i++) {
        Node *r = res->items[i];
        chk_rawexpr(c, r, sig->results[i], false);
        chk_assignment(c, r, sig->results[i], "return statement");
    }
    return;
count : {
    StrBuf b;
    sb_init(&b);
    bool few = res->len < want;
    if (res->len == 1 && res->items[0]->type && res->items[0]->type->kind == KIND_TUPLE)
        few = res->items[0]->type->nparams < want;
    sb_printf(&b, "%s return values\n\thave (", few ? "not enough" : "too many");
    for (int i = 0; i < res->len; i++) {
        if (i) sb_puts(&b, ", ");
        Type *t = res->items[i]->type;
        if (!t) sb_puts(&b, "unknown type");
        else if (type_is_untyped(t)) sb_puts(&b, type_is_numeric(t) ? "number" : t->kind == KIND_UNTYPED_STRING ? "string" : t->kind == KIND_UNTYPED_BOOL ? "bool" : "nil");
        else sb_puts(&b, chk_type_str(c, t));
    }
    sb_puts(&b, ")\n\twant (");
    for (int i = 0; i < want; i++) {
        if (i) sb_puts(&b, ", ");
        sb_puts(&b, chk_type_str(c, sig->results[i]));
    }
    sb_putc(&b, ')');
    /* too many: at the first extra value; not enough: at the return */
    Pos at = s->pos;
    if (!few && res->len > want) at = node_start(res->items[want]);
    else if (res->len) at = node_start(res->items[0]);
    chk_error(c, at, "%s", b.data);
    sb_free(&b);
}
}

/* ---- labels and branches ------------------------------------------------------ */

static LabelInfo *find_label(Checker *c, const char *name)
{
    for (int i = 0; i < c->labels.len; i++)
        if (c->labels.items[i].obj->name == name) return &c->labels.items[i];
    return NULL;
}

static void collect_labels(Checker *c, NodeList *stmts)
{
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->items[i];
        while (s && s->kind == N_LABELED) {
            Node *id = s->u.labeled.label;
            if (id->u.ident.name != c->p->name_blank) {
                LabelInfo *old = find_label(c, id->u.ident.name);
                if (old) {
                    chk_error(c, id->pos, "label %s already defined\n\t%s: previous definition", id->u.ident.name,
                              chk_pos_str(c, old->obj->pos));
                } else {
                    LabelInfo li = {0};
                    li.obj = obj_new(c->p, OBJ_LABEL, id->u.ident.name, id->pos, NULL);
                    li.stmt = s;
                    id->u.ident.obj = li.obj;
                    vec_push(&c->labels, li);
                }
            }
            s = s->u.labeled.stmt;
        }
        if (!s) continue;
        /* labels are function-scoped: look into nested blocks */
        switch (s->kind) {
        case N_BLOCK: collect_labels(c, &s->u.block.stmts); break;
        case N_IF:
            collect_labels(c, &s->u.ifs.then->u.block.stmts);
            if (s->u.ifs.els) {
                NodeList one = {&s->u.ifs.els, 1, 1};
                collect_labels(c, &one);
            }
            break;
        case N_FOR: collect_labels(c, &s->u.fors.body->u.block.stmts); break;
        case N_RANGE: collect_labels(c, &s->u.range.body->u.block.stmts); break;
        case N_SWITCH:
            for (int j = 0; j < s->u.switchs.clauses.len; j++)
                collect_labels(c, &s->u.switchs.clauses.items[j]->u.caseclause.body);
            break;
        case N_TYPESWITCH:
            for (int j = 0; j < s->u.typeswitch.clauses.len; j++)
                collect_labels(c, &s->u.typeswitch.clauses.items[j]->u.caseclause.body);
            break;
        case N_SELECT:
            for (int j = 0; j < s->u.select.clauses.len; j++)
                collect_labels(c, &s->u.select.clauses.items[j]->u.commclause.body);
            break;
        default: break;
        }
    }
}

/* The statement a labeled break/continue refers to: the enclosing
   statement carrying that label. */
static Node *enclosing_labeled(Checker *c, const char *name)
{
    for (int i = c->nenclosing - 1; i >= 0; i--) {
        Node *s = c->enclosing_stmt[i];
        if (s->kind == N_LABELED && s->u.labeled.label->u.ident.name == name) return s;
    }
    return NULL;
}

static Node *innermost(Checker *c, bool loops_only)
{
    for (int i = c->nenclosing - 1; i >= 0; i--) {
        Node *s = c->enclosing_stmt[i];
        if (s->kind == N_LABELED) continue;
        if (s->kind == N_FOR || s->kind == N_RANGE) return s;
        if (!loops_only && (s->kind == N_SWITCH || s->kind == N_TYPESWITCH || s->kind == N_SELECT)) return s;
    }
    return NULL;
}

static void branch_stmt(Checker *c, Node *s, int ctx)
{
    TokenKind tok = s->u.branch.tok;
    Node *label = s->u.branch.label;
    if (tok == T_FALLTHROUGH) {
        if (!(ctx & SC_FALLTHROUGH_OK)) {
            if (ctx & SC_FINAL_CASE) chk_error(c, s->pos, "cannot fallthrough final case in switch");
            else if (ctx & SC_IN_TYPESWITCH) chk_error(c, s->pos, "cannot fallthrough in type switch");
            else chk_error(c, s->pos, "fallthrough statement out of place");
        }
        return;
    }
    if (tok == T_GOTO) {
        LabelInfo *li = label ? find_label(c, label->u.ident.name) : NULL;
        if (!li) {
            chk_error(c, label ? label->pos : s->pos, "label %s not defined", label ? label->u.ident.name : "");
            return;
        }
        li->used = true;
        s->u.branch.target = li->stmt;
        label->u.ident.obj = li->obj;
        return;
    }
    const char *what = tok == T_BREAK ? "break" : "continue";
    if (label) {
        LabelInfo *li = find_label(c, label->u.ident.name);
        if (!li) {
            chk_error(c, label->pos, "%s label not defined: %s", what, label->u.ident.name);
            return;
        }
        li->used = true;
        label->u.ident.obj = li->obj;
        Node *ls = enclosing_labeled(c, label->u.ident.name);
        Node *target = ls ? ls->u.labeled.stmt : NULL;
        bool ok = target && (target->kind == N_FOR || target->kind == N_RANGE ||
                             (tok == T_BREAK && (target->kind == N_SWITCH || target->kind == N_TYPESWITCH ||
                                                 target->kind == N_SELECT)));
        if (!ok) {
            chk_error(c, label->pos, "invalid %s label %s", what, label->u.ident.name);
            return;
        }
        s->u.branch.target = target;
        return;
    }
    Node *t = innermost(c, tok == T_CONTINUE);
    if (!t) {
        if (tok == T_BREAK) chk_error(c, s->pos, "break is not in a loop, switch, or select");
        else chk_error(c, s->pos, "continue is not in a loop");
        return;
    }
    s->u.branch.target = t;
}

static void push_enclosing(Checker *c, Node *s)
{
    if (c->nenclosing < (int)ARRAY_LEN(c->enclosing_stmt)) c->enclosing_stmt[c->nenclosing] = s;
    c->nenclosing++;
}

static void pop_enclosing(Checker *c)
{
    c->nenclosing--;
}

/* ---- compound statements --------------------------------------------------------- */

static void stmt_list(Checker *c, NodeList *l, int ctx)
{
    int inner = ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE);
    for (int i = 0; i < l->len; i++) {
        Node *s = l->items[i];
        int sctx = inner;
        /* fallthrough is allowed as the last statement of a case */
        if (i == l->len - 1) sctx = ctx;
        chk_stmt(c, s, sctx);
    }
}

void chk_block(Checker *c, Node *b, int ctx)
{
    chk_open_scope(c, b->pos);
    stmt_list(c, &b->u.block.stmts, ctx);
    chk_close_scope(c);
}

static void cond_expr(Checker *c, Node *cond, const char *what)
{
    chk_expr(c, cond, NULL);
    if (cond->mode == MODE_INVALID) return;
    if (!chk_single_value(c, cond)) return;
    if (!type_is_boolean(type_under(cond->type))) {
        chk_error(c, node_start(cond), "non-boolean condition in %s statement", what);
        return;
    }
    chk_default(c, cond);
}

static void if_stmt(Checker *c, Node *s, int ctx)
{
    chk_open_scope(c, s->pos);
    if (s->u.ifs.init) chk_stmt(c, s->u.ifs.init, 0);
    cond_expr(c, s->u.ifs.cond, "if");
    chk_block(c, s->u.ifs.then, ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE));
    if (s->u.ifs.els) chk_stmt(c, s->u.ifs.els, ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE));
    chk_close_scope(c);
}

static void switch_stmt(Checker *c, Node *s, int ctx)
{
    chk_open_scope(c, s->pos);
    if (s->u.switchs.init) chk_stmt(c, s->u.switchs.init, 0);
    Node *tag = s->u.switchs.tag;
    if (tag) {
        chk_expr(c, tag, NULL);
        if (tag->mode != MODE_INVALID && chk_single_value(c, tag)) {
            chk_default(c, tag);
            if (tag->mode == MODE_NIL) {
                chk_error(c, node_start(tag), "use of untyped nil in switch expression");
                invalid(tag);
            } else if (tag->type && !type_comparable(TT, tag->type)) {
                chk_error(c, node_start(tag), "cannot switch on %s", chk_operand_str(c, tag));
                invalid(tag);
            }
        }
    }
    push_enclosing(c, s);
    VEC(Node *) consts = {0};
    int nclauses = s->u.switchs.clauses.len;
    bool seen_default = false;
    for (int i = 0; i < nclauses; i++) {
        Node *cl = s->u.switchs.clauses.items[i];
        if (cl->u.caseclause.is_default) {
            if (seen_default) chk_error(c, cl->pos, "multiple defaults in switch");
            seen_default = true;
        }
        for (int j = 0; j < cl->u.caseclause.list.len; j++) {
            Node *e = cl->u.caseclause.list.items[j];
            chk_expr(c, e, tag ? tag->type : NULL);
            if (e->mode == MODE_INVALID || !chk_single_value(c, e)) continue;
            if (tag) {
                if (tag->mode == MODE_INVALID) continue;
                /* tag == e */
                Node tmp_tag = *tag;
                const char *why;
                UNUSED(why);
                if (type_is_untyped(e->type)) chk_convert_untyped(c, e, tag->type);
                if (e->mode == MODE_INVALID) continue;
                if (!chk_comparable_op(c, e, &tmp_tag, T_EQL, e->pos)) continue;
                if (e->mode == MODE_CONST) {
                    for (int k = 0; k < consts.len; k++) {
                        Node *o = consts.items[k];
                        if (o->type == e->type && o->cval->kind == e->cval->kind &&
                            const_compare(T_EQL, o->cval, e->cval)) {
                            chk_error(c, node_start(e), "duplicate case %s in expression switch\n\t%s: previous case",
                                      chk_operand_str(c, e), chk_pos_str(c, node_start(o)));
                            break;
                        }
                    }
                    vec_push(&consts, e);
                }
            } else {
                /* switch { case cond: } */
                if (!type_is_boolean(type_under(e->type))) {
                    chk_error(c, node_start(e), "invalid case %s in switch (mismatched types %s and bool)",
                              chk_expr_str(c, e), chk_type_str(c, e->type));
                    continue;
                }
                chk_default(c, e);
            }
        }
        chk_open_scope(c, cl->pos);
        int cctx = (ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE | SC_IN_TYPESWITCH));
        if (i < nclauses - 1) cctx |= SC_FALLTHROUGH_OK;
        else cctx |= SC_FINAL_CASE;
        stmt_list(c, &cl->u.caseclause.body, cctx);
        chk_close_scope(c);
    }
    vec_free(&consts);
    pop_enclosing(c);
    chk_close_scope(c);
}

static void type_switch_stmt(Checker *c, Node *s, int ctx)
{
    chk_open_scope(c, s->pos);
    if (s->u.typeswitch.init) chk_stmt(c, s->u.typeswitch.init, 0);
    Node *ta = s->u.typeswitch.x; /* N_TYPEASSERT with type NULL */
    Node *x = ta->u.assert.x;
    chk_expr(c, x, NULL);
    bool ok = x->mode != MODE_INVALID && chk_single_value(c, x);
    if (ok && type_under(x->type)->kind != KIND_INTERFACE) {
        chk_error(c, node_start(x), "%s is not an interface", chk_operand_str(c, x));
        ok = false;
    }
    ta->mode = ok ? MODE_VALUE : MODE_INVALID;
    ta->type = ok ? x->type : NULL;
    Node *lhs = s->u.typeswitch.lhs;
    if (lhs && lhs->u.ident.name == c->p->name_blank) {
        chk_error(c, lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    push_enclosing(c, s);
    VEC(Type *) seen = {0};
    VEC(Node *) seen_nodes = {0};
    bool any_used = false;
    VEC(Object *) clause_vars = {0};
    bool seen_default = false;
    for (int i = 0; i < s->u.typeswitch.clauses.len; i++) {
        Node *cl = s->u.typeswitch.clauses.items[i];
        if (cl->u.caseclause.is_default) {
            if (seen_default) chk_error(c, cl->pos, "multiple defaults in switch");
            seen_default = true;
        }
        Type *single = NULL;
        int ntypes = cl->u.caseclause.list.len;
        for (int j = 0; j < ntypes; j++) {
            Node *te = cl->u.caseclause.list.items[j];
            Type *t;
            Node *ute = ast_unparen(te);
            if (ute->kind == N_IDENT && ute->u.ident.name == intern_cstr(c->p->names, "nil") &&
                chk_lookup(c, ute->u.ident.name) && chk_lookup(c, ute->u.ident.name)->kind == OBJ_NIL) {
                te->mode = MODE_NIL;
                te->type = TT->basic[KIND_UNTYPED_NIL];
                t = te->type;
            } else {
                t = chk_typexpr(c, te);
            }
            if (t->kind == KIND_INVALID) continue;
            if (ok && t->kind != KIND_UNTYPED_NIL && type_under(t)->kind != KIND_INTERFACE) {
                const char *why = NULL;
                if (check_missing_method(c->p, t, x->type, &why)) {
                    chk_error(c, node_start(te), "impossible type switch case: %s cannot have dynamic type %s (%s)",
                              chk_operand_str(c, x), chk_type_str(c, t), why);
                }
            }
            for (int k = 0; k < seen.len; k++) {
                if (seen.items[k] == t) {
                    chk_error(c, node_start(te), "duplicate case %s in type switch\n\t%s: previous case",
                              t->kind == KIND_UNTYPED_NIL ? "nil" : chk_type_str(c, t),
                              chk_pos_str(c, node_start(seen_nodes.items[k])));
                    break;
                }
            }
            vec_push(&seen, t);
            vec_push(&seen_nodes, te);
            if (ntypes == 1) single = t;
        }
        chk_open_scope(c, cl->pos);
        if (lhs) {
            Type *vt = (single && single->kind != KIND_UNTYPED_NIL) ? single : (ok ? x->type : TT->basic[KIND_INVALID]);
            Object *v = obj_new(c->p, OBJ_VAR, lhs->u.ident.name, lhs->pos, vt);
            v->owner = c->fn;
            v->pkg = c->pkg;
            v->flags |= OF_IMPLICIT;
            v->decl = lhs;
            cl->u.caseclause.implicit = v;
            if (c->fn) vec_push(&c->fn->locals, v);
            scope_insert(c->p->arena, c->scope, v);
            vec_push(&clause_vars, v);
        }
        int cctx = (ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE)) | SC_IN_TYPESWITCH;
        stmt_list(c, &cl->u.caseclause.body, cctx);
        chk_close_scope(c);
    }
    if (lhs) {
        for (int i = 0; i < clause_vars.len; i++)
            if (clause_vars.items[i]->flags & OF_USED) any_used = true;
        Object *lo = obj_new(c->p, OBJ_VAR, lhs->u.ident.name, lhs->pos, ok ? x->type : NULL);
        lhs->u.ident.obj = lo;
        if (!any_used) chk_soft(c, lhs->pos, "declared and not used: %s", lhs->u.ident.name);
        /* clause variables are reported through the switch's lhs only */
        for (int i = 0; i < clause_vars.len; i++) clause_vars.items[i]->flags |= OF_USED;
    }
    vec_free(&seen);
    vec_free(&seen_nodes);
    vec_free(&clause_vars);
    pop_enclosing(c);
    chk_close_scope(c);
}

static void select_stmt(Checker *c, Node *s, int ctx)
{
    push_enclosing(c, s);
    bool seen_default = false;
    for (int i = 0; i < s->u.select.clauses.len; i++) {
        Node *cl = s->u.select.clauses.items[i];
        Node *comm = cl->u.commclause.comm;
        chk_open_scope(c, cl->pos);
        if (!comm) {
            if (seen_default) chk_error(c, cl->pos, "multiple defaults in select");
            seen_default = true;
        } else {
            bool valid = false;
            if (comm->kind == N_SEND) valid = true;
            else if (comm->kind == N_EXPRSTMT) {
                Node *x = ast_unparen(comm->u.exprstmt.x);
                valid = x->kind == N_UNARY && x->u.unary.op == T_ARROW;
            } else if (comm->kind == N_ASSIGN && comm->u.assign.rhs.len == 1) {
                Node *x = ast_unparen(comm->u.assign.rhs.items[0]);
                valid = x->kind == N_UNARY && x->u.unary.op == T_ARROW && comm->u.assign.lhs.len <= 2;
            }
            if (!valid) chk_error(c, comm->pos, "select case must be receive, send or assign recv");
            chk_stmt(c, comm, 0);
        }
        stmt_list(c, &cl->u.commclause.body, ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE));
        chk_close_scope(c);
    }
    pop_enclosing(c);
}

static void for_stmt(Checker *c, Node *s, int ctx)
{
    chk_open_scope(c, s->pos);
    if (s->u.fors.init) {
        chk_stmt(c, s->u.fors.init, 0);
        Node *init = s->u.fors.init;
        if (init->kind == N_ASSIGN && init->u.assign.tok == T_DEFINE) {
            for (int i = 0; i < init->u.assign.lhs.len; i++) {
                Object *o = init->u.assign.lhs.items[i]->u.ident.obj;
                if (o && o->kind == OBJ_VAR) o->flags |= OF_LOOPVAR;
            }
        }
    }
    if (s->u.fors.cond) cond_expr(c, s->u.fors.cond, "for");
    if (s->u.fors.post) {
        Node *post = s->u.fors.post;
        if (post->kind == N_ASSIGN && post->u.assign.tok == T_DEFINE)
            chk_error(c, post->pos, "cannot declare in post statement of for loop");
        else
            chk_stmt(c, post, 0);
    }
    push_enclosing(c, s);
    chk_block(c, s->u.fors.body, ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE));
    pop_enclosing(c);
    chk_close_scope(c);
}

static void range_stmt(Checker *c, Node *s, int ctx)
{
    chk_open_scope(c, s->pos);
    Node *x = s->u.range.x;
    chk_expr(c, x, NULL);
    Type *kt = NULL, *vt = NULL;
    bool ok = x->mode != MODE_INVALID && chk_single_value(c, x);
    int maxvars = 2;
    if (ok) {
        Type *t = x->type;
        Type *u = cunder(t);
        if (u->kind == KIND_POINTER && type_under(u->elem)->kind == KIND_ARRAY) u = type_under(u->elem);
        switch (u->kind) {
        case KIND_UNTYPED_STRING:
        case KIND_STRING:
            chk_convert_untyped(c, x, TT->basic[KIND_STRING]);
            kt = TT->basic[KIND_INT];
            vt = TT->rune_type;
            break;
        case KIND_ARRAY:
        case KIND_SLICE:
            kt = TT->basic[KIND_INT];
            vt = u->elem;
            break;
        case KIND_MAP:
            kt = u->key;
            vt = u->elem;
            break;
        case KIND_CHAN:
            kt = u->elem;
            maxvars = 1;
            if (u->dir == CHAN_SEND) {
                chk_error(c, node_start(x), "invalid operation: range %s (receive from send-only channel %s)",
                          chk_expr_str(c, x), chk_type_str(c, t));
                ok = false;
            }
            break;
        case KIND_UNTYPED_INT:
        case KIND_UNTYPED_RUNE:
            if (x->mode == MODE_CONST) {
                /* range over an untyped constant: its type is the iteration
                   variable's if declared with =, else int */
                Node *k = s->u.range.key;
                Type *target = TT->basic[KIND_INT];
                if (k && s->u.range.tok == T_ASSIGN) {
                    Node tmp = *k;
                    chk_expr(c, &tmp, NULL);
                    if (tmp.mode != MODE_INVALID && type_is_integer(type_under(tmp.type))) target = tmp.type;
                }
                chk_convert_untyped(c, x, target);
                if (x->mode == MODE_INVALID) {
                    ok = false;
                    break;
                }
                kt = x->type;
                maxvars = 1;
                break;
            }
            /* fallthrough */
        default:
            if (type_is_integer(u)) {
                kt = t;
                maxvars = 1;
                break;
            }
            chk_error(c, node_start(x), "cannot range over %s", chk_operand_str(c, x));
            ok = false;
        }
    }
    Node *vars[2] = {s->u.range.key, s->u.range.value};
    Type *types[2] = {kt, vt};
    int nvars = vars[1] ? 2 : vars[0] ? 1 : 0;
    if (ok && nvars > maxvars) {
        chk_error(c, node_start(vars[maxvars]), "range over %s permits only one iteration variable",
                  chk_operand_str(c, x));
        ok = false;
    }
    if (s->u.range.tok == T_DEFINE) {
        Object *objs[2] = {NULL, NULL};
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v) continue;
            if (v->kind != N_IDENT) {
                chk_error(c, node_start(v), "non-name %s on left side of :=", chk_expr_str(c, v));
                continue;
            }
            Object *o = new_local(c, v, ok && types[i] ? types[i] : TT->basic[KIND_INVALID]);
            o->flags |= OF_LOOPVAR;
            if (!ok) o->flags |= OF_USED;
            v->mode = MODE_VAR;
            v->type = o->type;
            objs[i] = o;
        }
        for (int i = 0; i < 2; i++)
            if (objs[i]) chk_declare(c, c->scope, objs[i], vars[i]);
    } else if (s->u.range.tok == T_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            Node *v = vars[i];
            if (!v) continue;
            Type *lt = lhs_target(c, v);
            if (!ok || !lt || lt->kind == KIND_INVALID || !types[i]) continue;
            if (!check_assignable(c->p, types[i], lt))
                chk_error(c, node_start(v), "cannot use %s (value of type %s) as %s value in range clause",
                          chk_expr_str(c, v), chk_type_str(c, types[i]), chk_type_str(c, lt));
        }
    }
    push_enclosing(c, s);
    chk_block(c, s->u.range.body, ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE));
    pop_enclosing(c);
    chk_close_scope(c);
}

static void labeled_stmt(Checker *c, Node *s, int ctx)
{
    push_enclosing(c, s);
    chk_stmt(c, s->u.labeled.stmt, ctx);
    pop_enclosing(c);
}

void chk_stmt(Checker *c, Node *s, int ctx)
{
    switch (s->kind) {
    case N_BAD:
    case N_EMPTYSTMT: break;
    case N_DECLSTMT: decl_stmt(c, s->u.declstmt.decl); break;
    case N_LABELED: labeled_stmt(c, s, ctx); break;
    case N_EXPRSTMT: expr_stmt(c, s); break;
    case N_SEND: send_stmt(c, s); break;
    case N_INCDEC: incdec_stmt(c, s); break;
    case N_ASSIGN:
        if (s->u.assign.tok == T_DEFINE) short_var_decl(c, s);
        else if (s->u.assign.tok == T_ASSIGN) assign_stmt(c, s);
        else {
            if (s->u.assign.lhs.len != 1 || s->u.assign.rhs.len != 1) {
                chk_error(c, s->u.assign.tokpos, "assignment operation %s requires single-valued expressions",
                          tok_str(s->u.assign.tok));
                break;
            }
            op_assign(c, s, s->u.assign.lhs.items[0], s->u.assign.rhs.items[0], assign_op_binary(s->u.assign.tok),
                      s->u.assign.tokpos);
        }
        break;
    case N_GO: go_defer_stmt(c, s, "go"); break;
    case N_DEFER: go_defer_stmt(c, s, "defer"); break;
    case N_RETURN: return_stmt(c, s); break;
    case N_BRANCH: branch_stmt(c, s, ctx); break;
    case N_BLOCK: chk_block(c, s, ctx & ~(SC_FALLTHROUGH_OK | SC_FINAL_CASE)); break;
    case N_IF: if_stmt(c, s, ctx); break;
    case N_SWITCH: switch_stmt(c, s, ctx); break;
    case N_TYPESWITCH: type_switch_stmt(c, s, ctx); break;
    case N_SELECT: select_stmt(c, s, ctx); break;
    case N_FOR: for_stmt(c, s, ctx); break;
    case N_RANGE: range_stmt(c, s, ctx); break;
    case N_FUNCDECL: chk_error(c, s->pos, "function declaration not allowed in function body"); break;
    default: chk_error(c, s->pos, "unexpected %s statement", ast_kind_name(s->kind)); break;
    }
}

/* ---- terminating statements (spec: Terminating statements) ------------------ */

static bool has_break(Node *s, Node *target, bool implicit);

static bool list_has_break(NodeList *l, Node *target, bool implicit)
{
    for (int i = 0; i < l->len; i++)
        if (has_break(l->items[i], target, implicit)) return true;
    return false;
}

/* Does s contain a break referring to target (implicit: unlabeled breaks
   count)? */
static bool has_break(Node *s, Node *target, bool implicit)
{
    if (!s) return false;
    switch (s->kind) {
    case N_BRANCH: return s->u.branch.tok == T_BREAK && s->u.branch.target == target &&
                          (s->u.branch.label || implicit);
    case N_BLOCK: return list_has_break(&s->u.block.stmts, target, implicit);
    case N_LABELED: return has_break(s->u.labeled.stmt, target, implicit);
    case N_IF: return has_break(s->u.ifs.then, target, implicit) || has_break(s->u.ifs.els, target, implicit);
    case N_CASECLAUSE: return list_has_break(&s->u.caseclause.body, target, implicit);
    case N_COMMCLAUSE: return list_has_break(&s->u.commclause.body, target, implicit);
    case N_SWITCH:
        for (int i = 0; i < s->u.switchs.clauses.len; i++)
            if (has_break(s->u.switchs.clauses.items[i], target, false)) return true;
        return false;
    case N_TYPESWITCH:
        for (int i = 0; i < s->u.typeswitch.clauses.len; i++)
            if (has_break(s->u.typeswitch.clauses.items[i], target, false)) return true;
        return false;
    case N_SELECT:
        for (int i = 0; i < s->u.select.clauses.len; i++)
            if (has_break(s->u.select.clauses.items[i], target, false)) return true;
        return false;
    case N_FOR: return has_break(s->u.fors.body, target, false);
    case N_RANGE: return has_break(s->u.range.body, target, false);
    default: return false;
    }
}

static bool list_terminating(NodeList *l)
{
    /* trailing empty statements are ignored */
    int n = l->len;
    while (n > 0 && l->items[n - 1]->kind == N_EMPTYSTMT) n--;
    return n > 0 && chk_is_terminating(l->items[n - 1], NULL);
}

bool chk_is_terminating(Node *s, const char *label)
{
    UNUSED(label);
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->u.branch.tok == T_GOTO || s->u.branch.tok == T_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *x = ast_unparen(s->u.exprstmt.x);
        return x->kind == N_CALL && x->u.call.builtin == BI_PANIC;
    }
    case N_BLOCK: return list_terminating(&s->u.block.stmts);
    case N_IF: return s->u.ifs.els && chk_is_terminating(s->u.ifs.then, NULL) && chk_is_terminating(s->u.ifs.els, NULL);
    case N_LABELED: return chk_is_terminating(s->u.labeled.stmt, NULL);
    case N_FOR:
        return !s->u.fors.cond && !has_break(s->u.fors.body, s, true);
    case N_SWITCH: {
        bool def = false;
        for (int i = 0; i < s->u.switchs.clauses.len; i++) {
            Node *cl = s->u.switchs.clauses.items[i];
            if (cl->u.caseclause.is_default) def = true;
            if (!list_terminating(&cl->u.caseclause.body)) return false;
            if (list_has_break(&cl->u.caseclause.body, s, true)) return false;
        }
        return def;
    }
    case N_TYPESWITCH: {
        bool def = false;
        for (int i = 0; i < s->u.typeswitch.clauses.len; i++) {
            Node *cl = s->u.typeswitch.clauses.items[i];
            if (cl->u.caseclause.is_default) def = true;
            if (!list_terminating(&cl->u.caseclause.body)) return false;
            if (list_has_break(&cl->u.caseclause.body, s, true)) return false;
        }
        return def;
    }
    case N_SELECT:
        for (int i = 0; i < s->u.select.clauses.len; i++) {
            Node *cl = s->u.select.clauses.items[i];
            if (!list_terminating(&cl->u.commclause.body)) return false;
            if (list_has_break(&cl->u.commclause.body, s, true)) return false;
        }
        return true;
    default: return false;
    }
}

/* ---- goto checks ------------------------------------------------------------- */

/* Reports gotos that jump over variable declarations or into blocks. For
   each goto in list l (at index gi) to a label in the same list (index li
   > gi), any var/:= declaration between them at this level is an error.
   A goto to a label in a nested block (not enclosing the goto) jumps into
   that block. */
static void check_gotos_in(Checker *c, NodeList *l);

static bool stmt_declares(Node *s, Pos *at, const char **name)
{
    if (s->kind == N_DECLSTMT && s->u.declstmt.decl->u.gendecl.tok == T_VAR) {
        Node *spec = s->u.declstmt.decl->u.gendecl.specs.len ? s->u.declstmt.decl->u.gendecl.specs.items[0] : NULL;
        if (spec && spec->u.valuespec.names.len) {
            *at = spec->u.valuespec.names.items[0]->pos;
            *name = spec->u.valuespec.names.items[0]->u.ident.name;
            return true;
        }
    }
    if (s->kind == N_ASSIGN && s->u.assign.tok == T_DEFINE && s->u.assign.lhs.len) {
        *at = s->u.assign.lhs.items[0]->pos;
        *name = s->u.assign.lhs.items[0]->u.ident.name;
        return true;
    }
    return false;
}

typedef VEC(Node *) NodeVec;

static void gotos_of(Node *s, NodeVec *out)
{
    if (!s) return;
    switch (s->kind) {
    case N_BRANCH:
        if (s->u.branch.tok == T_GOTO) vec_push(out, s);
        break;
    case N_LABELED: gotos_of(s->u.labeled.stmt, out); break;
    case N_BLOCK:
        for (int i = 0; i < s->u.block.stmts.len; i++) gotos_of(s->u.block.stmts.items[i], out);
        break;
    case N_IF: gotos_of(s->u.ifs.then, out); gotos_of(s->u.ifs.els, out); break;
    case N_FOR: gotos_of(s->u.fors.body, out); break;
    case N_RANGE: gotos_of(s->u.range.body, out); break;
    case N_SWITCH:
        for (int i = 0; i < s->u.switchs.clauses.len; i++) {
            NodeList *b = &s->u.switchs.clauses.items[i]->u.caseclause.body;
            for (int j = 0; j < b->len; j++) gotos_of(b->items[j], out);
        }
        break;
    case N_TYPESWITCH:
        for (int i = 0; i < s->u.typeswitch.clauses.len; i++) {
            NodeList *b = &s->u.typeswitch.clauses.items[i]->u.caseclause.body;
            for (int j = 0; j < b->len; j++) gotos_of(b->items[j], out);
        }
        break;
    case N_SELECT:
        for (int i = 0; i < s->u.select.clauses.len; i++) {
            NodeList *b = &s->u.select.clauses.items[i]->u.commclause.body;
            for (int j = 0; j < b->len; j++) gotos_of(b->items[j], out);
        }
        break;
    default: break;
    }
}

static void check_gotos_in(Checker *c, NodeList *l)
{
    for (int li = 0; li < l->len; li++) {
        Node *lab = l->items[li];
        if (lab->kind != N_LABELED) continue;
        /* gotos in this list (directly or nested) before the label */
        for (int gi = 0; gi < li; gi++) {
            NodeVec gs = {0};
            gotos_of(l->items[gi], &gs);
            for (int k = 0; k < gs.len; k++) {
                Node *g = gs.items[k];
                if (g->u.branch.target != lab) continue;
                for (int d = gi + 1; d < li; d++) {
                    Pos at;
                    const char *name;
                    if (stmt_declares(l->items[d], &at, &name)) {
                        chk_error(c, g->u.branch.label->pos, "goto %s jumps over declaration of %s at %s",
                                  g->u.branch.label->u.ident.name, name, chk_pos_str(c, at));
                        break;
                    }
                }
            }
            vec_free(&gs);
        }
    }
}

static void check_gotos(Checker *c, Node *s)
{
    if (!s) return;
    switch (s->kind) {
    case N_BLOCK:
        check_gotos_in(c, &s->u.block.stmts);
        for (int i = 0; i < s->u.block.stmts.len; i++) check_gotos(c, s->u.block.stmts.items[i]);
        break;
    case N_LABELED: check_gotos(c, s->u.labeled.stmt); break;
    case N_IF: check_gotos(c, s->u.ifs.then); check_gotos(c, s->u.ifs.els); break;
    case N_FOR: check_gotos(c, s->u.fors.body); break;
    case N_RANGE: check_gotos(c, s->u.range.body); break;
    case N_SWITCH:
        for (int i = 0; i < s->u.switchs.clauses.len; i++) {
            NodeList *b = &s->u.switchs.clauses.items[i]->u.caseclause.body;
            check_gotos_in(c, b);
            for (int j = 0; j < b->len; j++) check_gotos(c, b->items[j]);
        }
        break;
    case N_TYPESWITCH:
        for (int i = 0; i < s->u.typeswitch.clauses.len; i++) {
            NodeList *b = &s->u.typeswitch.clauses.items[i]->u.caseclause.body;
            check_gotos_in(c, b);
            for (int j = 0; j < b->len; j++) check_gotos(c, b->items[j]);
        }
        break;
    case N_SELECT:
        for (int i = 0; i < s->u.select.clauses.len; i++) {
            NodeList *b = &s->u.select.clauses.items[i]->u.commclause.body;
            check_gotos_in(c, b);
            for (int j = 0; j < b->len; j++) check_gotos(c, b->items[j]);
        }
        break;
    default: break;
    }
}

/* ---- function bodies ------------------------------------------------------------- */

static void declare_params(Checker *c, FuncInfo *fi)
{
    if (fi->recv) chk_declare(c, c->scope, fi->recv, NULL);
    for (int i = 0; i < fi->params.len; i++) chk_declare(c, c->scope, fi->params.items[i], NULL);
    for (int i = 0; i < fi->results.len; i++) chk_declare(c, c->scope, fi->results.items[i], NULL);
}

void chk_func_body(Checker *c, FuncInfo *fi, Node *body)
{
    fi->checked = true;
    Checker saved = *c;
    c->fn = fi;
    c->nenclosing = 0;
    memset(&c->labels, 0, sizeof c->labels);
    Scope *fs = chk_open_scope(c, body->pos);
    fs->func_scope = true;
    declare_params(c, fi);
    collect_labels(c, &body->u.block.stmts);
    stmt_list(c, &body->u.block.stmts, 0);
    if (fi->sig->nresults > 0 && !list_terminating(&body->u.block.stmts))
        chk_error(c, body->u.block.rbrace, "missing return");
    check_gotos(c, body);
    for (int i = 0; i < c->labels.len; i++) {
        LabelInfo *li = &c->labels.items[i];
        if (!li->used) chk_soft(c, li->obj->pos, "label %s defined and not used", li->obj->name);
    }
    vec_free(&c->labels);
    for (int i = 0; i < fi->locals.len; i++) {
        Object *o = fi->locals.items[i];
        if ((o->flags & (OF_USED | OF_PARAM | OF_RESULT | OF_IMPLICIT)) || o->name == c->p->name_blank) continue;
        chk_soft(c, o->pos, "declared and not used: %s", o->name);
    }
    chk_close_scope(c);
    *c = saved;
}
