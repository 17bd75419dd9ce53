/* check_call.c - calls, conversions and built-in functions. */
#include "check_internal.h"

#include <string.h>

#define TT (c->p->types)
#define CP (&c->p->consts)

static void invalid(Node *e)
{
    e->mode = MODE_INVALID;
}

static void check_args_only(Checker *c, NodeList *args)
{
    for (int i = 0; i < args->len; i++) chk_multi_expr(c, args->items[i]);
}

/* ---- conversions -------------------------------------------------------- */

static bool is_const_type(Type *t)
{
    Type *u = type_under(t);
    return type_is_boolean(u) || type_is_numeric(u) || type_is_string(u);
}

static bool is_bytes_or_runes(Type *t)
{
    Type *u = type_under(t);
    if (u->kind != KIND_SLICE) return false;
    Kind k = type_under(u->elem)->kind;
    return k == KIND_UINT8 || k == KIND_INT32;
}

bool chk_convertible(Checker *c, Type *v, Type *t, Node *x)
{
    UNUSED(x);
    if (check_assignable(c->p, v, t)) return true;
    if (v->kind == KIND_TYPEPARAM || t->kind == KIND_TYPEPARAM) {
        /* valid when valid for every pair of types of the type sets */
        Type *vc = v->kind == KIND_TYPEPARAM ? type_under(v->constraint) : NULL;
        Type *tc = t->kind == KIND_TYPEPARAM ? type_under(t->constraint) : NULL;
        if ((vc && vc->nterms == 0) || (tc && tc->nterms == 0)) return false;
        int nv = vc ? vc->nterms : 1, nt = tc ? tc->nterms : 1;
        for (int i = 0; i < nv; i++)
            for (int j = 0; j < nt; j++) {
                Type *a = vc ? vc->terms[i].type : v;
                Type *b = tc ? tc->terms[j].type : t;
                if (a->kind == KIND_TYPEPARAM || b->kind == KIND_TYPEPARAM) return false;
                if (!chk_convertible(c, a, b, NULL)) return false;
            }
        return true;
    }
    Type *vu = type_under(v), *tu = type_under(t);
    if (vu == tu) return true;
    /* identical underlying types ignoring struct tags */
    if (vu->kind == KIND_STRUCT && tu->kind == KIND_STRUCT && vu->nfields == tu->nfields) {
        bool same = true;
        for (int i = 0; i < vu->nfields && same; i++)
            same = vu->fields[i].name == tu->fields[i].name && vu->fields[i].type == tu->fields[i].type &&
                   vu->fields[i].embedded == tu->fields[i].embedded;
        if (same) return true;
    }
    if (vu->kind == KIND_POINTER && tu->kind == KIND_POINTER && !type_is_named(v) && !type_is_named(t) &&
        type_under(vu->elem) == type_under(tu->elem))
        return true;
    if ((type_is_integer(vu) || type_is_float(vu)) && (type_is_integer(tu) || type_is_float(tu))) return true;
    if (type_is_complex(vu) && type_is_complex(tu)) return true;
    if (type_is_string(tu) && (type_is_integer(vu) || is_bytes_or_runes(v))) return true;
    if (type_is_string(vu) && is_bytes_or_runes(t)) return true;
    if (vu->kind == KIND_UNSAFEPTR && (tu->kind == KIND_POINTER || tu->kind == KIND_UINTPTR)) return true;
    if (tu->kind == KIND_UNSAFEPTR && (vu->kind == KIND_POINTER || vu->kind == KIND_UINTPTR)) return true;
    /* slice to array or array pointer (Go 1.17, 1.20) */
    if (vu->kind == KIND_SLICE) {
        if (tu->kind == KIND_ARRAY && tu->elem == vu->elem) return true;
        if (tu->kind == KIND_POINTER && type_under(tu->elem)->kind == KIND_ARRAY &&
            type_under(tu->elem)->elem == vu->elem)
            return true;
    }
    return false;
}

void chk_conversion(Checker *c, Node *e, Type *t)
{
    Node *x = e->u.call.args.items[0];
    chk_expr(c, x, NULL);
    e->u.call.conversion = true;
    if (x->mode == MODE_INVALID || !chk_single_value(c, x)) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && is_const_type(t) && t->kind != KIND_TYPEPARAM) {
        Type *tu = type_under(t);
        Node tmp = *x;
        if (type_is_string(tu) && x->cval->kind == CK_INT) {
            /* string(rune constant) */
            int64_t r = const_is_int64(x->cval) ? const_get_int64(x->cval) : -1;
            if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
            char buf[4];
            int n;
            if (r < 0x80) {
                buf[0] = (char)r;
                n = 1;
            } else if (r < 0x800) {
                buf[0] = (char)(0xc0 | (r >> 6));
                buf[1] = (char)(0x80 | (r & 0x3f));
                n = 2;
            } else if (r < 0x10000) {
                buf[0] = (char)(0xe0 | (r >> 12));
                buf[1] = (char)(0x80 | ((r >> 6) & 0x3f));
                buf[2] = (char)(0x80 | (r & 0x3f));
                n = 3;
            } else {
                buf[0] = (char)(0xf0 | (r >> 18));
                buf[1] = (char)(0x80 | ((r >> 12) & 0x3f));
                buf[2] = (char)(0x80 | ((r >> 6) & 0x3f));
                buf[3] = (char)(0x80 | (r & 0x3f));
                n = 4;
            }
            if (!type_is_integer(type_under(x->type)) && !type_is_untyped(x->type)) goto bad;
            e->mode = MODE_CONST;
            e->cval = const_string(CP, buf, (size_t)n);
            e->type = t;
            if (type_is_untyped(x->type)) chk_convert_untyped(c, x, chk_basic(c, KIND_INT64));
            return;
        }
        bool okkind = (type_is_numeric(tu) && (x->cval->kind == CK_INT || x->cval->kind == CK_FLOAT ||
                                                x->cval->kind == CK_COMPLEX)) ||
                      (type_is_string(tu) && x->cval->kind == CK_STRING) ||
                      (type_is_boolean(tu) && x->cval->kind == CK_BOOL);
        if (!okkind) goto bad;
        /* float constant -> integer type truncates? No: it must be exact. */
        if (type_is_integer(tu) && x->cval->kind != CK_INT) {
            Const *iv = const_to_kind(CP, x->cval, CK_INT);
            if (!iv) goto bad;
            tmp.cval = iv;
        }
        if (!chk_representable(c, &tmp, t, false)) {
            if (type_is_integer(tu) && (x->cval->kind == CK_INT) &&
                (type_is_untyped(x->type) || type_is_integer(type_under(x->type)))) {
                StrBuf b;
                sb_init(&b);
                const_print(&b, x->cval);
                chk_error(c, node_start(x), "constant %s overflows %s", b.data, chk_type_str(c, t));
                sb_free(&b);
                invalid(e);
                return;
            }
            goto bad;
        }
        e->mode = MODE_CONST;
        e->cval = tmp.cval;
        e->type = t;
        if (type_is_untyped(x->type)) {
            /* the operand takes the conversion's type when representable,
               else its default type */
            Node t2 = *x;
            if (chk_representable(c, &t2, t, false)) chk_update_type(c, x, t);
            else chk_default(c, x);
        }
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *tu = type_under(t);
        if (x->mode == MODE_NIL || x->type->kind == KIND_UNTYPED_NIL) {
            switch (tu->kind) {
            case KIND_TYPEPARAM:
                if (!check_assignable(c->p, x->type, t)) goto bad; /* every type has nil */
                /* fall through */
            case KIND_POINTER: case KIND_FUNC: case KIND_SLICE: case KIND_MAP: case KIND_CHAN:
            case KIND_INTERFACE: case KIND_UNSAFEPTR:
                x->type = t;
                e->mode = MODE_VALUE;
                e->type = t;
                return;
            default: goto bad;
            }
        }
        if (tu->kind == KIND_INTERFACE || x->mode == MODE_CONST) chk_default(c, x);
        else if (type_is_numeric(tu) && type_is_numeric(x->type)) chk_update_type(c, x, t);
        else if (type_is_boolean(tu) && x->type->kind == KIND_UNTYPED_BOOL) chk_update_type(c, x, t);
        else chk_default(c, x);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
    }
    if (!chk_convertible(c, x->type, t, x)) goto bad;
    e->mode = MODE_VALUE;
    e->type = t;
    return;
bad:
    chk_error(c, node_start(x), "cannot convert %s to type %s", chk_operand_str(c, x), chk_type_str(c, t));
    invalid(e);
}

/* ---- ordinary calls ----------------------------------------------------- */

static void types_summary(Checker *c, StrBuf *b, Type **ts, int n, bool variadic)
{
    sb_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i) sb_puts(b, ", ");
        Type *t = ts[i];
        if (!t || t->kind == KIND_INVALID) {
            sb_puts(b, "unknown type");
        } else if (type_is_untyped(t)) {
            if (type_is_numeric(t)) sb_puts(b, "number");
            else if (t->kind == KIND_UNTYPED_BOOL) sb_puts(b, "bool");
            else if (t->kind == KIND_UNTYPED_STRING) sb_puts(b, "string");
            else sb_puts(b, "nil");
        } else if (variadic && i == n - 1) {
            sb_puts(b, "...");
            sb_puts(b, chk_type_str(c, type_under(t)->elem));
        } else {
            sb_puts(b, chk_type_str(c, t));
        }
    }
    sb_putc(b, ')');
}

static void arg_count_error(Checker *c, Node *e, Type *sig, Type **have, int nhave, const char *q, Pos at)
{
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s arguments in call to ", q);
    ast_expr_string(&b, e->u.call.fun);
    sb_puts(&b, "\n\thave ");
    types_summary(c, &b, have, nhave, false);
    sb_puts(&b, "\n\twant ");
    types_summary(c, &b, sig->params, sig->nparams, sig->variadic);
    chk_error(c, at, "%s", b.data);
    sb_free(&b);
}

static void set_result(Checker *c, Node *e, Type *sig)
{
    if (sig->nresults == 0) {
        e->mode = MODE_NOVALUE;
        e->type = NULL;
    } else if (sig->nresults == 1) {
        e->mode = MODE_VALUE;
        e->type = sig->results[0];
    } else {
        e->mode = MODE_VALUE;
        e->type = type_tuple(TT, sig->results, sig->nresults);
    }
}

static void call_args(Checker *c, Node *e, Type *sig, bool prechecked)
{
    NodeList *args = &e->u.call.args;
    /* the function's spelling for messages is built only when an error
       is reported: most calls have none */
    /* f(g()) with g returning several values */
    if (args->len == 1) {
        Node *a = args->items[0];
        if (!prechecked) chk_multi_expr(c, a);
        if (a->mode == MODE_INVALID) return;
        if (a->type && a->type->kind == KIND_TUPLE && !e->u.call.has_dots) {
            Type *tup = a->type;
            int n = tup->nparams;
            bool ok = sig->variadic ? n >= sig->nparams - 1 : n == sig->nparams;
            if (!ok) {
                bool few = n < sig->nparams;
                arg_count_error(c, e, sig, tup->params, n, few ? "not enough" : "too many",
                                few ? node_start(a) : node_start(a));
                return;
            }
            for (int i = 0; i < n; i++) {
                Type *pt;
                if (sig->variadic && i >= sig->nparams - 1) pt = type_under(sig->params[sig->nparams - 1])->elem;
                else pt = sig->params[i];
                if (!check_assignable(c->p, tup->params[i], pt)) {
                    chk_error(c, node_start(a), "cannot use %s (value of type %s) as %s value in %s",
                              chk_expr_str(c, a), chk_type_str(c, tup->params[i]), chk_type_str(c, pt),
                              arena_printf(c->p->arena, "argument to %s", chk_expr_str(c, e->u.call.fun)));
                    return;
                }
            }
            return;
        }
        if (a->mode == MODE_TYPE) {
            chk_error(c, node_start(a), "%s (type) is not an expression", chk_expr_str(c, a));
            invalid(a);
            return;
        }
    } else if (!prechecked) {
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            Type *hint = NULL;
            if (i < sig->nparams) hint = sig->params[i];
            chk_rawexpr(c, a, hint, false);
        }
    }
    int nargs = args->len;
    int npar = sig->nparams;
    if (e->u.call.has_dots) {
        if (!sig->variadic) {
            chk_error(c, node_start(args->items[nargs - 1]), "have (...) used with non-variadic function %s",
                      chk_expr_str(c, e->u.call.fun));
            return;
        }
    }
    bool count_ok;
    if (sig->variadic && !e->u.call.has_dots) count_ok = nargs >= npar - 1;
    else count_ok = nargs == npar;
    if (!count_ok) {
        Type **have = util_calloc(nargs ? nargs : 1, sizeof(Type *));
        for (int i = 0; i < nargs; i++) have[i] = args->items[i]->type;
        bool few = nargs < npar;
        Pos at;
        if (!few) at = node_start(args->items[npar]);
        else if (nargs > 0) at = node_start(args->items[nargs - 1]);
        else at = e->u.call.rparen;
        arg_count_error(c, e, sig, have, nargs, few ? "not enough" : "too many", at);
        free(have);
        return;
    }
    for (int i = 0; i < nargs; i++) {
        Node *a = args->items[i];
        Type *pt;
        if (sig->variadic && i >= npar - 1 && !e->u.call.has_dots) pt = type_under(sig->params[npar - 1])->elem;
        else pt = sig->params[i];
        Node *saved = c->arg_call;
        c->arg_call = e;
        chk_assignment(c, a, pt, NULL);
        c->arg_call = saved;
    }
}

static void generic_call(Checker *c, Node *e, Object *gen);

void chk_call(Checker *c, Node *e)
{
    Node *fun = e->u.call.fun;
    bool allow = c->allow_generic;
    c->allow_generic = true;
    chk_rawexpr(c, fun, NULL, true);
    c->allow_generic = allow;
    if (fun->mode == MODE_VALUE) {
        Node *uf = ast_unparen(fun);
        Object *gen = chk_generic_obj(uf->kind == N_INDEX ? uf->u.index.x : uf);
        if (gen && gen->kind == OBJ_FUNC && (uf->kind != N_INDEX || chk_has_tparams(uf->type))) {
            generic_call(c, e, gen);
            return;
        }
    }
    if (fun->mode == MODE_PKGNAME) {
        chk_error(c, node_start(fun), "use of package %s without selector", fun->u.ident.name);
        invalid(fun);
    }
    switch (fun->mode) {
    case MODE_INVALID:
        check_args_only(c, &e->u.call.args);
        invalid(e);
        return;
    case MODE_TYPE: {
        Type *t = fun->type;
        int n = e->u.call.args.len;
        if (n != 1 || e->u.call.has_dots) {
            if (n == 0)
                chk_error(c, e->u.call.rparen, "missing argument in conversion to %s", chk_type_str(c, t));
            else if (e->u.call.has_dots)
                chk_error(c, node_start(e->u.call.args.items[0]), "invalid use of ... in conversion to %s",
                          chk_type_str(c, t));
            else
                chk_error(c, node_start(e->u.call.args.items[n - 1]), "too many arguments in conversion to %s",
                          chk_type_str(c, t));
            check_args_only(c, &e->u.call.args);
            invalid(e);
            return;
        }
        chk_conversion(c, e, t);
        return;
    }
    case MODE_BUILTIN: {
        Object *o = fun->kind == N_IDENT ? fun->u.ident.obj : fun->u.sel.obj;
        chk_builtin(c, e, o ? o->builtin : BI_NONE);
        return;
    }
    default: break;
    }
    if (!chk_single_value(c, fun)) {
        check_args_only(c, &e->u.call.args);
        invalid(e);
        return;
    }
    Type *sig = fun->type ? type_under(fun->type) : NULL;
    if (!sig || sig->kind != KIND_FUNC) {
        chk_error(c, node_start(e), "invalid operation: cannot call non-function %s", chk_operand_str(c, fun));
        check_args_only(c, &e->u.call.args);
        invalid(e);
        return;
    }
    call_args(c, e, sig, false);
    set_result(c, e, sig);
}

/* A call of a generic function: infer the missing type arguments from the
   arguments, instantiate, and check the call against the instance. */
static void generic_call(Checker *c, Node *e, Object *gen)
{
    Node *fun = ast_unparen(e->u.call.fun);
    int nexp = 0;
    Type *explicit[32];
    if (fun->kind == N_INDEX) {
        for (int i = 0; i < fun->u.index.indices.len && i < 32; i++) explicit[nexp++] = fun->u.index.indices.items[i]->type;
    }
    Type *gsig = type_under(gen->type);
    NodeList *args = &e->u.call.args;
    bool ok = true;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        Type *hint = NULL;
        if (i < gsig->nparams && !chk_has_tparams(gsig->params[i])) hint = gsig->params[i];
        if (args->len == 1) chk_multi_expr(c, a);
        else chk_rawexpr(c, a, hint, false);
        if (a->mode == MODE_INVALID) ok = false;
    }
    if (!ok) {
        invalid(e);
        return;
    }
    int n = gen->tparams->n;
    Type **targs = util_calloc(n ? n : 1, sizeof(Type *));
    if (!chk_infer(c, gen, e, explicit, nexp, args, targs)) {
        free(targs);
        invalid(e);
        return;
    }
    Pos at = nexp == 0 ? e->u.call.lparen : node_start(fun);
    Object *inst = chk_instantiate_func(c, gen, targs, n, at);
    free(targs);
    if (!inst) {
        invalid(e);
        return;
    }
    chk_bind_instance(fun->kind == N_INDEX ? fun->u.index.x : fun, inst);
    fun->mode = MODE_VALUE;
    fun->type = inst->type;
    e->u.call.fun->type = inst->type;
    Type *sig = type_under(inst->type);
    call_args(c, e, sig, true);
    set_result(c, e, sig);
}

/* ---- built-ins ------------------------------------------------------------ */

static const char *builtin_name(BuiltinId id)
{
    static const char *names[BI_COUNT] = {
        [BI_APPEND] = "append", [BI_CAP] = "cap",         [BI_CLEAR] = "clear",     [BI_CLOSE] = "close",
        [BI_COMPLEX] = "complex", [BI_COPY] = "copy",     [BI_DELETE] = "delete",   [BI_IMAG] = "imag",
        [BI_LEN] = "len",       [BI_MAKE] = "make",       [BI_MAX] = "max",         [BI_MIN] = "min",
        [BI_NEW] = "new",       [BI_PANIC] = "panic",     [BI_PRINT] = "print",     [BI_PRINTLN] = "println",
        [BI_REAL] = "real",     [BI_RECOVER] = "recover", [BI_ALIGNOF] = "unsafe.Alignof",
        [BI_OFFSETOF] = "unsafe.Offsetof", [BI_SIZEOF] = "unsafe.Sizeof", [BI_ADD] = "unsafe.Add",
        [BI_SLICE] = "unsafe.Slice", [BI_SLICEDATA] = "unsafe.SliceData", [BI_STRING] = "unsafe.String",
        [BI_STRINGDATA] = "unsafe.StringData",
    };
    return id < BI_COUNT && names[id] ? names[id] : "builtin";
}

/* Does the expression contain a function call or channel receive (which
   makes len/cap of an array non-constant)? */
static bool has_call_or_recv(Node *e)
{
    if (!e) return false;
    switch (e->kind) {
    case N_CALL: return !(e->u.call.conversion) || has_call_or_recv(e->u.call.args.len ? e->u.call.args.items[0] : NULL);
    case N_UNARY: return e->u.unary.op == T_ARROW || has_call_or_recv(e->u.unary.x);
    case N_PAREN: case N_STAR: return has_call_or_recv(e->u.unary1.x);
    case N_SELECTOR: return has_call_or_recv(e->u.sel.x);
    case N_INDEX: return has_call_or_recv(e->u.index.x) || (e->u.index.indices.len && has_call_or_recv(e->u.index.indices.items[0]));
    case N_BINARY: return has_call_or_recv(e->u.binary.x) || has_call_or_recv(e->u.binary.y);
    case N_SLICE: return true;
    default: return false;
    }
}

static bool nargs_ok(Checker *c, Node *e, BuiltinId id, int min, int max)
{
    int n = e->u.call.args.len;
    if (n >= min && (max < 0 || n <= max)) return true;
    const char *name = builtin_name(id);
    if (n < min) {
        Pos at = n ? node_start(e->u.call.args.items[n - 1]) : e->u.call.rparen;
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        chk_error(c, at, "not enough arguments for %s (expected %d, found %d)", b.data, min, n);
        sb_free(&b);
    } else {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        chk_error(c, node_start(e->u.call.args.items[max]), "too many arguments for %s (expected %d, found %d)",
                  b.data, max, n);
        sb_free(&b);
    }
    UNUSED(name);
    check_args_only(c, &e->u.call.args);
    invalid(e);
    return false;
}

static Node *arg(Node *e, int i)
{
    return e->u.call.args.items[i];
}

static void set_value(Node *e, Type *t)
{
    e->mode = MODE_VALUE;
    e->type = t;
}

static void builtin_len_cap(Checker *c, Node *e, BuiltinId id)
{
    Node *x = arg(e, 0);
    chk_expr(c, x, NULL);
    if (x->mode == MODE_INVALID || !chk_single_value(c, x)) {
        invalid(e);
        return;
    }
    Type *u = cunder(x->type);
    if (u->kind == KIND_POINTER && type_under(u->elem)->kind == KIND_ARRAY) u = type_under(u->elem);
    bool ok = false;
    switch (u->kind) {
    case KIND_STRING:
    case KIND_UNTYPED_STRING:
        ok = id == BI_LEN;
        if (ok && x->mode == MODE_CONST) {
            e->mode = MODE_CONST;
            e->type = chk_basic(c, KIND_INT);
            e->cval = const_int64(CP, (int64_t)x->cval->slen);
            chk_convert_untyped(c, x, chk_basic(c, KIND_STRING));
            return;
        }
        if (ok) chk_convert_untyped(c, x, chk_basic(c, KIND_STRING));
        break;
    case KIND_ARRAY:
        ok = true;
        if (!has_call_or_recv(x)) {
            e->mode = MODE_CONST;
            e->type = chk_basic(c, KIND_INT);
            e->cval = const_int64(CP, u->len);
            return;
        }
        break;
    case KIND_SLICE:
    case KIND_CHAN: ok = true; break;
    case KIND_MAP: ok = id == BI_LEN; break;
    default: break;
    }
    if (!ok) {
        chk_error(c, node_start(x), "invalid argument: %s for %s", chk_operand_str(c, x), builtin_name(id));
        invalid(e);
        return;
    }
    set_value(e, chk_basic(c, KIND_INT));
}

static void builtin_append(Checker *c, Node *e)
{
    Node *s = arg(e, 0);
    chk_expr(c, s, NULL);
    if (s->mode == MODE_INVALID) {
        for (int i = 1; i < e->u.call.args.len; i++) chk_expr(c, arg(e, i), NULL);
        invalid(e);
        return;
    }
    Type *st = s->type;
    if (s->mode == MODE_NIL || !st || cunder(st)->kind != KIND_SLICE) {
        if (s->mode == MODE_NIL)
            chk_error(c, node_start(s), "first argument to append must be a typed slice; have untyped nil");
        else
            chk_error(c, node_start(s), "invalid argument: %s (variable of type %s) is not a slice",
                      chk_expr_str(c, s), chk_type_str(c, st));
        for (int i = 1; i < e->u.call.args.len; i++) chk_expr(c, arg(e, i), NULL);
        invalid(e);
        return;
    }
    Type *elem = cunder(st)->elem;
    int n = e->u.call.args.len;
    if (e->u.call.has_dots) {
        if (n != 2) {
            chk_error(c, node_start(e), "can only use ... with final argument in list");
            invalid(e);
            return;
        }
        Node *x = arg(e, 1);
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        /* append([]byte, string...) */
        if (type_under(elem)->kind == KIND_UINT8 && x->type && type_is_string(type_under(x->type))) {
            chk_convert_untyped(c, x, chk_basic(c, KIND_STRING));
            set_value(e, st);
            return;
        }
        chk_assignment(c, x, type_slice(TT, elem), "argument to append");
        set_value(e, st);
        return;
    }
    for (int i = 1; i < n; i++) {
        Node *x = arg(e, i);
        chk_rawexpr(c, x, elem, false);
        chk_assignment(c, x, elem, "argument to append");
    }
    set_value(e, st);
}

static void builtin_make(Checker *c, Node *e)
{
    int n = e->u.call.args.len;
    Node *te = arg(e, 0);
    Type *t = chk_typexpr(c, te);
    if (t->kind == KIND_INVALID) {
        for (int i = 1; i < n; i++) chk_expr(c, arg(e, i), NULL);
        invalid(e);
        return;
    }
    Type *u = cunder(t);
    int min;
    switch (u->kind) {
    case KIND_SLICE: min = 2; break;
    case KIND_MAP:
    case KIND_CHAN: min = 1; break;
    default:
        chk_error(c, node_start(te), "invalid argument: cannot make %s; type must be slice, map, or channel",
                  chk_expr_str(c, te));
        for (int i = 1; i < n; i++) chk_expr(c, arg(e, i), NULL);
        invalid(e);
        return;
    }
    if (n < min || n > 3 || (u->kind != KIND_SLICE && n > 2)) {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        chk_error(c, node_start(e), "invalid operation: %s expects %d or %d arguments; found %d", b.data, min,
                  min + 1, n);
        sb_free(&b);
        for (int i = 1; i < n; i++) chk_expr(c, arg(e, i), NULL);
        invalid(e);
        return;
    }
    int64_t sizes[2] = {-1, -1};
    for (int i = 1; i < n; i++) {
        Node *x = arg(e, i);
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) continue;
        if (x->mode == MODE_CONST && type_is_untyped(x->type) && x->cval->kind == CK_FLOAT) {
            Const *iv = const_to_kind(CP, x->cval, CK_INT);
            if (iv) x->cval = iv;
        }
        chk_index_value(c, x, -1, &sizes[i - 1]);
    }
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        chk_error(c, node_start(arg(e, 1)), "invalid argument: length and capacity swapped");
        invalid(e);
        return;
    }
    set_value(e, t);
}

/* min/max (Go 1.21): ordered operands of one type. */
static void builtin_minmax(Checker *c, Node *e, BuiltinId id)
{
    int n = e->u.call.args.len;
    for (int i = 0; i < n; i++) chk_expr(c, arg(e, i), NULL);
    for (int i = 0; i < n; i++)
        if (arg(e, i)->mode == MODE_INVALID || !chk_single_value(c, arg(e, i))) {
            invalid(e);
            return;
        }
    /* find a typed operand; untyped ones convert to it */
    Type *t = NULL;
    for (int i = 0; i < n && !t; i++)
        if (!type_is_untyped(arg(e, i)->type)) t = arg(e, i)->type;
    if (t) {
        for (int i = 0; i < n; i++) {
            Node *x = arg(e, i);
            if (type_is_untyped(x->type)) {
                chk_convert_untyped(c, x, t);
                if (x->mode == MODE_INVALID) {
                    invalid(e);
                    return;
                }
            } else if (x->type != t) {
                StrBuf b;
                sb_init(&b);
                ast_expr_string(&b, e);
                chk_error(c, node_start(x), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                          chk_type_str(c, t), chk_type_str(c, x->type), chk_expr_str(c, x));
                sb_free(&b);
                invalid(e);
                return;
            }
        }
    } else {
        /* all untyped: widen to the largest kind */
        Type *w = arg(e, 0)->type;
        for (int i = 1; i < n; i++) {
            Type *ti = arg(e, i)->type;
            if (type_is_numeric(ti) && type_is_numeric(w)) {
                if (ti->kind > w->kind) w = ti;
            } else if (ti != w) {
                StrBuf b;
                sb_init(&b);
                ast_expr_string(&b, e);
                chk_error(c, node_start(arg(e, i)), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                          chk_type_str(c, w), chk_type_str(c, ti), chk_expr_str(c, arg(e, i)));
                sb_free(&b);
                invalid(e);
                return;
            }
        }
        for (int i = 0; i < n; i++) chk_convert_untyped(c, arg(e, i), w);
        t = w;
    }
    Type *u = type_under(t);
    if (!type_is_ordered(u)) {
        chk_error(c, node_start(arg(e, 0)), "invalid argument: %s cannot be ordered", chk_operand_str(c, arg(e, 0)));
        invalid(e);
        return;
    }
    bool allconst = true;
    for (int i = 0; i < n; i++)
        if (arg(e, i)->mode != MODE_CONST) allconst = false;
    if (allconst) {
        Const *best = arg(e, 0)->cval;
        for (int i = 1; i < n; i++) {
            Const *v = arg(e, i)->cval;
            ConstKind k = best->kind > v->kind ? best->kind : v->kind;
            Const *a = const_to_kind(CP, best, k), *b = const_to_kind(CP, v, k);
            if (const_compare(id == BI_MIN ? T_LSS : T_GTR, b, a)) best = v;
        }
        e->mode = MODE_CONST;
        e->cval = best;
        e->type = t;
        return;
    }
    set_value(e, t);
}

static void builtin_complex(Checker *c, Node *e)
{
    Node *x = arg(e, 0), *y = arg(e, 1);
    chk_expr(c, x, NULL);
    chk_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(e);
        return;
    }
    /* untyped operands take the other's type, else float kind */
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && !yu) chk_convert_untyped(c, x, y->type);
    else if (yu && !xu) chk_convert_untyped(c, y, x->type);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(e);
        return;
    }
    if (xu && yu) {
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            Const *xr = const_to_kind(CP, x->cval, CK_FLOAT), *yr = const_to_kind(CP, y->cval, CK_FLOAT);
            if (!xr || !yr) {
                StrBuf b;
                sb_init(&b);
                ast_expr_string(&b, e);
                chk_error(c, node_start(x), "invalid operation: %s (mismatched types %s and %s)", b.data,
                          chk_type_str(c, x->type), chk_type_str(c, y->type));
                sb_free(&b);
                invalid(e);
                return;
            }
            /* re + im*i exactly */
            Const *im = const_binary(CP, T_MUL, const_to_kind(CP, yr, CK_COMPLEX),
                                     const_from_literal(CP, T_IMAG, "1i", 2, NULL), false);
            e->mode = MODE_CONST;
            e->cval = const_binary(CP, T_ADD, const_to_kind(CP, xr, CK_COMPLEX), im, false);
            e->type = chk_basic(c, KIND_UNTYPED_COMPLEX);
            return;
        }
        chk_convert_untyped(c, x, chk_basic(c, KIND_FLOAT64));
        chk_convert_untyped(c, y, chk_basic(c, KIND_FLOAT64));
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
    Kind k = type_under(x->type)->kind;
    Type *rt;
    if (k == KIND_FLOAT32) rt = chk_basic(c, KIND_COMPLEX64);
    else if (k == KIND_FLOAT64) rt = chk_basic(c, KIND_COMPLEX128);
    else {
        chk_error(c, node_start(x), "invalid operation: complex(%s, %s) (float32 or float64 arguments expected)",
                  chk_expr_str(c, x), chk_expr_str(c, y));
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const *im = const_binary(CP, T_MUL, const_to_kind(CP, y->cval, CK_COMPLEX),
                                 const_from_literal(CP, T_IMAG, "1i", 2, NULL), false);
        e->mode = MODE_CONST;
        e->cval = const_binary(CP, T_ADD, const_to_kind(CP, x->cval, CK_COMPLEX), im, false);
        e->type = rt;
        return;
    }
    set_value(e, rt);
}

static void builtin_real_imag(Checker *c, Node *e, BuiltinId id)
{
    Node *x = arg(e, 0);
    chk_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST && type_is_untyped(x->type)) {
        Const *cv = const_to_kind(CP, x->cval, CK_COMPLEX);
        if (!cv) {
            chk_error(c, node_start(x), "invalid argument: %s must be of complex type", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        /* real(c) = (c + conj c)/2 computed via parts */
        Const *r = const_float64(CP, 0);
        mpq_set(r->re, id == BI_REAL ? cv->re : cv->im);
        e->mode = MODE_CONST;
        e->cval = r;
        e->type = chk_basic(c, KIND_UNTYPED_FLOAT);
        return;
    }
    Kind k = type_under(x->type)->kind;
    Type *rt;
    if (k == KIND_COMPLEX64) rt = chk_basic(c, KIND_FLOAT32);
    else if (k == KIND_COMPLEX128) rt = chk_basic(c, KIND_FLOAT64);
    else {
        chk_error(c, node_start(x), "invalid argument: %s must be of complex type", chk_operand_str(c, x));
        invalid(e);
        return;
    }
    if (x->mode == MODE_CONST) {
        Const *cv = const_to_kind(CP, x->cval, CK_COMPLEX); /* has both parts */
        Const *r = const_float64(CP, 0);
        if (cv) mpq_set(r->re, id == BI_REAL ? cv->re : cv->im);
        e->mode = MODE_CONST;
        e->cval = r;
        e->type = rt;
        return;
    }
    set_value(e, rt);
}

static void builtin_unsafe(Checker *c, Node *e, BuiltinId id)
{
    Node *x = arg(e, 0);
    if (id == BI_OFFSETOF) {
        Node *sx = ast_unparen(x);
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        if (sx->kind != N_SELECTOR || sx->u.sel.selkind != SEL_FIELD) {
            chk_error(c, node_start(x), "invalid argument: %s is not a selector expression", chk_expr_str(c, x));
            invalid(e);
            return;
        }
        /* offset of the final field within its struct (through embedded
           fields without indirection) */
        Type *t = sx->u.sel.x->type;
        if (type_under(t)->kind == KIND_POINTER) t = type_under(t)->elem;
        uint64_t off = 0;
        for (int i = 0; i < sx->u.sel.pathlen; i++) {
            Type *u = type_under(t);
            type_layout(TT, u);
            Field *f = &u->fields[sx->u.sel.path[i]];
            off += f->offset;
            t = f->type;
            if (i + 1 < sx->u.sel.pathlen && type_under(t)->kind == KIND_POINTER) {
                chk_error(c, node_start(x), "invalid argument: field %s is embedded via a pointer in %s",
                          sx->u.sel.sel->u.ident.name, chk_expr_str(c, sx->u.sel.x));
                invalid(e);
                return;
            }
        }
        e->mode = MODE_CONST;
        e->cval = const_uint64(CP, off);
        e->type = chk_basic(c, KIND_UINTPTR);
        return;
    }
    if (id == BI_SIZEOF || id == BI_ALIGNOF) {
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        chk_default(c, x);
        Type *t = x->type;
        type_layout(TT, t);
        e->mode = MODE_CONST;
        e->cval = const_uint64(CP, id == BI_SIZEOF ? t->size : t->align);
        e->type = chk_basic(c, KIND_UINTPTR);
        return;
    }
    int n = e->u.call.args.len;
    for (int i = 0; i < n; i++) chk_expr(c, arg(e, i), NULL);
    for (int i = 0; i < n; i++)
        if (arg(e, i)->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
    switch (id) {
    case BI_ADD:
        chk_assignment(c, arg(e, 0), chk_basic(c, KIND_UNSAFEPTR), "argument to unsafe.Add");
        chk_convert_untyped(c, arg(e, 1), chk_basic(c, KIND_INT));
        set_value(e, chk_basic(c, KIND_UNSAFEPTR));
        return;
    case BI_SLICE: {
        Type *pt = arg(e, 0)->type;
        if (type_under(pt)->kind != KIND_POINTER) {
            chk_error(c, node_start(arg(e, 0)), "invalid argument: %s is not a pointer", chk_operand_str(c, arg(e, 0)));
            invalid(e);
            return;
        }
        chk_convert_untyped(c, arg(e, 1), chk_basic(c, KIND_INT));
        set_value(e, type_slice(TT, type_under(pt)->elem));
        return;
    }
    case BI_SLICEDATA: {
        Type *st = arg(e, 0)->type;
        if (type_under(st)->kind != KIND_SLICE) {
            chk_error(c, node_start(arg(e, 0)), "invalid argument: %s is not a slice", chk_operand_str(c, arg(e, 0)));
            invalid(e);
            return;
        }
        set_value(e, type_pointer(TT, type_under(st)->elem));
        return;
    }
    case BI_STRING:
        chk_assignment(c, arg(e, 0), type_pointer(TT, TT->byte_type), "argument to unsafe.String");
        chk_convert_untyped(c, arg(e, 1), chk_basic(c, KIND_INT));
        set_value(e, chk_basic(c, KIND_STRING));
        return;
    case BI_STRINGDATA:
        chk_assignment(c, arg(e, 0), chk_basic(c, KIND_STRING), "argument to unsafe.StringData");
        set_value(e, type_pointer(TT, TT->byte_type));
        return;
    default: invalid(e);
    }
}

void chk_builtin(Checker *c, Node *e, BuiltinId id)
{
    e->u.call.builtin = (uint8_t)id;
    NodeList *args = &e->u.call.args;
    int n = args->len;
    if (e->u.call.has_dots && id != BI_APPEND) {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, e);
        chk_error(c, node_start(e), "invalid operation: invalid use of ... with built-in %s", builtin_name(id));
        sb_free(&b);
        check_args_only(c, args);
        invalid(e);
        return;
    }
    switch (id) {
    case BI_LEN:
    case BI_CAP:
        if (!nargs_ok(c, e, id, 1, 1)) return;
        builtin_len_cap(c, e, id);
        return;
    case BI_APPEND:
        if (!nargs_ok(c, e, id, 1, -1)) return;
        builtin_append(c, e);
        return;
    case BI_MAKE:
        if (n == 0) {
            chk_error(c, e->u.call.rparen, "not enough arguments for make() (expected 1, found 0)");
            invalid(e);
            return;
        }
        builtin_make(c, e);
        return;
    case BI_NEW: {
        if (!nargs_ok(c, e, id, 1, 1)) return;
        Type *t = chk_typexpr(c, arg(e, 0));
        if (t->kind == KIND_INVALID) {
            invalid(e);
            return;
        }
        set_value(e, type_pointer(TT, t));
        return;
    }
    case BI_COPY: {
        if (!nargs_ok(c, e, id, 2, 2)) return;
        Node *d = arg(e, 0), *s = arg(e, 1);
        chk_expr(c, d, NULL);
        chk_expr(c, s, NULL);
        if (d->mode == MODE_INVALID || s->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Type *du = cunder(d->type);
        Type *su = s->type ? cunder(s->type) : NULL;
        bool ok = du->kind == KIND_SLICE && su &&
                  ((su->kind == KIND_SLICE && type_under(su->elem) == type_under(du->elem) && su->elem == du->elem) ||
                   (type_is_string(su) && type_under(du->elem)->kind == KIND_UINT8));
        if (!ok) {
            if (du->kind != KIND_SLICE)
                chk_error(c, node_start(d), "invalid argument: copy expects slice arguments; found %s and %s",
                          chk_operand_str(c, d), chk_operand_str(c, s));
            else
                chk_error(c, node_start(e), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                          chk_operand_str(c, d), chk_operand_str(c, s), chk_type_str(c, du->elem),
                          su && su->elem ? chk_type_str(c, su->elem) : chk_type_str(c, s->type));
            invalid(e);
            return;
        }
        chk_convert_untyped(c, s, chk_basic(c, KIND_STRING));
        set_value(e, chk_basic(c, KIND_INT));
        return;
    }
    case BI_DELETE: {
        if (!nargs_ok(c, e, id, 2, 2)) return;
        Node *m = arg(e, 0), *k = arg(e, 1);
        chk_expr(c, m, NULL);
        if (m->mode == MODE_INVALID) {
            chk_expr(c, k, NULL);
            invalid(e);
            return;
        }
        if (cunder(m->type)->kind != KIND_MAP) {
            chk_error(c, node_start(m), "invalid argument: %s is not a map", chk_operand_str(c, m));
            chk_expr(c, k, NULL);
            invalid(e);
            return;
        }
        chk_expr(c, k, cunder(m->type)->key);
        chk_assignment(c, k, cunder(m->type)->key, "argument to delete");
        e->mode = MODE_NOVALUE;
        return;
    }
    case BI_CLEAR: {
        if (!nargs_ok(c, e, id, 1, 1)) return;
        Node *x = arg(e, 0);
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Kind k = cunder(x->type)->kind;
        if (k != KIND_MAP && k != KIND_SLICE) {
            chk_error(c, node_start(x), "invalid argument: %s must be a map or slice", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        e->mode = MODE_NOVALUE;
        return;
    }
    case BI_CLOSE: {
        if (!nargs_ok(c, e, id, 1, 1)) return;
        Node *x = arg(e, 0);
        chk_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(e);
            return;
        }
        Type *u = cunder(x->type);
        if (u->kind != KIND_CHAN) {
            chk_error(c, node_start(x), "invalid operation: cannot close non-channel %s", chk_operand_str(c, x));
            invalid(e);
            return;
        }
        if (u->dir == CHAN_RECV) {
            chk_error(c, node_start(x), "invalid operation: cannot close receive-only channel %s",
                      chk_operand_str(c, x));
            invalid(e);
            return;
        }
        e->mode = MODE_NOVALUE;
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(c, e, id, 1, 1)) return;
        Node *x = arg(e, 0);
        chk_expr(c, x, NULL);
        chk_assignment(c, x, TT->any_type, "argument to panic");
        e->mode = MODE_NOVALUE;
        return;
    }
    case BI_PRINT:
    case BI_PRINTLN:
        for (int i = 0; i < n; i++) {
            Node *x = arg(e, i);
            chk_expr(c, x, NULL);
            if (x->mode == MODE_INVALID || !chk_single_value(c, x)) continue;
            if (x->mode == MODE_NIL) {
                chk_error(c, node_start(x), "use of untyped nil in argument to built-in %s", builtin_name(id));
                continue;
            }
            chk_default(c, x);
        }
        e->mode = MODE_NOVALUE;
        return;
    case BI_RECOVER:
        if (!nargs_ok(c, e, id, 0, 0)) return;
        if (c->fn) c->fn->has_recover = true;
        set_value(e, TT->any_type);
        return;
    case BI_COMPLEX:
        if (!nargs_ok(c, e, id, 2, 2)) return;
        builtin_complex(c, e);
        return;
    case BI_REAL:
    case BI_IMAG:
        if (!nargs_ok(c, e, id, 1, 1)) return;
        builtin_real_imag(c, e, id);
        return;
    case BI_MIN:
    case BI_MAX:
        if (!nargs_ok(c, e, id, 1, -1)) return;
        builtin_minmax(c, e, id);
        return;
    case BI_SIZEOF:
    case BI_ALIGNOF:
    case BI_OFFSETOF:
    case BI_STRINGDATA:
    case BI_SLICEDATA:
        if (!nargs_ok(c, e, id, 1, 1)) return;
        builtin_unsafe(c, e, id);
        return;
    case BI_ADD:
    case BI_SLICE:
    case BI_STRING:
        if (!nargs_ok(c, e, id, 2, 2)) return;
        builtin_unsafe(c, e, id);
        return;
    default:
        check_args_only(c, args);
        invalid(e);
    }
}
