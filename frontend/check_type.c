/* check_type.c - type expressions, signatures, defined types and methods.
 *
 * A type expression evaluates to a canonical Type (vm/type.h). Defined
 * types are created before their underlying type is resolved, so recursive
 * types through pointers, slices, maps, channels and functions work; a
 * type that contains itself by value is reported after the package's types
 * are resolved (type_layout fails on it).
 */
#include "check_internal.h"

#include <string.h>

#include "parse.h"

static Type *invalid_type(Checker *c)
{
    return c->p->types->basic[KIND_INVALID];
}

/* Named types under construction have no kind yet: compare with the
   invalid type itself, not with KIND_INVALID. */
#define BAD(t) ((t) == c->p->types->basic[KIND_INVALID])

static void set_type_mode(Node *e, Type *t)
{
    e->mode = MODE_TYPE;
    e->type = t;
}

/* The object an identifier or pkg.Name refers to (after checking). */
static Object *name_obj(Node *e)
{
    e = ast_unparen(e);
    if (e->kind == N_IDENT) return e->u.ident.obj;
    if (e->kind == N_SELECTOR && e->u.sel.selkind == SEL_QUALIFIED) return e->u.sel.obj;
    return NULL;
}

/* Resolves an identifier or pkg.Name that must denote a type. A generic
   type is only accepted with generic set (the base of an instantiation). */
static Type *type_name(Checker *c, Node *e, bool generic)
{
    bool saved = c->allow_generic;
    c->allow_generic = true;
    chk_expr_or_type(c, e);
    c->allow_generic = saved;
    if (e->mode == MODE_INVALID) return invalid_type(c);
    if (e->mode != MODE_TYPE) {
        chk_error(c, node_start(e), "%s is not a type", chk_operand_str(c, e));
        return invalid_type(c);
    }
    Object *o = name_obj(e);
    bool is_generic = o && o->kind == OBJ_TYPENAME && (o->flags & OF_GENERIC);
    if (is_generic && !generic) {
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "%s[", o->name);
        for (int i = 0; i < o->tparams->n; i++) {
            Type *tp = o->tparams->types[i];
            sb_printf(&b, "%s%s %s", i ? ", " : "", tp->name, chk_type_str(c, tp->constraint));
        }
        sb_putc(&b, ']');
        chk_error(c, node_start(e), "cannot use generic type %s without instantiation", b.data);
        sb_free(&b);
        return invalid_type(c);
    }
    if (!is_generic && generic) {
        chk_error(c, node_start(e), "%s is not a generic type", chk_type_str(c, e->type));
        return invalid_type(c);
    }
    return e->type;
}

/* T[A, B] in a type expression: instantiates the generic type T. */
static Type *instantiate_typexpr(Checker *c, Node *e)
{
    Type *gt = type_name(c, e->u.index.x, true);
    if (BAD(gt)) {
        for (int i = 0; i < e->u.index.indices.len; i++) chk_typexpr(c, e->u.index.indices.items[i]);
        return gt;
    }
    Object *gen = name_obj(e->u.index.x);
    int n = e->u.index.indices.len;
    Type **targs = util_calloc(n ? n : 1, sizeof(Type *));
    bool ok = true;
    for (int i = 0; i < n; i++) {
        targs[i] = chk_typexpr(c, e->u.index.indices.items[i]);
        if (BAD(targs[i])) ok = false;
    }
    Type *t = ok ? chk_instantiate_type(c, gen, targs, n, node_start(e->u.index.indices.items[0])) : invalid_type(c);
    free(targs);
    return t;
}

int64_t chk_array_len(Checker *c, Node *len)
{
    chk_expr(c, len, NULL);
    if (len->mode == MODE_INVALID) return -1;
    if (len->mode != MODE_CONST) {
        if (len->mode == MODE_TYPE)
            chk_error(c, node_start(len), "invalid array length %s", chk_expr_str(c, len));
        else
            chk_error(c, node_start(len), "array length %s must be constant", chk_operand_str(c, len));
        return -1;
    }
    Type *t = len->type;
    if (type_is_untyped(t) || type_is_integer(t)) {
        Const *iv = const_to_kind(&c->p->consts, len->cval, CK_INT);
        if (iv && const_is_int64(iv)) {
            int64_t n = const_get_int64(iv);
            if (n >= 0) return n;
        }
        if (iv) {
            chk_error(c, node_start(len), "invalid array length %s", chk_expr_str(c, len));
            return -1;
        }
    }
    chk_error(c, node_start(len), "array length %s must be integer", chk_operand_str(c, len));
    return -1;
}

static Type *struct_type(Checker *c, Node *e)
{
    VEC(Field) fields = {0};
    VEC(Pos) poss = {0};
    NodeList *fl = &e->u.structt.fields;
    for (int i = 0; i < fl->len; i++) {
        Node *f = fl->items[i];
        Type *ft = chk_typexpr(c, f->u.field.type);
        const char *tag = NULL;
        if (f->u.field.tag) {
            const char *err = NULL;
            Node *tg = f->u.field.tag;
            Const *v = const_from_literal(&c->p->consts, T_STRING, tg->u.lit.text, tg->u.lit.len, &err);
            if (v) tag = arena_strndup(c->p->arena, v->s, v->slen);
        }
        if (f->u.field.names.len == 0) {
            /* embedded field: T, *T, pkg.T, T[args] */
            Node *tn = ast_unparen(f->u.field.type);
            bool ptr = false;
            if (tn->kind == N_STAR) {
                tn = ast_unparen(tn->u.unary1.x);
                ptr = true;
            }
            if (tn->kind == N_INDEX) tn = tn->u.index.x;
            const char *name = NULL;
            Pos pos = tn->pos;
            if (tn->kind == N_IDENT) name = tn->u.ident.name;
            else if (tn->kind == N_SELECTOR) {
                name = tn->u.sel.sel->u.ident.name;
                pos = tn->u.sel.sel->pos;
            }
            if (!name) {
                chk_error(c, f->pos, "invalid embedded field type");
                continue;
            }
            /* the base type T of an embedded T or *T (its underlying type
               may still be in construction: checked when known) */
            Type *base = ptr && !BAD(ft) ? ft->elem : ft;
            if (!BAD(ft) && base->underlying) {
                Type *u = type_under(base);
                if (ptr && u->kind == KIND_INTERFACE)
                    chk_error(c, f->pos, "embedded field type cannot be a pointer to an interface");
                else if (u->kind == KIND_POINTER)
                    chk_error(c, f->pos, "embedded field type cannot be a pointer");
                else if (u->kind == KIND_UNSAFEPTR)
                    chk_error(c, f->pos, "embedded field type cannot be unsafe.Pointer");
            }
            Field fd = {0};
            fd.name = name;
            fd.type = ft;
            fd.tag = tag;
            fd.embedded = true;
            vec_push(&fields, fd);
            vec_push(&poss, pos);
        } else {
            for (int j = 0; j < f->u.field.names.len; j++) {
                Node *id = f->u.field.names.items[j];
                Field fd = {0};
                fd.name = id->u.ident.name;
                fd.type = ft;
                fd.tag = tag;
                Object *fo = obj_new(c->p, OBJ_VAR, fd.name, id->pos, ft);
                fo->flags |= OF_FIELD;
                fo->pkg = c->pkg;
                id->u.ident.obj = fo;
                vec_push(&fields, fd);
                vec_push(&poss, id->pos);
            }
        }
    }
    /* names must be unique (blank fields excepted) */
    for (int i = 0; i < fields.len; i++) {
        Field *fd = &fields.items[i];
        unsigned char ch = (unsigned char)fd->name[0];
        fd->exported = ch >= 'A' && ch <= 'Z';
        if (!fd->exported) fd->pkg = c->pkg;
        if (fd->name == c->p->name_blank) continue;
        for (int j = 0; j < i; j++) {
            if (fields.items[j].name == fd->name) {
                chk_error(c, poss.items[i], "%s redeclared\n\t%s: other declaration of %s", fd->name,
                          chk_pos_str(c, poss.items[j]), fd->name);
                break;
            }
        }
    }
    Type *t = type_struct(c->p->types, fields.items, fields.len);
    vec_free(&fields);
    vec_free(&poss);
    return t;
}

static Type *interface_type(Checker *c, Node *e)
{
    VEC(Method) methods = {0};
    VEC(Type *) embeds = {0};
    NodeList *el = &e->u.iface.elems;
    bool constraint = false; /* has type terms: a constraint interface */
    for (int i = 0; i < el->len; i++) {
        Node *f = el->items[i];
        if (f->u.field.names.len > 0) {
            Node *id = f->u.field.names.items[0];
            Method m = {0};
            m.name = id->u.ident.name;
            m.sig = chk_functype(c, f->u.field.type, NULL, NULL);
            unsigned char ch = (unsigned char)m.name[0];
            if (!(ch >= 'A' && ch <= 'Z')) m.pkg = c->pkg;
            if (m.name == c->p->name_blank) {
                chk_error(c, id->pos, "methods must have a unique non-blank name");
                continue;
            }
            bool dup = false;
            for (int j = 0; j < methods.len; j++)
                if (methods.items[j].name == m.name) dup = true;
            if (dup) {
                chk_error(c, id->pos, "duplicate method %s", m.name);
                continue;
            }
            vec_push(&methods, m);
            continue;
        }
        Node *te = f->u.field.type;
        if ((te->kind == N_BINARY && te->u.binary.op == T_OR) || (te->kind == N_UNARY && te->u.unary.op == T_TILDE)) {
            constraint = true; /* type sets: checked with generics */
            continue;
        }
        Type *et = chk_typexpr(c, te);
        if (BAD(et)) continue;
        if (et == c->p->types->comparable_type || type_under(et)->kind != KIND_INTERFACE) {
            constraint = true;
            continue;
        }
        Type *eu = type_under(et);
        if (eu->nterms || eu->tset_comparable) constraint = true;
        vec_push(&embeds, et);
    }
    if (constraint) {
        Type *ct = chk_constraint_iface(c, e, methods.items, methods.len, embeds.items, embeds.len);
        vec_free(&methods);
        vec_free(&embeds);
        return ct;
    }
    Type *t = type_interface(c->p->types, methods.items, methods.len, embeds.items, embeds.len);
    const char *dup = NULL;
    bool ok = true;
    bool complete = true;
    for (int i = 0; i < embeds.len; i++)
        if (!type_under(embeds.items[i])->iface_complete && type_under(embeds.items[i]) != t) complete = false;
    if (complete) ok = type_iface_complete(c->p->types, t, &dup);
    if (!ok) chk_error(c, e->pos, "duplicate method %s", dup);
    vec_free(&methods);
    vec_free(&embeds);
    return t;
}

Type *chk_typexpr(Checker *c, Node *e)
{
    TypeTable *tt = c->p->types;
    Type *t;
    switch (e->kind) {
    case N_IDENT:
    case N_SELECTOR:
        t = type_name(c, e, false);
        break;
    case N_PAREN:
        t = chk_typexpr(c, e->u.unary1.x);
        break;
    case N_STAR:
        t = chk_typexpr(c, e->u.unary1.x);
        if (!BAD(t)) t = type_pointer(tt, t);
        break;
    case N_ARRAYTYPE: {
        Node *len = e->u.array.len;
        if (len && len->kind == N_ELLIPSIS) {
            chk_error(c, len->pos, "invalid use of [...] array (outside a composite literal)");
            chk_typexpr(c, e->u.array.elem);
            t = invalid_type(c);
            break;
        }
        int64_t n = len ? chk_array_len(c, len) : 0;
        Type *elem = chk_typexpr(c, e->u.array.elem);
        if (BAD(elem) || n < 0) {
            t = invalid_type(c);
            break;
        }
        t = len ? type_array(tt, elem, n) : type_slice(tt, elem);
        break;
    }
    case N_MAPTYPE: {
        Type *k = chk_typexpr(c, e->u.map.key);
        Type *v = chk_typexpr(c, e->u.map.value);
        if (BAD(k) || BAD(v)) {
            t = invalid_type(c);
            break;
        }
        Type *ku = type_under(k);
        if (ku->kind == KIND_SLICE || ku->kind == KIND_MAP || ku->kind == KIND_FUNC ||
            (ku->kind != KIND_TYPEPARAM && (ku->flags & TF_COMPLETE) && !(ku->flags & TF_COMPARABLE))) {
            chk_error(c, node_start(e->u.map.key), "invalid map key type %s", chk_type_str(c, k));
        }
        t = type_map(tt, k, v);
        break;
    }
    case N_CHANTYPE: {
        Type *v = chk_typexpr(c, e->u.chan.value);
        t = BAD(v) ? v : type_chan(tt, v, e->u.chan.dir);
        break;
    }
    case N_FUNCTYPE:
        t = chk_functype(c, e, NULL, NULL);
        break;
    case N_STRUCTTYPE:
        t = struct_type(c, e);
        break;
    case N_INTERFACETYPE:
        t = interface_type(c, e);
        break;
    case N_INDEX:
        t = instantiate_typexpr(c, e);
        break;
    case N_ELLIPSIS:
        chk_error(c, e->pos, "invalid use of ...");
        t = invalid_type(c);
        break;
    default:
        chk_expr_or_type(c, e);
        if (e->mode != MODE_INVALID) chk_error(c, node_start(e), "%s is not a type", chk_expr_str(c, e));
        t = invalid_type(c);
        break;
    }
    set_type_mode(e, t);
    return t;
}

/* Declares the parameters (or results) of a signature; returns their types. */
typedef VEC(Type *) TypeVec;

static void param_list(Checker *c, NodeList *fields, FuncInfo *fi, bool results, TypeVec *types, bool *variadic)
{
    for (int i = 0; i < fields->len; i++) {
        Node *f = fields->items[i];
        Node *te = f->u.field.type;
        Type *t;
        if (te->kind == N_ELLIPSIS) {
            if (results || i != fields->len - 1 || f->u.field.names.len > 1) {
                chk_error(c, te->pos, "can only use ... with final parameter in list");
            }
            Type *elem = te->u.unary1.x ? chk_typexpr(c, te->u.unary1.x) : invalid_type(c);
            t = BAD(elem) ? elem : type_slice(c->p->types, elem);
            te->mode = MODE_TYPE;
            te->type = t;
            if (variadic && !results && i == fields->len - 1) *variadic = true;
        } else {
            t = chk_typexpr(c, te);
        }
        int nnames = f->u.field.names.len;
        if (nnames == 0) {
            vec_push(types, t);
            if (fi) {
                Object *o = obj_new(c->p, OBJ_VAR, c->p->name_blank, f->pos, t);
                o->flags |= results ? OF_RESULT : OF_PARAM;
                o->flags |= OF_USED;
                o->owner = fi;
                o->pkg = c->pkg;
                vec_push(results ? &fi->results : &fi->params, o);
            }
            continue;
        }
        for (int j = 0; j < nnames; j++) {
            vec_push(types, t);
            Node *id = f->u.field.names.items[j];
            if (!fi) continue;
            Object *o = obj_new(c->p, OBJ_VAR, id->u.ident.name, id->pos, t);
            o->flags |= (results ? OF_RESULT : OF_PARAM) | OF_USED;
            o->owner = fi;
            o->pkg = c->pkg;
            o->decl = id;
            id->u.ident.obj = o;
            if (results) {
                vec_push(&fi->results, o);
                fi->named_results = true;
            } else {
                vec_push(&fi->params, o);
            }
        }
    }
}

/* A method receiver: T or *T where T is a defined type of this package. */
static Type *receiver(Checker *c, Node *recv, FuncInfo *fi)
{
    Node *te = recv->u.field.type;
    Type *t = chk_typexpr(c, te);
    if (BAD(t)) return t;
    Type *base = t;
    bool ptr = false;
    if (!type_is_named(t) && t->kind == KIND_POINTER) {
        base = t->elem;
        ptr = true;
    }
    const char *why = NULL;
    if (!type_is_named(base)) {
        why = "invalid receiver type";
    } else if (base->pkg != (Package *)c->pkg || !base->pkg) {
        chk_error(c, node_start(te), "cannot define new methods on non-local type %s", chk_type_str(c, base));
        return invalid_type(c);
    } else if (type_under(base)->kind == KIND_POINTER || type_under(base)->kind == KIND_INTERFACE) {
        why = type_under(base)->kind == KIND_POINTER ? "pointer or interface type" : "pointer or interface type";
    }
    if (why) {
        chk_error(c, node_start(te), "invalid receiver type %s (%s)", chk_type_str(c, t), why);
        return invalid_type(c);
    }
    UNUSED(ptr);
    if (fi) {
        Node *id = recv->u.field.names.len ? recv->u.field.names.items[0] : NULL;
        Object *o = obj_new(c->p, OBJ_VAR, id ? id->u.ident.name : c->p->name_blank, id ? id->pos : recv->pos, t);
        o->flags |= OF_PARAM | OF_USED;
        o->owner = fi;
        o->pkg = c->pkg;
        if (id) id->u.ident.obj = o;
        fi->recv = o;
        if (fi->obj) fi->obj->recv_base = base;
    }
    return t;
}

Type *chk_functype(Checker *c, Node *ft, Node *recv, FuncInfo *fi)
{
    if (recv) {
        if (recv->u.field.names.len > 1) chk_error(c, recv->pos, "method has multiple receivers");
        receiver(c, recv, fi);
    }
    TypeVec params = {0};
    TypeVec results = {0};
    bool variadic = false;
    param_list(c, &ft->u.functype.params, fi, false, &params, &variadic);
    param_list(c, &ft->u.functype.results, fi, true, &results, NULL);
    Type *t = type_func(c->p->types, params.items, params.len, results.items, results.len, variadic);
    vec_free(&params);
    vec_free(&results);
    ft->mode = MODE_TYPE;
    ft->type = t;
    return t;
}

/* ---- defined types ------------------------------------------------------- */

Type *chk_defined_type(Checker *c, Object *tn)
{
    Node *spec = tn->decl;
    parse_lazy_typespec(c->p->arena, c->p->ss, c->p->names, spec);
    if (spec->u.typespec.tparams.len) {
        if (spec->u.typespec.alias) {
            chk_error(c, spec->u.typespec.name->pos, "generic type cannot be alias");
            tn->type = invalid_type(c);
            return tn->type;
        }
        /* the generic type itself: checked once with its type parameters;
           uses instantiate it */
        tn->flags |= OF_GENERIC;
        tn->tparams = chk_tparams(c, &spec->u.typespec.tparams, c->scope);
        Type *named = type_named(c->p->types, tn->name, tn->pkg, tn);
        tn->type = named;
        Checker sub = *c;
        sub.scope = tn->tparams->scope;
        Type *under = chk_typexpr(&sub, spec->u.typespec.type);
        if (!BAD(under) && type_is_named(under) && !under->underlying) under = invalid_type(c);
        type_set_underlying(c->p->types, named, under);
        chk_collect_methods(c, named);
        return named;
    }
    if (spec->u.typespec.alias) {
        tn->type = invalid_type(c); /* guards a cycle through the alias */
        tn->type = chk_typexpr(c, spec->u.typespec.type);
        return tn->type;
    }
    Type *named = type_named(c->p->types, tn->name, tn->pkg, tn);
    tn->type = named;
    Type *under = chk_typexpr(c, spec->u.typespec.type);
    if (!BAD(under) && type_is_named(under) && !under->underlying) {
        /* type A B where B's declaration is in progress: a cycle */
        chk_error(c, tn->pos, "invalid recursive type %s", tn->name);
        under = invalid_type(c);
    }
    type_set_underlying(c->p->types, named, under);
    chk_collect_methods(c, named);
    return named;
}

static Pos method_pos(Object *m)
{
    return m->pos;
}

/* Resolves method m's signature in c's package. */
static void method_signature(Checker *c, Object *m)
{
    m->color = 1;
    Checker sub = *c;
    sub.scope = m->parent;
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->decl = m->decl;
    fi->obj = m;
    m->finfo = fi;
    m->decl->u.funcdecl.info = fi;
    parse_lazy_functype(c->p->arena, c->p->ss, c->p->names, m->decl->u.funcdecl.type);
    m->type = chk_functype(&sub, m->decl->u.funcdecl.type, m->decl->u.funcdecl.recv, fi);
    fi->sig = m->type;
    m->color = 2;
}

void check_method_sig(Program *p, Method *md)
{
    Object *m = md->obj;
    if (md->sig || !m) return;
    if (!m->type) {
        Checker c = {0};
        c.p = p;
        c.pkg = m->pkg;
        c.scope = c.file_scope = m->parent;
        method_signature(&c, m);
    }
    md->sig = m->type;
}

void chk_collect_methods(Checker *c, Type *named)
{
    Object *tn = named->obj;
    if (!tn) return;
    for (int i = 0; i < tn->deps.len; i++) {
        Object *m = tn->deps.items[i];
        if (m->kind != OBJ_FUNC) continue;
        /* resolve the method's signature now (it may mention the type) */
        if (!m->type) {
            m->color = 1;
            if (tn->tparams) {
                /* (r *T[A, B]): A, B name the type's parameters */
                Node *rt = ast_unparen(m->decl->u.funcdecl.recv->u.field.type);
                if (rt->kind == N_STAR) rt = ast_unparen(rt->u.unary1.x);
                Scope *bs = scope_new(c->p->arena, m->parent);
                if (rt->kind == N_INDEX) {
                    for (int k = 0; k < rt->u.index.indices.len && k < tn->tparams->n; k++) {
                        Node *id = rt->u.index.indices.items[k];
                        if (id->kind != N_IDENT || id->u.ident.name == c->p->name_blank) continue;
                        Object *o = obj_new(c->p, OBJ_TYPENAME, id->u.ident.name, id->pos, tn->tparams->types[k]);
                        o->color = 2;
                        o->flags |= OF_USED;
                        o->pkg = c->pkg;
                        scope_insert(c->p->arena, bs, o);
                    }
                } else {
                    chk_error(c, node_start(rt), "cannot use generic type %s without instantiation", tn->name);
                }
                m->parent = bs;
                m->flags |= OF_GENERIC;
            }
            if (!tn->tparams && check_lazy_bodies(c->p, c->pkg)) {
                /* a library method: its signature is resolved when a
                   lookup finds it (check_method_sig) */
                m->color = 0;
                m->recv_base = named;
            } else {
                method_signature(c, m);
            }
        }
        if (!m->recv_base || m->recv_base != named) continue;
        if (m->name == c->p->name_blank) continue;
        /* duplicates */
        bool dup = false;
        for (int j = 0; j < named->methods.len; j++) {
            Object *o = named->methods.items[j].obj;
            if (o->name == m->name) {
                chk_error(c, method_pos(m), "method %s.%s already declared at %s", tn->name, m->name,
                          chk_pos_str(c, o->pos));
                dup = true;
            }
        }
        if (dup) continue;
        Type *u = type_under(named);
        if (u->kind == KIND_STRUCT) {
            for (int j = 0; j < u->nfields; j++) {
                if (u->fields[j].name == m->name) {
                    /* the field's position is not kept in the Type; find it
                       in the declaration */
                    chk_error(c, method_pos(m), "field and method with the same name %s", m->name);
                    dup = true;
                }
            }
        }
        if (dup) continue;
        Method md = {0};
        md.name = m->name;
        unsigned char ch = (unsigned char)m->name[0];
        if (!(ch >= 'A' && ch <= 'Z')) md.pkg = c->pkg;
        md.sig = m->type;
        Node *recvt = m->decl->u.funcdecl.recv->u.field.type;
        recvt = ast_unparen(recvt);
        md.ptr_recv = recvt->kind == N_STAR;
        md.obj = m;
        vec_push(&named->methods, md);
    }
}
