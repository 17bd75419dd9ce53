/* check_internal.h - state shared by the checker's files (check*.c only). */
#ifndef GOVM_CHECK_INTERNAL_H
#define GOVM_CHECK_INTERNAL_H

#include "check.h"

/* An operand under evaluation is the checked Node itself: mode, type and
   cval are stored on it (see ast.h). */

/* Statement context flags. */
enum {
    SC_BREAK_OK = 1 << 0,
    SC_CONTINUE_OK = 1 << 1,
    SC_FALLTHROUGH_OK = 1 << 2,
    SC_FINAL_CASE = 1 << 3,
    SC_IN_TYPESWITCH = 1 << 4,
};

/* A label's declaration and use within one function. */
typedef struct LabelInfo {
    Object *obj;
    Node *stmt; /* N_LABELED */
    bool used;
} LabelInfo;

struct Checker {
    Program *p;
    Package *pkg;
    Scope *scope;      /* current innermost scope */
    Scope *file_scope; /* file scope of the declaration being checked */
    FuncInfo *fn;      /* function whose body is being checked, or NULL */
    bool bad_import;   /* an import failed: only import errors are reported */
    Object *decl_obj;  /* package-level object whose init/body is checked:
                          references to package-level vars/funcs become its
                          dependencies */
    Const *iota;       /* value of iota inside a const spec, else NULL */
    VEC(LabelInfo) labels;
    Node *enclosing_stmt[64]; /* break/continue targets (innermost last) */
    int nenclosing;
    int errors_at_func_start;
    bool allow_generic; /* a generic name may appear uninstantiated here
                           (call targets, index expressions) */
    Node *arg_call;     /* the call whose arguments chk_assignment checks
                           with context NULL ("argument to f") */
};

/* The underlying type, or for a type parameter its core type (the common
   underlying type of its type set; itself when there is none). */
static inline Type *cunder(Type *t)
{
    Type *u = type_core(t);
    return u ? u : type_under(t);
}

/* check.c */
void chk_error(Checker *c, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
void chk_soft(Checker *c, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
Pos node_start(const Node *n);       /* types2's StartPos */
const char *chk_pos_str(Checker *c, Pos pos); /* "./x.go:3:5" */
Object *chk_lookup(Checker *c, const char *name);
void chk_resolve_obj(Checker *c, Object *obj); /* package-level objects */
void chk_record_use(Checker *c, Object *obj);  /* deps + captures + used */
Scope *chk_open_scope(Checker *c, Pos pos);
void chk_close_scope(Checker *c);
void chk_declare(Checker *c, Scope *s, Object *obj, Node *id);

/* check_type.c */
Type *chk_typexpr(Checker *c, Node *e);              /* e denotes a type */
Type *chk_functype(Checker *c, Node *ft, Node *recv, FuncInfo *fi);
Type *chk_defined_type(Checker *c, Object *tn);      /* resolve a type decl */
void chk_collect_methods(Checker *c, Type *named);
int64_t chk_array_len(Checker *c, Node *len);

/* check_expr.c */
void chk_expr(Checker *c, Node *e, Type *hint);      /* any single value or type */
void chk_rawexpr(Checker *c, Node *e, Type *hint, bool allow_type);
void chk_multi_expr(Checker *c, Node *e);            /* calls may yield tuples */
void chk_expr_or_type(Checker *c, Node *e);
void chk_convert_untyped(Checker *c, Node *e, Type *target);
void chk_default(Checker *c, Node *e);               /* untyped -> default type */
bool chk_assignment(Checker *c, Node *e, Type *t, const char *context);
bool chk_single_value(Checker *c, Node *e);
void chk_operand_string(Checker *c, StrBuf *b, Node *e);
const char *chk_operand_str(Checker *c, Node *e);    /* arena copy */
const char *chk_expr_str(Checker *c, Node *e);
const char *chk_type_str(Checker *c, Type *t);
bool chk_representable(Checker *c, Node *e, Type *t, bool report);
void chk_index_value(Checker *c, Node *idx, int64_t max, int64_t *out);
bool chk_is_const_expr(const Node *e);
bool chk_comparable_op(Checker *c, Node *x, Node *y, TokenKind op, Pos pos);
void chk_update_type(Checker *c, Node *e, Type *t);
Type *chk_basic(Checker *c, Kind k);
void chk_funclit(Checker *c, Node *e);

/* check_generic.c */
TParams *chk_tparams(Checker *c, NodeList *list, Scope *parent);
Type *chk_constraint_iface(Checker *c, Node *e, const Method *own, int nown, Type **embeds, int nembeds);
Type *chk_instantiate_type(Checker *c, Object *gen, Type **targs, int n, Pos pos);
Object *chk_instantiate_func(Checker *c, Object *gen, Type **targs, int n, Pos pos);
bool chk_infer(Checker *c, Object *gen, Node *call, Type **explicit, int nexplicit, NodeList *args, Type **out);
bool chk_satisfies(Checker *c, Type *t, Type *cons, Pos pos);
bool chk_has_tparams(Type *t);
Type *chk_subst(Checker *c, Type *t, TParams *tp, Type **targs);
void chk_process_pending(Checker *c);

Object *chk_generic_obj(Node *x);
void chk_bind_instance(Node *x, Object *inst);

/* check_call.c */
void chk_call(Checker *c, Node *e);
void chk_builtin(Checker *c, Node *e, BuiltinId id);
void chk_conversion(Checker *c, Node *e, Type *t);
bool chk_convertible(Checker *c, Type *from, Type *to, Node *x);

/* check_stmt.c */
void chk_func_body(Checker *c, FuncInfo *fi, Node *body);
void chk_stmt(Checker *c, Node *s, int ctx);
void chk_block(Checker *c, Node *b, int ctx);
bool chk_is_terminating(Node *s, const char *label);
void chk_var_decl_local(Checker *c, Node *spec);
void chk_const_decl(Checker *c, Node *spec, Scope *into);
void chk_assign_vars(Checker *c, NodeList *lhs, NodeList *rhs, Node *type, const char *context, Pos pos, Object **objs);

#endif
