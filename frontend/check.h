/* check.h - the Go type checker: packages, scopes, objects.
 *
 * The checker takes parsed files (ast.h), resolves every identifier to an
 * Object, computes the type (and constant value) of every expression, and
 * annotates the AST in place (Node.mode/type/cval, ident.obj, sel.*,
 * call.builtin/conversion). It reports errors with Go's (types2) wording
 * into the SourceSet and never aborts; the compiler runs only on packages
 * that checked without errors.
 *
 * Library packages have their function bodies checked only when compiled,
 * on their first call (check_body), and their types, constants and
 * functions resolved when used: they are known to be correct, and a
 * program uses a small part of them. Package variable initialisers are
 * always checked, and so is every function they call (initialisation
 * order needs their dependencies).
 *
 * Order of work for a package (check.c):
 *   1. collect: file scopes with imports; package-level objects into the
 *      package scope; method declarations grouped by receiver base name;
 *   2. resolve package-level objects on demand (types, constants, variable
 *      types, function signatures), with cycle detection by colour;
 *   3. check function bodies and variable initialisers, recording the
 *      package-level dependencies of each variable and function;
 *   4. compute the initialisation order of package variables (spec:
 *      Package initialization) and report unused imports.
 */
#ifndef GOVM_CHECK_H
#define GOVM_CHECK_H

#include "../vm/type.h"
#include "../vm/vm.h"
#include "ast.h"
#include "const.h"

typedef struct Scope Scope;
typedef struct FuncInfo FuncInfo;
typedef VEC(Object *) ObjVec;
typedef VEC(FuncInfo *) FuncInfoVec;

typedef enum ObjKind {
    OBJ_BAD,
    OBJ_CONST,
    OBJ_TYPENAME,
    OBJ_VAR,
    OBJ_FUNC,
    OBJ_PKGNAME,
    OBJ_BUILTIN,
    OBJ_LABEL,
    OBJ_NIL,
} ObjKind;

typedef enum ObjFlag {
    OF_USED = 1 << 0,
    OF_GLOBAL = 1 << 1,    /* package-level variable */
    OF_PARAM = 1 << 2,
    OF_RESULT = 1 << 3,
    OF_FIELD = 1 << 4,
    OF_EMBEDDED = 1 << 5,
    OF_CAPTURED = 1 << 6,  /* referenced from a nested function literal */
    OF_ADDRTAKEN = 1 << 7, /* &x, x[:] of an array, pointer-method call */
    OF_LOOPVAR = 1 << 8,   /* declared by a for/range clause (per iteration) */
    OF_METHOD = 1 << 9,
    OF_NATIVE = 1 << 10,   /* function without body */
    OF_IMPLICIT = 1 << 11, /* type switch clause variable */
    OF_EXPORTED = 1 << 12,
    OF_GENERIC = 1 << 13,  /* generic function or type (has type parameters) */
    OF_INSTANCE = 1 << 14, /* instance of a generic function or method */
    OF_QUEUED = 1 << 15,   /* compiler: body queued for compilation */
    OF_DEFERRED = 1 << 16, /* library variable initialised on first use
                              (check.c, "deferred variables") */
} ObjFlag;

/* The type parameters of a generic declaration. */
typedef struct TParams {
    int n;
    Type **types;    /* KIND_TYPEPARAM types */
    Object **objs;   /* their TypeName objects */
    Scope *scope;    /* holds the objects (parent: the declaration's scope) */
} TParams;

/* One instantiation of a generic function or type. */
typedef struct Instance {
    Type **targs;
    int ntargs;
    Object *obj;   /* function instance */
    Type *type;    /* type instance */
} Instance;

struct Object {
    ObjKind kind;
    uint32_t flags;
    const char *name; /* interned */
    Pos pos;
    Type *type;
    Package *pkg;
    Node *decl;       /* declaring node: N_VALUESPEC, N_TYPESPEC, N_FUNCDECL,
                         N_FIELD, N_IDENT (:=), N_LABELED ... */
    Scope *parent;
    uint8_t color;    /* package-level resolution: 0 white, 1 grey, 2 black */
    int index;        /* position within the declaring spec / field list */
    Const *cval;      /* OBJ_CONST */
    BuiltinId builtin;/* OBJ_BUILTIN */
    Package *imported;/* OBJ_PKGNAME */
    FuncInfo *owner;  /* OBJ_VAR local: the function declaring it */
    FuncInfo *finfo;  /* OBJ_FUNC with a body: its FuncInfo */
    Type *recv_base;  /* methods: the receiver's defined type */
    ObjVec deps; /* package-level vars/funcs this object's
                           initialiser or body refers to */
    /* generics */
    TParams *tparams;          /* generic functions and types */
    VEC(Instance) instances;   /* their instantiations so far */
    Object *origin;            /* instances: the generic object */
    Type **targs;              /* instances: the type arguments */
    int ntargs;
    Scope *inst_scope;         /* instances: binds the parameters' names */
    /* compiler state */
    int slot;         /* local variable: frame slot (or capture index) */
    void *addr;       /* global variable: memory-form storage */
    struct VarInit *varinit; /* OF_DEFERRED variable: its initialiser */
    Func *fn;         /* compiled function */
};

struct Scope {
    Scope *parent;
    Object **objs; /* small scopes: linear; package/universe: hashed */
    int n, cap;
    Object **hash; /* open addressing table when n grows, NULL otherwise */
    int hcap;
    bool func_scope; /* outermost scope of a function */
    bool is_file;
    Pos pos;
};

Scope *scope_new(Arena *a, Scope *parent);
Object *scope_lookup_local(Scope *s, const char *name);
/* Looks up through parents. */
Object *scope_lookup(Scope *s, const char *name, Scope **found);
/* Inserts obj; returns the existing object with that name if any (and does
   not insert). */
Object *scope_insert(Arena *a, Scope *s, Object *obj);

/* A function (declaration or literal) being checked/compiled. */
struct FuncInfo {
    Node *decl;          /* N_FUNCDECL or N_FUNCLIT */
    Object *obj;         /* N_FUNCDECL: the func object */
    FuncInfo *outer;     /* enclosing function of a literal */
    Type *sig;
    Object *recv;        /* receiver var or NULL */
    ObjVec params;  /* receiver excluded */
    ObjVec results; /* named or synthesized result vars */
    ObjVec captures; /* free variables captured from outer functions,
                               in first-use order */
    ObjVec locals;   /* every local variable declared in the body */
    FuncInfoVec lits;   /* function literals directly inside */
    bool has_defer, has_recover, named_results;
    bool checked;         /* the body has been checked (check_body) */
    int nlits;            /* for naming literals: main.f.func1, ... */
    const char *name;     /* qualified name for tracebacks */
};

struct Package {
    const char *name; /* package clause name ("main", "fmt") */
    const char *path; /* import path ("main", "unicode/utf8") */
    Scope *scope;
    VEC(Node *) files;
    VEC(Scope *) file_scopes;
    VEC(Package *) imports;
    ObjVec objects;     /* package-level objects in source order */
    ObjVec var_order;   /* package variables in initialisation order */
    ObjVec funcs;       /* functions and methods with bodies */
    ObjVec init_funcs;  /* init functions in source order */
    FuncInfoVec var_inits; /* pseudo-functions for initialisers */
    Func *init_fn;             /* compiled package initialiser */
    int state;                 /* 0 new, 1 checking, 2 checked, 3 compiled */
    bool builtin_lib;          /* from lib/go */
    bool failed;
};

/* Everything the front end knows about one VM's program. */
typedef struct Program {
    VM *vm;
    Arena *arena;
    SourceSet *ss;
    Interner *names;
    TypeTable *types;
    ConstPool consts;
    Scope *universe;
    VEC(Package *) packages; /* in dependency order once loaded */
    ObjVec pending;   /* instances whose bodies wait to be checked */
    ObjVec instances; /* concrete function instances to compile */
    int inst_depth;   /* nesting of instantiations (cycle guard) */
    Package *unsafe_pkg;
    Package *runtime_pkg;
    const char *name_blank, *name_init, *name_main, *name_iota, *name_underscore_pkg;
    int nerrors_at_start;
    /* Library packages' function bodies are checked and compiled on their
       first calls (see check_body and comp.c), unless GOVM_CHECK_ALL is
       set in the environment (tests use it to check the whole library). */
    bool check_all;
    ObjVec compile_queue; /* compiler: functions whose Func shell exists, in
                             order of creation */
    int compile_next;     /* the first of them not handled yet */
} Program;

Program *prog_new(VM *vm);
void prog_free(Program *p);

/* Loads (parses and checks) the main package from files already added to
   the SourceSet (file indices), and every package it imports. Returns the
   package, or NULL after reporting errors. */
Package *check_main_package(Program *p, const int *files, int nfiles);
/* Loads a built-in library package by import path (parse + check). */
Package *check_import(Program *p, const char *path, Pos pos);
/* True when pkg's function bodies are checked on demand: library packages
   (known good), unless GOVM_CHECK_ALL is set. */
bool check_lazy_bodies(Program *p, Package *pkg);
/* Resolves package-level object o now (the C runtime's links into
   package runtime, vm/api.c). */
void check_resolve(Program *p, Object *o);
/* A library type's methods get their signatures (Method.sig, NULL until
   then) when lookup_field_or_method finds them, or here. */
void check_method_sig(Program *p, Method *m);
/* Checks the body of function or method fn if that has not been done yet
   (with the bodies of the generic instances it creates); the compiler
   calls it for every function it reaches. */
void check_body(Program *p, Object *fn);

/* ---- shared by check*.c ----------------------------------------------- */

typedef struct Checker Checker;
Object *obj_new(Program *p, ObjKind k, const char *name, Pos pos, Type *t);

/* The receiver base type of a method object (or NULL). */
Type *method_recv_base(Object *m);

/* Field or method lookup with embedding (Go spec: Selectors). */
typedef struct Lookup {
    Object *obj;     /* field var or method func (NULL if not found) */
    Field *field;    /* when a field */
    Method *method;  /* when a method */
    int path[16];    /* embedded field indices, then the field index */
    int pathlen;
    bool indirect;   /* a pointer embedded field was traversed */
    bool ambiguous;
    bool ptr_recv_needed; /* method with pointer receiver found */
} Lookup;
bool lookup_field_or_method(Program *p, Type *t, bool addressable, Package *pkg, const char *name, Lookup *out);

/* Interface satisfaction: NULL if t implements iface, else the first missing
   method's name; *why gets Go's detail ("missing method M", "method M has
   pointer receiver", "wrong type for method M"...). */
const char *check_missing_method(Program *p, Type *t, Type *iface, const char **why);
bool check_assignable(Program *p, Type *from, Type *to);

#endif
