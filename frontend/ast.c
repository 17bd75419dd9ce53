/* ast.c - AST construction, printing of expressions and tree dumps.
 *
 * ast_expr_string follows the Go compiler's types2 ("short form" of the
 * syntax printer), because its output goes into error messages that must
 * read like Go's: binary operators get one blank on each side, parentheses
 * appear only where the source had them, and the bodies of non-empty
 * composite and function literals are abbreviated to "…":
 *
 *     x + y    f(a, b...)    s[i:j:k]    []int{…}    func() int {…}
 *
 * ast_dump writes one node per line: "role: Kind line:col details", the
 * children indented by two more spaces. It is meant for tests (the golden
 * .ast files of tests/parse) and `gorun -ast`, so it prints every position
 * the parser records.
 */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[N_KIND_COUNT] = {
    [N_BAD] = "Bad",
    [N_IDENT] = "Ident",
    [N_BASICLIT] = "BasicLit",
    [N_COMPOSITELIT] = "CompositeLit",
    [N_KEYVALUE] = "KeyValue",
    [N_FUNCLIT] = "FuncLit",
    [N_PAREN] = "Paren",
    [N_SELECTOR] = "Selector",
    [N_INDEX] = "Index",
    [N_SLICE] = "Slice",
    [N_TYPEASSERT] = "TypeAssert",
    [N_CALL] = "Call",
    [N_STAR] = "Star",
    [N_UNARY] = "Unary",
    [N_BINARY] = "Binary",
    [N_ARRAYTYPE] = "ArrayType",
    [N_STRUCTTYPE] = "StructType",
    [N_FUNCTYPE] = "FuncType",
    [N_INTERFACETYPE] = "InterfaceType",
    [N_MAPTYPE] = "MapType",
    [N_CHANTYPE] = "ChanType",
    [N_ELLIPSIS] = "Ellipsis",
    [N_FIELD] = "Field",
    [N_DECLSTMT] = "DeclStmt",
    [N_EMPTYSTMT] = "EmptyStmt",
    [N_LABELED] = "Labeled",
    [N_EXPRSTMT] = "ExprStmt",
    [N_SEND] = "Send",
    [N_INCDEC] = "IncDec",
    [N_ASSIGN] = "Assign",
    [N_GO] = "Go",
    [N_DEFER] = "Defer",
    [N_RETURN] = "Return",
    [N_BRANCH] = "Branch",
    [N_BLOCK] = "Block",
    [N_IF] = "If",
    [N_CASECLAUSE] = "CaseClause",
    [N_SWITCH] = "Switch",
    [N_TYPESWITCH] = "TypeSwitch",
    [N_COMMCLAUSE] = "CommClause",
    [N_SELECT] = "Select",
    [N_FOR] = "For",
    [N_RANGE] = "Range",
    [N_IMPORTSPEC] = "ImportSpec",
    [N_VALUESPEC] = "ValueSpec",
    [N_TYPESPEC] = "TypeSpec",
    [N_GENDECL] = "GenDecl",
    [N_FUNCDECL] = "FuncDecl",
    [N_FILE] = "File",
};

const char *ast_kind_name(NodeKind k)
{
    return (unsigned)k < N_KIND_COUNT && kind_names[k] ? kind_names[k] : "?";
}

Node *ast_new(Arena *a, NodeKind k, Pos pos)
{
    Node *n = ARENA_NEW(a, Node);
    n->kind = k;
    n->pos = pos;
    return n;
}

void nodelist_push(Arena *a, NodeList *l, Node *n)
{
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = ARENA_NEWN(a, Node *, cap);
        if (l->len) memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

Node *ast_unparen(Node *n)
{
    while (n && n->kind == N_PAREN) n = n->u.unary1.x;
    return n;
}

/* ---- expressions as text -------------------------------------------- */

static void put_expr(StrBuf *b, const Node *n);

static void put_list(StrBuf *b, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i > 0) sb_puts(b, ", ");
        put_expr(b, l->items[i]);
    }
}

/* A field list: "a, b int, c string" (each N_FIELD groups its names). */
static void put_fields(StrBuf *b, const NodeList *l, const char *sep)
{
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i > 0) sb_puts(b, sep);
        put_list(b, &f->u.field.names);
        if (f->u.field.names.len > 0) sb_putc(b, ' ');
        put_expr(b, ast_unparen(f->u.field.type));
        if (f->u.field.tag) {
            sb_putc(b, ' ');
            put_expr(b, f->u.field.tag);
        }
    }
}

static void put_signature(StrBuf *b, const Node *ft)
{
    const NodeList *res = &ft->u.functype.results;
    sb_putc(b, '(');
    put_fields(b, &ft->u.functype.params, ", ");
    sb_putc(b, ')');
    if (res->len == 0) return;
    sb_putc(b, ' ');
    if (res->len == 1 && res->items[0]->u.field.names.len == 0) {
        put_expr(b, res->items[0]->u.field.type);
    } else {
        sb_putc(b, '(');
        put_fields(b, res, ", ");
        sb_putc(b, ')');
    }
}

static void put_iface(StrBuf *b, const Node *n)
{
    const NodeList *l = &n->u.iface.elems;
    sb_puts(b, "interface{");
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i > 0) sb_puts(b, "; ");
        if (f->u.field.names.len > 0) {
            put_expr(b, f->u.field.names.items[0]);
            put_signature(b, f->u.field.type);
        } else {
            put_expr(b, f->u.field.type);
        }
    }
    sb_putc(b, '}');
}

static void put_chan(StrBuf *b, const Node *n)
{
    const Node *elem = n->u.chan.value;
    sb_puts(b, n->u.chan.dir == CHAN_RECV ? "<-chan " : n->u.chan.dir == CHAN_SEND ? "chan<- " : "chan ");
    /* chan (<-chan T) must not print as chan <-chan T */
    bool paren = n->u.chan.dir == CHAN_BOTH && elem && elem->kind == N_CHANTYPE &&
                 elem->u.chan.dir == CHAN_RECV;
    if (paren) sb_putc(b, '(');
    put_expr(b, elem);
    if (paren) sb_putc(b, ')');
}

/* The "[lo:hi:max]" of a slice expression. */
static void put_slice(StrBuf *b, const Node *n)
{
    sb_putc(b, '[');
    if (n->u.slice.lo) put_expr(b, n->u.slice.lo);
    sb_putc(b, ':');
    if (n->u.slice.hi) put_expr(b, n->u.slice.hi);
    if (n->u.slice.slice3) {
        sb_putc(b, ':');
        if (n->u.slice.max) put_expr(b, n->u.slice.max);
    }
    sb_putc(b, ']');
}

static void put_literal(StrBuf *b, const Node *n)
{
    if (n->kind == N_FUNCLIT) {
        put_expr(b, n->u.funclit.type);
        sb_puts(b, n->u.funclit.body && n->u.funclit.body->u.block.stmts.len ? " {…}" : " {}");
        return;
    }
    if (n->u.complit.type) put_expr(b, n->u.complit.type);
    sb_puts(b, n->u.complit.elts.len ? "{…}" : "{}");
}

static void put_type(StrBuf *b, const Node *n)
{
    switch (n->kind) {
    case N_ARRAYTYPE:
        sb_putc(b, '[');
        if (n->u.array.len) put_expr(b, n->u.array.len);
        sb_putc(b, ']');
        put_expr(b, n->u.array.elem);
        break;
    case N_STRUCTTYPE:
        sb_puts(b, "struct{");
        put_fields(b, &n->u.structt.fields, "; ");
        sb_putc(b, '}');
        break;
    case N_FUNCTYPE:
        sb_puts(b, "func");
        put_signature(b, n);
        break;
    case N_INTERFACETYPE: put_iface(b, n); break;
    case N_MAPTYPE:
        sb_puts(b, "map[");
        put_expr(b, n->u.map.key);
        sb_putc(b, ']');
        put_expr(b, n->u.map.value);
        break;
    case N_CHANTYPE: put_chan(b, n); break;
    case N_ELLIPSIS:
        sb_puts(b, "...");
        if (n->u.unary1.x) put_expr(b, n->u.unary1.x);
        break;
    default: sb_puts(b, "<bad expr>"); break;
    }
}

/* The operand on the left of a selector, index, slice, assertion, call
   or binary expression: such nodes form left-deep chains (a.b.c, f()(),
   x+y+z) that can be thousands long, so they are printed by a loop. */
static const Node *chain_left(const Node *n)
{
    switch (n->kind) {
    case N_SELECTOR: return n->u.sel.x;
    case N_INDEX: return n->u.index.x;
    case N_SLICE: return n->u.slice.x;
    case N_TYPEASSERT: return n->u.assert.x;
    case N_CALL: return n->u.call.fun;
    case N_BINARY: return n->u.binary.x;
    default: return NULL;
    }
}

/* What a chain node prints after its left operand. */
static void put_chain_suffix(StrBuf *b, const Node *n)
{
    switch (n->kind) {
    case N_SELECTOR:
        sb_putc(b, '.');
        put_expr(b, n->u.sel.sel);
        break;
    case N_INDEX:
        sb_putc(b, '[');
        put_list(b, &n->u.index.indices);
        sb_putc(b, ']');
        break;
    case N_SLICE: put_slice(b, n); break;
    case N_TYPEASSERT:
        sb_puts(b, ".(");
        if (n->u.assert.type) put_expr(b, n->u.assert.type);
        else sb_puts(b, "type");
        sb_putc(b, ')');
        break;
    case N_CALL:
        sb_putc(b, '(');
        put_list(b, &n->u.call.args);
        if (n->u.call.has_dots) sb_puts(b, "...");
        sb_putc(b, ')');
        break;
    case N_BINARY:
        sb_printf(b, " %s ", tok_str(n->u.binary.op));
        put_expr(b, n->u.binary.y);
        break;
    default: break;
    }
}

static void put_chain(StrBuf *b, const Node *n)
{
    VEC(const Node *) spine = {0};
    for (; n && chain_left(n); n = chain_left(n)) vec_push(&spine, n);
    put_expr(b, n);
    for (int i = spine.len - 1; i >= 0; i--) put_chain_suffix(b, spine.items[i]);
    vec_free(&spine);
}

static void put_expr(StrBuf *b, const Node *n)
{
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: sb_puts(b, n->u.ident.name); break;
    case N_BASICLIT: sb_put(b, n->u.lit.text, (size_t)n->u.lit.len); break;
    case N_COMPOSITELIT:
    case N_FUNCLIT: put_literal(b, n); break;
    case N_KEYVALUE:
        put_expr(b, n->u.kv.key);
        sb_puts(b, ": ");
        put_expr(b, n->u.kv.value);
        break;
    case N_PAREN:
        sb_putc(b, '(');
        put_expr(b, n->u.unary1.x);
        sb_putc(b, ')');
        break;
    case N_SELECTOR: case N_INDEX: case N_SLICE: case N_TYPEASSERT: case N_CALL: case N_BINARY:
        put_chain(b, n);
        break;
    case N_STAR:
        sb_putc(b, '*');
        put_expr(b, n->u.unary1.x);
        break;
    case N_UNARY:
        sb_puts(b, tok_str(n->u.unary.op));
        put_expr(b, n->u.unary.x);
        break;
    default: put_type(b, n); break;
    }
}

void ast_expr_string(StrBuf *b, const Node *n)
{
    put_expr(b, n);
}

/* ---- tree dump ------------------------------------------------------ */

/* The dump walks the tree with an explicit stack (trees can be very deep
   along left-deep chains); dump() only records a child to visit. */
typedef struct DumpItem {
    const char *role;
    const Node *n;
    int depth;
} DumpItem;

typedef struct Dumper {
    StrBuf *b;
    int depth;                /* depth of the children being recorded */
    VEC(DumpItem) stack, kids;
} Dumper;

static void dump(Dumper *d, const char *role, const Node *n)
{
    if (n) vec_push(&d->kids, ((DumpItem){role, n, d->depth}));
}

static void dump_list(Dumper *d, const char *role, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) dump(d, role, l->items[i]);
}

static void put_pos(StrBuf *b, const char *name, Pos p)
{
    sb_printf(b, " %s=%u:%u", name, (unsigned)p.line, (unsigned)p.col);
}

/* Literal text on one line: control characters (the newlines of raw
   strings, mostly) are written as escapes. */
static void put_lit(StrBuf *b, const Node *n)
{
    TokenKind k = n->u.lit.tok;
    sb_puts(b, k == T_STRING ? " STRING " : k == T_CHAR ? " CHAR " : k == T_FLOAT ? " FLOAT "
                             : k == T_IMAG ? " IMAG " : " INT ");
    for (int i = 0; i < n->u.lit.len; i++) {
        unsigned char c = (unsigned char)n->u.lit.text[i];
        if (c == '\n') sb_puts(b, "\\n");
        else if (c == '\r') sb_puts(b, "\\r");
        else if (c < 0x20 && c != '\t') sb_printf(b, "\\x%02x", c);
        else sb_putc(b, (char)c);
    }
}

/* The details printed on a node's own line, after "Kind line:col". */
static void dump_details(StrBuf *b, const Node *n)
{
    switch (n->kind) {
    case N_IDENT: sb_printf(b, " %s", n->u.ident.name); break;
    case N_BASICLIT: put_lit(b, n); break;
    case N_COMPOSITELIT:
        put_pos(b, "lbrace", n->u.complit.lbrace);
        put_pos(b, "rbrace", n->u.complit.rbrace);
        break;
    case N_KEYVALUE: put_pos(b, "colon", n->u.kv.colon); break;
    case N_INDEX:
    case N_SLICE:
        if (n->kind == N_SLICE && n->u.slice.slice3) sb_puts(b, " 3-index");
        put_pos(b, "lbrack", n->kind == N_INDEX ? n->u.index.lbrack : n->u.slice.lbrack);
        put_pos(b, "rbrack", n->kind == N_INDEX ? n->u.index.rbrack : n->u.slice.rbrack);
        break;
    case N_TYPEASSERT: put_pos(b, "lparen", n->u.assert.lparen); break;
    case N_CALL:
        if (n->u.call.has_dots) sb_puts(b, " ...");
        put_pos(b, "lparen", n->u.call.lparen);
        put_pos(b, "rparen", n->u.call.rparen);
        break;
    case N_UNARY: sb_printf(b, " %s", tok_str(n->u.unary.op)); break;
    case N_BINARY:
        sb_printf(b, " %s", tok_str(n->u.binary.op));
        put_pos(b, "op", n->u.binary.oppos);
        break;
    case N_CHANTYPE:
        sb_puts(b, n->u.chan.dir == CHAN_SEND ? " send" : n->u.chan.dir == CHAN_RECV ? " recv" : " both");
        break;
    case N_FIELD:
        if (n->u.field.embedded) sb_puts(b, " embedded");
        break;
    default: break;
    }
}

static void dump_stmt_details(StrBuf *b, const Node *n)
{
    switch (n->kind) {
    case N_SEND: put_pos(b, "arrow", n->u.send.arrow); break;
    case N_INCDEC:
        sb_printf(b, " %s", tok_str(n->u.incdec.tok));
        put_pos(b, "tok", n->u.incdec.tokpos);
        break;
    case N_ASSIGN:
        sb_printf(b, " %s", tok_str(n->u.assign.tok));
        put_pos(b, "tok", n->u.assign.tokpos);
        break;
    case N_BRANCH: sb_printf(b, " %s", tok_str(n->u.branch.tok)); break;
    case N_BLOCK: put_pos(b, "rbrace", n->u.block.rbrace); break;
    case N_CASECLAUSE:
        if (n->u.caseclause.is_default) sb_puts(b, " default");
        put_pos(b, "colon", n->u.caseclause.colon);
        break;
    case N_COMMCLAUSE:
        if (!n->u.commclause.comm) sb_puts(b, " default");
        put_pos(b, "colon", n->u.commclause.colon);
        break;
    case N_SWITCH: put_pos(b, "rbrace", n->u.switchs.rbrace); break;
    case N_TYPESWITCH: put_pos(b, "rbrace", n->u.typeswitch.rbrace); break;
    case N_RANGE:
        if (n->u.range.tok != T_EOF) sb_printf(b, " %s", tok_str(n->u.range.tok));
        break;
    case N_VALUESPEC:
        sb_printf(b, " iota=%d", n->u.valuespec.iota);
        if (n->u.valuespec.implicit) sb_puts(b, " implicit");
        break;
    case N_TYPESPEC:
        if (n->u.typespec.alias) sb_puts(b, " alias");
        break;
    case N_GENDECL: sb_printf(b, " %s", tok_str(n->u.gendecl.tok)); break;
    default: dump_details(b, n); break;
    }
}

/* Children of expression and type nodes. */
static void dump_expr_children(Dumper *d, const Node *n)
{
    switch (n->kind) {
    case N_COMPOSITELIT:
        dump(d, "type", n->u.complit.type);
        dump_list(d, "elt", &n->u.complit.elts);
        break;
    case N_KEYVALUE:
        dump(d, "key", n->u.kv.key);
        dump(d, "value", n->u.kv.value);
        break;
    case N_FUNCLIT:
        dump(d, "type", n->u.funclit.type);
        dump(d, "body", n->u.funclit.body);
        break;
    case N_PAREN:
    case N_STAR:
    case N_ELLIPSIS: dump(d, "x", n->u.unary1.x); break;
    case N_SELECTOR:
        dump(d, "x", n->u.sel.x);
        dump(d, "sel", n->u.sel.sel);
        break;
    case N_INDEX:
        dump(d, "x", n->u.index.x);
        dump_list(d, "index", &n->u.index.indices);
        break;
    case N_SLICE:
        dump(d, "x", n->u.slice.x);
        dump(d, "lo", n->u.slice.lo);
        dump(d, "hi", n->u.slice.hi);
        dump(d, "max", n->u.slice.max);
        break;
    case N_TYPEASSERT:
        dump(d, "x", n->u.assert.x);
        dump(d, "type", n->u.assert.type);
        break;
    case N_CALL:
        dump(d, "fun", n->u.call.fun);
        dump_list(d, "arg", &n->u.call.args);
        break;
    case N_UNARY: dump(d, "x", n->u.unary.x); break;
    case N_BINARY:
        dump(d, "x", n->u.binary.x);
        dump(d, "y", n->u.binary.y);
        break;
    default: break;
    }
}

static void dump_type_children(Dumper *d, const Node *n)
{
    switch (n->kind) {
    case N_ARRAYTYPE:
        dump(d, "len", n->u.array.len);
        dump(d, "elem", n->u.array.elem);
        break;
    case N_STRUCTTYPE: dump_list(d, "field", &n->u.structt.fields); break;
    case N_FUNCTYPE:
        dump_list(d, "tparam", &n->u.functype.tparams);
        dump_list(d, "param", &n->u.functype.params);
        dump_list(d, "result", &n->u.functype.results);
        break;
    case N_INTERFACETYPE: dump_list(d, "elem", &n->u.iface.elems); break;
    case N_MAPTYPE:
        dump(d, "key", n->u.map.key);
        dump(d, "value", n->u.map.value);
        break;
    case N_CHANTYPE: dump(d, "elem", n->u.chan.value); break;
    case N_FIELD:
        dump_list(d, "name", &n->u.field.names);
        dump(d, "type", n->u.field.type);
        dump(d, "tag", n->u.field.tag);
        break;
    default: dump_expr_children(d, n); break;
    }
}

static void dump_control_children(Dumper *d, const Node *n)
{
    switch (n->kind) {
    case N_IF:
        dump(d, "init", n->u.ifs.init);
        dump(d, "cond", n->u.ifs.cond);
        dump(d, "then", n->u.ifs.then);
        dump(d, "else", n->u.ifs.els);
        break;
    case N_CASECLAUSE:
        dump_list(d, "case", &n->u.caseclause.list);
        dump_list(d, "stmt", &n->u.caseclause.body);
        break;
    case N_SWITCH:
        dump(d, "init", n->u.switchs.init);
        dump(d, "tag", n->u.switchs.tag);
        dump_list(d, "clause", &n->u.switchs.clauses);
        break;
    case N_TYPESWITCH:
        dump(d, "init", n->u.typeswitch.init);
        dump(d, "lhs", n->u.typeswitch.lhs);
        dump(d, "x", n->u.typeswitch.x);
        dump_list(d, "clause", &n->u.typeswitch.clauses);
        break;
    case N_COMMCLAUSE:
        dump(d, "comm", n->u.commclause.comm);
        dump_list(d, "stmt", &n->u.commclause.body);
        break;
    case N_SELECT: dump_list(d, "clause", &n->u.select.clauses); break;
    case N_FOR:
        dump(d, "init", n->u.fors.init);
        dump(d, "cond", n->u.fors.cond);
        dump(d, "post", n->u.fors.post);
        dump(d, "body", n->u.fors.body);
        break;
    case N_RANGE:
        dump(d, "key", n->u.range.key);
        dump(d, "value", n->u.range.value);
        dump(d, "x", n->u.range.x);
        dump(d, "body", n->u.range.body);
        break;
    default: dump_type_children(d, n); break;
    }
}

static void dump_stmt_children(Dumper *d, const Node *n)
{
    switch (n->kind) {
    case N_DECLSTMT: dump(d, "decl", n->u.declstmt.decl); break;
    case N_LABELED:
        dump(d, "label", n->u.labeled.label);
        dump(d, "stmt", n->u.labeled.stmt);
        break;
    case N_EXPRSTMT: dump(d, "x", n->u.exprstmt.x); break;
    case N_SEND:
        dump(d, "chan", n->u.send.chan);
        dump(d, "value", n->u.send.value);
        break;
    case N_INCDEC: dump(d, "x", n->u.incdec.x); break;
    case N_ASSIGN:
        dump_list(d, "lhs", &n->u.assign.lhs);
        dump_list(d, "rhs", &n->u.assign.rhs);
        break;
    case N_GO:
    case N_DEFER: dump(d, "call", n->u.gostmt.call); break;
    case N_RETURN: dump_list(d, "result", &n->u.ret.results); break;
    case N_BRANCH: dump(d, "label", n->u.branch.label); break;
    case N_BLOCK: dump_list(d, "stmt", &n->u.block.stmts); break;
    default: dump_control_children(d, n); break;
    }
}

static void dump_children(Dumper *d, const Node *n)
{
    switch (n->kind) {
    case N_IMPORTSPEC:
        dump(d, "name", n->u.import.name);
        dump(d, "path", n->u.import.path);
        break;
    case N_VALUESPEC:
        dump_list(d, "name", &n->u.valuespec.names);
        if (n->u.valuespec.implicit) break; /* type and values were shown before */
        dump(d, "type", n->u.valuespec.type);
        dump_list(d, "value", &n->u.valuespec.values);
        break;
    case N_TYPESPEC:
        dump(d, "name", n->u.typespec.name);
        dump_list(d, "tparam", &n->u.typespec.tparams);
        dump(d, "type", n->u.typespec.type);
        break;
    case N_GENDECL: dump_list(d, "spec", &n->u.gendecl.specs); break;
    case N_FUNCDECL:
        dump(d, "recv", n->u.funcdecl.recv);
        dump(d, "name", n->u.funcdecl.name);
        dump(d, "type", n->u.funcdecl.type);
        dump(d, "body", n->u.funcdecl.body);
        break;
    case N_FILE:
        dump(d, "package", n->u.file.pkgname);
        dump_list(d, "decl", &n->u.file.decls);
        break;
    default: dump_stmt_children(d, n); break;
    }
}

static void dump_line(StrBuf *b, const DumpItem *it)
{
    const Node *n = it->n;
    for (int i = 0; i < it->depth; i++) sb_puts(b, "  ");
    if (it->role) sb_printf(b, "%s: ", it->role);
    sb_printf(b, "%s %u:%u", ast_kind_name(n->kind), (unsigned)n->pos.line, (unsigned)n->pos.col);
    dump_stmt_details(b, n);
    sb_putc(b, '\n');
}

void ast_dump(StrBuf *b, const Node *n, int indent)
{
    Dumper d = {b, indent, {0}, {0}};
    if (!n) return;
    vec_push(&d.stack, ((DumpItem){NULL, n, indent}));
    while (d.stack.len > 0) {
        DumpItem it = d.stack.items[--d.stack.len];
        dump_line(b, &it);
        d.depth = it.depth + 1;
        d.kids.len = 0;
        dump_children(&d, it.n);
        for (int i = d.kids.len - 1; i >= 0; i--) vec_push(&d.stack, d.kids.items[i]);
    }
    vec_free(&d.stack);
    vec_free(&d.kids);
}
