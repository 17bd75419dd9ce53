/* check_expr.c - expressions: operands, constants, conversions of untyped
 * values, unary and binary operators, selectors, index and slice
 * expressions, composite and function literals, type assertions.
 *
 * Each checked expression node records its mode, type and (for constants)
 * value. Untyped results stay untyped until their context fixes a type:
 * chk_convert_untyped gives an untyped expression its final type, walking
 * into non-constant untyped subexpressions (comparisons, shifts of untyped
 * constants by variable counts) so that the compiler sees typed operands.
 */
#include "check_internal.h"

#include <string.h>

#define TT (c->p->types)
#define CP (&c->p->consts)

Type *chk_basic(Checker *c, Kind k)
{
    return TT->basic[k];
}

static void invalid(Node *e)
{
    e->mode = MODE_INVALID;
}

/* ---- strings for messages ------------------------------------------------ */

/* Types in messages are written as types2 writes them: compactly
   ("struct{a int}", "interface{M()}") and qualified by package name only
   outside the package being checked. */
static void write_type(Checker *c, StrBuf *b, Type *t);

static void write_list(Checker *c, StrBuf *b, Type **ts, int n, bool variadic)
{
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        if (variadic && i == n - 1) {
            sb_puts(b, "...");
            write_type(c, b, type_under(ts[i])->elem);
        } else {
            write_type(c, b, ts[i]);
        }
    }
}

static void write_sig(Checker *c, StrBuf *b, Type *f)
{
    sb_putc(b, '(');
    write_list(c, b, f->params, f->nparams, f->variadic);
    sb_putc(b, ')');
    if (f->nresults == 1) {
        sb_putc(b, ' ');
        write_type(c, b, f->results[0]);
    } else if (f->nresults > 1) {
        sb_puts(b, " (");
        write_list(c, b, f->results, f->nresults, false);
        sb_putc(b, ')');
    }
}

static void write_type(Checker *c, StrBuf *b, Type *t)
{
    if (!t) {
        sb_puts(b, "invalid type");
        return;
    }
    if (type_is_named(t) || type_is_untyped(t) || t->kind == KIND_INVALID) {
        if (t->kind == KIND_INVALID && !type_is_named(t)) {
            sb_puts(b, "invalid type");
            return;
        }
        if (type_is_untyped(t) || !t->pkg || t->kind == KIND_TYPEPARAM) {
            sb_puts(b, t->name ? t->name : type_string(t));
            return;
        }
        if (t->pkg != (Package *)c->pkg) {
            sb_puts(b, package_head(t->pkg)->name);
            sb_putc(b, '.');
        }
        sb_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case KIND_POINTER: sb_putc(b, '*'); write_type(c, b, t->elem); return;
    case KIND_SLICE: sb_puts(b, "[]"); write_type(c, b, t->elem); return;
    case KIND_ARRAY: sb_printf(b, "[%lld]", (long long)t->len); write_type(c, b, t->elem); return;
    case KIND_MAP:
        sb_puts(b, "map[");
        write_type(c, b, t->key);
        sb_putc(b, ']');
        write_type(c, b, t->elem);
        return;
    case KIND_CHAN:
        if (t->dir == CHAN_SEND) sb_puts(b, "chan<- ");
        else if (t->dir == CHAN_RECV) sb_puts(b, "<-chan ");
        else if (t->elem->kind == KIND_CHAN && !type_is_named(t->elem) && t->elem->dir == CHAN_RECV) {
            sb_puts(b, "chan (");
            write_type(c, b, t->elem);
            sb_putc(b, ')');
            return;
        } else sb_puts(b, "chan ");
        write_type(c, b, t->elem);
        return;
    case KIND_FUNC: sb_puts(b, "func"); write_sig(c, b, t); return;
    case KIND_TUPLE:
        sb_putc(b, '(');
        write_list(c, b, t->params, t->nparams, false);
        sb_putc(b, ')');
        return;
    case KIND_STRUCT:
        sb_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            if (i) sb_puts(b, "; ");
            if (!f->embedded) {
                sb_puts(b, f->name);
                sb_putc(b, ' ');
            }
            write_type(c, b, f->type);
            if (f->tag) sb_printf(b, " %c%s%c", '"', f->tag, '"');
        }
        sb_putc(b, '}');
        return;
    case KIND_INTERFACE:
        if (t->nterms || t->tset_comparable) {
            /* a constraint: its methods, comparable and terms */
            bool methods = t->nimethods > 0;
            if (methods) sb_puts(b, "interface{");
            for (int i = 0; i < t->nimethods; i++) {
                sb_puts(b, t->imethods[i].name);
                write_sig(c, b, t->imethods[i].sig);
                sb_puts(b, "; ");
            }
            if (t->tset_comparable) sb_puts(b, t->nterms ? "comparable; " : "comparable");
            for (int i = 0; i < t->nterms; i++) {
                if (i) sb_puts(b, " | ");
                if (t->terms[i].tilde) sb_putc(b, '~');
                write_type(c, b, t->terms[i].type);
            }
            if (methods) sb_putc(b, '}');
            return;
        }
        if (t->nimethods == 0 && t->nembeddeds == 0) {
            sb_puts(b, t == c->p->types->any_type ? "any" : "interface{}");
            return;
        }
        sb_puts(b, "interface{");
        for (int i = 0; i < t->nimethods; i++) {
            if (i) sb_puts(b, "; ");
            sb_puts(b, t->imethods[i].name);
            write_sig(c, b, t->imethods[i].sig);
        }
        sb_putc(b, '}');
        return;
    default: sb_puts(b, type_string(t)); return;
    }
}

const char *chk_type_str(Checker *c, Type *t)
{
    StrBuf b;
    sb_init(&b);
    write_type(c, &b, t);
    const char *r = arena_strndup(c->p->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

const char *chk_expr_str(Checker *c, Node *e)
{
    StrBuf b;
    sb_init(&b);
    ast_expr_string(&b, e);
    const char *r = arena_strndup(c->p->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

static const char *untyped_name(Type *t)
{
    switch (t->kind) {
    case KIND_UNTYPED_BOOL: return "untyped bool";
    case KIND_UNTYPED_INT: return "untyped int";
    case KIND_UNTYPED_RUNE: return "untyped rune";
    case KIND_UNTYPED_FLOAT: return "untyped float";
    case KIND_UNTYPED_COMPLEX: return "untyped complex";
    case KIND_UNTYPED_STRING: return "untyped string";
    case KIND_UNTYPED_NIL: return "untyped nil";
    default: return "untyped";
    }
}

/* types2's operandString: `x (variable of type int)`, `1 (untyped int
   constant)`, `c (untyped int constant 3)`, `f() (value of type T)`. */
void chk_operand_string(Checker *c, StrBuf *b, Node *e)
{
    if (e->mode == MODE_NIL || (e->type && e->type->kind == KIND_UNTYPED_NIL)) {
        sb_puts(b, "nil");
        return;
    }
    StrBuf xs;
    sb_init(&xs);
    ast_expr_string(&xs, e);
    const char *expr = xs.data ? xs.data : "";
    sb_puts(b, expr);
    sb_puts(b, " (");
    bool has_type = false;
    switch (e->mode) {
    case MODE_INVALID:
    case MODE_NOVALUE:
    case MODE_BUILTIN:
    case MODE_TYPE: break;
    default:
        if (e->type) {
            if (type_is_untyped(e->type)) {
                sb_puts(b, untyped_name(e->type));
                sb_putc(b, ' ');
            } else {
                has_type = true;
            }
        }
    }
    static const char *modes[] = {
        [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value",
        [MODE_BUILTIN] = "built-in",        [MODE_TYPE] = "type",
        [MODE_CONST] = "constant",          [MODE_VAR] = "variable",
        [MODE_MAPINDEX] = "map index expression", [MODE_VALUE] = "value",
        [MODE_COMMAOK] = "comma, ok expression",  [MODE_NIL] = "nil",
        [MODE_PKGNAME] = "package",
    };
    sb_puts(b, modes[e->mode]);
    if (e->mode == MODE_CONST && e->cval) {
        StrBuf vs;
        sb_init(&vs);
        const_print(&vs, e->cval);
        if (strcmp(vs.data ? vs.data : "", expr) != 0) {
            sb_putc(b, ' ');
            sb_puts(b, vs.data ? vs.data : "");
        }
        sb_free(&vs);
    }
    if (has_type) {
        if (e->type->kind != KIND_INVALID) {
            sb_puts(b, " of type ");
            sb_puts(b, chk_type_str(c, e->type));
            if (e->type->kind == KIND_TYPEPARAM && e->type->constraint) {
                sb_puts(b, " constrained by ");
                sb_puts(b, chk_type_str(c, e->type->constraint));
            }
        } else {
            sb_puts(b, " with invalid type");
        }
    }
    sb_putc(b, ')');
    sb_free(&xs);
}

const char *chk_operand_str(Checker *c, Node *e)
{
    StrBuf b;
    sb_init(&b);
    chk_operand_string(c, &b, e);
    const char *r = arena_strndup(c->p->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

/* ---- constants and untyped values ------------------------------------------ */

bool chk_is_const_expr(const Node *e)
{
    return e->mode == MODE_CONST;
}

static ConstKind const_kind_of(Type *t)
{
    Type *u = type_under(t);
    switch (u->kind) {
    case KIND_UNTYPED_BOOL:
    case KIND_BOOL: return CK_BOOL;
    case KIND_UNTYPED_STRING:
    case KIND_STRING: return CK_STRING;
    case KIND_UNTYPED_INT:
    case KIND_UNTYPED_RUNE: return CK_INT;
    case KIND_UNTYPED_FLOAT:
    case KIND_FLOAT32:
    case KIND_FLOAT64: return CK_FLOAT;
    case KIND_UNTYPED_COMPLEX:
    case KIND_COMPLEX64:
    case KIND_COMPLEX128: return CK_COMPLEX;
    default: return type_is_integer(u) ? CK_INT : CK_UNKNOWN;
    }
}

static bool const_target(Type *t, ConstTarget *out)
{
    switch (type_under(t)->kind) {
    case KIND_INT8: *out = CT_INT8; return true;
    case KIND_INT16: *out = CT_INT16; return true;
    case KIND_INT32: *out = CT_INT32; return true;
    case KIND_INT:
    case KIND_INT64: *out = CT_INT64; return true;
    case KIND_UINT8: *out = CT_UINT8; return true;
    case KIND_UINT16: *out = CT_UINT16; return true;
    case KIND_UINT32: *out = CT_UINT32; return true;
    case KIND_UINT:
    case KIND_UINTPTR:
    case KIND_UINT64: *out = CT_UINT64; return true;
    case KIND_FLOAT32: *out = CT_FLOAT32; return true;
    case KIND_FLOAT64: *out = CT_FLOAT64; return true;
    case KIND_COMPLEX64: *out = CT_COMPLEX64; return true;
    case KIND_COMPLEX128: *out = CT_COMPLEX128; return true;
    default: return false;
    }
}

/* Is the constant e representable in the basic type t? On success e->cval
   is replaced by the rounded value. *why receives "overflows"/"truncated". */
static bool representable(Checker *c, Node *e, Type *t, const char **why)
{
    Type *u = type_under(t);
    ConstKind ck = const_kind_of(u);
    *why = NULL;
    if (u->kind == KIND_BOOL || u->kind == KIND_UNTYPED_BOOL) return e->cval->kind == CK_BOOL;
    if (u->kind == KIND_STRING || u->kind == KIND_UNTYPED_STRING) return e->cval->kind == CK_STRING;
    if (e->cval->kind == CK_BOOL || e->cval->kind == CK_STRING) return false;
    if (type_is_untyped(u)) {
        /* to another untyped numeric kind */
        Const *v = const_to_kind(CP, e->cval, ck);
        if (!v) {
            *why = "truncated";
            return false;
        }
        e->cval = v;
        return true;
    }
    ConstTarget ct;
    if (!const_target(u, &ct)) return false;
    Const *rounded = NULL;
    bool truncated = false;
    if (!const_representable(CP, e->cval, ct, &rounded, &truncated)) {
        *why = truncated ? "truncated" : "overflows";
        return false;
    }
    if (rounded) e->cval = rounded;
    return true;
}

bool chk_representable(Checker *c, Node *e, Type *t, bool report)
{
    const char *why;
    if (representable(c, e, t, &why)) return true;
    if (report) {
        if (why && type_is_numeric(type_under(t)) && (type_is_numeric(e->type) || type_is_untyped(e->type)))
            chk_error(c, node_start(e), "%s %s %s", chk_operand_str(c, e), why, chk_type_str(c, t));
        else
            chk_error(c, node_start(e), "cannot convert %s to type %s", chk_operand_str(c, e), chk_type_str(c, t));
    }
    return false;
}

/* Sets the type of an untyped expression and of its untyped operands. */
void chk_update_type(Checker *c, Node *e, Type *t)
{
    if (!e->type || !type_is_untyped(e->type)) return;
    switch (e->kind) {
    case N_PAREN: chk_update_type(c, e->u.unary1.x, t); break;
    case N_UNARY:
        if (e->mode != MODE_CONST) chk_update_type(c, e->u.unary.x, t);
        break;
    case N_BINARY:
        if (e->mode == MODE_CONST) break;
        switch (e->u.binary.op) {
        case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
            /* the operands keep their own types */
            break;
        case T_SHL: case T_SHR:
            chk_update_type(c, e->u.binary.x, t);
            break;
        default:
            chk_update_type(c, e->u.binary.x, t);
            chk_update_type(c, e->u.binary.y, t);
        }
        break;
    default: break;
    }
    /* a non-constant untyped shift operand must become an integer */
    if (e->kind == N_BINARY && e->mode != MODE_CONST &&
        (e->u.binary.op == T_SHL || e->u.binary.op == T_SHR) && !type_is_untyped(t) &&
        !type_is_integer(type_under(t))) {
        chk_error(c, node_start(e), "invalid operation: %s (shift of type %s)", chk_expr_str(c, e),
                  chk_type_str(c, t));
    }
    e->type = t;
}

static Type *default_type(Checker *c, Type *t)
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

static bool has_nil(Type *t);

/* Converts an untyped expression to target (types2 implicitTypeAndValue).
   Errors are reported by the caller's context when *failed is set. */
static bool implicit_convert(Checker *c, Node *e, Type *target, const char **why)
{
    *why = NULL;
    Type *et = e->type;
    if (!et || !type_is_untyped(et) || target->kind == KIND_INVALID) return true;
    Type *tu = type_under(target);
    if (type_is_untyped(target)) {
        /* both untyped: numeric kinds widen */
        if (et->kind == KIND_UNTYPED_NIL || target->kind == KIND_UNTYPED_NIL) return et == target;
        if (type_is_numeric(et) && type_is_numeric(target)) {
            Type *wide = et->kind > target->kind ? et : target;
            if (e->mode == MODE_CONST) {
                Const *v = const_to_kind(CP, e->cval, const_kind_of(wide));
                if (v) e->cval = v;
            }
            chk_update_type(c, e, wide);
            return true;
        }
        return et == target;
    }
    if (tu->kind == KIND_INTERFACE) {
        if (et->kind == KIND_UNTYPED_NIL) {
            e->type = target;
            return true;
        }
        /* an untyped value assigned to an interface gets its default type */
        Type *d = default_type(c, et);
        if (e->mode == MODE_CONST) {
            if (!representable(c, e, d, why)) return false;
        }
        chk_update_type(c, e, d);
        return true;
    }
    if (tu->kind == KIND_TYPEPARAM) {
        /* valid when valid for every type of the type set */
        Type *cons = tu->constraint ? type_under(tu->constraint) : NULL;
        if (et->kind == KIND_UNTYPED_NIL) {
            if (!has_nil(tu)) return false;
            e->type = target;
            return true;
        }
        if (!cons || cons->nterms == 0) return false;
        for (int i = 0; i < cons->nterms; i++) {
            Type *tt = type_under(cons->terms[i].type);
            if (e->mode == MODE_CONST) {
                Node tmp = *e;
                if (!representable(c, &tmp, tt, why)) return false;
            } else if (et->kind == KIND_UNTYPED_BOOL ? !type_is_boolean(tt) : !type_is_numeric(tt)) {
                return false;
            }
        }
        if (e->mode == MODE_CONST) e->mode = MODE_VALUE; /* T(c) is not a constant */
        chk_update_type(c, e, target);
        return true;
    }
    if (et->kind == KIND_UNTYPED_NIL) {
        switch (tu->kind) {
        case KIND_POINTER: case KIND_FUNC: case KIND_SLICE: case KIND_MAP: case KIND_CHAN:
        case KIND_UNSAFEPTR:
            e->type = target;
            return true;
        default: return false;
        }
    }
    if (e->mode == MODE_CONST) {
        switch (tu->kind) {
        case KIND_BOOL: case KIND_STRING:
        case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32: case KIND_INT64:
        case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32: case KIND_UINT64: case KIND_UINTPTR:
        case KIND_FLOAT32: case KIND_FLOAT64: case KIND_COMPLEX64: case KIND_COMPLEX128:
            if (!representable(c, e, target, why)) return false;
            chk_update_type(c, e, target);
            return true;
        default: return false;
        }
    }
    /* non-constant untyped: bool from comparisons, numeric from shifts */
    if (et->kind == KIND_UNTYPED_BOOL) {
        if (tu->kind != KIND_BOOL) return false;
    } else if (type_is_numeric(et)) {
        if (!type_is_numeric(tu)) return false;
    } else {
        return false;
    }
    chk_update_type(c, e, target);
    return true;
}

void chk_convert_untyped(Checker *c, Node *e, Type *target)
{
    const char *why;
    if (e->mode == MODE_INVALID || !e->type || !type_is_untyped(e->type)) return;
    if (!implicit_convert(c, e, target, &why)) {
        if (why && e->mode == MODE_CONST && type_is_numeric(type_under(target)))
            chk_error(c, node_start(e), "%s %s %s", chk_operand_str(c, e), why, chk_type_str(c, target));
        else if (e->mode == MODE_NIL || e->type->kind == KIND_UNTYPED_NIL)
            chk_error(c, node_start(e), "cannot convert nil to type %s", chk_type_str(c, target));
        else
            chk_error(c, node_start(e), "cannot convert %s to type %s", chk_operand_str(c, e), chk_type_str(c, target));
        invalid(e);
    }
}

void chk_default(Checker *c, Node *e)
{
    if (e->mode == MODE_INVALID || !e->type || !type_is_untyped(e->type)) return;
    if (e->type->kind == KIND_UNTYPED_NIL) return;
    chk_convert_untyped(c, e, default_type(c, e->type));
}

/* ---- assignability --------------------------------------------------------- */

/* The explicit terms of a type parameter's type set (NULL: no
   restriction, as with any or a methods-only constraint). */
static const Type *typeset_terms(Type *tp)
{
    const Type *c = tp->constraint ? type_under(tp->constraint) : NULL;
    return c && !c->tset_all && c->nterms > 0 ? c : NULL;
}

static bool has_nil(Type *t)
{
    if (t->kind == KIND_TYPEPARAM) {
        /* nil belongs to a type parameter whose every type has nil */
        const Type *c = typeset_terms(t);
        if (!c) return false;
        for (int i = 0; i < c->nterms; i++)
            if (!has_nil(c->terms[i].type)) return false;
        return true;
    }
    switch (type_under(t)->kind) {
    case KIND_POINTER: case KIND_FUNC: case KIND_SLICE: case KIND_MAP: case KIND_CHAN:
    case KIND_INTERFACE: case KIND_UNSAFEPTR: return true;
    default: return false;
    }
}

/* Type parameters count as named types in the assignability rules. */
static bool named_or_tparam(Type *t)
{
    return type_is_named(t) || t->kind == KIND_TYPEPARAM;
}

bool check_assignable(Program *p, Type *v, Type *t)
{
    if (v == t) return true;
    if (v->kind == KIND_INVALID || t->kind == KIND_INVALID) return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (v->kind == KIND_UNTYPED_NIL) return has_nil(t);
    if (vu == tu && (!type_is_named(v) || !type_is_named(t)) && vu->kind != KIND_TYPEPARAM) return true;
    if (tu->kind == KIND_INTERFACE) {
        const char *why;
        return check_missing_method(p, v, t, &why) == NULL;
    }
    if (vu->kind == KIND_CHAN && tu->kind == KIND_CHAN && vu->dir == CHAN_BOTH && vu->elem == tu->elem &&
        (!type_is_named(v) || !type_is_named(t)))
        return true;
    if (v->kind == KIND_TYPEPARAM && t->kind != KIND_TYPEPARAM && !named_or_tparam(t)) {
        /* every type of V's set must be assignable to the unnamed T (a
           ~X term stands for types whose underlying type is X) */
        const Type *c = typeset_terms(v);
        if (!c) return false;
        for (int i = 0; i < c->nterms; i++) {
            Type *x = c->terms[i].tilde ? type_under(c->terms[i].type) : c->terms[i].type;
            if (!check_assignable(p, x, t)) return false;
        }
        return true;
    }
    if (t->kind == KIND_TYPEPARAM && v->kind != KIND_TYPEPARAM && !named_or_tparam(v)) {
        /* V (unnamed) must be assignable to every type of T's set */
        const Type *c = typeset_terms(t);
        if (!c) return false;
        for (int i = 0; i < c->nterms; i++) {
            Type *x = c->terms[i].tilde ? type_under(c->terms[i].type) : c->terms[i].type;
            if (!check_assignable(p, v, x)) return false;
        }
        return true;
    }
    return false;
}

/* The context of an assignment error: as given, or (NULL) "argument to f"
   for the call being checked (Checker.arg_call), built only when an error
   is reported: most calls have none. */
static const char *assign_context(Checker *c, const char *context)
{
    if (context) return context;
    const char *f = c->arg_call ? chk_expr_str(c, c->arg_call->u.call.fun) : "call";
    return arena_printf(c->p->arena, "argument to %s", f);
}

/* Checks that e can be assigned to a variable of type t in the named
   context ("assignment", "argument to f", ...; NULL: see assign_context),
   converting untyped values. */
bool chk_assignment(Checker *c, Node *e, Type *t, const char *context)
{
    if (e->mode == MODE_INVALID || !t || t->kind == KIND_INVALID) return false;
    if (!chk_single_value(c, e)) return false;
    if (e->mode == MODE_TYPE) {
        chk_error(c, node_start(e), "%s (type) is not an expression", chk_expr_str(c, e));
        invalid(e);
        return false;
    }
    if (e->mode == MODE_BUILTIN) {
        chk_error(c, node_start(e), "%s (built-in) must be called", chk_expr_str(c, e));
        invalid(e);
        return false;
    }
    if (e->type && type_is_untyped(e->type)) {
        const char *why = NULL;
        Type *target = t;
        if (!implicit_convert(c, e, target, &why)) {
            if (e->mode == MODE_NIL || e->type->kind == KIND_UNTYPED_NIL)
                chk_error(c, node_start(e), "cannot use nil as %s value in %s", chk_type_str(c, t),
                          assign_context(c, context));
            else if (why)
                chk_error(c, node_start(e), "cannot use %s as %s value in %s (%s)", chk_operand_str(c, e),
                          chk_type_str(c, t), assign_context(c, context), why);
            else
                chk_error(c, node_start(e), "cannot use %s as %s value in %s", chk_operand_str(c, e),
                          chk_type_str(c, t), assign_context(c, context));
            invalid(e);
            return false;
        }
        if (e->type == t) return true;
    }
    if (check_assignable(c->p, e->type, t)) return true;
    Type *tu = type_under(t);
    if (tu->kind == KIND_INTERFACE && !type_is_untyped(e->type)) {
        const char *why = NULL;
        check_missing_method(c->p, e->type, t, &why);
        chk_error(c, node_start(e), "cannot use %s as %s value in %s: %s does not implement %s (%s)",
                  chk_operand_str(c, e), chk_type_str(c, t), assign_context(c, context), chk_type_str(c, e->type),
                  chk_type_str(c, t), why ? why : "missing method");
    } else {
        chk_error(c, node_start(e), "cannot use %s as %s value in %s", chk_operand_str(c, e), chk_type_str(c, t),
                  assign_context(c, context));
    }
    invalid(e);
    return false;
}

bool chk_single_value(Checker *c, Node *e)
{
    if (e->mode == MODE_INVALID) return false;
    if (e->mode == MODE_NOVALUE) {
        chk_error(c, node_start(e), "%s (no value) used as value", chk_expr_str(c, e));
        invalid(e);
        return false;
    }
    if (e->type && e->type->kind == KIND_TUPLE) {
        chk_error(c, node_start(e), "multiple-value %s (value of type %s) in single-value context",
                  chk_expr_str(c, e), chk_type_str(c, e->type));
        invalid(e);
        return false;
    }
    return true;
}

/* ---- identifiers ---------------------------------------------------------- */

static void ident(Checker *c, Node *e)
{
    const char *name = e->u.ident.name;
    if (name == c->p->name_blank) {
        chk_error(c, e->pos, "cannot use _ as value");
        invalid(e);
        return;
    }
    Object *o = chk_lookup(c, name);
    if (!o) {
        chk_error(c, e->pos, "undefined: %s", name);
        invalid(e);
        return;
    }
    e->u.ident.obj = o;
    if (o->pkg && o->color != 2 && o->parent && o->parent->is_file) chk_resolve_obj(c, o);
    switch (o->kind) {
    case OBJ_PKGNAME:
        o->flags |= OF_USED;
        e->mode = MODE_PKGNAME;
        return;
    case OBJ_CONST:
        if (o->name == c->p->name_iota && !o->pkg) {
            if (!c->iota) {
                chk_error(c, e->pos, "cannot use iota outside constant declaration");
                invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->type = TT->basic[KIND_UNTYPED_INT];
            e->cval = c->iota;
            return;
        }
        o->flags |= OF_USED;
        if (!o->cval || !o->type || o->type->kind == KIND_INVALID) {
            invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->type = o->type;
        e->cval = o->cval;
        return;
    case OBJ_TYPENAME:
        o->flags |= OF_USED;
        if (!o->type) {
            invalid(e);
            return;
        }
        e->mode = MODE_TYPE;
        e->type = o->type;
        return;
    case OBJ_VAR:
        chk_record_use(c, o);
        if (!o->type || o->type->kind == KIND_INVALID) {
            invalid(e);
            return;
        }
        e->mode = MODE_VAR;
        e->type = o->type;
        return;
    case OBJ_FUNC:
        chk_record_use(c, o);
        if (!o->type) {
            invalid(e);
            return;
        }
        if ((o->flags & OF_GENERIC) && !c->allow_generic) {
            chk_error(c, e->pos, "cannot use generic function %s without instantiation", o->name);
            invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->type = o->type;
        return;
    case OBJ_BUILTIN:
        e->mode = MODE_BUILTIN;
        return;
    case OBJ_NIL:
        e->mode = MODE_NIL;
        e->type = TT->basic[KIND_UNTYPED_NIL];
        return;
    default:
        invalid(e);
    }
}

/* ---- literals ----------------------------------------------------------------- */

static void basic_lit(Checker *c, Node *e)
{
    const char *err = NULL;
    Const *v = const_from_literal(CP, e->u.lit.tok, e->u.lit.text, e->u.lit.len, &err);
    if (!v) {
        chk_error(c, e->pos, "%s", err ? err : "malformed constant");
        invalid(e);
        return;
    }
    e->mode = MODE_CONST;
    e->cval = v;
    switch (e->u.lit.tok) {
    case T_INT: e->type = TT->basic[KIND_UNTYPED_INT]; break;
    case T_FLOAT: e->type = TT->basic[KIND_UNTYPED_FLOAT]; break;
    case T_IMAG: e->type = TT->basic[KIND_UNTYPED_COMPLEX]; break;
    case T_CHAR: e->type = TT->basic[KIND_UNTYPED_RUNE]; break;
    default: e->type = TT->basic[KIND_UNTYPED_STRING]; break;
    }
}

static void elem_value(Checker *c, Node *v, Type *t, const char *context)
{
    if (v->kind == N_COMPOSITELIT && !v->u.complit.type) chk_rawexpr(c, v, t, false);
    else chk_expr(c, v, t);
    chk_assignment(c, v, t, context);
}

static void struct_lit(Checker *c, Node *e, Type *t)
{
    Type *u = type_under(t);
    NodeList *el = &e->u.complit.elts;
    if (el->len == 0) return;
    bool keyed = el->items[0]->kind == N_KEYVALUE;
    if (keyed) {
        bool *seen = util_calloc(u->nfields ? u->nfields : 1, sizeof(bool));
        for (int i = 0; i < el->len; i++) {
            Node *kv = el->items[i];
            if (kv->kind != N_KEYVALUE) {
                chk_error(c, node_start(kv), "mixture of field:value and value elements in struct literal");
                chk_expr(c, kv, NULL);
                continue;
            }
            Node *key = kv->u.kv.key;
            if (key->kind != N_IDENT) {
                chk_error(c, node_start(key), "invalid field name %s in struct literal", chk_expr_str(c, key));
                chk_expr(c, kv->u.kv.value, NULL);
                continue;
            }
            int fi = -1;
            for (int j = 0; j < u->nfields; j++)
                if (u->fields[j].name == key->u.ident.name) fi = j;
            if (fi < 0) {
                chk_error(c, key->pos, "unknown field %s in struct literal of type %s", key->u.ident.name,
                          chk_type_str(c, t));
                chk_expr(c, kv->u.kv.value, NULL);
                continue;
            }
            /* the compiler finds the field again by name */
            key->mode = MODE_VALUE;
            key->type = u->fields[fi].type;
            kv->mode = MODE_VALUE;
            kv->type = u->fields[fi].type;
            if (seen[fi]) {
                chk_error(c, key->pos, "duplicate field name %s in struct literal", key->u.ident.name);
            }
            seen[fi] = true;
            if (!u->fields[fi].exported && u->fields[fi].pkg != (Package *)c->pkg)
                chk_error(c, key->pos, "cannot refer to unexported field %s in struct literal of type %s",
                          key->u.ident.name, chk_type_str(c, t));
            elem_value(c, kv->u.kv.value, u->fields[fi].type, "struct literal");
        }
        free(seen);
        return;
    }
    for (int i = 0; i < el->len; i++) {
        Node *v = el->items[i];
        if (v->kind == N_KEYVALUE) {
            chk_error(c, node_start(v), "mixture of field:value and value elements in struct literal");
            chk_expr(c, v->u.kv.value, NULL);
            continue;
        }
        if (i >= u->nfields) {
            chk_error(c, node_start(v), "too many values in %s", chk_expr_str(c, e));
            break;
        }
        Field *f = &u->fields[i];
        if (!f->exported && f->pkg != (Package *)c->pkg)
            chk_error(c, node_start(v), "implicit assignment to unexported field %s in struct literal of type %s",
                      f->name, chk_type_str(c, t));
        elem_value(c, v, f->type, "struct literal");
    }
    if (el->len < u->nfields) chk_error(c, e->u.complit.rbrace, "too few values in %s", chk_expr_str(c, e));
}

/* Array and slice literals; returns the length (max index + 1). */
static int64_t array_lit(Checker *c, Node *e, Type *elem, int64_t len)
{
    NodeList *el = &e->u.complit.elts;
    int64_t idx = 0, max = 0;
    VEC(int64_t) used = {0};
    for (int i = 0; i < el->len; i++) {
        Node *v = el->items[i];
        if (v->kind == N_KEYVALUE) {
            Node *k = v->u.kv.key;
            chk_expr(c, k, NULL);
            int64_t ki = -1;
            if (k->mode == MODE_CONST) {
                chk_index_value(c, k, len, &ki);
            } else if (k->mode != MODE_INVALID) {
                chk_error(c, node_start(k), "index %s must be integer constant", chk_expr_str(c, k));
            }
            if (ki >= 0) idx = ki;
            v->mode = MODE_VALUE;
            v = v->u.kv.value;
        } else if (len >= 0 && idx >= len) {
            chk_error(c, node_start(v), "index %lld is out of bounds (>= %lld)", (long long)idx, (long long)len);
        }
        for (int j = 0; j < used.len; j++)
            if (used.items[j] == idx) {
                chk_error(c, node_start(v), "duplicate index %lld in array or slice literal", (long long)idx);
                break;
            }
        vec_push(&used, idx);
        elem_value(c, v, elem, "array or slice literal");
        idx++;
        if (idx > max) max = idx;
    }
    vec_free(&used);
    return max;
}

static void map_lit(Checker *c, Node *e, Type *t)
{
    Type *u = type_under(t);
    NodeList *el = &e->u.complit.elts;
    VEC(Node *) keys = {0};
    for (int i = 0; i < el->len; i++) {
        Node *kv = el->items[i];
        if (kv->kind != N_KEYVALUE) {
            chk_error(c, node_start(kv), "missing key in map literal");
            chk_expr(c, kv, NULL);
            continue;
        }
        kv->mode = MODE_VALUE;
        elem_value(c, kv->u.kv.key, u->key, "map literal");
        Node *k = kv->u.kv.key;
        if (k->mode == MODE_CONST && !type_is_interface(u->key)) {
            for (int j = 0; j < keys.len; j++) {
                if (keys.items[j]->cval->kind == k->cval->kind && const_compare(T_EQL, keys.items[j]->cval, k->cval)) {
                    chk_error(c, node_start(k), "duplicate key %s in map literal", chk_expr_str(c, k));
                    break;
                }
            }
            vec_push(&keys, k);
        }
        elem_value(c, kv->u.kv.value, u->elem, "map literal");
    }
    vec_free(&keys);
}

static void composite_lit(Checker *c, Node *e, Type *hint)
{
    Type *t;
    Node *te = e->u.complit.type;
    bool implicit_ptr = false;
    if (te) {
        if (te->kind == N_ARRAYTYPE && te->u.array.len && te->u.array.len->kind == N_ELLIPSIS) {
            Type *elem = chk_typexpr(c, te->u.array.elem);
            if (elem->kind == KIND_INVALID) {
                invalid(e);
                return;
            }
            int64_t n = array_lit(c, e, elem, -1);
            t = type_array(TT, elem, n);
            te->mode = MODE_TYPE;
            te->type = t;
            e->mode = MODE_VALUE;
            e->type = t;
            return;
        }
        t = chk_typexpr(c, te);
    } else if (hint) {
        t = hint;
        Type *hu = type_under(hint);
        if (hu->kind == KIND_POINTER) {
            Type *bu = type_under(hu->elem);
            if (bu->kind == KIND_STRUCT || bu->kind == KIND_ARRAY || bu->kind == KIND_SLICE || bu->kind == KIND_MAP) {
                t = hu->elem;
                implicit_ptr = true;
            }
        }
    } else {
        chk_error(c, e->pos, "invalid composite literal type: missing type");
        invalid(e);
        return;
    }
    if (t->kind == KIND_INVALID) {
        for (int i = 0; i < e->u.complit.elts.len; i++) {
            Node *v = e->u.complit.elts.items[i];
            if (v->kind == N_KEYVALUE) v = v->u.kv.value;
            if (v->kind != N_COMPOSITELIT) chk_expr(c, v, NULL);
        }
        invalid(e);
        return;
    }
    Type *u = type_under(t);
    switch (u->kind) {
    case KIND_STRUCT: struct_lit(c, e, t); break;
    case KIND_ARRAY: array_lit(c, e, u->elem, u->len); break;
    case KIND_SLICE: array_lit(c, e, u->elem, -1); break;
    case KIND_MAP: map_lit(c, e, t); break;
    default:
        chk_error(c, e->pos, "invalid composite literal type %s", chk_type_str(c, t));
        invalid(e);
        return;
    }
    e->mode = MODE_VALUE;
    e->type = implicit_ptr ? type_pointer(TT, t) : t;
}

void chk_funclit(Checker *c, Node *e)
{
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->decl = e;
    fi->outer = c->fn;
    e->u.funclit.info = fi;
    Type *sig = chk_functype(c, e->u.funclit.type, NULL, fi);
    fi->sig = sig;
    if (c->fn) vec_push(&c->fn->lits, fi);
    Checker sub = *c;
    sub.nenclosing = 0;
    memset(&sub.labels, 0, sizeof(sub.labels));
    chk_func_body(&sub, fi, e->u.funclit.body);
    e->mode = MODE_VALUE;
    e->type = sig;
}

/* ---- selectors --------------------------------------------------------------- */

static bool exported_name(const char *n)
{
    return n[0] >= 'A' && n[0] <= 'Z';
}

/* Marks the variable at the root of an addressable expression as having its
   address taken (it will live in a heap cell). */
static void mark_addr_taken(Node *x)
{
    for (;;) {
        switch (x->kind) {
        case N_PAREN: x = x->u.unary1.x; continue;
        case N_SELECTOR:
            if (x->u.sel.selkind == SEL_FIELD && !x->u.sel.indirect &&
                type_under(x->u.sel.x->type)->kind != KIND_POINTER) {
                x = x->u.sel.x;
                continue;
            }
            return;
        case N_INDEX:
            if (x->u.index.x->type && type_under(x->u.index.x->type)->kind == KIND_ARRAY) {
                x = x->u.index.x;
                continue;
            }
            return;
        case N_IDENT:
            if (x->u.ident.obj && x->u.ident.obj->kind == OBJ_VAR) x->u.ident.obj->flags |= OF_ADDRTAKEN;
            return;
        default: return;
        }
    }
}

static void qualified(Checker *c, Node *e, Object *pkgobj)
{
    Package *imp = pkgobj->imported;
    const char *name = e->u.sel.sel->u.ident.name;
    Object *o = scope_lookup_local(imp->scope, name);
    if (!o || !exported_name(name)) {
        if (o && !exported_name(name))
            chk_error(c, e->u.sel.sel->pos, "name %s not exported by package %s", name, imp->name);
        else
            chk_error(c, e->u.sel.sel->pos, "undefined: %s.%s", pkgobj->name, name);
        invalid(e);
        return;
    }
    if (o->color != 2) chk_resolve_obj(c, o);
    e->u.sel.selkind = SEL_QUALIFIED;
    e->u.sel.obj = o;
    e->u.sel.sel->u.ident.obj = o;
    chk_record_use(c, o);
    switch (o->kind) {
    case OBJ_CONST: e->mode = MODE_CONST; e->type = o->type; e->cval = o->cval; break;
    case OBJ_TYPENAME: e->mode = MODE_TYPE; e->type = o->type; break;
    case OBJ_VAR: e->mode = MODE_VAR; e->type = o->type; break;
    case OBJ_FUNC:
        if ((o->flags & OF_GENERIC) && !c->allow_generic) {
            chk_error(c, e->u.sel.sel->pos, "cannot use generic function %s.%s without instantiation", pkgobj->name,
                      o->name);
            invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->type = o->type;
        break;
    case OBJ_BUILTIN: e->mode = MODE_BUILTIN; break;
    default: invalid(e);
    }
    if (e->mode != MODE_BUILTIN && (!e->type || e->type->kind == KIND_INVALID)) invalid(e);
}

/* The signature of a method expression T.m: func(recv T, params) results. */
static Type *method_expr_type(Checker *c, Type *recv, Type *sig)
{
    Type **params = util_calloc(sig->nparams + 1, sizeof(Type *));
    params[0] = recv;
    for (int i = 0; i < sig->nparams; i++) params[i + 1] = sig->params[i];
    Type *t = type_func(TT, params, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
    free(params);
    return t;
}

static void record_lookup(Node *e, Lookup *lk, Checker *c)
{
    e->u.sel.pathlen = lk->pathlen;
    e->u.sel.path = arena_alloc(c->p->arena, sizeof(int) * (lk->pathlen ? lk->pathlen : 1));
    memcpy(e->u.sel.path, lk->path, sizeof(int) * lk->pathlen);
    e->u.sel.indirect = lk->indirect;
    e->u.sel.obj = lk->obj;
}

static void selector(Checker *c, Node *e)
{
    Node *x = e->u.sel.x;
    const char *name = e->u.sel.sel->u.ident.name;
    if (x->kind == N_IDENT) {
        Object *o = chk_lookup(c, x->u.ident.name);
        if (o && o->kind == OBJ_PKGNAME) {
            x->u.ident.obj = o;
            x->mode = MODE_PKGNAME;
            o->flags |= OF_USED;
            qualified(c, e, o);
            return;
        }
    }
    chk_expr_or_type(c, x);
    if (x->mode == MODE_INVALID) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_PKGNAME || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        chk_error(c, node_start(x), "%s is not an expression", chk_expr_str(c, x));
        invalid(e);
        return;
    }
    if (x->mode == MODE_NIL) {
        chk_error(c, e->u.sel.sel->pos, "%s undefined (type untyped nil has no field or method %s)",
                  chk_expr_str(c, e), name);
        invalid(e);
        return;
    }
    if (!chk_single_value(c, x)) {
        invalid(e);
        return;
    }
    Type *t = x->type;
    Lookup lk;
    if (x->mode == MODE_TYPE) {
        /* method expression */
        bool found = lookup_field_or_method(c->p, t, false, c->pkg, name, &lk);
        if (!found || !lk.method) {
            chk_error(c, e->u.sel.sel->pos, "%s undefined (type %s has no method %s)", chk_expr_str(c, e),
                      chk_type_str(c, t), name);
            invalid(e);
            return;
        }
        if (lk.ptr_recv_needed && type_under(t)->kind != KIND_POINTER && !lk.indirect) {
            chk_error(c, e->u.sel.sel->pos, "invalid method expression %s (needs pointer receiver (*%s).%s)",
                      chk_expr_str(c, e), chk_type_str(c, t), name);
            invalid(e);
            return;
        }
        record_lookup(e, &lk, c);
        e->u.sel.selkind = SEL_METHODEXPR;
        if (lk.obj) chk_record_use(c, lk.obj);
        e->mode = MODE_VALUE;
        e->type = method_expr_type(c, t, lk.method->sig);
        return;
    }
    if (type_is_untyped(t)) chk_default(c, x);
    t = x->type;
    bool addressable = x->mode == MODE_VAR;
    if (!lookup_field_or_method(c->p, t, addressable, c->pkg, name, &lk)) {
        if (lk.ambiguous) {
            chk_error(c, e->u.sel.sel->pos, "ambiguous selector %s", chk_expr_str(c, e));
        } else {
            Type *u = type_under(t);
            if (u->kind == KIND_POINTER && type_under(u->elem)->kind == KIND_INTERFACE)
                chk_error(c, e->u.sel.sel->pos, "%s undefined (type %s is pointer to interface, not interface)",
                          chk_expr_str(c, e), chk_type_str(c, t));
            else
                chk_error(c, e->u.sel.sel->pos, "%s undefined (type %s has no field or method %s)",
                          chk_expr_str(c, e), chk_type_str(c, t), name);
        }
        invalid(e);
        return;
    }
    record_lookup(e, &lk, c);
    if (lk.field) {
        e->u.sel.selkind = SEL_FIELD;
        e->mode = (x->mode == MODE_VAR || lk.indirect || type_under(t)->kind == KIND_POINTER) ? MODE_VAR : MODE_VALUE;
        e->type = lk.field->type;
        return;
    }
    /* method */
    if (lk.ptr_recv_needed && !lk.indirect && type_under(t)->kind != KIND_POINTER) {
        if (!addressable) {
            chk_error(c, node_start(e), "cannot call pointer method %s on %s", name, chk_type_str(c, t));
            invalid(e);
            return;
        }
        mark_addr_taken(x);
    }
    if (lk.obj) chk_record_use(c, lk.obj);
    e->u.sel.selkind = SEL_METHOD;
    e->mode = MODE_VALUE;
    e->type = lk.method->sig;
}

/* ---- index and slice expressions ---------------------------------------------- */

/* Checks an index (or size) value; for constants in [0, max) stores it in
   *out (max < 0: no upper bound). */
void chk_index_value(Checker *c, Node *idx, int64_t max, int64_t *out)
{
    *out = -1;
    if (idx->mode == MODE_INVALID) return;
    if (!chk_single_value(c, idx)) return;
    if (idx->mode == MODE_CONST && type_is_untyped(idx->type)) {
        Const *v = const_to_kind(CP, idx->cval, CK_INT);
        if (!v || idx->cval->kind == CK_STRING || idx->cval->kind == CK_BOOL) {
            if (idx->cval->kind == CK_FLOAT || idx->cval->kind == CK_COMPLEX)
                chk_error(c, node_start(idx), "%s truncated to int", chk_operand_str(c, idx));
            else
                chk_error(c, node_start(idx), "invalid argument: index %s must be integer", chk_operand_str(c, idx));
            invalid(idx);
            return;
        }
        idx->cval = v;
        chk_convert_untyped(c, idx, TT->basic[KIND_INT]);
        if (idx->mode == MODE_INVALID) return;
    }
    if (!type_is_integer(type_under(idx->type))) {
        chk_error(c, node_start(idx), "invalid argument: index %s must be integer", chk_operand_str(c, idx));
        invalid(idx);
        return;
    }
    if (idx->mode == MODE_CONST) {
        if (const_sign(idx->cval) < 0) {
            chk_error(c, node_start(idx), "invalid argument: index %s must not be negative", chk_operand_str(c, idx));
            invalid(idx);
            return;
        }
        if (!const_is_int64(idx->cval)) {
            chk_error(c, node_start(idx), "invalid argument: index %s overflows int", chk_operand_str(c, idx));
            invalid(idx);
            return;
        }
        int64_t v = const_get_int64(idx->cval);
        if (max >= 0 && v >= max) {
            chk_error(c, node_start(idx), "invalid argument: index %s out of bounds [0:%lld]", chk_expr_str(c, idx),
                      (long long)max);
            invalid(idx);
            return;
        }
        *out = v;
    }
}

/* The generic function or type an expression names, or NULL. */
Object *chk_generic_obj(Node *x)
{
    x = ast_unparen(x);
    Object *o = NULL;
    if (x->kind == N_IDENT) o = x->u.ident.obj;
    else if (x->kind == N_SELECTOR && x->u.sel.selkind == SEL_QUALIFIED) o = x->u.sel.obj;
    return o && (o->flags & OF_GENERIC) ? o : NULL;
}

/* Points a reference to a generic function at one of its instances. */
void chk_bind_instance(Node *x, Object *inst)
{
    x = ast_unparen(x);
    if (x->kind == N_IDENT) x->u.ident.obj = inst;
    else if (x->kind == N_SELECTOR) {
        x->u.sel.obj = inst;
        x->u.sel.sel->u.ident.obj = inst;
    }
    x->type = inst->type;
}

/* F[A, B] for a generic function F: an explicit (possibly partial)
   instantiation. A partial one is only valid as a call target. */
static void instantiate_expr(Checker *c, Node *e, Object *gen)
{
    int n = e->u.index.indices.len;
    Type **targs = util_calloc(n ? n : 1, sizeof(Type *));
    bool ok = true;
    for (int i = 0; i < n; i++) {
        targs[i] = chk_typexpr(c, e->u.index.indices.items[i]);
        if (targs[i] == TT->basic[KIND_INVALID]) ok = false;
    }
    if (!ok) {
        invalid(e);
    } else if (gen->kind == OBJ_TYPENAME) {
        Type *t = chk_instantiate_type(c, gen, targs, n, node_start(e->u.index.indices.items[0]));
        e->mode = t == TT->basic[KIND_INVALID] ? MODE_INVALID : MODE_TYPE;
        e->type = t;
    } else if (n < gen->tparams->n && c->allow_generic) {
        e->mode = MODE_VALUE; /* completed by inference at the call */
        e->type = gen->type;
    } else {
        Object *inst = chk_instantiate_func(c, gen, targs, n, node_start(e->u.index.indices.items[0]));
        if (!inst) {
            invalid(e);
        } else {
            chk_bind_instance(e->u.index.x, inst);
            e->mode = MODE_VALUE;
            e->type = inst->type;
        }
    }
    free(targs);
}

static void index_expr(Checker *c, Node *e)
{
    Node *x = e->u.index.x;
    bool allow = c->allow_generic;
    c->allow_generic = true;
    chk_expr_or_type(c, x);
    c->allow_generic = allow;
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < e->u.index.indices.len; i++) chk_expr(c, e->u.index.indices.items[i], NULL);
        invalid(e);
        return;
    }
    Object *gen = chk_generic_obj(x);
    if (gen) {
        instantiate_expr(c, e, gen);
        return;
    }
    if (x->mode == MODE_TYPE) {
        chk_error(c, node_start(x), "%s is not a generic type", chk_type_str(c, x->type));
        invalid(e);
        return;
    }
    if (!chk_single_value(c, x)) {
        invalid(e);
        return;
    }
    if (e->u.index.indices.len != 1) {
        chk_error(c, e->u.index.lbrack, "unexpected comma; expecting ]");
        invalid(e);
        return;
    }
    Node *idx = e->u.index.indices.items[0];
    Type *t = x->type;
    Type *u = cunder(t);
    int64_t iv;
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING: {
        chk_expr(c, idx, NULL);
        int64_t max = -1;
        if (x->mode == MODE_CONST) max = (int64_t)x->cval->slen;
        chk_index_value(c, idx, max, &iv);
        if (x->mode == MODE_CONST && idx->mode == MODE_CONST && iv >= 0) {
            e->mode = MODE_CONST;
            e->cval = const_int64(CP, (unsigned char)x->cval->s[iv]);
            e->type = TT->byte_type;
            chk_convert_untyped(c, x, TT->basic[KIND_STRING]);
            return;
        }
        chk_convert_untyped(c, x, TT->basic[KIND_STRING]);
        e->mode = MODE_VALUE;
        e->type = TT->byte_type;
        return;
    }
    case KIND_ARRAY:
        chk_expr(c, idx, NULL);
        chk_index_value(c, idx, u->len, &iv);
        e->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        e->type = u->elem;
        return;
    case KIND_POINTER:
        if (type_under(u->elem)->kind == KIND_ARRAY) {
            chk_expr(c, idx, NULL);
            chk_index_value(c, idx, type_under(u->elem)->len, &iv);
            e->mode = MODE_VAR;
            e->type = type_under(u->elem)->elem;
            return;
        }
        break;
    case KIND_SLICE:
        chk_expr(c, idx, NULL);
        chk_index_value(c, idx, -1, &iv);
        e->mode = MODE_VAR;
        e->type = u->elem;
        return;
    case KIND_MAP:
        chk_expr(c, idx, u->key);
        chk_assignment(c, idx, u->key, "map index");
        e->mode = MODE_MAPINDEX;
        e->type = u->elem;
        return;
    default: break;
    }
    chk_expr(c, idx, NULL);
    chk_error(c, node_start(x), "invalid operation: cannot index %s", chk_operand_str(c, x));
    invalid(e);
}

static void slice_expr(Checker *c, Node *e)
{
    Node *x = e->u.slice.x;
    chk_expr(c, x, NULL);
    Node *ix[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    if (x->mode == MODE_INVALID || !chk_single_value(c, x)) {
        for (int i = 0; i < 3; i++)
            if (ix[i]) chk_expr(c, ix[i], NULL);
        invalid(e);
        return;
    }
    Type *t = x->type;
    Type *u = cunder(t);
    int64_t length = -1;
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        if (e->u.slice.slice3) {
            chk_error(c, node_start(e), "invalid operation: 3-index slice of string");
            invalid(e);
            return;
        }
        if (x->mode == MODE_CONST) length = (int64_t)x->cval->slen;
        if (type_is_untyped(t)) {
            chk_convert_untyped(c, x, TT->basic[KIND_STRING]);
            t = TT->basic[KIND_STRING];
        }
        e->type = t;
        break;
    case KIND_ARRAY:
        if (x->mode != MODE_VAR) {
            chk_error(c, node_start(e), "invalid operation: %s (slice of unaddressable value)", chk_expr_str(c, e));
            invalid(e);
            return;
        }
        mark_addr_taken(x);
        length = u->len;
        e->type = type_slice(TT, u->elem);
        break;
    case KIND_POINTER:
        if (type_under(u->elem)->kind == KIND_ARRAY) {
            length = type_under(u->elem)->len;
            e->type = type_slice(TT, type_under(u->elem)->elem);
            break;
        }
        /* fallthrough */
    default:
        if (u->kind == KIND_SLICE) {
            e->type = t;
            break;
        }
        chk_error(c, node_start(x), "cannot slice %s", chk_operand_str(c, x));
        invalid(e);
        return;
    }
    e->mode = MODE_VALUE;
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (!ix[i]) continue;
        chk_expr(c, ix[i], NULL);
        chk_index_value(c, ix[i], length >= 0 ? length + 1 : -1, &vals[i]);
    }
    /* constant indices must be non-decreasing */
    for (int i = 0; i < 3; i++) {
        if (vals[i] < 0) continue;
        for (int j = i + 1; j < 3; j++) {
            if (vals[j] >= 0 && vals[j] < vals[i]) {
                chk_error(c, node_start(ix[j]), "invalid slice indices: %lld < %lld", (long long)vals[j],
                          (long long)vals[i]);
                return;
            }
        }
    }
}

/* ---- type assertions ------------------------------------------------------------- */

static void type_assert(Checker *c, Node *e)
{
    Node *x = e->u.assert.x;
    chk_expr(c, x, NULL);
    if (!e->u.assert.type) {
        chk_error(c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
        invalid(e);
        return;
    }
    Type *t = chk_typexpr(c, e->u.assert.type);
    if (x->mode == MODE_INVALID || t->kind == KIND_INVALID) {
        invalid(e);
        return;
    }
    if (!chk_single_value(c, x)) {
        invalid(e);
        return;
    }
    if (type_under(x->type)->kind != KIND_INTERFACE) {
        chk_error(c, node_start(x), "invalid operation: %s is not an interface", chk_operand_str(c, x));
        invalid(e);
        return;
    }
    if (type_under(t)->kind != KIND_INTERFACE) {
        const char *why = NULL;
        if (check_missing_method(c->p, t, x->type, &why)) {
            chk_error(c, node_start(e), "impossible type assertion: %s\n\t%s does not implement %s (%s)",
                      chk_expr_str(c, e), chk_type_str(c, t), chk_type_str(c, x->type), why);
            invalid(e);
            return;
        }
    }
    e->mode = MODE_COMMAOK;
    e->type = t;
}

/* A constant operation on typed operands must stay representable in the
   type: "uint8(255) + 1 (constant 256 of type uint8) overflows uint8". */
static void typed_const_check(Checker *c, Node *e)
{
    if (e->mode != MODE_CONST || type_is_untyped(e->type)) return;
    Node tmp = *e;
    const char *why;
    if (representable(c, &tmp, e->type, &why)) {
        e->cval = tmp.cval;
        return;
    }
    chk_error(c, node_start(e), "%s overflows %s", chk_operand_str(c, e), chk_type_str(c, e->type));
    invalid(e);
}

/* ---- unary expressions --------------------------------------------------------------- */

static bool op_allowed_unary(TokenKind op, Type *t)
{
    Type *u = type_under(t);
    switch (op) {
    case T_ADD:
    case T_SUB: return type_is_numeric(u);
    case T_XOR: return type_is_integer(u);
    case T_NOT: return type_is_boolean(u);
    default: return false;
    }
}

static void unary(Checker *c, Node *e, Type *hint)
{
    TokenKind op = e->u.unary.op;
    Node *x = e->u.unary.x;
    if (op == T_AND) {
        Node *ux = ast_unparen(x);
        if (ux->kind == N_COMPOSITELIT) {
            Type *h = NULL;
            if (hint && type_under(hint)->kind == KIND_POINTER) h = type_under(hint)->elem;
            chk_rawexpr(c, ux, h, false);
            if (x != ux) {
                x->mode = ux->mode;
                x->type = ux->type;
            }
            if (ux->mode == MODE_INVALID) {
                invalid(e);
                return;
            }
            e->mode = MODE_VALUE;
            e->type = type_pointer(TT, ux->type);
            return;
        }
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        if (x->mode != MODE_VAR) {
            chk_error(c, node_start(e), "invalid operation: cannot take address of %s", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        mark_addr_taken(x);
        e->mode = MODE_VALUE;
        e->type = type_pointer(TT, x->type);
        return;
    }
    if (op == T_ARROW) {
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID || !chk_single_value(c, x)) {
            invalid(e);
            return;
        }
        Type *u = type_under(x->type);
        if (u->kind != KIND_CHAN) {
            chk_error(c, node_start(e), "invalid operation: cannot receive from non-channel %s", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        if (u->dir == CHAN_SEND) {
            chk_error(c, node_start(e), "invalid operation: cannot receive from send-only channel %s",
                      chk_operand_str(c, x));
            invalid(e);
            return;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->elem;
        return;
    }
    if (op == T_TILDE) {
        chk_error(c, e->pos, "cannot use ~ outside of interface or type constraint");
        chk_expr(c, x, NULL);
        invalid(e);
        return;
    }
    chk_expr(c, x, NULL);
    if (x->mode == MODE_INVALID || !chk_single_value(c, x)) {
        invalid(e);
        return;
    }
    if (!op_allowed_unary(op, x->type)) {
        chk_error(c, node_start(x), "invalid operation: operator %s not defined on %s", tok_str(op),
                  chk_operand_str(c, x));
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST) {
        int bits = 0;
        Type *u = type_under(x->type);
        if (op == T_XOR && type_is_unsigned(u)) bits = (int)(u->size * 8);
        Const *v = const_unary(CP, op, x->cval, bits);
        e->mode = MODE_CONST;
        e->type = x->type;
        e->cval = v;
        typed_const_check(c, e);
        return;
    }
    e->mode = MODE_VALUE;
    e->type = x->type;
}

/* ---- binary expressions -------------------------------------------------------------- */

static bool is_comparison(TokenKind op)
{
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

static bool op_allowed_binary(TokenKind op, Type *t)
{
    Type *u = type_under(t);
    switch (op) {
    case T_ADD: return type_is_addable(u);
    case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(u);
    case T_REM: return type_is_integer(u);
    case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return type_is_integer(u);
    case T_LAND: case T_LOR: return type_is_boolean(u);
    default: return false;
    }
}

/* Brings two operands to a common type (types2 matchTypes). */
static bool match_types(Checker *c, Node *x, Node *y)
{
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    const char *why;
    if (xu && !yu) {
        if (!implicit_convert(c, x, y->type, &why)) return false;
    } else if (yu && !xu) {
        if (!implicit_convert(c, y, x->type, &why)) return false;
    } else if (xu && yu) {
        if (type_is_numeric(x->type) && type_is_numeric(y->type)) {
            Type *wide = x->type->kind > y->type->kind ? x->type : y->type;
            implicit_convert(c, x, wide, &why);
            implicit_convert(c, y, wide, &why);
        }
    }
    return true;
}

/* Reports why x op y with op a comparison is invalid, or returns true. */
bool chk_comparable_op(Checker *c, Node *x, Node *y, TokenKind op, Pos pos)
{
    UNUSED(pos);
    Node *err_op = x;
    const char *cause = NULL;
    char buf[256];
    bool ok = check_assignable(c->p, x->type, y->type) || check_assignable(c->p, y->type, x->type);
    if (!ok) {
        err_op = y;
        snprintf(buf, sizeof buf, "mismatched types %s and %s", chk_type_str(c, x->type), chk_type_str(c, y->type));
        cause = buf;
    } else if (op == T_EQL || op == T_NEQ) {
        bool xnil = x->mode == MODE_NIL || x->type->kind == KIND_UNTYPED_NIL;
        bool ynil = y->mode == MODE_NIL || y->type->kind == KIND_UNTYPED_NIL;
        if (xnil && ynil) {
            err_op = y;
            cause = "operator == not defined on untyped nil";
            if (op == T_NEQ) cause = "operator != not defined on untyped nil";
        } else if (xnil || ynil) {
            Type *other = xnil ? y->type : x->type;
            if (!has_nil(other)) {
                err_op = xnil ? y : x;
                snprintf(buf, sizeof buf, "mismatched types %s and untyped nil", chk_type_str(c, other));
                cause = buf;
            }
        } else {
            Node *bad = NULL;
            if (!type_comparable(TT, x->type)) bad = x;
            else if (!type_comparable(TT, y->type)) bad = y;
            if (bad) {
                err_op = bad;
                Type *bu = type_under(bad->type);
                const char *what = bu->kind == KIND_SLICE ? "slice" : bu->kind == KIND_MAP ? "map"
                                   : bu->kind == KIND_FUNC ? "func" : NULL;
                if (what)
                    snprintf(buf, sizeof buf, "%s can only be compared to nil", what);
                else
                    snprintf(buf, sizeof buf, "operator %s not defined on %s", tok_str(op), chk_operand_str(c, bad));
                cause = buf;
            }
        }
    } else {
        /* ordered */
        Node *bad = NULL;
        bool xo = type_is_ordered(type_under(x->type));
        bool yo = type_is_ordered(type_under(y->type));
        if (!xo) bad = x;
        else if (!yo) bad = y;
        if (bad) {
            err_op = bad;
            snprintf(buf, sizeof buf, "operator %s not defined on %s", tok_str(op), chk_operand_str(c, bad));
            cause = buf;
        }
    }
    if (cause) {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, x);
        sb_printf(&b, " %s ", tok_str(op));
        ast_expr_string(&b, y);
        chk_error(c, node_start(err_op), "invalid operation: %s (%s)", b.data, cause);
        sb_free(&b);
        return false;
    }
    return true;
}

static void comparison(Checker *c, Node *e, Node *x, Node *y, TokenKind op)
{
    if (!chk_comparable_op(c, x, y, op, e->u.binary.oppos)) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const *xv = x->cval, *yv = y->cval;
        ConstKind k = xv->kind > yv->kind ? xv->kind : yv->kind;
        if (k >= CK_INT) {
            xv = const_to_kind(CP, xv, k);
            yv = const_to_kind(CP, yv, k);
        }
        e->mode = MODE_CONST;
        e->cval = const_bool(CP, const_compare(op, xv, yv));
        e->type = TT->basic[KIND_UNTYPED_BOOL];
        /* operands that are still untyped get their default types */
        chk_default(c, x);
        chk_default(c, y);
        return;
    }
    /* untyped operands of a non-constant comparison get their default type
       (or nil stays nil) */
    if (type_is_untyped(x->type) && x->type->kind != KIND_UNTYPED_NIL) chk_default(c, x);
    if (type_is_untyped(y->type) && y->type->kind != KIND_UNTYPED_NIL) chk_default(c, y);
    e->mode = MODE_VALUE;
    e->type = TT->basic[KIND_UNTYPED_BOOL];
}

static void shift(Checker *c, Node *e, Node *x, Node *y, TokenKind op)
{
    /* the count */
    if (y->mode == MODE_CONST) {
        Const *v = y->cval->kind == CK_BOOL || y->cval->kind == CK_STRING ? NULL : const_to_kind(CP, y->cval, CK_INT);
        if (!v || (!type_is_untyped(y->type) && !type_is_integer(type_under(y->type)))) {
            if (y->cval->kind == CK_FLOAT || y->cval->kind == CK_COMPLEX)
                chk_error(c, node_start(y), "%s truncated to uint", chk_operand_str(c, y));
            else
                chk_error(c, node_start(y), "invalid operation: shift count %s must be integer", chk_operand_str(c, y));
            invalid(e);
            return;
        }
        if (const_sign(v) < 0) {
            chk_error(c, node_start(y), "invalid operation: negative shift count %s", chk_operand_str(c, y));
            invalid(e);
            return;
        }
        y->cval = v;
        if (type_is_untyped(y->type)) chk_convert_untyped(c, y, TT->basic[KIND_UINT]);
    } else {
        if (type_is_untyped(y->type)) chk_convert_untyped(c, y, TT->basic[KIND_UINT]);
        if (y->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        if (!type_is_integer(type_under(y->type))) {
            chk_error(c, node_start(y), "invalid operation: shift count %s must be integer", chk_operand_str(c, y));
            invalid(e);
            return;
        }
    }
    /* the shifted operand */
    if (x->mode == MODE_CONST) {
        if (type_is_untyped(x->type)) {
            Const *v = x->cval->kind == CK_BOOL || x->cval->kind == CK_STRING ? NULL : const_to_kind(CP, x->cval, CK_INT);
            if (!v) {
                chk_error(c, node_start(x), "invalid operation: shifted operand %s must be integer",
                          chk_operand_str(c, x));
                invalid(e);
                return;
            }
            x->cval = v;
            if (x->type->kind != KIND_UNTYPED_RUNE) x->type = TT->basic[KIND_UNTYPED_INT];
        } else if (!type_is_integer(type_under(x->type))) {
            chk_error(c, node_start(x), "invalid operation: shifted operand %s must be integer", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        if (y->mode == MODE_CONST) {
            if (!const_is_uint64(y->cval) || const_get_uint64(y->cval) > 10000) {
                chk_error(c, node_start(y), "invalid shift count %s", chk_operand_str(c, y));
                invalid(e);
                return;
            }
            Const *r = const_shift(CP, op, x->cval, const_get_uint64(y->cval));
            if (!r) {
                chk_error(c, node_start(e), "constant shift overflow");
                invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->cval = r;
            e->type = x->type;
            typed_const_check(c, e);
            return;
        }
        /* non-constant shift of an untyped constant: the type comes from
           context (chk_update_type) */
        if (type_is_untyped(x->type)) {
            e->mode = MODE_VALUE;
            e->type = x->type;
            return;
        }
    } else {
        if (!type_is_integer(type_under(x->type))) {
            chk_error(c, node_start(x), "invalid operation: shifted operand %s must be integer", chk_operand_str(c, x));
            invalid(e);
            return;
        }
    }
    e->mode = MODE_VALUE;
    e->type = x->type;
}

static void binary(Checker *c, Node *e, Type *hint)
{
    TokenKind op = e->u.binary.op;
    Node *x = e->u.binary.x, *y = e->u.binary.y;
    chk_expr(c, x, hint);
    chk_expr(c, y, hint);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(e);
        return;
    }
    if (!chk_single_value(c, x) || !chk_single_value(c, y)) {
        invalid(e);
        return;
    }
    if (op == T_SHL || op == T_SHR) {
        shift(c, e, x, y, op);
        return;
    }
    if (!match_types(c, x, y)) {
        /* one side could not take the other's type */
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        Node *u = type_is_untyped(x->type) ? x : y;
        Node *t = u == x ? y : x;
        if (u->mode == MODE_CONST && type_is_numeric(type_under(t->type)) && type_is_numeric(u->type) &&
            !is_comparison(op)) {
            const char *why;
            Node tmp = *u;
            representable(c, &tmp, t->type, &why);
            chk_error(c, node_start(u), "%s %s %s", chk_operand_str(c, u), why ? why : "overflows",
                      chk_type_str(c, t->type));
        } else {
            chk_error(c, node_start(x), "invalid operation: %s (mismatched types %s and %s)", b.data,
                      chk_type_str(c, x->type), chk_type_str(c, y->type));
        }
        sb_free(&b);
        invalid(e);
        return;
    }
    if (is_comparison(op)) {
        comparison(c, e, x, y, op);
        return;
    }
    if (x->type != y->type) {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        chk_error(c, node_start(x), "invalid operation: %s (mismatched types %s and %s)", b.data,
                  chk_type_str(c, x->type), chk_type_str(c, y->type));
        sb_free(&b);
        invalid(e);
        return;
    }
    if (!op_allowed_binary(op, x->type)) {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        chk_error(c, node_start(x), "invalid operation: operator %s not defined on %s", tok_str(op),
                  chk_operand_str(c, x));
        sb_free(&b);
        invalid(e);
        return;
    }
    if ((op == T_QUO || op == T_REM) && y->mode == MODE_CONST && type_is_numeric(type_under(y->type)) &&
        const_sign(y->cval) == 0 && (y->cval->kind != CK_COMPLEX)) {
        if (x->mode == MODE_CONST || type_is_integer(type_under(x->type))) {
            chk_error(c, node_start(y), "invalid operation: division by zero");
            invalid(e);
            return;
        }
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Type *u = type_under(x->type);
        bool intdiv = type_is_integer(u) || u->kind == KIND_UNTYPED_INT || u->kind == KIND_UNTYPED_RUNE;
        Const *xv = x->cval, *yv = y->cval;
        ConstKind k = xv->kind > yv->kind ? xv->kind : yv->kind;
        if (k >= CK_INT) {
            xv = const_to_kind(CP, xv, k);
            yv = const_to_kind(CP, yv, k);
        }
        Const *r = const_binary(CP, op, xv, yv, intdiv);
        if (!r) {
            chk_error(c, node_start(y), "invalid operation: division by zero");
            invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->cval = r;
        e->type = x->type;
        typed_const_check(c, e);
        return;
    }
    e->mode = MODE_VALUE;
    e->type = x->type;
}

/* ---- dispatch --------------------------------------------------------------------- */

void chk_rawexpr(Checker *c, Node *e, Type *hint, bool allow_type)
{
    e->mode = MODE_INVALID;
    e->type = NULL;
    e->cval = NULL;
    switch (e->kind) {
    case N_BAD: invalid(e); break;
    case N_IDENT: ident(c, e); break;
    case N_BASICLIT: basic_lit(c, e); break;
    case N_COMPOSITELIT: composite_lit(c, e, hint); break;
    case N_FUNCLIT: chk_funclit(c, e); break;
    case N_PAREN: {
        Node *x = e->u.unary1.x;
        chk_rawexpr(c, x, hint, allow_type);
        e->mode = x->mode;
        e->type = x->type;
        e->cval = x->cval;
        break;
    }
    case N_SELECTOR: selector(c, e); break;
    case N_INDEX: index_expr(c, e); break;
    case N_SLICE: slice_expr(c, e); break;
    case N_TYPEASSERT: type_assert(c, e); break;
    case N_CALL: chk_call(c, e); break;
    case N_STAR: {
        Node *x = e->u.unary1.x;
        chk_rawexpr(c, x, NULL, true);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            break;
        }
        if (x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->type = type_pointer(TT, x->type);
            break;
        }
        if (x->mode == MODE_NIL) {
            chk_error(c, node_start(e), "invalid operation: cannot indirect nil");
            invalid(e);
            break;
        }
        if (!chk_single_value(c, x)) {
            invalid(e);
            break;
        }
        if (type_under(x->type)->kind != KIND_POINTER) {
            chk_error(c, node_start(x), "invalid operation: cannot indirect %s", chk_operand_str(c, x));
            invalid(e);
            break;
        }
        e->mode = MODE_VAR;
        e->type = type_under(x->type)->elem;
        break;
    }
    case N_UNARY: unary(c, e, hint); break;
    case N_BINARY: binary(c, e, hint); break;
    case N_KEYVALUE:
        chk_error(c, e->pos, "unexpected key:value expression");
        invalid(e);
        break;
    case N_ARRAYTYPE:
    case N_STRUCTTYPE:
    case N_FUNCTYPE:
    case N_INTERFACETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE:
        chk_typexpr(c, e);
        break;
    case N_ELLIPSIS:
        chk_error(c, e->pos, "invalid use of ...");
        invalid(e);
        break;
    default:
        chk_error(c, e->pos, "unexpected %s in expression", ast_kind_name(e->kind));
        invalid(e);
    }
    if (e->mode == MODE_TYPE && !allow_type) {
        chk_error(c, node_start(e), "%s (type) is not an expression", chk_expr_str(c, e));
        invalid(e);
    }
}

void chk_expr(Checker *c, Node *e, Type *hint)
{
    chk_rawexpr(c, e, hint, false);
    if (e->mode == MODE_PKGNAME) {
        chk_error(c, node_start(e), "use of package %s without selector", e->u.ident.name);
        invalid(e);
    }
}

void chk_expr_or_type(Checker *c, Node *e)
{
    chk_rawexpr(c, e, NULL, true);
    if (e->mode == MODE_PKGNAME) {
        chk_error(c, node_start(e), "use of package %s without selector", e->u.ident.name);
        invalid(e);
    }
}

void chk_multi_expr(Checker *c, Node *e)
{
    chk_rawexpr(c, e, NULL, false);
}
