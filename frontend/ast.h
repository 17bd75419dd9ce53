/* ast.h - the Go abstract syntax tree.
 *
 * The parser builds it (parse.c), the checker annotates it in place
 * (check*.c: types, constant values, resolved objects), and the compiler
 * walks the annotated tree (comp*.c). All nodes live in the Arena of the
 * compilation that produced them; nothing here is freed node by node.
 *
 * One Node struct with a kind tag and a union per kind. Lists are NodeList
 * (arena-allocated arrays). Identifiers are interned (Interner in util.h), so
 * names compare by pointer.
 */
#ifndef GOVM_AST_H
#define GOVM_AST_H

#include "../vm/util.h"
#include "lex.h"

typedef struct Node Node;
typedef struct Type Type;     /* vm/type.h */
typedef struct Object Object; /* check.h */
typedef struct Const Const;   /* const.h */

typedef struct NodeList {
    Node **items;
    int len, cap;
} NodeList;

typedef enum NodeKind {
    N_BAD,
    /* ---- expressions ---- */
    N_IDENT,        /* name */
    N_BASICLIT,     /* lit: INT FLOAT IMAG CHAR STRING */
    N_COMPOSITELIT, /* type (NULL when elided) { elts } */
    N_KEYVALUE,     /* key: value (only inside composite literals) */
    N_FUNCLIT,      /* func type body */
    N_PAREN,        /* ( x ) */
    N_SELECTOR,     /* x.sel */
    N_INDEX,        /* x[i] or x[T1, T2] (instantiation) */
    N_SLICE,        /* x[lo:hi] / x[lo:hi:max] */
    N_TYPEASSERT,   /* x.(T); type NULL for x.(type) in a type switch */
    N_CALL,         /* fun(args) / fun(args...) */
    N_STAR,         /* *x: dereference or pointer type */
    N_UNARY,        /* op x: + - ! ^ & <- ~ */
    N_BINARY,       /* x op y */
    /* ---- type expressions ---- */
    N_ARRAYTYPE,     /* [len]elem; len NULL for slices, N_ELLIPSIS node for [...]T */
    N_STRUCTTYPE,    /* struct { fields } */
    N_FUNCTYPE,      /* func[typeparams](params) results */
    N_INTERFACETYPE, /* interface { elems } */
    N_MAPTYPE,       /* map[key]value */
    N_CHANTYPE,      /* chan T, chan<- T, <-chan T */
    N_ELLIPSIS,      /* ...elt in a final parameter type, or [...] array length (elt NULL) */
    N_FIELD,         /* names type tag: struct field, parameter, result, type parameter,
                        interface method (names = method name, type = N_FUNCTYPE) or
                        interface embedded element (names empty) */
    /* ---- statements ---- */
    N_DECLSTMT,    /* decl (an N_GENDECL) */
    N_EMPTYSTMT,   /* ; */
    N_LABELED,     /* label: stmt */
    N_EXPRSTMT,    /* x */
    N_SEND,        /* ch <- value */
    N_INCDEC,      /* x++ / x-- */
    N_ASSIGN,      /* lhs op rhs, op in = := += -= ... */
    N_GO,          /* go call */
    N_DEFER,       /* defer call */
    N_RETURN,      /* return results */
    N_BRANCH,      /* break/continue/goto/fallthrough [label] */
    N_BLOCK,       /* { stmts } */
    N_IF,          /* if init; cond then else */
    N_CASECLAUSE,  /* case list: body / default: body (list empty, is_default) */
    N_SWITCH,      /* switch init; tag { clauses } */
    N_TYPESWITCH,  /* switch init; assign { clauses } */
    N_COMMCLAUSE,  /* case comm: body / default: body (comm NULL) */
    N_SELECT,      /* select { clauses } */
    N_FOR,         /* for init; cond; post body */
    N_RANGE,       /* for key, value := range x body */
    /* ---- declarations ---- */
    N_IMPORTSPEC, /* name "path" */
    N_VALUESPEC,  /* names type = values (const and var) */
    N_TYPESPEC,   /* name [typeparams] [=] type */
    N_GENDECL,    /* import/const/type/var ( specs ) */
    N_FUNCDECL,   /* func (recv) name[typeparams](params) results body */
    N_FILE,       /* package name; imports; decls */
    N_KIND_COUNT
} NodeKind;

/* Expression modes, set by the checker (Go's operand modes). */
typedef enum ExprMode {
    MODE_INVALID = 0, /* error already reported */
    MODE_NOVALUE,     /* call of a function without results */
    MODE_BUILTIN,     /* predeclared builtin function (len, append, ...) */
    MODE_TYPE,        /* the expression denotes a type */
    MODE_CONST,       /* constant; node->cval holds the value */
    MODE_VAR,         /* addressable variable */
    MODE_MAPINDEX,    /* m[k]: assignable, not addressable; comma-ok capable */
    MODE_VALUE,       /* computed value */
    MODE_COMMAOK,     /* value that may be used in a two-value assignment
                         (type assertion, channel receive) */
    MODE_NIL,         /* the untyped nil */
    MODE_PKGNAME,     /* an imported package name (only as x in x.Sel) */
} ExprMode;

/* How a selector x.f resolved (set by the checker on N_SELECTOR). */
typedef enum SelKind {
    SEL_NONE = 0,
    SEL_QUALIFIED,  /* pkg.Name: node->obj is the package member */
    SEL_FIELD,      /* struct field, possibly through embedded fields */
    SEL_METHOD,     /* x.m used as a call target or method value */
    SEL_METHODEXPR, /* T.m / (*T).m: a function with the receiver first */
} SelKind;

/* Built-in functions (MODE_BUILTIN identifiers carry one of these). */
typedef enum BuiltinId {
    BI_NONE = 0,
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE,
    BI_IMAG, BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT,
    BI_PRINTLN, BI_REAL, BI_RECOVER,
    /* package unsafe */
    BI_ALIGNOF, BI_OFFSETOF, BI_SIZEOF, BI_ADD, BI_SLICE, BI_SLICEDATA,
    BI_STRING, BI_STRINGDATA,
    BI_COUNT
} BuiltinId;

/* Where the skipped rest of a library type, const or var spec starts:
   its first token in the source, the start of that line and its
   position; or for an implicit const spec the spec it repeats. */
typedef struct LazySpec {
    const char *at, *line_start;
    Pos pos;
    Node *prev;     /* implicit: the previous spec of the group */
    bool has_value; /* a var spec: "= value" follows its type */
} LazySpec;

struct Node {
    NodeKind kind;
    Pos pos; /* position of the node's first token (Go's Pos()) */

    /* ---- checker annotations (expressions) ---- */
    uint8_t mode;   /* ExprMode */
    Type *type;     /* type after checking (untyped constants get their
                       final, defaulted or converted type) */
    Const *cval;    /* value when mode == MODE_CONST */

    union {
        /* N_IDENT */
        struct {
            const char *name; /* interned; "_" is the blank identifier */
            Object *obj;      /* checker: the object declared or referred to */
        } ident;
        /* N_BASICLIT */
        struct {
            TokenKind tok;    /* T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING */
            const char *text; /* literal exactly as written (NUL-terminated) */
            int len;
        } lit;
        /* N_COMPOSITELIT */
        struct {
            Node *type;     /* NULL when elided inside an outer literal */
            NodeList elts;  /* values or N_KEYVALUE */
            Pos lbrace, rbrace;
        } complit;
        /* N_KEYVALUE */
        struct {
            Node *key, *value;
            Pos colon;
        } kv;
        /* N_FUNCLIT */
        struct {
            Node *type; /* N_FUNCTYPE */
            Node *body; /* N_BLOCK */
            void *info; /* checker/compiler: per-function data (FuncInfo) */
        } funclit;
        /* N_PAREN, N_STAR, N_ELLIPSIS (x = elt, may be NULL) */
        struct {
            Node *x;
        } unary1;
        /* N_SELECTOR */
        struct {
            Node *x;
            Node *sel;        /* N_IDENT */
            uint8_t selkind;  /* SelKind */
            Object *obj;      /* field var, method func or package member */
            int *path;        /* field indices from x's struct type down to
                                 the selected field/method's receiver
                                 (embedded fields first); pathlen entries */
            int pathlen;
            bool indirect;    /* a pointer was dereferenced on the way */
        } sel;
        /* N_INDEX */
        struct {
            Node *x;
            NodeList indices; /* one index, or type arguments */
            Pos lbrack, rbrack;
        } index;
        /* N_SLICE */
        struct {
            Node *x, *lo, *hi, *max; /* lo/hi/max may be NULL */
            bool slice3;
            Pos lbrack, rbrack;
        } slice;
        /* N_TYPEASSERT */
        struct {
            Node *x;
            Node *type; /* NULL for .(type) */
            Pos lparen;
        } assert;
        /* N_CALL */
        struct {
            Node *fun;
            NodeList args;
            bool has_dots;  /* f(xs...) */
            Pos lparen, rparen;
            uint8_t builtin; /* checker: BuiltinId when fun is a builtin */
            bool conversion; /* checker: T(x) */
        } call;
        /* N_UNARY */
        struct {
            TokenKind op;
            Node *x;
        } unary;
        /* N_BINARY */
        struct {
            TokenKind op;
            Node *x, *y;
            Pos oppos;
        } binary;
        /* N_ARRAYTYPE */
        struct {
            Node *len; /* NULL: slice; N_ELLIPSIS: [...]T */
            Node *elem;
        } array;
        /* N_STRUCTTYPE */
        struct {
            NodeList fields; /* N_FIELD */
        } structt;
        /* N_FUNCTYPE */
        struct {
            NodeList tparams; /* N_FIELD (type parameters) */
            NodeList params;  /* N_FIELD */
            NodeList results; /* N_FIELD; unnamed single result: one field
                                 with no names */
            /* a function declaration's signature the parser skipped
               (parse_lazy_functype parses it): its '(' in the source (on
               the line of pos) and the start of that line */
            const char *lazy, *lazy_line_start;
        } functype;
        /* N_INTERFACETYPE */
        struct {
            NodeList elems; /* N_FIELD: methods (one name, type N_FUNCTYPE)
                               or embedded elements (no names; type is a type
                               expression, a union x|y as N_BINARY '|', or
                               ~T as N_UNARY T_TILDE) */
        } iface;
        /* N_MAPTYPE */
        struct {
            Node *key, *value;
        } map;
        /* N_CHANTYPE */
        struct {
            int dir; /* CHAN_BOTH, CHAN_SEND (chan<- T), CHAN_RECV (<-chan T) */
            Node *value;
        } chan;
        /* N_FIELD */
        struct {
            NodeList names; /* N_IDENT; empty for anonymous/embedded */
            Node *type;
            Node *tag;      /* N_BASICLIT string or NULL */
            bool embedded;  /* struct: embedded field */
        } field;

        /* N_DECLSTMT */
        struct {
            Node *decl; /* N_GENDECL */
        } declstmt;
        /* N_LABELED */
        struct {
            Node *label; /* N_IDENT */
            Node *stmt;
        } labeled;
        /* N_EXPRSTMT */
        struct {
            Node *x;
        } exprstmt;
        /* N_SEND */
        struct {
            Node *chan, *value;
            Pos arrow;
        } send;
        /* N_INCDEC */
        struct {
            Node *x;
            TokenKind tok; /* T_INC / T_DEC */
            Pos tokpos;
        } incdec;
        /* N_ASSIGN */
        struct {
            NodeList lhs, rhs;
            TokenKind tok; /* T_ASSIGN, T_DEFINE, T_ADD_ASSIGN, ... */
            Pos tokpos;
        } assign;
        /* N_GO, N_DEFER */
        struct {
            Node *call; /* N_CALL (parser reports other forms) */
        } gostmt;
        /* N_RETURN */
        struct {
            NodeList results;
        } ret;
        /* N_BRANCH */
        struct {
            TokenKind tok; /* T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH */
            Node *label;   /* N_IDENT or NULL */
            Node *target;  /* checker: statement the branch leaves/continues
                              (N_FOR/N_RANGE/N_SWITCH/.../N_LABELED for goto) */
        } branch;
        /* N_BLOCK */
        struct {
            NodeList stmts;
            Pos rbrace;
            /* a function body the parser skipped (parse_lazy_body parses
               it): its '{' in the source and the start of that line */
            const char *lazy, *lazy_line_start;
        } block;
        /* N_IF */
        struct {
            Node *init; /* simple statement or NULL */
            Node *cond;
            Node *then; /* N_BLOCK */
            Node *els;  /* N_IF, N_BLOCK or NULL */
        } ifs;
        /* N_CASECLAUSE */
        struct {
            NodeList list; /* expressions (switch) or types (type switch) */
            NodeList body;
            bool is_default;
            Object *implicit; /* type switch: the clause's symbolic variable */
            Pos colon;
        } caseclause;
        /* N_SWITCH */
        struct {
            Node *init; /* or NULL */
            Node *tag;  /* or NULL */
            NodeList clauses;
            Pos rbrace;
        } switchs;
        /* N_TYPESWITCH */
        struct {
            Node *init;   /* or NULL */
            Node *lhs;    /* N_IDENT in `x := y.(type)`, else NULL */
            Node *x;      /* the N_TYPEASSERT y.(type) */
            NodeList clauses;
            Pos rbrace;
        } typeswitch;
        /* N_COMMCLAUSE */
        struct {
            Node *comm; /* N_SEND, N_EXPRSTMT (<-c), N_ASSIGN (v[, ok] = / := <-c),
                           or NULL for default */
            NodeList body;
            Pos colon;
        } commclause;
        /* N_SELECT */
        struct {
            NodeList clauses;
        } select;
        /* N_FOR */
        struct {
            Node *init, *cond, *post; /* each may be NULL */
            Node *body;
            void *loopvars; /* checker: Go 1.22 per-iteration variables */
        } fors;
        /* N_RANGE */
        struct {
            Node *key, *value; /* may be NULL */
            TokenKind tok;     /* T_DEFINE, T_ASSIGN, or T_EOF when absent */
            Node *x;
            Node *body;
        } range;

        /* N_IMPORTSPEC */
        struct {
            Node *name;       /* N_IDENT, "." or "_", or NULL */
            Node *path;       /* N_BASICLIT string */
            void *pkg;        /* checker: the imported Package */
        } import;
        /* N_VALUESPEC */
        struct {
            NodeList names; /* N_IDENT */
            Node *type;     /* or NULL */
            NodeList values;
            int iota;       /* index of the spec within its const group */
            bool implicit;  /* const spec repeating the previous spec's
                               type and values (parser copies the pointers) */
            struct LazySpec *lazy; /* a library spec whose type and values
                                      the parser skipped (parse_lazy_valuespec) */
        } valuespec;
        /* N_TYPESPEC */
        struct {
            Node *name;       /* N_IDENT */
            NodeList tparams; /* N_FIELD; empty if not generic */
            bool alias;       /* type A = B */
            Node *type;       /* NULL while lazy */
            /* a library type the parser skipped (parse_lazy_typespec
               parses it) */
            struct LazySpec *lazy;
        } typespec;
        /* N_GENDECL */
        struct {
            TokenKind tok; /* T_IMPORT T_CONST T_TYPE T_VAR */
            NodeList specs;
        } gendecl;
        /* N_FUNCDECL */
        struct {
            Node *recv;  /* N_FIELD or NULL */
            Node *name;  /* N_IDENT */
            Node *type;  /* N_FUNCTYPE (holds the type parameters) */
            Node *body;  /* N_BLOCK or NULL (native / external) */
            void *info;  /* checker/compiler: FuncInfo */
        } funcdecl;
        /* N_FILE */
        struct {
            Node *pkgname; /* N_IDENT */
            NodeList imports; /* N_IMPORTSPEC (also present within decls) */
            NodeList decls;   /* N_GENDECL, N_FUNCDECL */
            int fileno;       /* index into the file table (Pos.file) */
        } file;
    } u;
};

enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };

/* Node construction (used by the parser and by synthesized code). */
Node *ast_new(Arena *a, NodeKind k, Pos pos);
void nodelist_push(Arena *a, NodeList *l, Node *n); /* amortised growth */

/* Removes any number of enclosing parentheses. */
Node *ast_unparen(Node *n);

/* Writes Go-like source for an expression (used in error messages:
   "x + y (mismatched types ...)"). */
void ast_expr_string(StrBuf *b, const Node *n);

/* Writes an indented tree of the node for debugging (gorun -ast). */
void ast_dump(StrBuf *b, const Node *n, int indent);

const char *ast_kind_name(NodeKind k);

#endif
