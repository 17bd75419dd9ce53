/* check_generic.c - type parameters, constraints, instantiation and type
 * inference.
 *
 * Strategy (docs/design.md: Generics): full stenciling. A generic function
 * or type is checked once with its type parameters as KIND_TYPEPARAM types
 * (operations must be valid for every type of the constraint's type set).
 * Every use with type arguments creates an instance: for a function, a copy
 * of its declaration checked again with the parameter names bound to the
 * arguments, then compiled like any function; for a type, a new defined
 * type ("List[int]") whose underlying type and methods are resolved the
 * same way. Instances are cached per (generic, type arguments), so
 * recursive generic types and functions terminate. Instances whose
 * arguments still mention type parameters (uses inside generic code) get
 * signatures only: they exist for checking and are never compiled.
 *
 * Type inference (spec: Type inference) unifies parameter types with the
 * typed arguments, then with the core types of the constraints, and finally
 * gives parameters used only by untyped constant arguments the default type
 * of the "largest" of those constants.
 */
#include "check_internal.h"

#include <stdio.h>
#include <string.h>

#include "ast_clone.h"

#define TT (c->p->types)

typedef VEC(Term) TermVec;
typedef VEC(Method) MethodVec;

/* ---- type sets ------------------------------------------------------------ */

static bool term_meet(Term a, Term b, Term *out)
{
    Type *ua = type_under(a.type), *ub = type_under(b.type);
    if (a.tilde && b.tilde) {
        if (ua != ub) return false;
        *out = a;
        return true;
    }
    if (a.tilde) {
        if (ub != ua) return false;
        *out = b;
        return true;
    }
    if (b.tilde) {
        if (ua != ub) return false;
        *out = a;
        return true;
    }
    if (a.type != b.type) return false;
    *out = a;
    return true;
}

/* acc := acc ∩ (terms, all) */
static void tset_meet(TermVec *acc, bool *acc_all, const Term *terms, int n, bool all)
{
    if (all) return;
    if (*acc_all) {
        acc->len = 0;
        for (int i = 0; i < n; i++) vec_push(acc, terms[i]);
        *acc_all = false;
        return;
    }
    TermVec out = {0};
    for (int i = 0; i < acc->len; i++) {
        for (int j = 0; j < n; j++) {
            Term t;
            if (!term_meet(acc->items[i], terms[j], &t)) continue;
            bool dup = false;
            for (int k = 0; k < out.len; k++)
                if (out.items[k].type == t.type && out.items[k].tilde == t.tilde) dup = true;
            if (!dup) vec_push(&out, t);
        }
    }
    vec_free(acc);
    *acc = out;
}

/* The terms of one union element (a | ~b | c). */
static void union_terms(Checker *c, Node *e, TermVec *out, bool *all, bool *comparable)
{
    e = ast_unparen(e);
    if (e->kind == N_BINARY && e->u.binary.op == T_OR) {
        union_terms(c, e->u.binary.x, out, all, comparable);
        union_terms(c, e->u.binary.y, out, all, comparable);
        return;
    }
    bool tilde = false;
    Node *te = e;
    if (e->kind == N_UNARY && e->u.unary.op == T_TILDE) {
        tilde = true;
        te = e->u.unary.x;
    }
    Type *t = chk_typexpr(c, te);
    e->mode = MODE_TYPE;
    e->type = t;
    if (t == TT->basic[KIND_INVALID]) return;
    if (t == TT->comparable_type) {
        *comparable = true;
        return;
    }
    Type *u = type_under(t);
    if (u->kind == KIND_INTERFACE && !tilde) {
        if (u->nterms == 0) {
            if (u->nimethods) chk_error(c, node_start(te), "cannot use %s in union (%s contains methods)",
                                        chk_type_str(c, t), chk_type_str(c, t));
            *all = true;
            return;
        }
        for (int i = 0; i < u->nterms; i++) vec_push(out, u->terms[i]);
        return;
    }
    if (tilde && type_under(t) != t) {
        chk_error(c, node_start(e), "invalid use of ~ (underlying type of %s is %s)", chk_type_str(c, t),
                  chk_type_str(c, type_under(t)));
        return;
    }
    Term tm = {t, tilde};
    vec_push(out, tm);
}

/* Builds the interface of an interface literal whose elements include
   type terms or constraint interfaces. Called by check_type.c. */
Type *chk_constraint_iface(Checker *c, Node *e, const Method *own, int nown, Type **embeds, int nembeds)
{
    MethodVec methods = {0};
    for (int i = 0; i < nown; i++) vec_push(&methods, own[i]);
    TermVec terms = {0};
    bool all = true, comparable = false;
    for (int i = 0; i < nembeds; i++) {
        Type *u = type_under(embeds[i]);
        for (int k = 0; k < u->nimethods; k++) {
            bool dup = false;
            for (int j = 0; j < methods.len; j++)
                if (methods.items[j].name == u->imethods[k].name) dup = true;
            if (!dup) vec_push(&methods, u->imethods[k]);
        }
        if (u->tset_comparable) comparable = true;
        if (u->nterms) tset_meet(&terms, &all, u->terms, u->nterms, false);
    }
    NodeList *el = &e->u.iface.elems;
    for (int i = 0; i < el->len; i++) {
        Node *f = el->items[i];
        if (f->u.field.names.len > 0) continue;
        Node *te = f->u.field.type;
        bool is_union = (te->kind == N_BINARY && te->u.binary.op == T_OR) ||
                        (te->kind == N_UNARY && te->u.unary.op == T_TILDE);
        if (!is_union) {
            /* a plain type element: interfaces were merged as embeds */
            Type *t = te->type;
            if (!t || t == TT->basic[KIND_INVALID]) continue;
            if (t == TT->comparable_type) {
                comparable = true;
                continue;
            }
            if (type_under(t)->kind == KIND_INTERFACE) continue;
            Term tm = {t, false};
            tset_meet(&terms, &all, &tm, 1, false);
            continue;
        }
        TermVec u = {0};
        bool uall = false;
        union_terms(c, te, &u, &uall, &comparable);
        tset_meet(&terms, &all, u.items, u.len, uall);
        vec_free(&u);
    }
    Type *t = type_constraint(TT, methods.items, methods.len, terms.items, terms.len, all, comparable);
    vec_free(&methods);
    vec_free(&terms);
    return t;
}

/* The constraint of a type parameter: an interface, a union written
   directly in the parameter list, or a plain type (implicit interface). */
static Type *constraint_of(Checker *c, Node *e)
{
    Node *ue = ast_unparen(e);
    bool is_union = (ue->kind == N_BINARY && ue->u.binary.op == T_OR) ||
                    (ue->kind == N_UNARY && ue->u.unary.op == T_TILDE);
    if (is_union) {
        TermVec terms = {0};
        bool all = false, comparable = false;
        union_terms(c, ue, &terms, &all, &comparable);
        Type *t = type_constraint(TT, NULL, 0, terms.items, terms.len, all && terms.len == 0, comparable);
        vec_free(&terms);
        return t;
    }
    Type *t = chk_typexpr(c, e);
    if (t == TT->basic[KIND_INVALID]) return TT->any_type;
    if (t == TT->comparable_type) return type_constraint(TT, NULL, 0, NULL, 0, true, true);
    if (type_under(t)->kind == KIND_INTERFACE) return t; /* named constraints keep their name */
    Term tm = {t, false};
    return type_constraint(TT, NULL, 0, &tm, 1, false, false);
}

/* ---- type parameter lists ---------------------------------------------------- */

TParams *chk_tparams(Checker *c, NodeList *list, Scope *parent)
{
    int n = 0;
    for (int i = 0; i < list->len; i++) n += list->items[i]->u.field.names.len;
    TParams *tp = ARENA_NEW(c->p->arena, TParams);
    tp->n = n;
    tp->types = ARENA_NEWN(c->p->arena, Type *, n ? n : 1);
    tp->objs = ARENA_NEWN(c->p->arena, Object *, n ? n : 1);
    tp->scope = scope_new(c->p->arena, parent);
    int k = 0;
    for (int i = 0; i < list->len; i++) {
        Node *f = list->items[i];
        for (int j = 0; j < f->u.field.names.len; j++) {
            Node *id = f->u.field.names.items[j];
            Object *o = obj_new(c->p, OBJ_TYPENAME, id->u.ident.name, id->pos, NULL);
            o->color = 2;
            o->pkg = c->pkg;
            o->flags |= OF_USED;
            Type *t = type_typeparam(TT, id->u.ident.name, k, o);
            t->pkg = c->pkg;
            t->constraint = TT->any_type;
            o->type = t;
            id->u.ident.obj = o;
            tp->types[k] = t;
            tp->objs[k] = o;
            k++;
            chk_declare(c, tp->scope, o, id);
        }
    }
    /* constraints may mention any parameter of the list */
    Scope *saved = c->scope;
    c->scope = tp->scope;
    k = 0;
    for (int i = 0; i < list->len; i++) {
        Node *f = list->items[i];
        Type *ct = constraint_of(c, f->u.field.type);
        for (int j = 0; j < f->u.field.names.len; j++) tp->types[k++]->constraint = ct;
    }
    c->scope = saved;
    return tp;
}

/* ---- substitution ------------------------------------------------------------- */

bool chk_has_tparams(Type *t)
{
    if (!t) return false;
    switch (t->kind) {
    case KIND_TYPEPARAM: return true;
    default: break;
    }
    if (type_is_named(t)) {
        for (int i = 0; i < t->ntargs; i++)
            if (chk_has_tparams(t->targs[i])) return true;
        return false;
    }
    switch (t->kind) {
    case KIND_POINTER: case KIND_SLICE: case KIND_ARRAY: case KIND_CHAN: return chk_has_tparams(t->elem);
    case KIND_MAP: return chk_has_tparams(t->key) || chk_has_tparams(t->elem);
    case KIND_FUNC:
    case KIND_TUPLE:
        for (int i = 0; i < t->nparams; i++)
            if (chk_has_tparams(t->params[i])) return true;
        for (int i = 0; i < t->nresults; i++)
            if (chk_has_tparams(t->results[i])) return true;
        return false;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (chk_has_tparams(t->fields[i].type)) return true;
        return false;
    case KIND_INTERFACE:
        for (int i = 0; i < t->nimethods; i++)
            if (chk_has_tparams(t->imethods[i].sig)) return true;
        for (int i = 0; i < t->nterms; i++)
            if (chk_has_tparams(t->terms[i].type)) return true;
        return false;
    default: return false;
    }
}

static int tp_index(TParams *tp, Type *t)
{
    for (int i = 0; i < tp->n; i++)
        if (tp->types[i] == t) return i;
    return -1;
}

/* t with the parameters of tp replaced by targs (NULL entries stay). */
Type *chk_subst(Checker *c, Type *t, TParams *tp, Type **targs)
{
    if (!t || !chk_has_tparams(t)) return t;
    if (t->kind == KIND_TYPEPARAM) {
        int i = tp_index(tp, t);
        return i >= 0 && targs[i] ? targs[i] : t;
    }
    if (type_is_named(t)) {
        if (!t->origin) return t;
        Type **args = util_calloc(t->ntargs, sizeof(Type *));
        for (int i = 0; i < t->ntargs; i++) args[i] = chk_subst(c, t->targs[i], tp, targs);
        Type *r = chk_instantiate_type(c, t->origin, args, t->ntargs, (Pos){0});
        free(args);
        return r;
    }
    switch (t->kind) {
    case KIND_POINTER: return type_pointer(TT, chk_subst(c, t->elem, tp, targs));
    case KIND_SLICE: return type_slice(TT, chk_subst(c, t->elem, tp, targs));
    case KIND_ARRAY: return type_array(TT, chk_subst(c, t->elem, tp, targs), t->len);
    case KIND_CHAN: return type_chan(TT, chk_subst(c, t->elem, tp, targs), t->dir);
    case KIND_MAP: return type_map(TT, chk_subst(c, t->key, tp, targs), chk_subst(c, t->elem, tp, targs));
    case KIND_FUNC:
    case KIND_TUPLE: {
        Type **ps = util_calloc(t->nparams + 1, sizeof(Type *));
        Type **rs = util_calloc(t->nresults + 1, sizeof(Type *));
        for (int i = 0; i < t->nparams; i++) ps[i] = chk_subst(c, t->params[i], tp, targs);
        for (int i = 0; i < t->nresults; i++) rs[i] = chk_subst(c, t->results[i], tp, targs);
        Type *r = t->kind == KIND_TUPLE ? type_tuple(TT, ps, t->nparams)
                                        : type_func(TT, ps, t->nparams, rs, t->nresults, t->variadic);
        free(ps);
        free(rs);
        return r;
    }
    case KIND_STRUCT: {
        Field *fs = util_calloc(t->nfields + 1, sizeof(Field));
        for (int i = 0; i < t->nfields; i++) {
            fs[i] = t->fields[i];
            fs[i].type = chk_subst(c, t->fields[i].type, tp, targs);
        }
        Type *r = type_struct(TT, fs, t->nfields);
        free(fs);
        return r;
    }
    case KIND_INTERFACE: {
        Method *ms = util_calloc(t->nimethods + 1, sizeof(Method));
        Term *ts = util_calloc(t->nterms + 1, sizeof(Term));
        for (int i = 0; i < t->nimethods; i++) {
            ms[i] = t->imethods[i];
            ms[i].sig = chk_subst(c, t->imethods[i].sig, tp, targs);
        }
        for (int i = 0; i < t->nterms; i++) {
            ts[i] = t->terms[i];
            ts[i].type = chk_subst(c, t->terms[i].type, tp, targs);
        }
        Type *r = type_constraint(TT, ms, t->nimethods, ts, t->nterms, t->tset_all, t->tset_comparable);
        free(ms);
        free(ts);
        return r;
    }
    default: return t;
    }
}

/* ---- constraint satisfaction --------------------------------------------------- */

static bool in_tset(Type *t, Type *cons)
{
    if (cons->nterms == 0) return true;
    for (int i = 0; i < cons->nterms; i++) {
        Term *tm = &cons->terms[i];
        if (tm->tilde ? type_under(t) == type_under(tm->type) : t == tm->type) return true;
    }
    return false;
}

/* Does type argument t satisfy constraint cons (already substituted)?
   Reports Go's message at pos when not. */
bool chk_satisfies(Checker *c, Type *t, Type *cons, Pos pos)
{
    const char *cs = chk_type_str(c, cons);
    cons = type_under(cons);
    if (t->kind == KIND_TYPEPARAM) {
        Type *tc = type_under(t->constraint);
        if (cons->nterms) {
            if (tc->nterms == 0) {
                chk_error(c, pos, "%s does not satisfy %s (%s missing in %s)", chk_type_str(c, t), cs,
                          chk_type_str(c, t), cs);
                return false;
            }
            for (int i = 0; i < tc->nterms; i++)
                if (!in_tset(tc->terms[i].type, cons)) {
                    chk_error(c, pos, "%s does not satisfy %s", chk_type_str(c, t), cs);
                    return false;
                }
        }
        if (cons->tset_comparable && !type_comparable(TT, t)) {
            chk_error(c, pos, "%s does not satisfy comparable", chk_type_str(c, t));
            return false;
        }
        for (int i = 0; i < cons->nimethods; i++) {
            bool found = false;
            for (int j = 0; j < tc->nimethods; j++)
                if (tc->imethods[j].name == cons->imethods[i].name) found = true;
            if (!found) {
                chk_error(c, pos, "%s does not satisfy %s (missing method %s)", chk_type_str(c, t), cs,
                          cons->imethods[i].name);
                return false;
            }
        }
        return true;
    }
    if (cons->nterms && !in_tset(t, cons)) {
        StrBuf b;
        sb_init(&b);
        for (int i = 0; i < cons->nterms; i++) {
            if (i) sb_puts(&b, " | ");
            if (cons->terms[i].tilde) sb_putc(&b, '~');
            sb_puts(&b, chk_type_str(c, cons->terms[i].type));
        }
        chk_error(c, pos, "%s does not satisfy %s (%s missing in %s)", chk_type_str(c, t), cs, chk_type_str(c, t),
                  b.data);
        sb_free(&b);
        return false;
    }
    if (cons->tset_comparable && !type_comparable(TT, t)) {
        chk_error(c, pos, "%s does not satisfy comparable", chk_type_str(c, t));
        return false;
    }
    if (cons->nimethods) {
        const char *why = NULL;
        Type *mi = type_interface(TT, cons->imethods, cons->nimethods, NULL, 0);
        if (check_missing_method(c->p, t, mi, &why)) {
            chk_error(c, pos, "%s does not satisfy %s (%s)", chk_type_str(c, t), cs, why);
            return false;
        }
    }
    return true;
}

/* ---- instantiation --------------------------------------------------------------- */

static bool same_targs(Type **a, Type **b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

static Type **copy_targs(Checker *c, Type **targs, int n)
{
    Type **r = ARENA_NEWN(c->p->arena, Type *, n ? n : 1);
    memcpy(r, targs, sizeof(Type *) * (size_t)n);
    return r;
}

/* A scope binding the generic's parameter names to the type arguments. */
static Scope *bind_scope(Checker *c, Scope *parent, Object **names, int n, Type **targs)
{
    Scope *s = scope_new(c->p->arena, parent);
    for (int i = 0; i < n; i++) {
        Object *o = obj_new(c->p, OBJ_TYPENAME, names[i]->name, names[i]->pos, targs[i]);
        o->color = 2;
        o->flags |= OF_USED;
        o->pkg = names[i]->pkg;
        scope_insert(c->p->arena, s, o);
    }
    return s;
}

static bool check_targs(Checker *c, TParams *tp, Type **targs, int n, Pos pos, const char *what)
{
    if (n != tp->n) {
        chk_error(c, pos, "%s type arguments for %s: have %d, want %d", n < tp->n ? "not enough" : "too many", what,
                  n, tp->n);
        return false;
    }
    for (int i = 0; i < n; i++) {
        Type *cons = chk_subst(c, tp->types[i]->constraint, tp, targs);
        if (!chk_satisfies(c, targs[i], cons, pos)) return false;
    }
    return true;
}

static Checker sub_checker(Checker *c, Package *pkg, Scope *scope)
{
    Checker s = *c;
    s.pkg = pkg;
    s.scope = scope;
    s.file_scope = scope;
    s.fn = NULL;
    s.decl_obj = NULL;
    s.iota = NULL;
    s.nenclosing = 0;
    memset(&s.labels, 0, sizeof s.labels);
    return s;
}

static bool concrete(Type **targs, int n)
{
    for (int i = 0; i < n; i++)
        if (chk_has_tparams(targs[i])) return false;
    return true;
}

/* The receiver's type parameter names of a method of a generic type:
   the identifiers in (r *T[A, B]). */
static int recv_tparam_names(Node *recv, Node **names, int max)
{
    Node *t = ast_unparen(recv->u.field.type);
    if (t->kind == N_STAR) t = ast_unparen(t->u.unary1.x);
    if (t->kind != N_INDEX) return 0;
    int n = 0;
    for (int i = 0; i < t->u.index.indices.len && n < max; i++) names[n++] = t->u.index.indices.items[i];
    return n;
}

/* Instantiates method m of generic type gen for the instance type inst. */
static void instantiate_method(Checker *c, Object *m, Type *inst, Type **targs, int n)
{
    Node *decl = ast_clone(c->p->arena, m->decl);
    Object *mi = obj_new(c->p, OBJ_FUNC, m->name, m->pos, NULL);
    mi->flags = OF_METHOD | OF_INSTANCE | (m->flags & (OF_EXPORTED | OF_NATIVE));
    mi->decl = decl;
    mi->pkg = m->pkg;
    mi->origin = m;
    mi->targs = targs;
    mi->ntargs = n;
    Node *names[16];
    int nn = recv_tparam_names(decl->u.funcdecl.recv, names, 16);
    Scope *s = scope_new(c->p->arena, m->parent);
    for (int i = 0; i < nn && i < n; i++) {
        if (names[i]->kind != N_IDENT || names[i]->u.ident.name == c->p->name_blank) continue;
        Object *o = obj_new(c->p, OBJ_TYPENAME, names[i]->u.ident.name, names[i]->pos, targs[i]);
        o->color = 2;
        o->flags |= OF_USED;
        o->pkg = m->pkg;
        scope_insert(c->p->arena, s, o);
    }
    mi->inst_scope = s;
    mi->parent = s;
    Checker sub = sub_checker(c, m->pkg, s);
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->decl = decl;
    fi->obj = mi;
    mi->finfo = fi;
    decl->u.funcdecl.info = fi;
    /* the receiver's index expression names the instance: bind it as
       written (T[A, B] with A, B bound above) */
    mi->type = chk_functype(&sub, decl->u.funcdecl.type, decl->u.funcdecl.recv, fi);
    fi->sig = mi->type;
    mi->recv_base = inst;
    mi->color = 2;
    Method md = {0};
    md.name = m->name;
    if (!(m->flags & OF_EXPORTED)) md.pkg = m->pkg;
    md.sig = mi->type;
    md.ptr_recv = ast_unparen(decl->u.funcdecl.recv->u.field.type)->kind == N_STAR;
    md.obj = mi;
    vec_push(&inst->methods, md);
    if (concrete(targs, n) && decl->u.funcdecl.body) {
        vec_push(&c->p->pending, mi);
        vec_push(&c->p->instances, mi);
    }
}

static const char *inst_name(Checker *c, const char *base, Type **targs, int n)
{
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s[", base);
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(&b, ',');
        sb_puts(&b, type_string(targs[i]));
    }
    sb_putc(&b, ']');
    const char *r = intern(c->p->names, b.data, b.len);
    sb_free(&b);
    return r;
}

Type *chk_instantiate_type(Checker *c, Object *gen, Type **targs, int n, Pos pos)
{
    TParams *tp = gen->tparams;
    for (int i = 0; i < gen->instances.len; i++) {
        Instance *in = &gen->instances.items[i];
        if (in->ntargs == n && same_targs(in->targs, targs, n)) return in->type;
    }
    if (pos.line && !check_targs(c, tp, targs, n, pos, gen->name)) return TT->basic[KIND_INVALID];
    if (n != tp->n) return TT->basic[KIND_INVALID];
    if (++c->p->inst_depth > 64) {
        c->p->inst_depth--;
        chk_error(c, pos.line ? pos : gen->pos, "instantiation cycle");
        return TT->basic[KIND_INVALID];
    }
    Type **args = copy_targs(c, targs, n);
    const char *name = inst_name(c, gen->name, args, n);
    Object *io = obj_new(c->p, OBJ_TYPENAME, name, gen->pos, NULL);
    io->pkg = gen->pkg;
    io->origin = gen;
    io->targs = args;
    io->ntargs = n;
    io->color = 2;
    io->decl = gen->decl;
    Type *t = type_named(TT, name, gen->pkg, io);
    t->origin = gen;
    t->targs = args;
    t->ntargs = n;
    io->type = t;
    Instance in = {args, n, NULL, t};
    vec_push(&gen->instances, in);
    Scope *s = bind_scope(c, gen->parent, tp->objs, n, args);
    io->inst_scope = s;
    Checker sub = sub_checker(c, gen->pkg, s);
    Type *under = chk_typexpr(&sub, gen->decl->u.typespec.type);
    if (under == TT->basic[KIND_INVALID] || (type_is_named(under) && !under->underlying)) {
        type_set_underlying(TT, t, TT->basic[KIND_INVALID]);
    } else {
        type_set_underlying(TT, t, under);
    }
    for (int i = 0; i < gen->deps.len; i++) {
        Object *m = gen->deps.items[i];
        if (m->kind == OBJ_FUNC && (m->flags & OF_METHOD)) instantiate_method(c, m, t, args, n);
    }
    c->p->inst_depth--;
    return t;
}

Object *chk_instantiate_func(Checker *c, Object *gen, Type **targs, int n, Pos pos)
{
    TParams *tp = gen->tparams;
    for (int i = 0; i < gen->instances.len; i++) {
        Instance *in = &gen->instances.items[i];
        if (in->ntargs == n && same_targs(in->targs, targs, n)) return in->obj;
    }
    if (!check_targs(c, tp, targs, n, pos, gen->name)) return NULL;
    if (++c->p->inst_depth > 64) {
        c->p->inst_depth--;
        chk_error(c, pos, "instantiation cycle");
        return NULL;
    }
    Type **args = copy_targs(c, targs, n);
    Node *decl = ast_clone(c->p->arena, gen->decl);
    decl->u.funcdecl.type->u.functype.tparams.len = 0;
    Object *io = obj_new(c->p, OBJ_FUNC, gen->name, gen->pos, NULL);
    io->flags = OF_INSTANCE | (gen->flags & (OF_EXPORTED | OF_NATIVE));
    io->decl = decl;
    io->pkg = gen->pkg;
    io->origin = gen;
    io->targs = args;
    io->ntargs = n;
    io->color = 2;
    Scope *s = bind_scope(c, gen->parent, tp->objs, n, args);
    io->inst_scope = s;
    io->parent = s;
    Instance in = {args, n, io, NULL};
    vec_push(&gen->instances, in);
    Checker sub = sub_checker(c, gen->pkg, s);
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->decl = decl;
    fi->obj = io;
    io->finfo = fi;
    decl->u.funcdecl.info = fi;
    io->type = chk_functype(&sub, decl->u.funcdecl.type, NULL, fi);
    fi->sig = io->type;
    if (concrete(args, n) && decl->u.funcdecl.body) {
        vec_push(&c->p->pending, io);
        vec_push(&c->p->instances, io);
    }
    c->p->inst_depth--;
    return io;
}

/* Checks the bodies of instances created so far (they may create more). */
void chk_process_pending(Checker *c)
{
    Program *p = c->p;
    while (p->pending.len) {
        Object *o = p->pending.items[--p->pending.len];
        Checker sub = sub_checker(c, o->pkg, o->inst_scope);
        sub.decl_obj = o;
        chk_func_body(&sub, o->finfo, o->decl->u.funcdecl.body);
    }
}

/* ---- type inference ---------------------------------------------------------------- */

typedef struct Infer {
    TParams *tp;
    Type **bound;
} Infer;

static bool unify(Checker *c, Infer *in, Type *x, Type *y)
{
    if (!x || !y) return false;
    if (x->kind == KIND_TYPEPARAM) {
        int i = tp_index(in->tp, x);
        if (i >= 0) {
            if (!in->bound[i]) {
                in->bound[i] = y;
                return true;
            }
            if (in->bound[i] == y) return true;
            /* inexact: a defined type and its underlying type unify */
            if (!type_is_named(in->bound[i]) && type_under(y) == in->bound[i]) {
                in->bound[i] = y;
                return true;
            }
            return !type_is_named(y) && type_under(in->bound[i]) == y;
        }
    }
    if (!chk_has_tparams(x)) return true; /* assignability is checked later */
    if (type_is_named(x) && type_is_named(y)) {
        if (x->origin && x->origin == y->origin && x->ntargs == y->ntargs) {
            for (int i = 0; i < x->ntargs; i++)
                if (!unify(c, in, x->targs[i], y->targs[i])) return false;
            return true;
        }
        return false;
    }
    if (type_is_named(x)) return false;
    if (type_is_named(y)) y = type_under(y);
    if (x->kind != y->kind) return false;
    switch (x->kind) {
    case KIND_POINTER: case KIND_SLICE: case KIND_CHAN: return unify(c, in, x->elem, y->elem);
    case KIND_ARRAY: return x->len == y->len && unify(c, in, x->elem, y->elem);
    case KIND_MAP: return unify(c, in, x->key, y->key) && unify(c, in, x->elem, y->elem);
    case KIND_FUNC:
        if (x->nparams != y->nparams || x->nresults != y->nresults || x->variadic != y->variadic) return false;
        for (int i = 0; i < x->nparams; i++)
            if (!unify(c, in, x->params[i], y->params[i])) return false;
        for (int i = 0; i < x->nresults; i++)
            if (!unify(c, in, x->results[i], y->results[i])) return false;
        return true;
    case KIND_STRUCT:
        if (x->nfields != y->nfields) return false;
        for (int i = 0; i < x->nfields; i++)
            if (x->fields[i].name != y->fields[i].name || !unify(c, in, x->fields[i].type, y->fields[i].type))
                return false;
        return true;
    default: return false;
    }
}

/* The untyped kind order for defaults: int < rune < float < complex. */
static int untyped_rank(Type *t)
{
    switch (t->kind) {
    case KIND_UNTYPED_INT: return 1;
    case KIND_UNTYPED_RUNE: return 2;
    case KIND_UNTYPED_FLOAT: return 3;
    case KIND_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* Infers the type arguments of a call of generic function gen. explicit
   holds the first nexplicit type arguments. args are checked already.
   Returns false after reporting "cannot infer". */
bool chk_infer(Checker *c, Object *gen, Node *call, Type **explicit, int nexplicit, NodeList *args, Type **out)
{
    TParams *tp = gen->tparams;
    Infer in = {tp, out};
    for (int i = 0; i < tp->n; i++) out[i] = i < nexplicit ? explicit[i] : NULL;
    Type *sig = type_under(gen->type);
    int np = sig->nparams;
    /* parameter type for argument i */
#define PARAM(i) (sig->variadic && (i) >= np - 1 && !call->u.call.has_dots ? type_under(sig->params[np - 1])->elem : sig->params[i])
    int nargs = args->len;
    /* f(g()) with g returning a tuple */
    Type **argtypes = util_calloc(nargs + 8, sizeof(Type *));
    if (nargs == 1 && args->items[0]->type && args->items[0]->type->kind == KIND_TUPLE) {
        Type *tup = args->items[0]->type;
        nargs = tup->nparams;
        argtypes = util_realloc(argtypes, sizeof(Type *) * (nargs + 1));
        for (int i = 0; i < nargs; i++) argtypes[i] = tup->params[i];
    } else {
        for (int i = 0; i < nargs; i++) argtypes[i] = args->items[i]->mode == MODE_INVALID ? NULL : args->items[i]->type;
    }
    bool ok = true;
    /* 1. typed arguments */
    for (int i = 0; i < nargs && i < np + (sig->variadic ? 1000 : 0); i++) {
        if (i >= np && !sig->variadic) break;
        Type *at = argtypes[i];
        if (!at || type_is_untyped(at)) continue;
        Type *pt = PARAM(i);
        if (!unify(c, &in, pt, at)) {
            Node *a = args->len == nargs ? args->items[i] : args->items[0];
            chk_error(c, node_start(a), "type %s of %s does not match %s", chk_type_str(c, at), chk_expr_str(c, a),
                      chk_type_str(c, chk_subst(c, pt, tp, out)));
            ok = false;
            break;
        }
    }
    /* 2. core types of constraints */
    for (int round = 0; ok && round < tp->n + 1; round++) {
        bool progress = false;
        for (int i = 0; i < tp->n; i++) {
            Type *cons = tp->types[i]->constraint ? type_under(tp->types[i]->constraint) : NULL;
            if (!cons || cons->nterms != 1) continue;
            Term *tm = &cons->terms[0];
            if (out[i]) {
                if (chk_has_tparams(tm->type)) {
                    Type *before[16];
                    int nb = tp->n < 16 ? tp->n : 16;
                    memcpy(before, out, sizeof(Type *) * nb);
                    unify(c, &in, tm->type, tm->tilde ? type_under(out[i]) : out[i]);
                    if (memcmp(before, out, sizeof(Type *) * nb)) progress = true;
                }
            } else if (!tm->tilde) {
                Type *t = chk_subst(c, tm->type, tp, out);
                if (!chk_has_tparams(t) || t == tm->type) {
                    out[i] = t;
                    progress = true;
                }
            }
        }
        if (!progress) break;
    }
    /* 3. untyped constants for parameters still unknown */
    for (int i = 0; ok && i < tp->n; i++) {
        if (out[i]) continue;
        Type *best = NULL;
        for (int a = 0; a < nargs; a++) {
            if (a >= np && !sig->variadic) break;
            Type *at = argtypes[a];
            if (!at || !type_is_untyped(at) || at->kind == KIND_UNTYPED_NIL) continue;
            if (PARAM(a) != tp->types[i]) continue;
            if (!best || untyped_rank(at) > untyped_rank(best)) best = at;
        }
        if (best) out[i] = type_default(TT, best);
    }
    /* 4. repeat core types with the new bindings */
    for (int i = 0; ok && i < tp->n; i++) {
        Type *cons = tp->types[i]->constraint ? type_under(tp->types[i]->constraint) : NULL;
        if (out[i] && cons && cons->nterms == 1 && chk_has_tparams(cons->terms[0].type))
            unify(c, &in, cons->terms[0].type, cons->terms[0].tilde ? type_under(out[i]) : out[i]);
    }
    for (int i = 0; ok && i < tp->n; i++) {
        if (!out[i]) {
            chk_error(c, call->u.call.lparen, "in call to %s, cannot infer %s", chk_expr_str(c, call->u.call.fun),
                      tp->types[i]->name);
            ok = false;
        }
    }
#undef PARAM
    free(argtypes);
    return ok;
}
