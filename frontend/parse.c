/* parse.c - the Go parser: tokens to AST.
 *
 * Approach. A hand-written recursive-descent parser over the token stream
 * of lex.c, with one token of lookahead (p->tok) and no backtracking. Its
 * structure deliberately mirrors the Go compiler's own parser
 * (cmd/compile/internal/syntax), because govm must report the same syntax
 * errors at the same positions, and those depend on the exact order in
 * which the grammar is tried: "syntax error: unexpected X, expected Y" names
 * the current token, "in composite literal; possibly missing comma or }"
 * names the list being parsed, and so on. Every node's pos is its first
 * token; operators, brackets and colons have their own fields (ast.h).
 *
 * Ambiguities, resolved as Go's parser does:
 *  - Composite literal or block? In `if x == T{} {`, the first `{` could
 *    open a literal. p->xnest counts enclosing brackets: in a control
 *    clause header it is -1, and a literal whose type is a bare name,
 *    qualified name or instantiation (T{}, pkg.T{}, T[int]{}) is accepted
 *    only when xnest >= 0, i.e. inside ( ), [ ] or another literal.
 *    Literals of array, slice, struct and map types are always accepted.
 *  - Type parameters or array length? `type T[P *C] ...` is parsed as an
 *    expression `P *C` first, then split (extract_name) into the parameter
 *    name P and its constraint *C when the rest is a type element or a
 *    comma follows; otherwise it is an array length.
 *  - Index or instantiation? `a[b](c)`, `F[int](x)`, `List[K, V]{}` all
 *    parse as N_INDEX (several indices for type argument lists); the checker
 *    decides. Arguments after the first must be types (as in Go).
 *  - `<-chan T` vs `<-x`: the operand after `<-` is parsed first; if it is a
 *    channel type the arrow is re-associated with it (`<-chan <-chan int`).
 *  - Parameter lists `(a, b int)` vs `(int, string)`: all entries are
 *    collected, then either every entry has a type (names become types) or
 *    names are given their types right to left; a mix is an error.
 *
 * Error recovery. After an error the parser skips tokens (advance) to a
 * token that may follow the construct being parsed or, inside a function,
 * to a keyword that starts a statement. Errors go through syntax_error_at,
 * which, like Go's, stays silent at EOF once an error was reported; the
 * "one syntax error per line" rule of cmd/compile is applied when the
 * diagnostics are printed (diag_print), so one mistake yields one message.
 *
 * Robustness. Every loop consumes a token or stops at EOF. Recursion is
 * bounded (MAX_DEPTH): past it the parser reports "nesting too deep" once
 * and skips to EOF, so no input can overflow the C stack here, and the
 * nesting of the tree is bounded for later passes too. Chains built by
 * loops, x+y+z..., a.b.c..., f()()..., are not bounded: real code has
 * string concatenations of thousands of terms (time/tzdata has 7000), and
 * their left-deep trees are as high as they are long. Passes that recurse
 * into the left operand should iterate along such spines instead.
 */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bound on the recursion depth of the parser, and so on the nesting of
   the tree it builds (except left-deep chains, see below). At -O2 a level
   costs well under 400 bytes of C stack. */
enum { MAX_DEPTH = 1000 };

typedef struct Parser {
    Arena *a;
    SourceSet *ss;
    Lexer lx;
    Token tok;     /* the current token */
    int fnest;     /* function nesting; > 0 enables statement keywords as
                      recovery points */
    int xnest;     /* expression nesting; -1 in control clause headers */
    int depth;     /* recursion depth, <= MAX_DEPTH */
    int diag_base; /* ss->diags.len when parsing began */
    int open;      /* ( [ { seen minus ) ] } seen (REPL continuation) */
    bool aborted;  /* nesting limit hit: the rest was skipped */
    bool lazy_bodies; /* parse_file_lazy */
} Parser;

/* A parameter being collected by param_list (names get their types later). */
typedef struct Param {
    Node *name, *type;
} Param;

static Node *expr(Parser *p);
static Node *binary_expr(Parser *p, Node *x, int prec);
static Node *unary_expr(Parser *p);
static Node *primary_expr(Parser *p, Node *x);
static Node *type_(Parser *p);
static Node *type_or_nil(Parser *p);
static Node *func_type(Parser *p, const char *context, Pos pos);
static Node *block_stmt(Parser *p, const char *context);
static Node *func_body(Parser *p);
static Node *stmt_or_nil(Parser *p);
static void stmt_list(Parser *p, NodeList *out);
static Node *simple_stmt(Parser *p, NodeList *lhs, TokenKind keyword);
static Node *embedded_elem(Parser *p, Node *type);
static Pos param_list(Parser *p, Node *name, Node *typ, TokenKind close, bool require_names,
                      NodeList *out);

/* ---- tokens --------------------------------------------------------- */

static void next(Parser *p)
{
    p->tok = lex_next(&p->lx);
    switch (p->tok.kind) {
    case T_LPAREN: case T_LBRACK: case T_LBRACE: p->open++; break;
    case T_RPAREN: case T_RBRACK: case T_RBRACE: p->open--; break;
    default: break;
    }
}

static bool is_literal(TokenKind k)
{
    return k >= T_INT && k <= T_STRING;
}

static bool is_assign_op(TokenKind k)
{
    return k >= T_ADD_ASSIGN && k <= T_AND_NOT_ASSIGN;
}

/* Go's _Operator token class (operators other than * <- and assignments). */
static bool is_operator(TokenKind k)
{
    return (k >= T_ADD && k <= T_AND_NOT && k != T_MUL) || k == T_LAND || k == T_LOR ||
           (k >= T_EQL && k <= T_GEQ && k != T_ASSIGN) || k == T_TILDE;
}

static int binary_prec(TokenKind k)
{
    switch (k) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 3;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND: case T_AND_NOT:
        return 5;
    default: return 0;
    }
}

/* What a semicolon token was: "semicolon", "newline" or "EOF". */
static const char *semi_lit(const Token *t)
{
    return t->len == 0 ? "EOF" : t->text[0] == '\n' ? "newline" : "semicolon";
}

/* Go's tokstring: the token as named in "expected X". */
static const char *tokstring(TokenKind k)
{
    return k == T_COMMA ? "comma" : k == T_SEMICOLON ? "semicolon or newline" : tok_str(k);
}

/* The current token as named in "unexpected X": Go 1.22's wording, where
   names and keywords appear bare ("unexpected foo", "unexpected else");
   Go 1.23 writes "name foo" and "keyword else" instead. */
static void describe_tok(const Parser *p, StrBuf *b)
{
    const Token *t = &p->tok;
    if (t->kind == T_IDENT) sb_puts(b, t->text);
    else if (t->kind == T_SEMICOLON) sb_puts(b, semi_lit(t));
    else if (is_literal(t->kind)) sb_printf(b, "literal %.*s", t->len, t->text);
    else sb_puts(b, tokstring(t->kind));
}

/* ---- errors --------------------------------------------------------- */

static bool has_errors(const Parser *p)
{
    return p->ss->diags.len > p->diag_base;
}

/* A plain error, not prefixed with "syntax error:" (Go's p.errorAt). */
static void error_at(Parser *p, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void error_at(Parser *p, Pos pos, const char *fmt, ...)
{
    if (p->aborted) return;
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    diag_error(p->ss, pos, "%s", b.data);
    sb_free(&b);
}

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Go's syntaxErrorAt: messages starting with "in ", "at ", "after " or
   "expected " are completed with the current token ("unexpected X in ..."),
   others are printed as they are. Silent at EOF after a first error. */
static void syntax_error_at(Parser *p, Pos pos, const char *msg)
{
    if (p->aborted || (p->tok.kind == T_EOF && has_errors(p))) return;
    const char *sep = NULL;
    if (!*msg) sep = "";
    else if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after ")) sep = " ";
    else if (starts_with(msg, "expected ")) sep = ", ";
    if (!sep) {
        diag_error(p->ss, pos, "syntax error: %s", msg);
        return;
    }
    StrBuf b;
    sb_init(&b);
    describe_tok(p, &b);
    diag_error(p->ss, pos, "syntax error: unexpected %s%s%s", b.data, sep, msg);
    sb_free(&b);
}

static void syntax_errorf(Parser *p, const char *fmt, ...) PRINTF_LIKE(2, 3);
static void syntax_errorf(Parser *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    StrBuf b;
    sb_init(&b);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    syntax_error_at(p, p->tok.pos, b.data ? b.data : "");
    sb_free(&b);
}

#define syntax_error(p, msg) syntax_error_at((p), (p)->tok.pos, (msg))

/* Keywords that start statements: recovery points inside functions. */
static bool in_stopset(TokenKind k)
{
    switch (k) {
    case T_BREAK: case T_CONST: case T_CONTINUE: case T_DEFER: case T_FALLTHROUGH:
    case T_FOR: case T_GO: case T_GOTO: case T_IF: case T_RETURN: case T_SELECT:
    case T_SWITCH: case T_TYPE: case T_VAR:
        return true;
    default: return false;
    }
}

/* In follow lists: any token of Go's _Operator class. */
#define ANY_OP T_ILLEGAL

/* Go's advance: with an empty follow list, skips exactly one token;
   otherwise skips to EOF, a token of the list or (inside a function) a
   statement keyword. */
static void advance_to(Parser *p, const TokenKind *follow, int n)
{
    if (n == 0) {
        if (p->tok.kind != T_EOF) next(p);
        return;
    }
    for (; p->tok.kind != T_EOF; next(p)) {
        if (p->fnest > 0 && in_stopset(p->tok.kind)) return;
        for (int i = 0; i < n; i++) {
            if (p->tok.kind == follow[i] || (follow[i] == ANY_OP && is_operator(p->tok.kind))) return;
        }
    }
}

#define advance(p, ...) \
    advance_to((p), (const TokenKind[]){__VA_ARGS__}, \
               (int)(sizeof((const TokenKind[]){__VA_ARGS__}) / sizeof(TokenKind)))

static void skip_token(Parser *p)
{
    advance_to(p, NULL, 0);
}

static bool got(Parser *p, TokenKind k)
{
    if (p->tok.kind != k) return false;
    next(p);
    return true;
}

static void want(Parser *p, TokenKind k)
{
    if (got(p, k)) return;
    syntax_errorf(p, "expected %s", tokstring(k));
    skip_token(p);
}

/* got(=), but also accepts := (with an error) for better recovery. */
static bool got_assign(Parser *p)
{
    if (p->tok.kind == T_DEFINE) syntax_error(p, "expected =");
    else if (p->tok.kind != T_ASSIGN) return false;
    next(p);
    return true;
}

/* ---- depth budget --------------------------------------------------- */

static void abort_parse(Parser *p)
{
    if (!p->aborted) diag_error(p->ss, p->tok.pos, "syntax error: nesting too deep");
    p->aborted = true;
    while (p->tok.kind != T_EOF) next(p);
}

/* Enters one level of nesting; false (after aborting) when too deep. */
static bool enter(Parser *p)
{
    if (p->depth >= MAX_DEPTH || p->aborted) {
        abort_parse(p);
        return false;
    }
    p->depth++;
    return true;
}

static void leave(Parser *p)
{
    p->depth--;
}

/* ---- node helpers --------------------------------------------------- */

static Node *new_node(Parser *p, NodeKind k, Pos pos)
{
    return ast_new(p->a, k, pos);
}

static Node *bad_at(Parser *p, Pos pos)
{
    return new_node(p, N_BAD, pos);
}

static Node *bad(Parser *p)
{
    return bad_at(p, p->tok.pos);
}

static Node *new_ident(Parser *p, Pos pos, const char *name)
{
    Node *n = new_node(p, N_IDENT, pos);
    n->u.ident.name = intern_cstr(p->lx.names, name);
    return n;
}

static void push(Parser *p, NodeList *l, Node *n)
{
    nodelist_push(p->a, l, n);
}

static Node *new_binary(Parser *p, TokenKind op, Pos oppos, Node *x, Node *y)
{
    Node *n = new_node(p, N_BINARY, x->pos);
    n->u.binary.op = op;
    n->u.binary.oppos = oppos;
    n->u.binary.x = x;
    n->u.binary.y = y;
    return n;
}

static Node *new_unary1(Parser *p, NodeKind k, Pos pos, Node *x)
{
    Node *n = new_node(p, k, pos);
    n->u.unary1.x = x;
    return n;
}

static Node *new_field(Parser *p, Pos pos, Node *name, Node *type, Node *tag)
{
    Node *f = new_node(p, N_FIELD, pos);
    if (name) push(p, &f->u.field.names, name);
    f->u.field.type = type;
    f->u.field.tag = tag;
    return f;
}

/* ---- lists ---------------------------------------------------------- */

typedef bool (*ListElem)(Parser *p, void *ctx);

/* Go's list: [ f { sep f } [sep] ] close. f returns true to end the list
   early. Returns the position of the closing token. */
static Pos parse_list(Parser *p, const char *context, TokenKind sep, TokenKind close, ListElem f,
                      void *ctx)
{
    bool done = false;
    while (p->tok.kind != T_EOF && p->tok.kind != close && !done) {
        done = f(p, ctx);
        if (!got(p, sep) && p->tok.kind != close) {
            syntax_errorf(p, "in %s; possibly missing %s or %s", context, tokstring(sep), tokstring(close));
            advance(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (p->tok.kind != close) return p->tok.pos;
        }
    }
    Pos pos = p->tok.pos;
    want(p, close);
    return pos;
}

/* ---- common productions --------------------------------------------- */

static Node *name(Parser *p)
{
    if (p->tok.kind == T_IDENT) {
        Node *n = new_node(p, N_IDENT, p->tok.pos);
        n->u.ident.name = p->tok.text;
        next(p);
        return n;
    }
    Node *n = new_ident(p, p->tok.pos, "_");
    syntax_error(p, "expected name");
    skip_token(p);
    return n;
}

static void name_list(Parser *p, Node *first, NodeList *out)
{
    push(p, out, first);
    while (got(p, T_COMMA)) push(p, out, name(p));
}

/* A basic literal, or NULL if the current token is none. */
static Node *oliteral(Parser *p)
{
    if (!is_literal(p->tok.kind)) return NULL;
    Node *n = new_node(p, N_BASICLIT, p->tok.pos);
    n->u.lit.tok = p->tok.kind;
    n->u.lit.text = arena_strndup(p->a, p->tok.text, (size_t)p->tok.len);
    n->u.lit.len = p->tok.len;
    next(p);
    return n;
}

static void expr_list(Parser *p, NodeList *out)
{
    push(p, out, expr(p));
    while (got(p, T_COMMA)) push(p, out, expr(p));
}

/* Go's typeList: arg { "," arg } [","]; the first element may be an
   expression unless strict, the others must be types. Returns whether
   there was a comma. */
static bool type_list(Parser *p, bool strict, NodeList *out)
{
    bool comma = false;
    p->xnest++;
    push(p, out, strict ? type_(p) : expr(p));
    if (got(p, T_COMMA)) {
        comma = true;
        Node *t;
        while ((t = type_or_nil(p)) != NULL) {
            push(p, out, t);
            if (!got(p, T_COMMA)) break;
        }
    }
    p->xnest--;
    return comma;
}

/* ---- types ---------------------------------------------------------- */

static Node *type_(Parser *p)
{
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p);
        syntax_error(p, "expected type");
        advance(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* x[T1, T2] in a type context; lx at "[". */
static Node *type_instance(Parser *p, Node *x)
{
    Node *n = new_node(p, N_INDEX, x->pos);
    n->u.index.x = x;
    n->u.index.lbrack = p->tok.pos;
    want(p, T_LBRACK);
    if (p->tok.kind == T_RBRACK) {
        syntax_error(p, "expected type argument list");
        push(p, &n->u.index.indices, bad(p));
    } else {
        type_list(p, true, &n->u.index.indices);
    }
    n->u.index.rbrack = p->tok.pos;
    want(p, T_RBRACK);
    return n;
}

/* name, pkg.name, possibly instantiated; name may be given. */
static Node *qualified_name(Parser *p, Node *x)
{
    if (!x && p->tok.kind == T_IDENT) {
        x = name(p);
    } else if (!x) {
        x = new_ident(p, p->tok.pos, "_");
        syntax_error(p, "expected name");
        advance(p, T_PERIOD, T_SEMICOLON, T_RBRACE);
    }
    if (p->tok.kind == T_PERIOD) {
        Node *s = new_node(p, N_SELECTOR, x->pos);
        next(p);
        s->u.sel.x = x;
        s->u.sel.sel = name(p);
        x = s;
    }
    if (p->tok.kind == T_LBRACK) x = type_instance(p, x);
    return x;
}

static Node *slice_type(Parser *p, Pos lbrack)
{
    Node *t = new_node(p, N_ARRAYTYPE, lbrack);
    t->u.array.elem = type_(p);
    return t;
}

/* [len]elem after "["; len may be given (already parsed). */
static Node *array_type(Parser *p, Pos lbrack, Node *len)
{
    if (!len && p->tok.kind == T_ELLIPSIS) {
        len = new_unary1(p, N_ELLIPSIS, p->tok.pos, NULL);
        next(p);
    } else if (!len) {
        p->xnest++;
        len = expr(p);
        p->xnest--;
    }
    if (p->tok.kind == T_COMMA) {
        syntax_error(p, "unexpected comma; expected ]");
        next(p);
    }
    want(p, T_RBRACK);
    Node *t = new_node(p, N_ARRAYTYPE, lbrack);
    t->u.array.len = len;
    t->u.array.elem = type_(p);
    return t;
}

static Node *chan_elem(Parser *p)
{
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

static Node *chan_type(Parser *p, Pos pos, int dir)
{
    Node *t = new_node(p, N_CHANTYPE, pos);
    t->u.chan.dir = dir;
    t->u.chan.value = chan_elem(p);
    return t;
}

static Node *map_type(Parser *p, Pos pos)
{
    Node *t = new_node(p, N_MAPTYPE, pos);
    want(p, T_LBRACK);
    t->u.map.key = type_(p);
    want(p, T_RBRACK);
    t->u.map.value = type_(p);
    return t;
}

/* [n]E, or the type arguments of an embedded/parameter type x[T, ...]
   (an N_INDEX whose x the caller fills in). */
static Node *array_or_targs(Parser *p)
{
    Pos lbrack = p->tok.pos;
    want(p, T_LBRACK);
    if (got(p, T_RBRACK)) return slice_type(p, lbrack);
    NodeList list = {0};
    bool comma = type_list(p, false, &list);
    Pos rbrack = p->tok.pos;
    want(p, T_RBRACK);
    if (!comma) {
        Node *elem = type_or_nil(p);
        if (elem) {
            Node *t = new_node(p, N_ARRAYTYPE, lbrack);
            t->u.array.len = list.items[0];
            t->u.array.elem = elem;
            return t;
        }
    }
    Node *t = new_node(p, N_INDEX, lbrack);
    t->u.index.indices = list;
    t->u.index.lbrack = lbrack;
    t->u.index.rbrack = rbrack;
    return t;
}

/* Completes an N_INDEX from array_or_targs with its operand. */
static Node *set_index_x(Node *t, Node *x)
{
    t->u.index.x = x;
    t->pos = x->pos;
    return t;
}

static Node *embedded_field(Parser *p, Pos pos, Node *type)
{
    Node *f = new_field(p, pos, NULL, type, NULL);
    f->u.field.embedded = true;
    f->u.field.tag = oliteral(p);
    return f;
}

/* Field declaration starting with a name: "a, b T", "T", "pkg.T", "T[A]". */
static Node *named_field_decl(Parser *p)
{
    Pos pos = p->tok.pos;
    Node *n = name(p);
    if (p->tok.kind == T_PERIOD || is_literal(p->tok.kind) || p->tok.kind == T_SEMICOLON ||
        p->tok.kind == T_RBRACE)
        return embedded_field(p, pos, qualified_name(p, n));
    Node *f = new_field(p, pos, NULL, NULL, NULL);
    name_list(p, n, &f->u.field.names);
    if (f->u.field.names.len == 1 && p->tok.kind == T_LBRACK) {
        Node *t = array_or_targs(p);
        if (t->kind == N_INDEX) return embedded_field(p, pos, set_index_x(t, n));
        f->u.field.type = t;
    } else {
        f->u.field.type = type_(p);
    }
    f->u.field.tag = oliteral(p);
    return f;
}

/* "*T" or "(T)" / "(*T)" (the latter two are errors) embedded fields. */
static Node *embedded_star_or_paren(Parser *p)
{
    Pos pos = p->tok.pos;
    bool star = got(p, T_MUL);
    Node *typ;
    if (p->tok.kind == T_LPAREN) {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        if (!star && p->tok.kind == T_MUL) {
            Pos spos = p->tok.pos;
            next(p);
            typ = new_unary1(p, N_STAR, spos, qualified_name(p, NULL));
        } else {
            typ = qualified_name(p, NULL);
        }
        got(p, T_RPAREN);
    } else {
        typ = qualified_name(p, NULL);
    }
    return embedded_field(p, pos, star ? new_unary1(p, N_STAR, pos, typ) : typ);
}

static bool field_decl(Parser *p, void *ctx)
{
    Node *st = ctx;
    Node *f = NULL;
    switch (p->tok.kind) {
    case T_IDENT: f = named_field_decl(p); break;
    case T_MUL:
    case T_LPAREN: f = embedded_star_or_paren(p); break;
    default:
        syntax_error(p, "expected field name or embedded type");
        advance(p, T_SEMICOLON, T_RBRACE);
        return false;
    }
    push(p, &st->u.structt.fields, f);
    return false;
}

static Node *struct_type(Parser *p)
{
    Node *t = new_node(p, N_STRUCTTYPE, p->tok.pos);
    want(p, T_STRUCT);
    want(p, T_LBRACE);
    parse_list(p, "struct type", T_SEMICOLON, T_RBRACE, field_decl, t);
    return t;
}

/* A method "m(params) results" after its name; tparams (an error) too. */
static Node *method_field(Parser *p, Pos pos, Node *n)
{
    Node *ft = func_type(p, "interface method", p->tok.pos);
    return new_field(p, pos, n, ft, NULL);
}

/* "name[" in an interface: a generic method (an error) or an embedded
   instantiated type name[T1, T2]. */
static Node *method_or_instance(Parser *p, Pos pos, Node *n)
{
    Pos lbrack = p->tok.pos;
    next(p);
    if (p->tok.kind == T_RBRACK) {
        Pos rbrack = p->tok.pos;
        next(p);
        if (p->tok.kind == T_LPAREN) {
            error_at(p, rbrack, "empty type parameter list");
            return method_field(p, pos, n);
        }
        error_at(p, rbrack, "empty type argument list");
        return new_field(p, pos, NULL, n, NULL);
    }
    NodeList list = {0};
    Pos rbrack = param_list(p, NULL, NULL, T_RBRACK, false, &list);
    if (list.len == 0) {
        if (p->tok.kind == T_LPAREN) return method_field(p, pos, n);
        return new_field(p, pos, NULL, n, NULL);
    }
    if (list.items[0]->u.field.names.len > 0) {
        Node *f = method_field(p, pos, n);
        error_at(p, lbrack, "interface method must have no type parameters");
        return f;
    }
    Node *t = new_node(p, N_INDEX, n->pos);
    t->u.index.x = n;
    t->u.index.lbrack = lbrack;
    t->u.index.rbrack = rbrack;
    for (int i = 0; i < list.len; i++) push(p, &t->u.index.indices, list.items[i]->u.field.type);
    return new_field(p, pos, NULL, t, NULL);
}

/* Interface element starting with a name: method or embedded type. */
static Node *method_decl(Parser *p)
{
    Pos pos = p->tok.pos;
    Node *n = name(p);
    switch (p->tok.kind) {
    case T_LPAREN: return method_field(p, pos, n);
    case T_LBRACK: return method_or_instance(p, pos, n);
    default: return new_field(p, pos, NULL, qualified_name(p, n), NULL);
    }
}

/* ~T or T, a term of a type union. */
static Node *embedded_term(Parser *p)
{
    if (p->tok.kind == T_TILDE) {
        Node *t = new_node(p, N_UNARY, p->tok.pos);
        t->u.unary.op = T_TILDE;
        next(p);
        t->u.unary.x = type_(p);
        return t;
    }
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p);
        syntax_error(p, "expected ~ term or type");
        advance(p, ANY_OP, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* A union of terms; the first term may be given. */
static Node *embedded_elem(Parser *p, Node *type)
{
    if (!type) type = embedded_term(p);
    while (p->tok.kind == T_OR) {
        Pos op = p->tok.pos;
        next(p);
        type = new_binary(p, T_OR, op, type, embedded_term(p));
    }
    return type;
}

static bool iface_elem(Parser *p, void *ctx)
{
    Node *it = ctx;
    Node *f = NULL;
    if (p->tok.kind == T_IDENT) f = method_decl(p);
    if (!f) {
        Pos pos = p->tok.pos;
        f = new_field(p, pos, NULL, embedded_elem(p, NULL), NULL);
    } else if (f->u.field.names.len == 0) {
        f->u.field.type = embedded_elem(p, f->u.field.type);
    }
    push(p, &it->u.iface.elems, f);
    return false;
}

static Node *interface_type(Parser *p)
{
    Node *t = new_node(p, N_INTERFACETYPE, p->tok.pos);
    want(p, T_INTERFACE);
    want(p, T_LBRACE);
    parse_list(p, "interface type", T_SEMICOLON, T_RBRACE, iface_elem, t);
    return t;
}

/* Go's typeOrNil: a type, or NULL (without error) if none starts here. */
static Node *type_or_nil_at(Parser *p)
{
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case T_MUL: next(p); return new_unary1(p, N_STAR, pos, type_(p));
    case T_ARROW:
        next(p);
        want(p, T_CHAN);
        return chan_type(p, pos, CHAN_RECV);
    case T_FUNC: next(p); return func_type(p, "function type", pos);
    case T_LBRACK:
        next(p);
        if (got(p, T_RBRACK)) return slice_type(p, pos);
        return array_type(p, pos, NULL);
    case T_CHAN:
        next(p);
        return chan_type(p, pos, got(p, T_ARROW) ? CHAN_SEND : CHAN_BOTH);
    case T_MAP: next(p); return map_type(p, pos);
    case T_STRUCT: return struct_type(p);
    case T_INTERFACE: return interface_type(p);
    case T_IDENT: return qualified_name(p, NULL);
    case T_LPAREN: {
        next(p);
        Node *t = type_(p);
        want(p, T_RPAREN);
        return t;
    }
    default: return NULL;
    }
}

static Node *type_or_nil(Parser *p)
{
    if (!enter(p)) return bad(p);
    Node *t = type_or_nil_at(p);
    leave(p);
    return t;
}

/* Result = Parameters | Type. */
static void func_result(Parser *p, NodeList *out)
{
    if (got(p, T_LPAREN)) {
        param_list(p, NULL, NULL, T_RPAREN, false, out);
        return;
    }
    Pos pos = p->tok.pos;
    Node *t = type_or_nil(p);
    if (t) push(p, out, new_field(p, pos, NULL, t, NULL));
}

/* [TypeParams] Parameters [Result]; type parameters are an error when
   context is not NULL. pos is the position the node gets. */
static Node *func_type(Parser *p, const char *context, Pos pos)
{
    Node *t = new_node(p, N_FUNCTYPE, pos);
    Pos lbrack = p->tok.pos;
    if (got(p, T_LBRACK)) {
        if (context) {
            char msg[64];
            snprintf(msg, sizeof msg, "%s must have no type parameters", context);
            syntax_error_at(p, lbrack, msg);
        }
        if (p->tok.kind == T_RBRACK) {
            syntax_error(p, "empty type parameter list");
            next(p);
        } else {
            param_list(p, NULL, NULL, T_RBRACK, true, &t->u.functype.tparams);
        }
    }
    want(p, T_LPAREN);
    param_list(p, NULL, NULL, T_RPAREN, false, &t->u.functype.params);
    func_result(p, &t->u.functype.results);
    return t;
}

/* ---- parameter lists ------------------------------------------------ */

/* "name" followed by "[", ".", or "|" in a parameter declaration. */
static bool param_named_type(Parser *p, Node *n, bool tsets, Param *out)
{
    if (p->tok.kind == T_LBRACK) {
        Node *t = array_or_targs(p);
        if (t->kind == N_INDEX) {
            out->type = set_index_x(t, n);
        } else {
            out->name = n;
            out->type = t;
        }
    } else if (p->tok.kind == T_PERIOD) {
        out->type = qualified_name(p, n);
    } else if (tsets && p->tok.kind == T_OR) {
        out->type = n;
    } else {
        return false;
    }
    if (tsets && p->tok.kind == T_OR) out->type = embedded_elem(p, out->type);
    return true;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type (one name at a time);
   the name may be given. Returns false, after an error, if there was
   neither name nor type. */
static bool param_decl(Parser *p, Node *n, TokenKind follow, Param *out)
{
    bool tsets = follow == T_RBRACK; /* type sets are allowed in type parameter lists */
    out->name = out->type = NULL;
    if (!n && tsets && p->tok.kind == T_TILDE) {
        out->type = embedded_elem(p, NULL);
        return true;
    }
    if (p->tok.kind == T_IDENT || n) {
        if (!n) n = name(p);
        if (param_named_type(p, n, tsets, out)) return true;
        out->name = n;
    }
    if (p->tok.kind == T_ELLIPSIS) {
        Node *t = new_unary1(p, N_ELLIPSIS, p->tok.pos, NULL);
        next(p);
        t->u.unary1.x = type_or_nil(p);
        if (!t->u.unary1.x) {
            t->u.unary1.x = bad(p);
            syntax_error(p, "... is missing type");
        }
        out->type = t;
        return true;
    }
    if (tsets && p->tok.kind == T_TILDE) {
        out->type = embedded_elem(p, NULL);
        return true;
    }
    out->type = type_or_nil(p);
    if (tsets && p->tok.kind == T_OR && out->type) out->type = embedded_elem(p, out->type);
    if (out->name || out->type) return true;
    syntax_errorf(p, "expected %s", tokstring(follow));
    advance(p, T_COMMA, follow);
    return false;
}

typedef struct ParamCtx {
    VEC(Param) list; /* in inl until it outgrows it */
    Param inl[8];
    Node *name, *typ; /* a first entry already parsed (typ may be NULL) */
    TokenKind close;
    int named, typed;
} ParamCtx;

/* Most parameter lists are short: no heap allocation for them (the
   library's signatures are parsed at every start-up). */
static void param_push(ParamCtx *c, Param par)
{
    if (c->list.len == c->list.cap) {
        if (!c->list.items) {
            c->list.items = c->inl;
            c->list.cap = (int)ARRAY_LEN(c->inl);
        } else {
            int cap = c->list.cap * 2;
            Param *items = util_malloc(sizeof(Param) * (size_t)cap);
            memcpy(items, c->list.items, sizeof(Param) * (size_t)c->list.len);
            if (c->list.items != c->inl) free(c->list.items);
            c->list.items = items;
            c->list.cap = cap;
        }
    }
    c->list.items[c->list.len++] = par;
}

static bool param_elem(Parser *p, void *vctx)
{
    ParamCtx *c = vctx;
    Param par;
    bool ok = true;
    if (c->typ) {
        par.name = c->name;
        par.type = c->typ;
    } else {
        ok = param_decl(p, c->name, c->close, &par);
    }
    c->name = c->typ = NULL;
    if (ok) {
        c->named += par.name && par.type;
        c->typed += par.type != NULL;
        param_push(c, par);
    }
    return false;
}

/* Some entries have names and types: give the names without type the
   type to their right; report names without a type or types without a
   name (Go's wording and positions). */
static void distribute_types(Parser *p, ParamCtx *c, bool require_names, Pos end)
{
    Pos errpos = {0};
    Node *typ = NULL;
    for (int i = c->list.len - 1; i >= 0; i--) {
        Param *par = &c->list.items[i];
        if (par->type) {
            typ = par->type;
            if (!par->name) {
                errpos = typ->pos;
                par->name = new_ident(p, errpos, "_");
            }
        } else if (typ) {
            par->type = typ;
        } else {
            errpos = par->name->pos;
            par->type = bad_at(p, errpos);
        }
    }
    if (errpos.line == 0) return;
    const char *msg = "mixed named and unnamed parameters";
    if (require_names && c->named == c->typed) {
        errpos = end;
        msg = "missing type constraint";
    } else if (require_names) {
        msg = c->list.len == 1 ? "missing type parameter name or invalid array length"
                               : "missing type parameter name";
    }
    syntax_error_at(p, errpos, msg);
}

/* Turns the entries into N_FIELDs; consecutive names sharing one type
   node (written "a, b T") share one field. */
static void build_fields(Parser *p, ParamCtx *c, NodeList *out)
{
    Node *last = NULL;
    for (int i = 0; i < c->list.len; i++) {
        Param *par = &c->list.items[i];
        if (last && par->name && last->u.field.names.len > 0 && last->u.field.type == par->type) {
            push(p, &last->u.field.names, par->name);
            continue;
        }
        Pos pos = par->name ? par->name->pos : par->type->pos;
        last = new_field(p, pos, par->name, par->type, NULL);
        push(p, out, last);
    }
}

/* Parameters after "(" or "[" up to close. name (and typ) may be a first
   entry already parsed. Returns the position of the closing token. */
static Pos param_list(Parser *p, Node *name, Node *typ, TokenKind close, bool require_names,
                      NodeList *out)
{
    ParamCtx c = {.name = name, .typ = typ, .close = close};
    Pos end;
    if (name && typ && p->tok.kind == close) {
        end = p->tok.pos;
        next(p);
        Param par = {name, typ};
        param_push(&c, par);
        c.named = c.typed = 1;
    } else {
        end = parse_list(p, "parameter list", T_COMMA, close, param_elem, &c);
    }
    if (c.list.len > 0) {
        if (c.named == 0 && !require_names) {
            for (int i = 0; i < c.list.len; i++) {
                Param *par = &c.list.items[i];
                if (par->name) {
                    par->type = par->name;
                    par->name = NULL;
                }
            }
        } else if (c.named != c.list.len) {
            distribute_types(p, &c, require_names, end);
        }
        build_fields(p, &c, out);
    }
    if (c.list.items != c.inl) free(c.list.items);
    return end;
}

/* ---- expressions ---------------------------------------------------- */

static Node *expr(Parser *p)
{
    return binary_expr(p, NULL, 0);
}

/* Expression = UnaryExpr | Expression binary_op Expression; x may be a
   first operand already parsed. */
static Node *binary_expr(Parser *p, Node *x, int prec)
{
    if (!x) x = unary_expr(p);
    int tprec;
    while ((tprec = binary_prec(p->tok.kind)) > prec) {
        TokenKind op = p->tok.kind;
        Pos oppos = p->tok.pos;
        next(p);
        x = new_binary(p, op, oppos, x, binary_expr(p, NULL, tprec));
    }
    return x;
}

/* After "<-" came a channel type: "<-chan T" binds the arrow to it, and
   "<-chan<- T" becomes "<-chan (<-T)" when T is itself a channel type. */
static Node *reassociate_recv(Parser *p, Node *x)
{
    int dir = CHAN_SEND;
    Node *t = x;
    while (dir == CHAN_SEND && t && t->kind == N_CHANTYPE) {
        dir = t->u.chan.dir;
        if (dir == CHAN_RECV) syntax_error(p, "unexpected <-, expected chan");
        t->u.chan.dir = CHAN_RECV;
        t = t->u.chan.value;
    }
    if (dir == CHAN_SEND) {
        StrBuf b;
        sb_init(&b);
        ast_expr_string(&b, t);
        syntax_errorf(p, "unexpected %s, expected chan", b.data ? b.data : "");
        sb_free(&b);
    }
    return x;
}

static Node *unary_op(Parser *p)
{
    TokenKind op = p->tok.kind;
    Pos pos = p->tok.pos;
    next(p);
    if (op == T_MUL) return new_unary1(p, N_STAR, pos, unary_expr(p));
    if (op == T_ARROW) {
        Node *x = unary_expr(p);
        if (x->kind == N_CHANTYPE) {
            x->pos = pos; /* the type now starts at the arrow */
            return reassociate_recv(p, x);
        }
        Node *n = new_node(p, N_UNARY, pos);
        n->u.unary.op = T_ARROW;
        n->u.unary.x = x;
        return n;
    }
    Node *n = new_node(p, N_UNARY, pos);
    n->u.unary.op = op;
    n->u.unary.x = unary_expr(p);
    /* &(T{}) is &T{}: the parentheses only protected the literal */
    if (op == T_AND) n->u.unary.x = ast_unparen(n->u.unary.x);
    return n;
}

static Node *unary_expr(Parser *p)
{
    if (!enter(p)) return bad(p);
    Node *x;
    switch (p->tok.kind) {
    case T_MUL: case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_TILDE: case T_AND:
    case T_ARROW:
        x = unary_op(p);
        break;
    default: x = primary_expr(p, NULL); break;
    }
    leave(p);
    return x;
}

static Node *func_lit_or_type(Parser *p)
{
    Pos pos = p->tok.pos;
    next(p);
    Node *ft = func_type(p, "function type", pos);
    if (p->tok.kind != T_LBRACE) return ft;
    Node *f = new_node(p, N_FUNCLIT, pos);
    f->u.funclit.type = ft;
    p->xnest++;
    f->u.funclit.body = func_body(p);
    p->xnest--;
    return f;
}

static Node *operand(Parser *p)
{
    switch (p->tok.kind) {
    case T_IDENT: return name(p);
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING: return oliteral(p);
    case T_LPAREN: {
        Node *n = new_node(p, N_PAREN, p->tok.pos);
        next(p);
        p->xnest++;
        n->u.unary1.x = expr(p);
        p->xnest--;
        want(p, T_RPAREN);
        return n;
    }
    case T_FUNC: return func_lit_or_type(p);
    case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE: return type_(p);
    default: {
        Node *x = bad(p);
        syntax_error(p, "expected expression");
        advance(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return x;
    }
    }
}

/* Whether x is syntactically a value, never a type (Go's isValue). Loops
   down index chains (a[i][j]...), which may be long. */
static bool is_value(const Node *x)
{
    for (;;) {
        switch (x->kind) {
        case N_BASICLIT: case N_COMPOSITELIT: case N_FUNCLIT: case N_SLICE: case N_TYPEASSERT:
        case N_CALL: case N_UNARY: case N_BINARY:
            return true;
        case N_PAREN: x = x->u.unary1.x; break;
        case N_INDEX:
            if (x->u.index.indices.len == 1 && is_value(x->u.index.indices.items[0])) return true;
            x = x->u.index.x;
            break;
        default: return false;
        }
    }
}

/* Whether a "{" after x opens a composite literal (see the file comment). */
static bool complit_ok(const Parser *p, const Node *t)
{
    switch (t->kind) {
    case N_IDENT: case N_SELECTOR: return p->xnest >= 0;
    case N_INDEX: return p->xnest >= 0 && !is_value(t);
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE: return true;
    default: return false;
    }
}

static Node *complit(Parser *p, Node *type);

/* Element = Expression | LiteralValue. */
static Node *bare_complit(Parser *p)
{
    if (p->tok.kind == T_LBRACE) return complit(p, NULL);
    return expr(p);
}

static bool complit_elem(Parser *p, void *ctx)
{
    Node *lit = ctx;
    Node *e = bare_complit(p);
    if (p->tok.kind == T_COLON) {
        Node *kv = new_node(p, N_KEYVALUE, e->pos);
        kv->u.kv.colon = p->tok.pos;
        next(p);
        kv->u.kv.key = e;
        kv->u.kv.value = bare_complit(p);
        e = kv;
    }
    push(p, &lit->u.complit.elts, e);
    return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}"; type may be NULL. */
static Node *complit(Parser *p, Node *type)
{
    Pos lbrace = p->tok.pos;
    Node *lit = new_node(p, N_COMPOSITELIT, type ? type->pos : lbrace);
    if (!enter(p)) return lit;
    lit->u.complit.type = type;
    lit->u.complit.lbrace = lbrace;
    p->xnest++;
    want(p, T_LBRACE);
    lit->u.complit.rbrace = parse_list(p, "composite literal", T_COMMA, T_RBRACE, complit_elem, lit);
    p->xnest--;
    leave(p);
    return lit;
}

/* x.sel or x.(T) or x.(type); at ".". */
static Node *selector_or_assert(Parser *p, Node *x)
{
    next(p);
    if (p->tok.kind == T_IDENT) {
        Node *s = new_node(p, N_SELECTOR, x->pos);
        s->u.sel.x = x;
        s->u.sel.sel = name(p);
        return s;
    }
    if (p->tok.kind == T_LPAREN) {
        Node *a = new_node(p, N_TYPEASSERT, x->pos);
        a->u.assert.x = x;
        a->u.assert.lparen = p->tok.pos;
        next(p);
        if (!got(p, T_TYPE)) a->u.assert.type = type_(p);
        want(p, T_RPAREN);
        return a;
    }
    syntax_error(p, "expected name or (");
    advance(p, T_SEMICOLON, T_RPAREN);
    return x;
}

/* The rest of x[lo:hi:max] after "[" lo; lx at the first ":" (or not,
   after an error). */
static Node *slice_expr(Parser *p, Node *x, Node *lo, Pos lbrack)
{
    if (!got(p, T_COLON)) {
        syntax_error(p, "expected comma, : or ]");
        advance(p, T_COMMA, T_COLON, T_RBRACK);
    }
    Node *s = new_node(p, N_SLICE, x->pos);
    s->u.slice.x = x;
    s->u.slice.lo = lo;
    s->u.slice.lbrack = lbrack;
    p->xnest++;
    if (p->tok.kind != T_COLON && p->tok.kind != T_RBRACK) s->u.slice.hi = expr(p);
    if (p->tok.kind == T_COLON) {
        s->u.slice.slice3 = true;
        if (!s->u.slice.hi) {
            error_at(p, p->tok.pos, "middle index required in 3-index slice");
            s->u.slice.hi = bad(p);
        }
        next(p);
        if (p->tok.kind != T_RBRACK) {
            s->u.slice.max = expr(p);
        } else {
            error_at(p, p->tok.pos, "final index required in 3-index slice");
            s->u.slice.max = bad(p);
        }
    }
    p->xnest--;
    s->u.slice.rbrack = p->tok.pos;
    want(p, T_RBRACK);
    return s;
}

/* x[...]: index, instantiation or slice; at "[". */
static Node *index_or_slice(Parser *p, Node *x)
{
    Pos lbrack = p->tok.pos;
    next(p);
    NodeList list = {0};
    if (p->tok.kind != T_COLON) {
        bool comma = false;
        if (p->tok.kind == T_RBRACK) {
            syntax_error(p, "expected operand");
            push(p, &list, bad(p));
        } else {
            comma = type_list(p, false, &list);
        }
        if (comma || p->tok.kind == T_RBRACK) {
            Node *n = new_node(p, N_INDEX, x->pos);
            n->u.index.x = x;
            n->u.index.indices = list;
            n->u.index.lbrack = lbrack;
            n->u.index.rbrack = p->tok.pos;
            want(p, T_RBRACK);
            return n;
        }
    }
    return slice_expr(p, x, list.len ? list.items[0] : NULL, lbrack);
}

typedef struct CallCtx {
    Node *call;
} CallCtx;

static bool arg_elem(Parser *p, void *ctx)
{
    Node *call = ((CallCtx *)ctx)->call;
    push(p, &call->u.call.args, expr(p));
    call->u.call.has_dots = got(p, T_ELLIPSIS);
    return call->u.call.has_dots;
}

static Node *call_expr(Parser *p, Node *fun)
{
    Node *c = new_node(p, N_CALL, fun->pos);
    c->u.call.fun = fun;
    c->u.call.lparen = p->tok.pos;
    next(p);
    CallCtx ctx = {c};
    p->xnest++;
    c->u.call.rparen = parse_list(p, "argument list", T_COMMA, T_RPAREN, arg_elem, &ctx);
    p->xnest--;
    return c;
}

/* One selector, index, slice, assertion, call or literal suffix of x, or
   NULL when x is complete. */
static Node *primary_suffix(Parser *p, Node *x)
{
    switch (p->tok.kind) {
    case T_PERIOD: return selector_or_assert(p, x);
    case T_LBRACK: return index_or_slice(p, x);
    case T_LPAREN: return call_expr(p, x);
    case T_LBRACE: {
        Node *t = ast_unparen(x);
        if (!complit_ok(p, t)) return NULL;
        if (t != x) syntax_error(p, "cannot parenthesize type in composite literal");
        return complit(p, x);
    }
    default: return NULL;
    }
}

/* PrimaryExpr; x may be an operand already parsed. */
static Node *primary_expr(Parser *p, Node *x)
{
    if (!x) x = operand(p);
    Node *y;
    while ((y = primary_suffix(p, x)) != NULL) x = y;
    return x;
}

/* ---- statements ----------------------------------------------------- */

static Node *new_assign(Parser *p, NodeList *lhs, TokenKind tok, Pos tokpos)
{
    Node *a = new_node(p, N_ASSIGN, lhs->items[0]->pos);
    a->u.assign.lhs = *lhs;
    a->u.assign.tok = tok;
    a->u.assign.tokpos = tokpos;
    return a;
}

/* "range x" (lhs may be NULL); at "range". */
static Node *range_clause(Parser *p, NodeList *lhs, TokenKind tok)
{
    Node *r = new_node(p, N_RANGE, p->tok.pos);
    r->u.range.tok = tok;
    if (lhs) {
        r->u.range.key = lhs->items[0];
        if (lhs->len > 1) r->u.range.value = lhs->items[1];
        if (lhs->len > 2)
            error_at(p, lhs->items[2]->pos, "range clause permits at most two iteration variables");
    }
    next(p);
    r->u.range.x = expr(p);
    return r;
}

/* A simple statement whose single lhs expression is followed by neither
   "=" nor ":=". */
static Node *simple_stmt_single(Parser *p, Node *x)
{
    Pos pos = p->tok.pos;
    TokenKind tok = p->tok.kind;
    if (is_assign_op(tok)) {
        NodeList lhs = {0};
        push(p, &lhs, x);
        Node *a = new_assign(p, &lhs, tok, pos);
        next(p);
        push(p, &a->u.assign.rhs, expr(p));
        return a;
    }
    if (tok == T_INC || tok == T_DEC) {
        Node *s = new_node(p, N_INCDEC, x->pos);
        s->u.incdec.x = x;
        s->u.incdec.tok = tok;
        s->u.incdec.tokpos = pos;
        next(p);
        return s;
    }
    if (tok == T_ARROW) {
        Node *s = new_node(p, N_SEND, x->pos);
        s->u.send.chan = x;
        s->u.send.arrow = pos;
        next(p);
        s->u.send.value = expr(p);
        return s;
    }
    Node *s = new_node(p, N_EXPRSTMT, x->pos);
    s->u.exprstmt.x = x;
    return s;
}

/* SimpleStmt; lhs may be an expression list already parsed. keyword is
   T_FOR (a range clause is allowed), T_SWITCH or T_EOF. */
static Node *simple_stmt(Parser *p, NodeList *lhs, TokenKind keyword)
{
    if (keyword == T_FOR && p->tok.kind == T_RANGE) return range_clause(p, NULL, T_EOF);
    NodeList list = {0};
    if (!lhs) {
        expr_list(p, &list);
        lhs = &list;
    }
    if (lhs->len == 1 && p->tok.kind != T_ASSIGN && p->tok.kind != T_DEFINE)
        return simple_stmt_single(p, lhs->items[0]);
    if (p->tok.kind == T_ASSIGN || p->tok.kind == T_DEFINE) {
        TokenKind tok = p->tok.kind;
        Pos pos = p->tok.pos;
        next(p);
        if (keyword == T_FOR && p->tok.kind == T_RANGE) return range_clause(p, lhs, tok);
        Node *a = new_assign(p, lhs, tok, pos);
        expr_list(p, &a->u.assign.rhs);
        return a;
    }
    syntax_error(p, "expected := or = or comma");
    advance(p, T_SEMICOLON, T_RBRACE);
    Node *s = new_node(p, N_EXPRSTMT, lhs->items[0]->pos);
    s->u.exprstmt.x = lhs->items[0];
    return s;
}

/* Whether s is "x := y.(type)" (a type switch guard with a variable). */
static bool is_guard_define(const Node *s)
{
    return s->kind == N_ASSIGN && s->u.assign.tok == T_DEFINE && s->u.assign.lhs.len == 1 &&
           s->u.assign.lhs.items[0]->kind == N_IDENT && s->u.assign.rhs.len == 1 &&
           s->u.assign.rhs.items[0]->kind == N_TYPEASSERT &&
           !s->u.assign.rhs.items[0]->u.assert.type;
}

/* Go's String for the statements that can stand where a condition is
   expected (for the "cannot use ... as value" error). */
static void stmt_string(StrBuf *b, const Node *s)
{
    const NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    switch (s->kind) {
    case N_INCDEC:
        ast_expr_string(b, s->u.incdec.x);
        sb_puts(b, tok_str(s->u.incdec.tok));
        return;
    case N_SEND:
        ast_expr_string(b, s->u.send.chan);
        sb_puts(b, " <- ");
        ast_expr_string(b, s->u.send.value);
        return;
    case N_ASSIGN: break;
    default: return;
    }
    if (s->u.assign.tok == T_ASSIGN) sb_puts(b, "assignment ");
    for (int side = 0; side < 2; side++) {
        const NodeList *l = side ? rhs : lhs;
        /* a lone binary expression around "=" is parenthesized for emphasis */
        bool emph = s->u.assign.tok == T_ASSIGN && l->len == 1 && l->items[0]->kind == N_BINARY;
        if (side) sb_printf(b, " %s ", tok_str(s->u.assign.tok));
        if (emph) sb_putc(b, '(');
        for (int i = 0; i < l->len; i++) {
            if (i) sb_puts(b, ", ");
            ast_expr_string(b, l->items[i]);
        }
        if (emph) sb_putc(b, ')');
    }
}

static Pos stmt_op_pos(const Node *s)
{
    switch (s->kind) {
    case N_ASSIGN: return s->u.assign.tokpos;
    case N_INCDEC: return s->u.incdec.tokpos;
    case N_SEND: return s->u.send.arrow;
    default: return s->pos;
    }
}

typedef struct Header {
    Node *init, *cond, *post; /* cond: an expression, or for a type switch
                                 with variable the N_ASSIGN x := y.(type) */
    bool has_semi;            /* a ";" followed the init statement */
    Pos semi_pos;
    const char *semi_lit;
} Header;

/* Turns the statement parsed where a condition belongs into h->cond. */
static void header_cond(Parser *p, TokenKind keyword, Header *h, Node *s)
{
    if (!s) {
        if (keyword == T_IF && h->has_semi) {
            if (strcmp(h->semi_lit, "semicolon") != 0) {
                char msg[64];
                snprintf(msg, sizeof msg, "unexpected %s, expected { after if clause", h->semi_lit);
                syntax_error_at(p, h->semi_pos, msg);
            } else {
                syntax_error_at(p, h->semi_pos, "missing condition in if statement");
            }
            h->cond = bad_at(p, h->semi_pos);
        }
        return;
    }
    if (s->kind == N_EXPRSTMT) {
        h->cond = s->u.exprstmt.x;
        return;
    }
    if (keyword == T_SWITCH && is_guard_define(s)) {
        h->cond = s;
        return;
    }
    StrBuf b;
    sb_init(&b);
    sb_puts(&b, "cannot use ");
    stmt_string(&b, s);
    sb_puts(&b, " as value");
    syntax_error_at(p, stmt_op_pos(s), b.data);
    sb_free(&b);
}

/* The part of a for header after the init statement and ";". Returns the
   condition statement. */
static Node *for_header_rest(Parser *p, Header *h)
{
    Node *cond = NULL;
    if (p->tok.kind != T_SEMICOLON) {
        if (p->tok.kind == T_LBRACE) {
            syntax_error(p, "expected for loop condition");
            return NULL;
        }
        cond = simple_stmt(p, NULL, T_EOF);
    }
    want(p, T_SEMICOLON);
    if (p->tok.kind != T_LBRACE) {
        h->post = simple_stmt(p, NULL, T_EOF);
        if (h->post->kind == N_ASSIGN && h->post->u.assign.tok == T_DEFINE)
            syntax_error_at(p, h->post->u.assign.tokpos, "cannot declare in post statement of for loop");
    }
    return cond;
}

/* The header of if, for and switch statements (Go's header); the keyword
   is the current token. */
static Header header(Parser *p, TokenKind keyword)
{
    Header h = {0};
    want(p, keyword);
    if (p->tok.kind == T_LBRACE) {
        if (keyword == T_IF) {
            syntax_error(p, "missing condition in if statement");
            h.cond = bad(p);
        }
        return h;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (p->tok.kind != T_SEMICOLON) {
        if (got(p, T_VAR)) syntax_errorf(p, "var declaration not allowed in %s initializer", tok_str(keyword));
        h.init = simple_stmt(p, NULL, keyword);
        if (h.init->kind == N_RANGE) {
            p->xnest = outer;
            return h;
        }
    }
    Node *cond = NULL;
    if (p->tok.kind != T_LBRACE) {
        if (p->tok.kind == T_SEMICOLON) {
            h.has_semi = true;
            h.semi_pos = p->tok.pos;
            h.semi_lit = semi_lit(&p->tok);
            next(p);
        } else {
            want(p, T_LBRACE);
            if (p->tok.kind != T_LBRACE) advance(p, T_LBRACE, T_RBRACE);
        }
        if (keyword == T_FOR) cond = for_header_rest(p, &h);
        else if (p->tok.kind != T_LBRACE) cond = simple_stmt(p, NULL, keyword);
    } else {
        cond = h.init;
        h.init = NULL;
    }
    header_cond(p, keyword, &h, cond);
    p->xnest = outer;
    return h;
}

static Node *if_stmt(Parser *p)
{
    Node *s = new_node(p, N_IF, p->tok.pos);
    if (!enter(p)) return s;
    Header h = header(p, T_IF);
    s->u.ifs.init = h.init;
    s->u.ifs.cond = h.cond;
    s->u.ifs.then = block_stmt(p, "if clause");
    if (got(p, T_ELSE)) {
        if (p->tok.kind == T_IF) {
            s->u.ifs.els = if_stmt(p);
        } else if (p->tok.kind == T_LBRACE) {
            s->u.ifs.els = block_stmt(p, "");
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            advance(p, T_IDENT, T_RBRACE);
        }
    }
    leave(p);
    return s;
}

static Node *for_stmt(Parser *p)
{
    Pos pos = p->tok.pos;
    Header h = header(p, T_FOR);
    if (h.init && h.init->kind == N_RANGE) {
        Node *r = h.init;
        r->pos = pos;
        r->u.range.body = block_stmt(p, "for clause");
        return r;
    }
    Node *s = new_node(p, N_FOR, pos);
    s->u.fors.init = h.init;
    s->u.fors.cond = h.cond;
    s->u.fors.post = h.post;
    s->u.fors.body = block_stmt(p, "for clause");
    return s;
}

static Node *case_clause(Parser *p)
{
    Node *c = new_node(p, N_CASECLAUSE, p->tok.pos);
    if (got(p, T_CASE)) {
        expr_list(p, &c->u.caseclause.list);
    } else if (got(p, T_DEFAULT)) {
        c->u.caseclause.is_default = true;
    } else {
        syntax_error(p, "expected case or default or }");
        advance(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    c->u.caseclause.colon = p->tok.pos;
    want(p, T_COLON);
    stmt_list(p, &c->u.caseclause.body);
    return c;
}

/* The switch node for the header: expression or type switch. */
static Node *switch_node(Parser *p, Pos pos, Header *h)
{
    Node *cond = h->cond;
    if (cond && cond->kind == N_ASSIGN) { /* x := y.(type) */
        Node *s = new_node(p, N_TYPESWITCH, pos);
        s->u.typeswitch.lhs = cond->u.assign.lhs.items[0];
        s->u.typeswitch.x = cond->u.assign.rhs.items[0];
        s->u.typeswitch.init = h->init;
        return s;
    }
    if (cond && cond->kind == N_TYPEASSERT && !cond->u.assert.type) {
        Node *s = new_node(p, N_TYPESWITCH, pos);
        s->u.typeswitch.x = cond;
        s->u.typeswitch.init = h->init;
        return s;
    }
    Node *s = new_node(p, N_SWITCH, pos);
    s->u.switchs.init = h->init;
    s->u.switchs.tag = cond;
    return s;
}

static Node *switch_stmt(Parser *p)
{
    Pos pos = p->tok.pos;
    Header h = header(p, T_SWITCH);
    Node *s = switch_node(p, pos, &h);
    NodeList *clauses = s->kind == N_SWITCH ? &s->u.switchs.clauses : &s->u.typeswitch.clauses;
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after switch clause");
        advance(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) push(p, clauses, case_clause(p));
    Pos rbrace = p->tok.pos;
    if (s->kind == N_SWITCH) s->u.switchs.rbrace = rbrace;
    else s->u.typeswitch.rbrace = rbrace;
    want(p, T_RBRACE);
    return s;
}

static Node *comm_clause(Parser *p)
{
    Node *c = new_node(p, N_COMMCLAUSE, p->tok.pos);
    if (got(p, T_CASE)) {
        c->u.commclause.comm = simple_stmt(p, NULL, T_EOF);
    } else if (!got(p, T_DEFAULT)) {
        syntax_error(p, "expected case or default or }");
        advance(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    c->u.commclause.colon = p->tok.pos;
    want(p, T_COLON);
    stmt_list(p, &c->u.commclause.body);
    return c;
}

static Node *select_stmt(Parser *p)
{
    Node *s = new_node(p, N_SELECT, p->tok.pos);
    want(p, T_SELECT);
    if (!got(p, T_LBRACE)) {
        syntax_error(p, "missing { after select clause");
        advance(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE)
        push(p, &s->u.select.clauses, comm_clause(p));
    want(p, T_RBRACE);
    return s;
}

/* go/defer call. */
static Node *call_stmt(Parser *p)
{
    Node *s = new_node(p, p->tok.kind == T_GO ? N_GO : N_DEFER, p->tok.pos);
    const char *what = p->tok.kind == T_GO ? "go" : "defer";
    next(p);
    Node *x = primary_expr(p, NULL);
    Node *t = ast_unparen(x);
    if (t != x) {
        error_at(p, x->pos, "expression in %s must not be parenthesized", what);
        x = t;
    }
    if (x->kind != N_CALL) {
        error_at(p, x->pos, "expression in %s must be function call", what);
        Node *c = new_node(p, N_CALL, x->pos);
        c->u.call.fun = x;
        x = c;
    }
    s->u.gostmt.call = x;
    return s;
}

static Node *branch_stmt(Parser *p)
{
    Node *s = new_node(p, N_BRANCH, p->tok.pos);
    TokenKind tok = p->tok.kind;
    s->u.branch.tok = tok;
    next(p);
    if (tok == T_GOTO || (tok != T_FALLTHROUGH && p->tok.kind == T_IDENT)) s->u.branch.label = name(p);
    return s;
}

static Node *return_stmt(Parser *p)
{
    Node *s = new_node(p, N_RETURN, p->tok.pos);
    next(p);
    if (p->tok.kind != T_SEMICOLON && p->tok.kind != T_RBRACE) expr_list(p, &s->u.ret.results);
    return s;
}

static Node *labeled_stmt(Parser *p, Node *label)
{
    Node *s = new_node(p, N_LABELED, label->pos);
    Pos colon = p->tok.pos;
    s->u.labeled.label = label;
    want(p, T_COLON);
    if (p->tok.kind == T_RBRACE) {
        /* the label of an empty statement at the end of a block */
        s->u.labeled.stmt = new_node(p, N_EMPTYSTMT, p->tok.pos);
        return s;
    }
    s->u.labeled.stmt = stmt_or_nil(p);
    if (s->u.labeled.stmt) return s;
    syntax_error_at(p, colon, "missing statement after label");
    return NULL;
}

static Node *gen_decl(Parser *p, TokenKind kind, Pos pos);

static Node *decl_stmt(Parser *p)
{
    Node *s = new_node(p, N_DECLSTMT, p->tok.pos);
    TokenKind kind = p->tok.kind;
    next(p);
    s->u.declstmt.decl = gen_decl(p, kind, s->pos);
    return s;
}

/* Statements that start with an expression (or a name). */
static Node *expr_stmt(Parser *p)
{
    if (p->tok.kind != T_IDENT) return simple_stmt(p, NULL, T_EOF);
    NodeList lhs = {0};
    expr_list(p, &lhs);
    if (lhs.len == 1 && lhs.items[0]->kind == N_IDENT && p->tok.kind == T_COLON)
        return labeled_stmt(p, lhs.items[0]);
    return simple_stmt(p, &lhs, T_EOF);
}

static Node *stmt_at(Parser *p)
{
    switch (p->tok.kind) {
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    case T_FUNC: case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN:
    case T_INTERFACE: case T_ARROW: case T_ADD: case T_SUB: case T_MUL: case T_AND:
    case T_XOR: case T_NOT:
        return expr_stmt(p);
    case T_VAR: case T_CONST: case T_TYPE: return decl_stmt(p);
    case T_LBRACE: return block_stmt(p, "");
    case T_FOR: return for_stmt(p);
    case T_SWITCH: return switch_stmt(p);
    case T_SELECT: return select_stmt(p);
    case T_IF: return if_stmt(p);
    case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GOTO: return branch_stmt(p);
    case T_GO: case T_DEFER: return call_stmt(p);
    case T_RETURN: return return_stmt(p);
    case T_SEMICOLON: return new_node(p, N_EMPTYSTMT, p->tok.pos);
    default: return NULL;
    }
}

/* A statement, or NULL if none starts at the current token. */
static Node *stmt_or_nil(Parser *p)
{
    if (!enter(p)) return NULL;
    Node *s = stmt_at(p);
    leave(p);
    return s;
}

/* StatementList = { Statement ";" }. */
static void stmt_list(Parser *p, NodeList *out)
{
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE && p->tok.kind != T_CASE &&
           p->tok.kind != T_DEFAULT) {
        Node *s = stmt_or_nil(p);
        if (!s) break;
        push(p, out, s);
        if (!got(p, T_SEMICOLON) && p->tok.kind != T_RBRACE) {
            syntax_error(p, "at end of statement");
            advance(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
            got(p, T_SEMICOLON);
        }
    }
}

/* Block = "{" StatementList "}"; context names the construct in the error
   for a missing "{". */
static Node *block_stmt(Parser *p, const char *context)
{
    Node *b = new_node(p, N_BLOCK, p->tok.pos);
    if (!got(p, T_LBRACE)) {
        syntax_errorf(p, "expected { after %s", context);
        advance(p, T_IDENT, T_RBRACE);
        b->u.block.rbrace = p->tok.pos;
        if (got(p, T_RBRACE)) return b;
    }
    if (!enter(p)) return b;
    stmt_list(p, &b->u.block.stmts);
    leave(p);
    b->u.block.rbrace = p->tok.pos;
    want(p, T_RBRACE);
    return b;
}

/* ---- declarations --------------------------------------------------- */

typedef struct GroupCtx {
    Node *decl; /* the N_GENDECL */
    Node *file; /* N_FILE collecting imports, or NULL */
    bool grouped;
} GroupCtx;

static Node *import_spec(Parser *p, GroupCtx *g)
{
    Node *s = new_node(p, N_IMPORTSPEC, p->tok.pos);
    if (p->tok.kind == T_IDENT) {
        s->u.import.name = name(p);
    } else if (p->tok.kind == T_PERIOD) {
        s->u.import.name = new_ident(p, p->tok.pos, ".");
        next(p);
    }
    s->u.import.path = oliteral(p);
    if (!s->u.import.path) {
        syntax_error(p, "missing import path");
        advance(p, T_SEMICOLON, T_RPAREN);
    } else if (s->u.import.path->u.lit.tok != T_STRING) {
        syntax_error_at(p, s->u.import.path->pos, "import path must be a string");
    }
    if (g->file && s->u.import.path) push(p, &g->file->u.file.imports, s);
    return s;
}

/* In a library file: skips the rest of a spec (from the current token,
   which is on the lexer's line; an identifier's text is its interned
   name) and returns where it starts, for parse_lazy_typespec and
   parse_lazy_valuespec; NULL if the spec is to be parsed now. */
static LazySpec *skip_spec_rest(Parser *p)
{
    if (!p->lazy_bodies || p->tok.pos.col >= 0xffff) return NULL;
    LazySpec *ls = ARENA_NEW(p->a, LazySpec);
    ls->at = p->lx.line_start + p->tok.pos.col - 1;
    ls->line_start = p->lx.line_start;
    ls->pos = p->tok.pos;
    ls->has_value = lex_skip_type(&p->lx, ls->at);
    next(p);
    return ls;
}

/* ConstSpec; a spec with neither type nor values repeats the previous.
   (Skipped only at the top level: a function's constants and variables
   are checked without resolve_const/resolve_var.) */
static Node *const_spec(Parser *p, GroupCtx *g)
{
    Node *s = new_node(p, N_VALUESPEC, p->tok.pos);
    NodeList *specs = &g->decl->u.gendecl.specs;
    name_list(p, name(p), &s->u.valuespec.names);
    s->u.valuespec.iota = specs->len;
    bool rest = p->tok.kind != T_EOF && p->tok.kind != T_SEMICOLON && p->tok.kind != T_RPAREN;
    if (rest && p->fnest == 0 && (s->u.valuespec.lazy = skip_spec_rest(p))) return s;
    if (!rest && p->lazy_bodies && p->fnest == 0 && g->grouped && specs->len > 0) {
        /* repeats the previous spec, which may not be parsed yet */
        s->u.valuespec.implicit = true;
        s->u.valuespec.lazy = ARENA_NEW(p->a, LazySpec);
        s->u.valuespec.lazy->prev = specs->items[specs->len - 1];
        return s;
    }
    if (rest) {
        s->u.valuespec.type = type_or_nil(p);
        if (got_assign(p)) expr_list(p, &s->u.valuespec.values);
    }
    if (g->grouped && specs->len > 0 && !s->u.valuespec.type && s->u.valuespec.values.len == 0) {
        Node *prev = specs->items[specs->len - 1];
        s->u.valuespec.implicit = true;
        s->u.valuespec.type = prev->u.valuespec.type;
        s->u.valuespec.values = prev->u.valuespec.values;
    }
    return s;
}

static Node *var_spec(Parser *p)
{
    Node *s = new_node(p, N_VALUESPEC, p->tok.pos);
    name_list(p, name(p), &s->u.valuespec.names);
    if (s->u.valuespec.names.len == 1 && p->fnest == 0 && p->tok.kind != T_SEMICOLON &&
        p->tok.kind != T_RPAREN && (s->u.valuespec.lazy = skip_spec_rest(p)))
        return s;
    if (got_assign(p)) {
        expr_list(p, &s->u.valuespec.values);
    } else {
        s->u.valuespec.type = type_(p);
        if (got_assign(p)) expr_list(p, &s->u.valuespec.values);
    }
    return s;
}

/* Whether x is syntactically a type element (never an ordinary value).
   Recurses into right operands only; left-deep chains are walked. */
static bool is_type_elem(const Node *x)
{
    for (;;) {
        switch (x->kind) {
        case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
        case N_MAPTYPE: case N_CHANTYPE:
            return true;
        case N_BINARY:
            if (is_type_elem(x->u.binary.y)) return true;
            x = x->u.binary.x;
            break;
        case N_UNARY:
            if (x->u.unary.op == T_TILDE) return true;
            x = x->u.unary.x;
            break;
        case N_STAR: case N_PAREN: x = x->u.unary1.x; break;
        default: return false;
        }
    }
}

/* extract_name for an x that is not a union: P, P *C or P(C). */
static Node *split_name(Parser *p, Node *x, bool force, Node **ptype)
{
    *ptype = NULL;
    if (x->kind == N_IDENT) return x;
    if (x->kind == N_BINARY && x->u.binary.op == T_MUL && x->u.binary.x->kind == N_IDENT &&
        (force || is_type_elem(x->u.binary.y))) {
        *ptype = new_unary1(p, N_STAR, x->u.binary.oppos, x->u.binary.y);
        return x->u.binary.x;
    }
    if (x->kind == N_CALL && x->u.call.fun->kind == N_IDENT && x->u.call.args.len == 1 &&
        !x->u.call.has_dots && (force || is_type_elem(x->u.call.args.items[0]))) {
        *ptype = x->u.call.args.items[0];
        return x->u.call.fun;
    }
    return NULL;
}

/* Splits x into a parameter name and a type expression if it can be read
   as "name type": P *C, P *C | D | E, P(C). The split happens only if the
   type part is a type element or force is set (a union's later terms
   being type elements forces its first term). Returns the name (NULL if
   no split); *ptype gets the type part (NULL if x is just a name). */
static Node *extract_name(Parser *p, Node *x, bool force, Node **ptype)
{
    NodeList ors = {0}; /* the unions down x's left spine, outermost first */
    while (x->kind == N_BINARY && x->u.binary.op == T_OR) {
        push(p, &ors, x);
        force = force || is_type_elem(x->u.binary.y);
        x = x->u.binary.x;
    }
    Node *n = split_name(p, x, force, ptype);
    if (ors.len == 0) return n;
    if (!n || !*ptype) {
        *ptype = NULL;
        return NULL;
    }
    for (int i = ors.len - 1; i >= 0; i--) {
        Node *o = ors.items[i];
        *ptype = new_binary(p, T_OR, o->u.binary.oppos, *ptype, o->u.binary.y);
    }
    return n;
}

/* "type T[" seen: type parameters or an array/slice type. */
static void type_spec_bracket(Parser *p, Node *s)
{
    Pos lbrack = p->tok.pos;
    next(p);
    if (p->tok.kind == T_IDENT) {
        Node *x = name(p);
        if (p->tok.kind != T_LBRACK) {
            p->xnest++;
            x = binary_expr(p, primary_expr(p, x), 0);
            p->xnest--;
        }
        Node *ptype;
        Node *pname = extract_name(p, x, p->tok.kind == T_COMMA, &ptype);
        if (pname && (ptype || p->tok.kind != T_RBRACK)) {
            param_list(p, pname, ptype, T_RBRACK, true, &s->u.typespec.tparams);
            s->u.typespec.alias = got_assign(p);
            s->u.typespec.type = type_or_nil(p);
        } else {
            s->u.typespec.type = array_type(p, lbrack, x);
        }
    } else if (got(p, T_RBRACK)) {
        s->u.typespec.type = slice_type(p, lbrack);
    } else {
        s->u.typespec.type = array_type(p, lbrack, NULL);
    }
}

static Node *type_spec(Parser *p)
{
    Node *s = new_node(p, N_TYPESPEC, p->tok.pos);
    s->u.typespec.name = name(p);
    /* a library type (an alias's after its '='): left for parse_lazy_typespec */
    bool alias = p->tok.kind == T_ASSIGN && p->lazy_bodies && p->fnest == 0;
    if (alias) {
        next(p);
        s->u.typespec.alias = true;
    }
    if ((alias || (p->tok.kind != T_LBRACK && p->tok.kind != T_ASSIGN)) && p->tok.kind != T_SEMICOLON &&
        (s->u.typespec.lazy = skip_spec_rest(p)))
        return s;
    if (alias) {
        s->u.typespec.type = type_or_nil(p);
    } else if (p->tok.kind == T_LBRACK) {
        type_spec_bracket(p, s);
    } else {
        s->u.typespec.alias = got_assign(p);
        s->u.typespec.type = type_or_nil(p);
    }
    if (!s->u.typespec.type) {
        s->u.typespec.type = bad(p);
        syntax_error(p, "in type declaration");
        advance(p, T_SEMICOLON, T_RPAREN);
    }
    return s;
}

static bool spec_elem(Parser *p, void *ctx)
{
    GroupCtx *g = ctx;
    Node *s;
    switch (g->decl->u.gendecl.tok) {
    case T_IMPORT: s = import_spec(p, g); break;
    case T_CONST: s = const_spec(p, g); break;
    case T_TYPE: s = type_spec(p); break;
    default: s = var_spec(p); break;
    }
    push(p, &g->decl->u.gendecl.specs, s);
    return false;
}

/* import/const/type/var declaration after its keyword (at pos): one spec
   or a parenthesized group. */
static Node *gen_decl_in(Parser *p, TokenKind kind, Pos pos, Node *file)
{
    Node *d = new_node(p, N_GENDECL, pos);
    d->u.gendecl.tok = kind;
    GroupCtx g = {d, file, false};
    if (got(p, T_LPAREN)) {
        g.grouped = true;
        parse_list(p, "grouped declaration", T_SEMICOLON, T_RPAREN, spec_elem, &g);
    } else {
        spec_elem(p, &g);
    }
    return d;
}

static Node *gen_decl(Parser *p, TokenKind kind, Pos pos)
{
    return gen_decl_in(p, kind, pos, NULL);
}

static Node *func_body(Parser *p)
{
    p->fnest++;
    Node *b = block_stmt(p, "");
    p->fnest--;
    return b;
}

/* A function with type parameters or a method of a generic type: its body
   is cloned for each instance, so it is always parsed (f's type is not
   parsed yet: type parameters would follow the name). */
static bool is_generic_decl(Node *f)
{
    Node *recv = f->u.funcdecl.recv;
    if (!recv) return false;
    Node *t = ast_unparen(recv->u.field.type);
    if (t->kind == N_STAR) t = ast_unparen(t->u.unary1.x);
    return t->kind == N_INDEX;
}

/* The signature and body of function declaration f (at the parameters'
   '('), left for parse_lazy_functype and parse_lazy_body. */
static void skip_signature_and_body(Parser *p, Node *f, Pos pos)
{
    Node *ft = new_node(p, N_FUNCTYPE, pos);
    ft->u.functype.lazy = p->tok.text;
    ft->u.functype.lazy_line_start = p->lx.line_start;
    f->u.funcdecl.type = ft;
    const char *brace = lex_skip_signature(&p->lx);
    if (brace) {
        Pos bpos = {p->lx.line, (uint16_t)(brace - p->lx.line_start + 1), (uint16_t)p->lx.file};
        Node *b = new_node(p, N_BLOCK, bpos);
        b->u.block.lazy = brace;
        b->u.block.lazy_line_start = p->lx.line_start;
        b->u.block.rbrace = lex_skip_block(&p->lx);
        f->u.funcdecl.body = b;
    }
    p->open--; /* the '(' */
    next(p);
}

/* A parser of a library file at byte at, on the line of pos that starts
   at line_start, with its first token read: for the parts
   parse_file_lazy skipped. */
static void parser_at(Parser *p, Arena *a, SourceSet *ss, Interner *names, Pos pos, const char *at,
                      const char *line_start)
{
    memset(p, 0, sizeof *p);
    p->a = a;
    p->ss = ss;
    p->diag_base = ss->diags.len;
    lex_init_at(&p->lx, ss, names, pos.file, at, line_start, pos.line);
    p->lx.trusted = true;
    next(p);
}

void parse_lazy_functype(Arena *a, SourceSet *ss, Interner *names, Node *ft)
{
    if (!ft->u.functype.lazy) return;
    Parser p;
    parser_at(&p, a, ss, names, ft->pos, ft->u.functype.lazy, ft->u.functype.lazy_line_start);
    *ft = *func_type(&p, NULL, ft->pos); /* the copy has lazy == NULL */
}

void parse_lazy_typespec(Arena *a, SourceSet *ss, Interner *names, Node *spec)
{
    LazySpec *ls = spec->u.typespec.lazy;
    if (!ls) return;
    Parser p;
    parser_at(&p, a, ss, names, ls->pos, ls->at, ls->line_start);
    spec->u.typespec.type = type_(&p);
    spec->u.typespec.lazy = NULL;
}

void parse_lazy_valuespec(Arena *a, SourceSet *ss, Interner *names, Node *spec)
{
    LazySpec *ls = spec->u.valuespec.lazy;
    if (!ls) return;
    spec->u.valuespec.lazy = NULL;
    if (ls->prev) {
        parse_lazy_valuespec(a, ss, names, ls->prev);
        spec->u.valuespec.type = ls->prev->u.valuespec.type;
        spec->u.valuespec.values = ls->prev->u.valuespec.values;
        return;
    }
    Parser p;
    parser_at(&p, a, ss, names, ls->pos, ls->at, ls->line_start);
    if (p.tok.kind != T_ASSIGN) spec->u.valuespec.type = type_or_nil(&p);
    if (got_assign(&p)) expr_list(&p, &spec->u.valuespec.values);
}

void parse_lazy_body(Arena *a, SourceSet *ss, Interner *names, Node *body)
{
    if (!body->u.block.lazy) return;
    Parser p;
    parser_at(&p, a, ss, names, body->pos, body->u.block.lazy, body->u.block.lazy_line_start);
    *body = *func_body(&p); /* the copy has lazy == NULL */
}

/* Number of receivers in a receiver list (a field may hold several names). */
static int param_count(const NodeList *l)
{
    int n = 0;
    for (int i = 0; i < l->len; i++) {
        int k = l->items[i]->u.field.names.len;
        n += k ? k : 1;
    }
    return n;
}

/* FunctionDecl or MethodDecl after "func" (at pos) and the receiver list
   (if has_recv); the name may already be parsed (REPL). */
static Node *func_decl_rest(Parser *p, Pos pos, NodeList *recv, bool has_recv, Node *fname)
{
    Node *f = new_node(p, N_FUNCDECL, pos);
    if (has_recv) {
        int n = param_count(recv);
        if (n == 0) error_at(p, p->tok.pos, "method has no receiver");
        else if (n > 1) error_at(p, p->tok.pos, "method has multiple receivers");
        if (recv->len > 0) f->u.funcdecl.recv = recv->items[0];
    }
    if (fname || p->tok.kind == T_IDENT) {
        f->u.funcdecl.name = fname ? fname : name(p);
        if (p->lazy_bodies && p->tok.kind == T_LPAREN && !is_generic_decl(f)) {
            skip_signature_and_body(p, f, pos);
            return f;
        }
        f->u.funcdecl.type = func_type(p, has_recv ? "method" : NULL, pos);
    } else {
        f->u.funcdecl.name = new_ident(p, p->tok.pos, "_");
        f->u.funcdecl.type = new_node(p, N_FUNCTYPE, pos);
        syntax_error(p, has_recv ? "expected name" : "expected name or (");
        advance(p, T_LBRACE, T_SEMICOLON);
    }
    if (p->tok.kind == T_LBRACE) f->u.funcdecl.body = func_body(p);
    return f;
}

static Node *func_decl(Parser *p, Pos pos)
{
    NodeList recv = {0};
    bool has_recv = got(p, T_LPAREN);
    if (has_recv) param_list(p, NULL, NULL, T_RPAREN, false, &recv);
    return func_decl_rest(p, pos, &recv, has_recv, NULL);
}

/* ---- files ---------------------------------------------------------- */

static void parser_init(Parser *p, Arena *a, SourceSet *ss, Interner *names, int file)
{
    memset(p, 0, sizeof *p);
    p->a = a;
    p->ss = ss;
    p->diag_base = ss->diags.len;
    lex_init(&p->lx, ss, names, file);
    next(p);
}

/* One top-level declaration (at its keyword); false if there is none. */
static bool top_decl(Parser *p, Node *f)
{
    Pos pos = p->tok.pos;
    TokenKind kind = p->tok.kind;
    switch (kind) {
    case T_IMPORT: case T_CONST: case T_TYPE: case T_VAR:
        next(p);
        push(p, &f->u.file.decls, gen_decl_in(p, kind, pos, kind == T_IMPORT ? f : NULL));
        return true;
    case T_FUNC:
        next(p);
        push(p, &f->u.file.decls, func_decl(p, pos));
        return true;
    default: return false;
    }
}

static bool last_is_bodyless_func(const Node *f)
{
    const NodeList *l = &f->u.file.decls;
    return l->len > 0 && l->items[l->len - 1]->kind == N_FUNCDECL &&
           !l->items[l->len - 1]->u.funcdecl.body;
}

static void top_decls(Parser *p, Node *f)
{
    TokenKind prev = T_IMPORT;
    while (p->tok.kind != T_EOF) {
        if (p->tok.kind == T_IMPORT && prev != T_IMPORT)
            syntax_error(p, "imports must appear before other declarations");
        prev = p->tok.kind;
        if (!top_decl(p, f)) {
            if (p->tok.kind == T_LBRACE && last_is_bodyless_func(f))
                syntax_error(p, "unexpected semicolon or newline before {");
            else
                syntax_error(p, "non-declaration statement outside function body");
            advance(p, T_IMPORT, T_CONST, T_TYPE, T_VAR, T_FUNC);
            continue;
        }
        if (p->tok.kind != T_EOF && !got(p, T_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            advance(p, T_IMPORT, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
}

static Node *parse_file_in(Arena *a, SourceSet *ss, Interner *names, int file, bool lazy)
{
    Parser p;
    parser_init(&p, a, ss, names, file);
    p.lazy_bodies = lazy;
    p.lx.trusted = lazy;
    Node *f = new_node(&p, N_FILE, p.tok.pos);
    f->u.file.fileno = file;
    if (!got(&p, T_PACKAGE)) {
        syntax_error(&p, "package statement must be first");
        return f;
    }
    f->u.file.pkgname = name(&p);
    want(&p, T_SEMICOLON);
    if (has_errors(&p)) return f;
    top_decls(&p, f);
    return f;
}

Node *parse_file(Arena *a, SourceSet *ss, Interner *names, int file)
{
    return parse_file_in(a, ss, names, file, false);
}

/* Reading a declaration index (the format is in parse.h). */
typedef struct IndexReader {
    Arena *a;
    Interner *names;
    int file;
    const char *src;
    const uint32_t *w;
    const uint32_t *namew; /* the file's names: 2 words each */
    const char **interned; /* each name once interned, or NULL */
} IndexReader;

static Pos dx_pos(IndexReader *r)
{
    uint32_t v = *r->w++;
    return (Pos){v >> DX_COL_BITS, (uint16_t)(v & ((1u << DX_COL_BITS) - 1)), (uint16_t)r->file};
}

static const char *dx_at(IndexReader *r)
{
    return r->src + *r->w++;
}

static LazySpec *dx_lazyspec(IndexReader *r)
{
    LazySpec *ls = ARENA_NEW(r->a, LazySpec);
    ls->at = dx_at(r);
    ls->line_start = dx_at(r);
    ls->pos = dx_pos(r);
    return ls;
}

static Node *dx_node(IndexReader *r);

static void dx_list(IndexReader *r, NodeList *l, int n)
{
    if (n == 0) return;
    l->items = ARENA_NEWN(r->a, Node *, n);
    l->cap = n;
    for (int i = 0; i < n; i++) l->items[l->len++] = dx_node(r);
}

static Node *dx_node(IndexReader *r)
{
    uint32_t head = *r->w++;
    NodeKind kind = (NodeKind)(head & 0xff);
    unsigned flags = (head >> 8) & 0xff;
    int count = (int)(head >> 16);
    if (kind == N_BAD) return NULL;
    Node *n = ast_new(r->a, kind, dx_pos(r));
    switch (kind) {
    case N_IDENT: {
        uint32_t k = *r->w++;
        if (!r->interned[k]) {
            uint32_t v = r->namew[2 * k];
            r->interned[k] = intern_hashed(r->names, r->src + (v >> 8), v & 0xff, r->namew[2 * k + 1]);
        }
        n->u.ident.name = r->interned[k];
        break;
    }
    case N_STAR: n->u.unary1.x = dx_node(r); break;
    case N_SELECTOR:
        n->u.sel.x = dx_node(r);
        n->u.sel.sel = dx_node(r);
        break;
    case N_FIELD:
        dx_list(r, &n->u.field.names, count);
        n->u.field.type = dx_node(r);
        n->u.field.embedded = flags & 1;
        break;
    case N_FUNCTYPE:
        n->u.functype.lazy = dx_at(r);
        n->u.functype.lazy_line_start = dx_at(r);
        break;
    case N_BLOCK:
        n->u.block.lazy = dx_at(r);
        n->u.block.lazy_line_start = dx_at(r);
        n->u.block.rbrace = dx_pos(r);
        break;
    case N_FUNCDECL:
        n->u.funcdecl.recv = dx_node(r);
        n->u.funcdecl.name = dx_node(r);
        n->u.funcdecl.type = dx_node(r);
        n->u.funcdecl.body = dx_node(r);
        break;
    case N_TYPESPEC:
        n->u.typespec.name = dx_node(r);
        n->u.typespec.alias = flags & 1;
        n->u.typespec.lazy = dx_lazyspec(r);
        break;
    case N_VALUESPEC:
        dx_list(r, &n->u.valuespec.names, count);
        n->u.valuespec.iota = (int)*r->w++;
        n->u.valuespec.type = dx_node(r);
        n->u.valuespec.implicit = flags & 1;
        if (flags & 2) {
            n->u.valuespec.lazy = dx_lazyspec(r);
            n->u.valuespec.lazy->has_value = flags & 8;
        }
        if (flags & 4) n->u.valuespec.lazy = ARENA_NEW(r->a, LazySpec); /* prev: set below */
        break;
    case N_GENDECL: {
        n->u.gendecl.tok = (TokenKind)flags;
        NodeList *specs = &n->u.gendecl.specs;
        dx_list(r, specs, count);
        for (int i = 1; i < specs->len; i++) {
            Node *s = specs->items[i];
            if (s->kind == N_VALUESPEC && s->u.valuespec.lazy && !s->u.valuespec.lazy->at)
                s->u.valuespec.lazy->prev = specs->items[i - 1];
        }
        break;
    }
    case N_FILE: n->u.file.pkgname = dx_node(r); break;
    default: break; /* libindex writes no other kind */
    }
    return n;
}

/* parse_file_lazy of a file with a declaration index. */
static Node *parse_file_indexed(Arena *a, SourceSet *ss, Interner *names, int file, const SourceIndex *ix)
{
    IndexReader r = {a, names, file, ss->files.items[file].src, ix->decls, NULL, NULL};
    const uint32_t *end = ix->decls + ix->ndecls;
    uint32_t nnames = *r.w++;
    r.namew = r.w;
    r.w += 2 * nnames;
    r.interned = util_calloc(nnames ? nnames : 1, sizeof(const char *));
    Node *f = dx_node(&r); /* the N_FILE with its package name */
    f->u.file.fileno = file;
    while (r.w < end) {
        if (*r.w != DX_REPARSE) {
            nodelist_push(a, &f->u.file.decls, dx_node(&r));
            continue;
        }
        r.w++;
        Pos pos = dx_pos(&r);
        const char *at = dx_at(&r), *line_start = dx_at(&r);
        Parser p;
        parser_at(&p, a, ss, names, pos, at, line_start);
        p.lazy_bodies = true;
        top_decl(&p, f);
    }
    free(r.interned);
    return f;
}

Node *parse_file_lazy(Arena *a, SourceSet *ss, Interner *names, int file)
{
    const SourceIndex *ix = ss->files.items[file].index;
    if (ix && ix->decls) return parse_file_indexed(a, ss, names, file, ix);
    return parse_file_in(a, ss, names, file, true);
}

/* ---- REPL ----------------------------------------------------------- */

/* A function type or literal (its type ft already parsed, up to the body)
   at the start of an expression statement. */
static Node *repl_func_expr(Parser *p, Pos pos, Node *ft)
{
    Node *x = ft;
    if (p->tok.kind == T_LBRACE) {
        x = new_node(p, N_FUNCLIT, pos);
        x->u.funclit.type = ft;
        p->xnest++;
        x->u.funclit.body = func_body(p);
        p->xnest--;
    }
    NodeList lhs = {0};
    push(p, &lhs, binary_expr(p, primary_expr(p, x), 0));
    while (got(p, T_COMMA)) push(p, &lhs, expr(p));
    return simple_stmt(p, &lhs, T_EOF);
}

/* "func" at statement level: a declaration "func f()", "func (r T) m()",
   or an expression "func(x int) T { ... }(y)". After "func (...)", a
   name followed by "(" makes a method; any other name starts the result
   type of a literal. */
static Node *repl_func(Parser *p)
{
    Pos pos = p->tok.pos;
    next(p);
    if (p->tok.kind == T_IDENT) return func_decl(p, pos);
    if (p->tok.kind != T_LPAREN) return repl_func_expr(p, pos, func_type(p, "function type", pos));
    NodeList params = {0};
    next(p);
    param_list(p, NULL, NULL, T_RPAREN, false, &params);
    Node *ft = new_node(p, N_FUNCTYPE, pos);
    ft->u.functype.params = params;
    if (p->tok.kind == T_IDENT) {
        Node *n = name(p);
        if (p->tok.kind == T_LPAREN) return func_decl_rest(p, pos, &params, true, n);
        push(p, &ft->u.functype.results, new_field(p, n->pos, NULL, qualified_name(p, n), NULL));
    } else {
        func_result(p, &ft->u.functype.results);
    }
    return repl_func_expr(p, pos, ft);
}

/* One REPL item: a declaration or a statement; NULL if none starts here. */
static Node *repl_item(Parser *p)
{
    switch (p->tok.kind) {
    case T_IMPORT: {
        Node *s = new_node(p, N_DECLSTMT, p->tok.pos);
        next(p);
        s->u.declstmt.decl = gen_decl(p, T_IMPORT, s->pos);
        return s;
    }
    case T_FUNC: return repl_func(p);
    default: return stmt_or_nil(p);
    }
}

Node *parse_repl(Arena *a, SourceSet *ss, Interner *names, int file, bool *incomplete)
{
    Parser p;
    parser_init(&p, a, ss, names, file);
    Node *b = new_node(&p, N_BLOCK, p.tok.pos);
    p.fnest = 1;
    while (p.tok.kind != T_EOF) {
        Node *s = repl_item(&p);
        if (!s) {
            syntax_error(&p, "");
            skip_token(&p);
            continue;
        }
        push(&p, &b->u.block.stmts, s);
        if (p.tok.kind != T_EOF && !got(&p, T_SEMICOLON)) {
            syntax_error(&p, "at end of statement");
            advance(&p, T_SEMICOLON, T_RBRACE);
            got(&p, T_SEMICOLON);
        }
    }
    b->u.block.rbrace = p.tok.pos;
    if (incomplete) *incomplete = !p.aborted && (p.open > 0 || p.lx.open_at_eof);
    return b;
}
