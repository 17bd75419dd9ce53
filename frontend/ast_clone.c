/* ast_clone.c - deep copies of syntax trees.
 *
 * Generic functions and methods are compiled per instantiation (stenciling,
 * see docs/design.md): each instance is a copy of the declaration's tree,
 * checked with the type parameters bound to the type arguments. A copy
 * shares nothing with the original but interned names and literal text,
 * and carries none of the checker's annotations.
 */
#include "ast_clone.h"

#include <string.h>

static Node *clone(Arena *a, const Node *n);

static NodeList clone_list(Arena *a, const NodeList *l)
{
    NodeList r = {0};
    if (!l->len) return r;
    r.items = arena_alloc(a, sizeof(Node *) * (size_t)l->len);
    r.len = r.cap = l->len;
    for (int i = 0; i < l->len; i++) r.items[i] = clone(a, l->items[i]);
    return r;
}

#define C(f) d->u.f = clone(a, n->u.f)
#define L(f) d->u.f = clone_list(a, &n->u.f)

static Node *clone(Arena *a, const Node *n)
{
    if (!n) return NULL;
    Node *d = arena_alloc(a, sizeof(Node));
    d->kind = n->kind;
    d->pos = n->pos;
    switch (n->kind) {
    case N_IDENT: d->u.ident.name = n->u.ident.name; break;
    case N_BASICLIT: d->u.lit = n->u.lit; break;
    case N_COMPOSITELIT:
        C(complit.type);
        L(complit.elts);
        d->u.complit.lbrace = n->u.complit.lbrace;
        d->u.complit.rbrace = n->u.complit.rbrace;
        break;
    case N_KEYVALUE:
        C(kv.key);
        C(kv.value);
        d->u.kv.colon = n->u.kv.colon;
        break;
    case N_FUNCLIT:
        C(funclit.type);
        C(funclit.body);
        break;
    case N_PAREN:
    case N_STAR:
    case N_ELLIPSIS: C(unary1.x); break;
    case N_SELECTOR:
        C(sel.x);
        C(sel.sel);
        break;
    case N_INDEX:
        C(index.x);
        L(index.indices);
        d->u.index.lbrack = n->u.index.lbrack;
        d->u.index.rbrack = n->u.index.rbrack;
        break;
    case N_SLICE:
        C(slice.x);
        C(slice.lo);
        C(slice.hi);
        C(slice.max);
        d->u.slice.slice3 = n->u.slice.slice3;
        d->u.slice.lbrack = n->u.slice.lbrack;
        d->u.slice.rbrack = n->u.slice.rbrack;
        break;
    case N_TYPEASSERT:
        C(assert.x);
        C(assert.type);
        d->u.assert.lparen = n->u.assert.lparen;
        break;
    case N_CALL:
        C(call.fun);
        L(call.args);
        d->u.call.has_dots = n->u.call.has_dots;
        d->u.call.lparen = n->u.call.lparen;
        d->u.call.rparen = n->u.call.rparen;
        break;
    case N_UNARY:
        d->u.unary.op = n->u.unary.op;
        C(unary.x);
        break;
    case N_BINARY:
        d->u.binary.op = n->u.binary.op;
        C(binary.x);
        C(binary.y);
        d->u.binary.oppos = n->u.binary.oppos;
        break;
    case N_ARRAYTYPE:
        C(array.len);
        C(array.elem);
        break;
    case N_STRUCTTYPE: L(structt.fields); break;
    case N_FUNCTYPE:
        L(functype.tparams);
        L(functype.params);
        L(functype.results);
        break;
    case N_INTERFACETYPE: L(iface.elems); break;
    case N_MAPTYPE:
        C(map.key);
        C(map.value);
        break;
    case N_CHANTYPE:
        d->u.chan.dir = n->u.chan.dir;
        C(chan.value);
        break;
    case N_FIELD:
        L(field.names);
        C(field.type);
        C(field.tag);
        d->u.field.embedded = n->u.field.embedded;
        break;
    case N_DECLSTMT: C(declstmt.decl); break;
    case N_LABELED:
        C(labeled.label);
        C(labeled.stmt);
        break;
    case N_EXPRSTMT: C(exprstmt.x); break;
    case N_SEND:
        C(send.chan);
        C(send.value);
        d->u.send.arrow = n->u.send.arrow;
        break;
    case N_INCDEC:
        C(incdec.x);
        d->u.incdec.tok = n->u.incdec.tok;
        d->u.incdec.tokpos = n->u.incdec.tokpos;
        break;
    case N_ASSIGN:
        L(assign.lhs);
        L(assign.rhs);
        d->u.assign.tok = n->u.assign.tok;
        d->u.assign.tokpos = n->u.assign.tokpos;
        break;
    case N_GO:
    case N_DEFER: C(gostmt.call); break;
    case N_RETURN: L(ret.results); break;
    case N_BRANCH:
        d->u.branch.tok = n->u.branch.tok;
        C(branch.label);
        break;
    case N_BLOCK:
        L(block.stmts);
        d->u.block.rbrace = n->u.block.rbrace;
        break;
    case N_IF:
        C(ifs.init);
        C(ifs.cond);
        C(ifs.then);
        C(ifs.els);
        break;
    case N_CASECLAUSE:
        L(caseclause.list);
        L(caseclause.body);
        d->u.caseclause.is_default = n->u.caseclause.is_default;
        d->u.caseclause.colon = n->u.caseclause.colon;
        break;
    case N_SWITCH:
        C(switchs.init);
        C(switchs.tag);
        L(switchs.clauses);
        d->u.switchs.rbrace = n->u.switchs.rbrace;
        break;
    case N_TYPESWITCH:
        C(typeswitch.init);
        C(typeswitch.lhs);
        C(typeswitch.x);
        L(typeswitch.clauses);
        d->u.typeswitch.rbrace = n->u.typeswitch.rbrace;
        break;
    case N_COMMCLAUSE:
        C(commclause.comm);
        L(commclause.body);
        d->u.commclause.colon = n->u.commclause.colon;
        break;
    case N_SELECT: L(select.clauses); break;
    case N_FOR:
        C(fors.init);
        C(fors.cond);
        C(fors.post);
        C(fors.body);
        break;
    case N_RANGE:
        C(range.key);
        C(range.value);
        d->u.range.tok = n->u.range.tok;
        C(range.x);
        C(range.body);
        break;
    case N_IMPORTSPEC:
        C(import.name);
        C(import.path);
        break;
    case N_VALUESPEC:
        L(valuespec.names);
        C(valuespec.type);
        if (n->u.valuespec.implicit) {
            /* repeated values are shared by design (see ast.h) */
            d->u.valuespec.values = clone_list(a, &n->u.valuespec.values);
        } else {
            L(valuespec.values);
        }
        d->u.valuespec.iota = n->u.valuespec.iota;
        d->u.valuespec.implicit = n->u.valuespec.implicit;
        break;
    case N_TYPESPEC:
        C(typespec.name);
        L(typespec.tparams);
        d->u.typespec.alias = n->u.typespec.alias;
        C(typespec.type);
        break;
    case N_GENDECL:
        d->u.gendecl.tok = n->u.gendecl.tok;
        L(gendecl.specs);
        break;
    case N_FUNCDECL:
        C(funcdecl.recv);
        C(funcdecl.name);
        C(funcdecl.type);
        C(funcdecl.body);
        break;
    default:
        /* N_BAD, N_EMPTYSTMT, N_FILE: nothing below them to copy */
        d->u = n->u;
        break;
    }
    return d;
}

Node *ast_clone(Arena *a, const Node *n)
{
    return clone(a, n);
}
