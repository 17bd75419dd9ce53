/* check.c - the checker's driver: scopes, the universe, packages, the
 * collection of package-level declarations, their on-demand resolution,
 * package initialisation order and unused imports.
 *
 * Package-level objects are resolved lazily (chk_resolve_obj) so that
 * declarations may appear in any order; a grey object met again during its
 * own resolution is a declaration cycle. For package-level objects,
 * Object.parent is the file scope their declaration is resolved in.
 *
 * Initialisation order (spec: Package initialization): every variable's
 * initialiser records the package-level variables and functions it refers
 * to (Object.deps); functions record the same for their bodies. Variables
 * are then initialised repeatedly choosing the earliest in declaration
 * order whose transitive variable dependencies are all initialised.
 *
 * Deferred variables: in a library package (checked lazily) a variable
 * with an initialiser of its own is initialised when first used instead:
 * every access goes through PUSHVAR (vm/vm.h VarInit), whose first
 * execution runs the initialiser, compiled when code using the variable is
 * compiled. No program can tell the difference (the library's initialisers
 * have no effects beyond their variable), and one that never uses
 * unicode.Upper does not decode it: the initialisers were a third of the
 * start-up of a program importing fmt. Variables sharing one multi-value
 * initialiser, blank ones and those of the main program are initialised at
 * start as the spec says. The library's rule: an initialiser depends only
 * on constants and other variables of the library (a value meant to be
 * taken at start, like time's monotonic origin, is set by an init
 * function). The one difference a program could see: assigning a library
 * variable (fs.ErrInvalid = e) before the first use of another one
 * initialised from it (os.ErrInvalid) makes that one e too.
 */
#include "check_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/lib.h"
#include "parse.h"

/* ---- errors ----------------------------------------------------------- */

void chk_error(Checker *c, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    diag_error(c->p->ss, pos, "%s", b.data ? b.data : "");
    sb_free(&b);
    if (c->pkg) c->pkg->failed = true;
}

void chk_soft(Checker *c, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    diag_error(c->p->ss, pos, "%s", b.data ? b.data : "");
    sb_free(&b);
    if (c->pkg) c->pkg->failed = true;
}

/* "./file.go:3:5" for a secondary position inside a message: Go writes
   relative file names with a leading "./" there. */
const char *chk_pos_str(Checker *c, Pos pos)
{
    const char *name = c->p->ss->files.items[pos.file].name;
    bool rel = name[0] != '/' && strncmp(name, "./", 2) != 0 && strncmp(name, "../", 3) != 0;
    return arena_printf(c->p->arena, "%s%s:%u:%u", rel ? "./" : "", name, pos.line, pos.col);
}

/* The position of the leftmost token of an expression (types2 StartPos). */
Pos node_start(const Node *n)
{
    for (;;) {
        switch (n->kind) {
        case N_SELECTOR: n = n->u.sel.x; break;
        case N_INDEX: n = n->u.index.x; break;
        case N_SLICE: n = n->u.slice.x; break;
        case N_TYPEASSERT: n = n->u.assert.x; break;
        case N_CALL: n = n->u.call.fun; break;
        case N_BINARY: n = n->u.binary.x; break;
        case N_KEYVALUE: n = n->u.kv.key; break;
        case N_COMPOSITELIT:
            if (n->u.complit.type) { n = n->u.complit.type; break; }
            return n->pos;
        default: return n->pos;
        }
    }
}

/* ---- scopes ----------------------------------------------------------- */

Scope *scope_new(Arena *a, Scope *parent)
{
    Scope *s = ARENA_NEW(a, Scope);
    s->parent = parent;
    return s;
}

static uint32_t name_hash(const char *name)
{
    return (uint32_t)((uintptr_t)name >> 4) * 2654435761u;
}

static void scope_rehash(Scope *s)
{
    int hcap = s->hcap ? s->hcap * 2 : 64;
    Object **h = util_calloc(hcap, sizeof(Object *));
    for (int i = 0; i < s->n; i++) {
        uint32_t j = name_hash(s->objs[i]->name) & (hcap - 1);
        while (h[j]) j = (j + 1) & (hcap - 1);
        h[j] = s->objs[i];
    }
    free(s->hash);
    s->hash = h;
    s->hcap = hcap;
}

Object *scope_lookup_local(Scope *s, const char *name)
{
    if (s->hash) {
        uint32_t j = name_hash(name) & (s->hcap - 1);
        while (s->hash[j]) {
            if (s->hash[j]->name == name) return s->hash[j];
            j = (j + 1) & (s->hcap - 1);
        }
        return NULL;
    }
    for (int i = 0; i < s->n; i++)
        if (s->objs[i]->name == name) return s->objs[i];
    return NULL;
}

Object *scope_lookup(Scope *s, const char *name, Scope **found)
{
    for (; s; s = s->parent) {
        Object *o = scope_lookup_local(s, name);
        if (o) {
            if (found) *found = s;
            return o;
        }
    }
    return NULL;
}

Object *scope_insert(Arena *a, Scope *s, Object *obj)
{
    Object *old = scope_lookup_local(s, obj->name);
    if (old) return old;
    if (s->n == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        Object **no = arena_alloc(a, sizeof(Object *) * ncap);
        if (s->n) memcpy(no, s->objs, sizeof(Object *) * s->n);
        s->objs = no;
        s->cap = ncap;
    }
    s->objs[s->n++] = obj;
    if (s->hash || s->n > 16) {
        if (!s->hash || s->n * 2 > s->hcap) {
            scope_rehash(s);
        } else {
            uint32_t j = name_hash(obj->name) & (s->hcap - 1);
            while (s->hash[j]) j = (j + 1) & (s->hcap - 1);
            s->hash[j] = obj;
        }
    }
    return NULL;
}

static void scope_free_hashes(Scope *s)
{
    free(s->hash);
    s->hash = NULL;
}

Scope *chk_open_scope(Checker *c, Pos pos)
{
    Scope *s = scope_new(c->p->arena, c->scope);
    s->pos = pos;
    c->scope = s;
    return s;
}

void chk_close_scope(Checker *c)
{
    Scope *s = c->scope;
    c->scope = s->parent;
    scope_free_hashes(s);
}

/* Declares obj in s, reporting a redeclaration. Blank names are never
   declared. */
void chk_declare(Checker *c, Scope *s, Object *obj, Node *id)
{
    if (obj->name == c->p->name_blank) return;
    Object *old = scope_insert(c->p->arena, s, obj);
    if (old) {
        chk_error(c, id ? id->pos : obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s", obj->name,
                  chk_pos_str(c, old->pos), obj->name);
        obj->flags |= OF_USED; /* no "declared and not used" on top */
    }
}

/* ---- objects ------------------------------------------------------------ */

Object *obj_new(Program *p, ObjKind k, const char *name, Pos pos, Type *t)
{
    Object *o = ARENA_NEW(p->arena, Object);
    o->kind = k;
    o->name = name;
    o->pos = pos;
    o->type = t;
    o->slot = -1;
    return o;
}

Object *chk_lookup(Checker *c, const char *name)
{
    return scope_lookup(c->scope, name, NULL);
}

static void add_dep(Object *from, Object *to)
{
    for (int i = 0; i < from->deps.len; i++)
        if (from->deps.items[i] == to) return;
    vec_push(&from->deps, to);
}

/* Records a use of obj from the current position: marks it used, records
   package-level dependencies and closure captures. */
void chk_record_use(Checker *c, Object *obj)
{
    obj->flags |= OF_USED;
    if (obj->kind == OBJ_VAR && (obj->flags & OF_GLOBAL)) {
        if (c->decl_obj && c->decl_obj != obj) add_dep(c->decl_obj, obj);
        return;
    }
    if (obj->kind == OBJ_FUNC) {
        if (c->decl_obj && obj->pkg == c->pkg) add_dep(c->decl_obj, obj);
        return;
    }
    if (obj->kind != OBJ_VAR || !obj->owner || !c->fn || obj->owner == c->fn) return;
    /* A local of an enclosing function: captured by every function literal
       between the use and the declaring function. */
    obj->flags |= OF_CAPTURED;
    for (FuncInfo *f = c->fn; f && f != obj->owner; f = f->outer) {
        bool have = false;
        for (int i = 0; i < f->captures.len; i++)
            if (f->captures.items[i] == obj) have = true;
        if (!have) vec_push(&f->captures, obj);
    }
}

/* ---- the universe --------------------------------------------------------- */

static void universe_type(Program *p, const char *name, Type *t)
{
    Object *o = obj_new(p, OBJ_TYPENAME, intern_cstr(p->names, name), (Pos){0}, t);
    o->color = 2;
    scope_insert(p->arena, p->universe, o);
}

static void universe_builtin(Program *p, Scope *s, const char *name, BuiltinId id)
{
    Object *o = obj_new(p, OBJ_BUILTIN, intern_cstr(p->names, name), (Pos){0}, NULL);
    o->builtin = id;
    o->color = 2;
    scope_insert(p->arena, s, o);
}

static void universe_init(Program *p)
{
    TypeTable *tt = p->types;
    p->universe = scope_new(p->arena, NULL);
    static const struct {
        const char *name;
        Kind k;
    } basics[] = {
        {"bool", KIND_BOOL},       {"int", KIND_INT},         {"int8", KIND_INT8},
        {"int16", KIND_INT16},     {"int32", KIND_INT32},     {"int64", KIND_INT64},
        {"uint", KIND_UINT},       {"uint8", KIND_UINT8},     {"uint16", KIND_UINT16},
        {"uint32", KIND_UINT32},   {"uint64", KIND_UINT64},   {"uintptr", KIND_UINTPTR},
        {"float32", KIND_FLOAT32}, {"float64", KIND_FLOAT64}, {"complex64", KIND_COMPLEX64},
        {"complex128", KIND_COMPLEX128}, {"string", KIND_STRING},
    };
    for (size_t i = 0; i < ARRAY_LEN(basics); i++) universe_type(p, basics[i].name, tt->basic[basics[i].k]);
    universe_type(p, "byte", tt->byte_type);
    universe_type(p, "rune", tt->rune_type);
    universe_type(p, "error", tt->error_type);
    universe_type(p, "any", tt->any_type);
    universe_type(p, "comparable", tt->comparable_type);

    Object *t = obj_new(p, OBJ_CONST, intern_cstr(p->names, "true"), (Pos){0}, tt->basic[KIND_UNTYPED_BOOL]);
    t->cval = const_bool(&p->consts, true);
    t->color = 2;
    scope_insert(p->arena, p->universe, t);
    Object *f = obj_new(p, OBJ_CONST, intern_cstr(p->names, "false"), (Pos){0}, tt->basic[KIND_UNTYPED_BOOL]);
    f->cval = const_bool(&p->consts, false);
    f->color = 2;
    scope_insert(p->arena, p->universe, f);
    Object *iota = obj_new(p, OBJ_CONST, p->name_iota, (Pos){0}, tt->basic[KIND_UNTYPED_INT]);
    iota->color = 2;
    scope_insert(p->arena, p->universe, iota);
    Object *nil = obj_new(p, OBJ_NIL, intern_cstr(p->names, "nil"), (Pos){0}, tt->basic[KIND_UNTYPED_NIL]);
    nil->color = 2;
    scope_insert(p->arena, p->universe, nil);

    static const struct {
        const char *name;
        BuiltinId id;
    } builtins[] = {
        {"append", BI_APPEND}, {"cap", BI_CAP},         {"clear", BI_CLEAR},   {"close", BI_CLOSE},
        {"complex", BI_COMPLEX}, {"copy", BI_COPY},     {"delete", BI_DELETE}, {"imag", BI_IMAG},
        {"len", BI_LEN},       {"make", BI_MAKE},       {"max", BI_MAX},       {"min", BI_MIN},
        {"new", BI_NEW},       {"panic", BI_PANIC},     {"print", BI_PRINT},   {"println", BI_PRINTLN},
        {"real", BI_REAL},     {"recover", BI_RECOVER},
    };
    for (size_t i = 0; i < ARRAY_LEN(builtins); i++) universe_builtin(p, p->universe, builtins[i].name, builtins[i].id);
}

static void unsafe_init(Program *p)
{
    Package *u = ARENA_NEW(p->arena, Package);
    u->name = u->path = intern_cstr(p->names, "unsafe");
    u->scope = scope_new(p->arena, p->universe);
    u->state = 3;
    Object *ptr = obj_new(p, OBJ_TYPENAME, intern_cstr(p->names, "Pointer"), (Pos){0},
                          p->types->basic[KIND_UNSAFEPTR]);
    ptr->color = 2;
    ptr->pkg = u;
    ptr->flags |= OF_EXPORTED;
    scope_insert(p->arena, u->scope, ptr);
    static const struct {
        const char *name;
        BuiltinId id;
    } fns[] = {
        {"Alignof", BI_ALIGNOF}, {"Offsetof", BI_OFFSETOF}, {"Sizeof", BI_SIZEOF},
        {"Add", BI_ADD},         {"Slice", BI_SLICE},       {"SliceData", BI_SLICEDATA},
        {"String", BI_STRING},   {"StringData", BI_STRINGDATA},
    };
    for (size_t i = 0; i < ARRAY_LEN(fns); i++) universe_builtin(p, u->scope, fns[i].name, fns[i].id);
    for (int i = 0; i < u->scope->n; i++) {
        u->scope->objs[i]->pkg = u;
        u->scope->objs[i]->flags |= OF_EXPORTED;
    }
    p->unsafe_pkg = u;
}

/* ---- programs ------------------------------------------------------------- */

Program *prog_new(VM *vm)
{
    Program *p = util_calloc(1, sizeof(Program));
    p->vm = vm;
    p->arena = &vm->arena;
    p->ss = &vm->src;
    p->names = &vm->names;
    p->types = &vm->types;
    constpool_init(&p->consts);
    p->name_blank = intern_cstr(p->names, "_");
    p->name_init = intern_cstr(p->names, "init");
    p->name_main = intern_cstr(p->names, "main");
    p->name_iota = intern_cstr(p->names, "iota");
    const char *all = getenv("GOVM_CHECK_ALL");
    p->check_all = all && *all && strcmp(all, "0") != 0;
    universe_init(p);
    unsafe_init(p);
    return p;
}

void prog_free(Program *p)
{
    if (!p) return;
    for (int i = 0; i < p->packages.len; i++) {
        Package *pk = p->packages.items[i];
        vec_free(&pk->files);
        vec_free(&pk->file_scopes);
        vec_free(&pk->imports);
        vec_free(&pk->objects);
        vec_free(&pk->var_order);
        vec_free(&pk->funcs);
        vec_free(&pk->init_funcs);
        vec_free(&pk->var_inits);
        if (pk->scope) scope_free_hashes(pk->scope);
    }
    vec_free(&p->packages);
    vec_free(&p->compile_queue);
    scope_free_hashes(p->universe);
    scope_free_hashes(p->unsafe_pkg->scope);
    constpool_free(&p->consts);
    free(p);
}

/* ---- collecting declarations ------------------------------------------------ */

static bool is_exported(const char *name)
{
    unsigned char ch = (unsigned char)name[0];
    if (ch < 0x80) return ch >= 'A' && ch <= 'Z';
    /* Non-ASCII: uppercase letters per Unicode; approximate with the Latin-1
       and Greek/Cyrillic uppercase blocks encoded as 2-byte sequences. */
    unsigned char c2 = (unsigned char)name[1];
    if (ch == 0xc3) return c2 >= 0x80 && c2 <= 0x9e && c2 != 0x97;
    if (ch == 0xce) return c2 >= 0x91 && c2 <= 0xa9;
    if (ch == 0xd0) return c2 >= 0x80 && c2 <= 0xaf;
    return false;
}

static Object *declare_pkg_obj(Checker *c, ObjKind k, Node *id, Node *decl, int index, Scope *fscope)
{
    Object *o = obj_new(c->p, k, id->u.ident.name, id->pos, NULL);
    o->pkg = c->pkg;
    o->decl = decl;
    o->index = index;
    o->parent = fscope;
    if (is_exported(o->name)) o->flags |= OF_EXPORTED;
    if (k == OBJ_VAR) o->flags |= OF_GLOBAL;
    id->u.ident.obj = o;
    vec_push(&c->pkg->objects, o);
    if (o->name != c->p->name_blank) {
        /* A package-level name may not clash with an import in any file. */
        chk_declare(c, c->pkg->scope, o, id);
    }
    return o;
}

static void collect_import(Checker *c, Node *spec, Scope *fscope)
{
    Node *path = spec->u.import.path;
    const char *err = NULL;
    Const *v = const_from_literal(&c->p->consts, T_STRING, path->u.lit.text, path->u.lit.len, &err);
    if (!v || v->slen == 0) {
        chk_error(c, path->pos, "invalid import path: %s", path->u.lit.text);
        return;
    }
    const char *ipath = intern(c->p->names, v->s, v->slen);
    Package *imp = check_import(c->p, ipath, path->pos);
    if (!imp) {
        c->bad_import = true;
        return;
    }
    spec->u.import.pkg = imp;
    bool have = false;
    for (int i = 0; i < c->pkg->imports.len; i++)
        if (c->pkg->imports.items[i] == imp) have = true;
    if (!have) vec_push(&c->pkg->imports, imp);

    Node *name = spec->u.import.name;
    if (name && name->u.ident.name == c->p->name_blank) return;
    if (name && strcmp(name->u.ident.name, ".") == 0) {
        for (int i = 0; i < imp->scope->n; i++) {
            Object *o = imp->scope->objs[i];
            if (o->flags & OF_EXPORTED) scope_insert(c->p->arena, fscope, o);
        }
        return;
    }
    const char *local = name ? name->u.ident.name : imp->name;
    Object *o = obj_new(c->p, OBJ_PKGNAME, local, name ? name->pos : path->pos, NULL);
    o->imported = imp;
    o->decl = spec;
    o->color = 2;
    o->pkg = c->pkg;
    Object *old = scope_insert(c->p->arena, fscope, o);
    if (old) {
        chk_error(c, o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", local,
                  chk_pos_str(c, old->pos), local);
    }
}

static void collect_gendecl(Checker *c, Node *d, Scope *fscope)
{
    for (int i = 0; i < d->u.gendecl.specs.len; i++) {
        Node *s = d->u.gendecl.specs.items[i];
        switch (d->u.gendecl.tok) {
        case T_IMPORT: collect_import(c, s, fscope); break;
        case T_CONST:
        case T_VAR:
            for (int j = 0; j < s->u.valuespec.names.len; j++)
                declare_pkg_obj(c, d->u.gendecl.tok == T_CONST ? OBJ_CONST : OBJ_VAR, s->u.valuespec.names.items[j], s,
                                j, fscope);
            break;
        case T_TYPE: declare_pkg_obj(c, OBJ_TYPENAME, s->u.typespec.name, s, 0, fscope); break;
        default: break;
        }
    }
}

/* The receiver's base type name: T in (T), (*T), (T[P]), (*T[P]). */
static Node *recv_base_name(Node *recv)
{
    Node *t = recv->u.field.type;
    for (;;) {
        t = ast_unparen(t);
        if (t->kind == N_STAR) t = t->u.unary1.x;
        else if (t->kind == N_INDEX) t = t->u.index.x;
        else break;
    }
    t = ast_unparen(t);
    return t->kind == N_IDENT ? t : NULL;
}

static void collect_func(Checker *c, Node *d, Scope *fscope, ObjVec *methods)
{
    Node *id = d->u.funcdecl.name;
    Object *o = obj_new(c->p, OBJ_FUNC, id->u.ident.name, id->pos, NULL);
    o->pkg = c->pkg;
    o->decl = d;
    o->parent = fscope;
    id->u.ident.obj = o;
    if (is_exported(o->name)) o->flags |= OF_EXPORTED;
    if (!d->u.funcdecl.body) o->flags |= OF_NATIVE;
    if (d->u.funcdecl.recv) {
        o->flags |= OF_METHOD;
        vec_push(methods, o);
        return;
    }
    if (o->name == c->p->name_init) {
        if (d->u.funcdecl.type->u.functype.params.len || d->u.funcdecl.type->u.functype.results.len)
            chk_error(c, id->pos, "func init must have no arguments and no return values");
        if (d->u.funcdecl.type->u.functype.tparams.len)
            chk_error(c, id->pos, "func init must have no type parameters");
        vec_push(&c->pkg->init_funcs, o);
        vec_push(&c->pkg->objects, o);
        return;
    }
    if (o->name == c->p->name_main && strcmp(c->pkg->path, "main") == 0) {
        if (d->u.funcdecl.type->u.functype.params.len || d->u.funcdecl.type->u.functype.results.len)
            chk_error(c, id->pos, "func main must have no arguments and no return values");
    }
    vec_push(&c->pkg->objects, o);
    if (o->name != c->p->name_blank) chk_declare(c, c->pkg->scope, o, id);
}

/* Attaches each method declaration to its receiver base type's TypeName
   (Object.deps is not used for this: methods are chained through
   Object.index order on a per-type list kept in the type's Object). */
static void attach_methods(Checker *c, ObjVec *methods)
{
    for (int i = 0; i < methods->len; i++) {
        Object *m = methods->items[i];
        Node *base = recv_base_name(m->decl->u.funcdecl.recv);
        Object *tn = base ? scope_lookup_local(c->pkg->scope, base->u.ident.name) : NULL;
        if (!tn || tn->kind != OBJ_TYPENAME) {
            /* Reported when the receiver type is resolved. */
            vec_push(&c->pkg->objects, m);
            m->recv_base = NULL;
            continue;
        }
        m->parent = m->parent; /* file scope stays */
        vec_push(&tn->deps, m); /* for type names, deps lists their methods */
        vec_push(&c->pkg->objects, m);
    }
}

/* Marks the variables of library package pkg that are initialised on
   first use (see the top of this file). */
static void defer_variables(Program *p, Package *pkg)
{
    for (int i = 0; i < pkg->objects.len; i++) {
        Object *o = pkg->objects.items[i];
        if (o->kind != OBJ_VAR || o->name == p->name_blank) continue;
        Node *spec = o->decl;
        /* (a var spec the parser skipped has one name) */
        const LazySpec *ls = spec->u.valuespec.lazy;
        int nv = ls ? ls->has_value : spec->u.valuespec.values.len;
        if (nv > 0 && nv == spec->u.valuespec.names.len) o->flags |= OF_DEFERRED;
    }
}

/* ---- resolving package-level objects ---------------------------------------- */

static void resolve_const(Checker *c, Object *obj)
{
    Node *spec = obj->decl;
    parse_lazy_valuespec(c->p->arena, c->p->ss, c->p->names, spec);
    chk_const_decl(c, spec, NULL);
    UNUSED(obj);
}

static void resolve_var(Checker *c, Object *obj)
{
    Node *spec = obj->decl;
    parse_lazy_valuespec(c->p->arena, c->p->ss, c->p->names, spec);
    int n = spec->u.valuespec.names.len;
    Object **objs = util_calloc(n, sizeof(Object *));
    for (int i = 0; i < n; i++) {
        objs[i] = spec->u.valuespec.names.items[i]->u.ident.obj;
        objs[i]->color = 1;
    }
    Object *saved = c->decl_obj;
    c->decl_obj = obj;
    chk_assign_vars(c, &spec->u.valuespec.names, &spec->u.valuespec.values, spec->u.valuespec.type,
                    "variable declaration", spec->pos, objs);
    c->decl_obj = saved;
    /* Objects sharing one multi-value initialiser share the dependencies. */
    for (int i = 0; i < n; i++) {
        objs[i]->color = 2;
        if (objs[i] != obj && spec->u.valuespec.values.len == 1 && n > 1) {
            for (int j = 0; j < obj->deps.len; j++) add_dep(objs[i], obj->deps.items[j]);
        }
    }
    free(objs);
}

static void resolve_func(Checker *c, Object *obj)
{
    Node *d = obj->decl;
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->decl = d;
    fi->obj = obj;
    obj->finfo = fi;
    d->u.funcdecl.info = fi;
    NodeList *tps = &d->u.funcdecl.type->u.functype.tparams;
    if (tps->len && !d->u.funcdecl.recv) {
        /* a generic function: its signature and body are checked with the
           type parameters in scope; calls instantiate it */
        obj->flags |= OF_GENERIC;
        obj->tparams = chk_tparams(c, tps, obj->parent ? obj->parent : c->scope);
        obj->parent = obj->tparams->scope;
        c->scope = obj->parent;
    } else if (tps->len) {
        chk_error(c, tps->items[0]->pos, "methods cannot have type parameters");
    }
    parse_lazy_functype(c->p->arena, c->p->ss, c->p->names, d->u.funcdecl.type);
    obj->type = chk_functype(c, d->u.funcdecl.type, d->u.funcdecl.recv, fi);
    fi->sig = obj->type;
}

void chk_resolve_obj(Checker *c, Object *obj)
{
    if (obj->color == 2) return;
    if (obj->color == 1) {
        if (obj->kind == OBJ_TYPENAME && obj->type) return; /* recursive through indirection */
        if (obj->kind == OBJ_FUNC && obj->type) return;
        if (obj->kind == OBJ_FUNC) return;                  /* recursive reference inside body */
        chk_error(c, obj->pos, "initialization cycle or invalid recursive reference to %s", obj->name);
        obj->color = 2;
        return;
    }
    obj->color = 1;
    Checker sub = *c;
    sub.pkg = obj->pkg;
    sub.scope = obj->parent;
    sub.file_scope = obj->parent;
    sub.fn = NULL;
    sub.iota = NULL;
    sub.decl_obj = NULL;
    sub.nenclosing = 0;
    memset(&sub.labels, 0, sizeof(sub.labels));
    switch (obj->kind) {
    case OBJ_CONST: resolve_const(&sub, obj); break;
    case OBJ_VAR: resolve_var(&sub, obj); break;
    case OBJ_TYPENAME: chk_defined_type(&sub, obj); break;
    case OBJ_FUNC: resolve_func(&sub, obj); break;
    default: break;
    }
    obj->color = 2;
}

/* Checks the body of function o (parsing it first if the parser skipped
   it) with a checker derived from c. */
static void check_func_body(Checker *c, Object *o, Node *body)
{
    parse_lazy_body(c->p->arena, c->p->ss, c->p->names, body);
    Checker sub = *c;
    sub.scope = o->parent;
    sub.decl_obj = o;
    chk_func_body(&sub, o->finfo, body);
}

/* ---- initialisation order ------------------------------------------------------ */

/* Adds to out every package variable obj depends on, through functions
   (whose bodies are checked now if they were left for later: their
   dependencies are known only then). */
static void var_deps(Program *p, Object *obj, ObjVec *out, ObjVec *seen_funcs)
{
    if (obj->kind == OBJ_FUNC) check_body(p, obj);
    for (int i = 0; i < obj->deps.len; i++) {
        Object *d = obj->deps.items[i];
        if (d->kind == OBJ_VAR) {
            bool have = false;
            for (int j = 0; j < out->len; j++)
                if (out->items[j] == d) have = true;
            if (!have) vec_push(out, d);
        } else if (d->kind == OBJ_FUNC) {
            bool seen = false;
            for (int j = 0; j < seen_funcs->len; j++)
                if (seen_funcs->items[j] == d) seen = true;
            if (seen) continue;
            vec_push(seen_funcs, d);
            var_deps(p, d, out, seen_funcs);
        }
    }
}

static void compute_init_order(Checker *c)
{
    Package *pkg = c->pkg;
    ObjVec vars = {0};
    for (int i = 0; i < pkg->objects.len; i++) {
        Object *o = pkg->objects.items[i];
        if (o->kind == OBJ_VAR && !(o->flags & OF_DEFERRED)) vec_push(&vars, o);
    }
    int n = vars.len;
    ObjVec *deps = util_calloc(n ? n : 1, sizeof(*deps));
    for (int i = 0; i < n; i++) {
        ObjVec seen = {0};
        var_deps(c->p, vars.items[i], &deps[i], &seen);
        vec_free(&seen);
    }
    bool *done = util_calloc(n ? n : 1, sizeof(bool));
    int ndone = 0;
    while (ndone < n) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (done[i]) continue;
            bool ready = true;
            for (int j = 0; j < deps[i].len && ready; j++) {
                Object *d = deps[i].items[j];
                if (d == vars.items[i]) {
                    /* Self-reference through a function: a cycle unless it
                       is the same multi-value spec. */
                    continue;
                }
                for (int k = 0; k < n; k++)
                    if (vars.items[k] == d && !done[k] && vars.items[k]->decl != vars.items[i]->decl) ready = false;
            }
            if (ready) pick = i;
        }
        if (pick < 0) {
            for (int i = 0; i < n; i++)
                if (!done[i]) {
                    chk_error(c, vars.items[i]->pos, "initialization cycle: %s refers to itself", vars.items[i]->name);
                    break;
                }
            break;
        }
        /* A multi-name spec with one initialiser is initialised as a unit. */
        Node *spec = vars.items[pick]->decl;
        bool unit = spec->u.valuespec.values.len == 1 && spec->u.valuespec.names.len > 1;
        for (int i = 0; i < n; i++) {
            if (done[i]) continue;
            if (i == pick || (unit && vars.items[i]->decl == spec)) {
                done[i] = true;
                ndone++;
                vec_push(&pkg->var_order, vars.items[i]);
            }
        }
    }
    for (int i = 0; i < n; i++) vec_free(&deps[i]);
    free(deps);
    free(done);
    vec_free(&vars);
}

/* ---- unused imports ---------------------------------------------------------------- */

static void check_unused_imports(Checker *c)
{
    for (int f = 0; f < c->pkg->file_scopes.len; f++) {
        Scope *fs = c->pkg->file_scopes.items[f];
        for (int i = 0; i < fs->n; i++) {
            Object *o = fs->objs[i];
            if (o->kind != OBJ_PKGNAME || (o->flags & OF_USED)) continue;
            Node *spec = o->decl;
            Package *imp = o->imported;
            if (spec->u.import.name && spec->u.import.name->u.ident.name != imp->name)
                chk_soft(c, spec->pos, "\"%s\" imported as %s and not used", imp->path, o->name);
            else
                chk_soft(c, spec->pos, "\"%s\" imported and not used", imp->path);
        }
    }
}

/* ---- checking a package ---------------------------------------------------------------- */

static void check_package(Program *p, Package *pkg)
{
    Checker c = {0};
    c.p = p;
    c.pkg = pkg;
    pkg->state = 1;
    pkg->scope = scope_new(p->arena, p->universe);
    ObjVec methods = {0};

    /* 1. collect */
    for (int i = 0; i < pkg->files.len; i++) {
        Node *file = pkg->files.items[i];
        Scope *fs = scope_new(p->arena, pkg->scope);
        fs->is_file = true;
        vec_push(&pkg->file_scopes, fs);
        for (int j = 0; j < file->u.file.decls.len; j++) {
            Node *d = file->u.file.decls.items[j];
            if (d->kind == N_GENDECL) collect_gendecl(&c, d, fs);
            else if (d->kind == N_FUNCDECL) collect_func(&c, d, fs, &methods);
        }
    }
    attach_methods(&c, &methods);
    vec_free(&methods);
    if (c.bad_import) {
        /* as go build: a package that cannot be imported stops the check
           (no "undefined" errors for its uses) */
        pkg->failed = true;
        pkg->state = 2;
        return;
    }

    /* 2. resolve all package-level objects (types first, so that method
       sets are complete before bodies are checked); in a library package
       only its variables and init functions, the rest when used */
    bool lazy = check_lazy_bodies(p, pkg);
    if (lazy) defer_variables(p, pkg);
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < pkg->objects.len; i++) {
            Object *o = pkg->objects.items[i];
            if ((pass == 0) != (o->kind == OBJ_TYPENAME)) continue;
            if (lazy && o->kind != OBJ_VAR && !(o->kind == OBJ_FUNC && o->name == p->name_init)) continue;
            if (o->flags & OF_DEFERRED) continue;
            if (o->kind == OBJ_FUNC && (o->flags & OF_METHOD) && !o->type) {
                /* a method whose receiver type did not resolve */
                Checker sub = c;
                sub.scope = o->parent;
                resolve_func(&sub, o);
                o->color = 2;
                continue;
            }
            chk_resolve_obj(&c, o);
        }
    }

    /* 3. function bodies (of a library package: when first called, see
       check_body) */
    for (int i = 0; i < pkg->objects.len; i++) {
        Object *o = pkg->objects.items[i];
        if (o->kind != OBJ_FUNC || !o->finfo) continue;
        Node *body = o->decl->u.funcdecl.body;
        if (!body) continue;
        vec_push(&pkg->funcs, o);
        if (!lazy) check_func_body(&c, o, body);
    }

    /* instances created so far (of this or other packages' generics) */
    chk_process_pending(&c);

    /* 4. initialisation order, unused imports, main */
    compute_init_order(&c);
    if (!lazy) check_unused_imports(&c); /* bodies not checked may use them */
    if (strcmp(pkg->path, "main") == 0) {
        Object *m = scope_lookup_local(pkg->scope, p->name_main);
        if (!m || m->kind != OBJ_FUNC) {
            Pos pos = pkg->files.len ? pkg->files.items[0]->pos : (Pos){0};
            chk_error(&c, pos, "function main is undeclared in the main package");
        }
    }
    pkg->state = 2;
}

bool check_lazy_bodies(Program *p, Package *pkg)
{
    return pkg->builtin_lib && !p->check_all;
}

void check_resolve(Program *p, Object *o)
{
    Checker c = {0};
    c.p = p;
    c.pkg = o->pkg;
    chk_resolve_obj(&c, o);
    chk_process_pending(&c);
}

void check_body(Program *p, Object *fn)
{
    FuncInfo *fi = fn->finfo;
    if (!fi || fi->checked || (fn->flags & OF_GENERIC) || fn->kind != OBJ_FUNC) return;
    Node *body = fn->decl->u.funcdecl.body;
    if (!body) return;
    Checker c = {0};
    c.p = p;
    c.pkg = fn->pkg;
    check_func_body(&c, fn, body);
    chk_process_pending(&c);
}

static Package *new_package(Program *p, const char *path)
{
    Package *pkg = ARENA_NEW(p->arena, Package);
    pkg->path = path;
    return pkg;
}

/* Parses the files and checks that they agree on the package name. */
static bool parse_package(Program *p, Package *pkg, const int *files, int nfiles)
{
    int errs = diag_count(p->ss);
    for (int i = 0; i < nfiles; i++) {
        /* library files are always parsed lazily: with GOVM_CHECK_ALL every
           skipped part is parsed when checked, which tests the skipping */
        Node *f = pkg->builtin_lib ? parse_file_lazy(p->arena, p->ss, p->names, files[i])
                                   : parse_file(p->arena, p->ss, p->names, files[i]);
        f->u.file.fileno = files[i];
        const char *name = f->u.file.pkgname ? f->u.file.pkgname->u.ident.name : NULL;
        if (!name) continue;
        if (!pkg->name) {
            pkg->name = name;
        } else if (name != pkg->name) {
            diag_error(p->ss, f->u.file.pkgname->pos, "package %s; expected package %s", name, pkg->name);
        }
        vec_push(&pkg->files, f);
    }
    return diag_count(p->ss) == errs;
}

Package *check_import(Program *p, const char *path, Pos pos)
{
    if (strcmp(path, "unsafe") == 0) return p->unsafe_pkg;
    for (int i = 0; i < p->packages.len; i++) {
        Package *q = p->packages.items[i];
        if (q->path != path && strcmp(q->path, path) != 0) continue;
        if (q->state == 1) {
            diag_error(p->ss, pos, "import cycle not allowed");
            return NULL;
        }
        return q->failed ? NULL : q;
    }
    int n = 0;
    const LibFile *lf = lib_package_files(path, &n);
    if (!lf || n == 0) {
        diag_error(p->ss, pos, "package %s is not in std", path);
        return NULL;
    }
    Package *pkg = new_package(p, intern_cstr(p->names, path));
    pkg->builtin_lib = true;
    int *files = util_calloc(n, sizeof(int));
    for (int i = 0; i < n; i++) {
        char *name = arena_printf(p->arena, "%s/%s", lf[i].pkgpath, lf[i].name);
        files[i] = srcset_add_static(p->ss, name, lf[i].src, lf[i].len, lib_file_index(&lf[i]));
    }
    pkg->state = 1;
    vec_push(&p->packages, pkg);
    bool ok = parse_package(p, pkg, files, n);
    free(files);
    if (ok) check_package(p, pkg);
    else pkg->failed = true;
    /* keep dependency order: move pkg after its imports */
    for (int i = 0; i < p->packages.len; i++) {
        if (p->packages.items[i] == pkg) {
            memmove(&p->packages.items[i], &p->packages.items[i + 1],
                    sizeof(Package *) * (p->packages.len - i - 1));
            p->packages.items[p->packages.len - 1] = pkg;
            break;
        }
    }
    return pkg->failed ? NULL : pkg;
}

Package *check_main_package(Program *p, const int *files, int nfiles)
{
    if (!p->runtime_pkg) p->runtime_pkg = check_import(p, intern_cstr(p->names, "runtime"), (Pos){0});
    Package *pkg = new_package(p, intern_cstr(p->names, "main"));
    pkg->state = 1;
    vec_push(&p->packages, pkg);
    if (!parse_package(p, pkg, files, nfiles)) {
        pkg->failed = true;
        return NULL;
    }
    if (pkg->name && strcmp(pkg->name, "main") != 0) {
        diag_error(p->ss, pkg->files.items[0]->u.file.pkgname->pos,
                   "package %s is not a main package", pkg->name);
        pkg->failed = true;
        return NULL;
    }
    check_package(p, pkg);
    for (int i = 0; i < p->packages.len; i++) {
        if (p->packages.items[i] == pkg) {
            memmove(&p->packages.items[i], &p->packages.items[i + 1],
                    sizeof(Package *) * (p->packages.len - i - 1));
            p->packages.items[p->packages.len - 1] = pkg;
            break;
        }
    }
    return pkg->failed ? NULL : pkg;
}
