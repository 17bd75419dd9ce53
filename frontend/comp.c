/* comp.c - the compiler's driver: functions, package variables and
 * initialisers, method tables, wrappers, itabs and the entry function.
 *
 * Every declared function gets its Func shell on first reference
 * (comp_func_of), so calls can be emitted before the callee is compiled.
 * Functions are compiled one at a time into a fresh Comp; function literals
 * are compiled when their enclosing function reaches them.
 *
 * Wrappers (compiler-generated functions, hidden in tracebacks):
 *   - pointer wrappers: (*T).M for a value method M, dereferencing the
 *     receiver (method sets of *T, itabs of non-pointer-shaped T);
 *   - promoted wrappers: methods promoted through embedded fields;
 *   - bound method values: x.M as a closure capturing the receiver;
 *   - interface method values and expressions;
 *   - deferred built-in calls (defer println(x)).
 *
 * What is compiled before the program runs: every function of the main
 * package and the package initialisers. A library function gets a Func
 * shell when compiled code first refers to it (comp_func_of) and is
 * checked and compiled on its first call (comp_lazy, through
 * VM.compile_lazy: the interpreter calls it when it enters a Func not yet
 * threaded), so a program pays only for the library code it runs.
 * GOVM_CHECK_ALL compiles everything before the run instead.
 *
 * A type's method table is built when a conversion to a non-empty
 * interface needs its itab, for every defined type of an eagerly compiled
 * package, and otherwise on first use at run time (VM.method_table, by
 * comp_method_table_now); its entries may be shells, compiled when first
 * called through an interface.
 */
#include "comp_internal.h"

#include <stdlib.h>
#include <string.h>

#include "../lib/lib.h"
#include "../vm/interp.h"

#define TT (c->tt)

/* ---- Func shells ------------------------------------------------------------ */

static uint32_t sig_param_slots(Comp *c, Type *sig)
{
    uint32_t n = 0;
    for (int i = 0; i < sig->nparams; i++) n += (uint32_t)tslots(c, sig->params[i]);
    return n;
}

static uint32_t sig_result_slots(Comp *c, Type *sig)
{
    uint32_t n = 0;
    for (int i = 0; i < sig->nresults; i++) n += (uint32_t)tslots(c, sig->results[i]);
    return n;
}

Func *comp_new_func(Comp *c, const char *name, Type *sig, uint32_t nparams, uint32_t nresults)
{
    Func *f = ARENA_NEW(&c->vm->arena, Func);
    f->name = name;
    f->type = sig;
    f->nparams = nparams;
    f->nresults = nresults;
    f->pkg = c->pkg;
    Closure *cl = arena_alloc(&c->vm->arena, sizeof(Closure));
    cl->fn = f;
    f->closure0 = cl;
    vec_push(&c->vm->funcs, f);
    return f;
}

static const char *method_name(Comp *c, Object *m)
{
    Node *recv = m->decl->u.funcdecl.recv;
    bool ptr = ast_unparen(recv->u.field.type)->kind == N_STAR;
    Type *base = m->recv_base;
    const char *tn = base && base->name ? base->name : "?";
    if (base && base->origin) {
        /* methods of generic types print as T[...].M, as Go's tracebacks do */
        tn = arena_printf(&c->vm->arena, "%s[...]", base->origin->name);
    }
    const char *pn = m->pkg ? m->pkg->path : "main"; /* tracebacks name the import path */
    if (ptr) return arena_printf(&c->vm->arena, "%s.(*%s).%s", pn, tn, m->name);
    return arena_printf(&c->vm->arena, "%s.%s.%s", pn, tn, m->name);
}

static void queue_body(Program *p, Object *o)
{
    if (o->flags & OF_QUEUED) return;
    o->flags |= OF_QUEUED;
    vec_push(&p->compile_queue, o);
}

Func *comp_func_of(Comp *c, Object *o)
{
    if (o->fn) return o->fn;
    Type *sig = type_under(o->type);
    uint32_t np = sig_param_slots(c, sig);
    const char *name;
    if (o->flags & OF_METHOD) {
        np += (uint32_t)tslots(c, o->finfo->recv->type);
        name = method_name(c, o);
    } else {
        name = arena_printf(&c->vm->arena, "%s.%s%s", o->pkg ? o->pkg->path : "main", o->name,
                            o->origin ? "[...]" : "");
    }
    Func *f = comp_new_func(c, name, sig, np, sig_result_slots(c, sig));
    f->pkg = o->pkg;
    if (o->decl && o->decl->pos.line) {
        f->line = o->decl->pos.line;
        f->file = c->p->ss->files.items[o->decl->pos.file].name;
    }
    o->fn = f;
    if (o->finfo && o->decl && o->decl->kind == N_FUNCDECL && o->decl->u.funcdecl.body && !(o->flags & OF_GENERIC))
        queue_body(c->p, o);
    if (o->flags & OF_NATIVE) {
        /* "pkgpath.Name" or "pkgpath.Type.Name" */
        const char *nn;
        if (o->flags & OF_METHOD)
            nn = arena_printf(&c->vm->arena, "%s.%s.%s", o->pkg->path, o->recv_base ? o->recv_base->name : "?", o->name);
        else
            nn = arena_printf(&c->vm->arena, "%s.%s", o->pkg->path, o->name);
        f->native = lib_find_native(nn);
        if (!f->native) diag_error(c->p->ss, o->pos, "missing function body (no native %s)", nn);
    }
    return f;
}

/* ---- per-function compilation --------------------------------------------------- */

static void comp_reset(Comp *c, Func *fn, FuncInfo *fi)
{
    c->fn = fn;
    c->fi = fi;
    c->code.len = 0;
    c->last_op = -1;
    c->prev_op = -1;
    c->label_at = -1;
    c->lines.len = 0;
    c->line = 0;
    c->vs.len = 0;
    c->maxdepth = 0;
    c->dead = false;
    c->nparams = fn->nparams;
    c->localptr.len = 0;
    c->maps.len = 0;
    c->targets = NULL;
    c->goto_nodes.len = 0;
    c->goto_labels.len = 0;
    c->result_base = -1;
    c->results_in_slots = false;
    c->nlits = 0;
}

/* A compiler for program p, compiling code of package pkg. */
static Comp *comp_new(Program *p, Package *pkg)
{
    Comp *c = util_calloc(1, sizeof(Comp));
    c->p = p;
    c->vm = p->vm;
    c->tt = p->types;
    c->pkg = pkg;
    return c;
}

static Comp *comp_sub(Comp *parent)
{
    return comp_new(parent->p, parent->pkg);
}

static void comp_free(Comp *c)
{
    vec_free(&c->code);
    vec_free(&c->lines);
    vec_free(&c->vs);
    vec_free(&c->localptr);
    vec_free(&c->maps);
    for (int i = 0; i < c->labels_owned.len; i++) {
        vec_free(&c->labels_owned.items[i]->fixups);
        free(c->labels_owned.items[i]);
    }
    vec_free(&c->labels_owned);
    vec_free(&c->goto_nodes);
    vec_free(&c->goto_labels);
    free(c);
}

/* Copies the compiled code and tables into the Func. */
void comp_finish_func(Comp *c)
{
    Func *f = c->fn;
    Arena *a = &c->vm->arena;
    comp_fuse(c);
    f->ncode = (uint32_t)c->code.len;
    f->code = arena_alloc(a, sizeof(Code) * (f->ncode ? f->ncode : 1));
    if (f->ncode) memcpy(f->code, c->code.items, sizeof(Code) * f->ncode);
    f->nlines = (uint32_t)c->lines.len;
    f->lines = arena_alloc(a, sizeof(LineEntry) * (f->nlines ? f->nlines : 1));
    if (f->nlines) memcpy(f->lines, c->lines.items, sizeof(LineEntry) * f->nlines);
    f->nmaps = (uint32_t)c->maps.len;
    f->maps = arena_alloc(a, sizeof(StackMap) * (f->nmaps ? f->nmaps : 1));
    if (f->nmaps) memcpy(f->maps, c->maps.items, sizeof(StackMap) * f->nmaps);
    f->nlocals = (uint32_t)c->localptr.len;
    f->maxstack = (uint32_t)c->maxdepth + 8; /* + slack for natives' scratch */
    uint32_t nslots = f->nparams + FRAME_HDR + f->nlocals;
    f->localmask = arena_alloc(a, sizeof(uint64_t) * ((nslots + 63) / 64 + 1));
    /* the mask describes the parameters only for functions from source */
    f->masked = c->fi != NULL;
    for (uint32_t i = 0; i < f->nlocals; i++)
        if (c->localptr.items[i]) {
            uint32_t s = f->nparams + FRAME_HDR + i;
            f->localmask[s / 64] |= 1ULL << (s % 64);
        }
    /* parameters: from the signature */
    if (c->fi) {
        uint32_t s = 0;
        Object *recv = c->fi->recv;
        if (recv) {
            type_layout(TT, recv->type);
            for (uint32_t k = 0; k < recv->type->slots; k++, s++)
                if (recv->type->ptrmask && (recv->type->ptrmask[k / 64] >> (k % 64)) & 1)
                    f->localmask[s / 64] |= 1ULL << (s % 64);
        }
        for (int i = 0; i < c->fi->params.len; i++) {
            Type *t = c->fi->params.items[i]->type;
            type_layout(TT, t);
            bool cplx = type_is_complex(type_under(t));
            for (uint32_t k = 0; k < t->slots; k++, s++)
                if (!cplx && t->ptrmask && (t->ptrmask[k / 64] >> (k % 64)) & 1)
                    f->localmask[s / 64] |= 1ULL << (s % 64);
        }
    }
}

Label *comp_exit_label(Comp *c)
{
    /* the exit block is the last label made by comp_function (stored in
       result_base's companion: labels_owned[0]) */
    return c->labels_owned.items[0];
}

/* Assigns parameter slots and boxes escaping parameters. */
static void prologue(Comp *c, FuncInfo *fi)
{
    int slot = 0;
    ObjVec all = {0};
    if (fi->recv) vec_push(&all, fi->recv);
    for (int i = 0; i < fi->params.len; i++) vec_push(&all, fi->params.items[i]);
    for (int i = 0; i < all.len; i++) {
        Object *v = all.items[i];
        int n = tslots(c, v->type);
        v->slot = slot;
        if (comp_is_boxed(v)) {
            /* move the argument into a heap cell */
            int cell = local_alloc_raw(c, 1, true);
            comp_box_new(c, v->type);
            emit0(c, OP_DUP);
            vpush(c, true);
            if (n == 1) emit1(c, OP_LD, slot);
            else if (n > 1) emit2(c, OP_LDN, slot, n);
            vpush_type(c, v->type);
            emit_store_ptr(c, v->type, 0);
            emit1(c, OP_ST, cell);
            vpop(c, 1);
            v->slot = cell;
        }
        slot += n;
    }
    vec_free(&all);
    for (int i = 0; i < fi->results.len; i++) {
        Object *r = fi->results.items[i];
        r->slot = -1;
        comp_declare_local(c, r);
        if (comp_is_boxed(r)) {
            comp_box_new(c, r->type);
            emit1(c, OP_ST, r->slot);
            vpop(c, 1);
        }
    }
}

static void epilogue(Comp *c, FuncInfo *fi, Label *exit)
{
    Type *sig = fi->sig;
    if (!c->results_in_slots) {
        if (!c->dead) {
            emit0(c, OP_RET);
            c->dead = true;
        }
        label_bind(c, exit); /* unused */
        return;
    }
    if (!c->dead) emit_jump(c, OP_JMP, exit);
    vset_depth(c, 0);
    c->dead = true;
    label_bind(c, exit);
    c->fn->deferret = (uint32_t)code_pos(c);
    if (fi->has_defer) {
        safepoint(c);
        emit0(c, OP_RUNDEFER);
    }
    for (int i = 0; i < sig->nresults; i++) comp_load_var(c, fi->results.items[i]);
    emit0(c, OP_RET);
    vset_depth(c, 0);
    c->dead = true;
}

static void compile_function(Comp *parent, Func *fn, FuncInfo *fi, Node *body)
{
    Comp *c = comp_sub(parent);
    comp_reset(c, fn, fi);
    Label *exit = label_new(c); /* labels_owned[0]: see comp_exit_label */
    c->results_in_slots = fi->has_defer || fi->named_results;
    set_line(c, body->pos);
    safepoint(c);
    emit0(c, OP_ENTRY);
    prologue(c, fi);
    comp_body(c, body);
    set_line(c, body->u.block.rbrace);
    epilogue(c, fi, exit);
    comp_finish_func(c);
    comp_free(c);
}

Func *comp_compile_funclit(Comp *c, FuncInfo *fi)
{
    const char *name;
    bool nested = c->fi && c->fi->decl && c->fi->decl->kind == N_FUNCLIT;
    c->nlits++;
    if (nested) name = arena_printf(&c->vm->arena, "%s.%d", c->fn->name, c->nlits);
    else name = arena_printf(&c->vm->arena, "%s.func%d", c->fn->name, c->nlits);
    Type *sig = fi->sig;
    Func *f = comp_new_func(c, name, sig, sig_param_slots(c, sig), sig_result_slots(c, sig));
    Node *lit = fi->decl;
    f->line = lit->pos.line;
    f->file = c->p->ss->files.items[lit->pos.file].name;
    f->ncaps = (uint32_t)fi->captures.len;
    compile_function(c, f, fi, lit->u.funclit.body);
    return f;
}

/* ---- wrappers ---------------------------------------------------------------------- */

/* Starts generating the code of wrapper f. */
static Comp *wrapper_open(Comp *parent, Func *f)
{
    Comp *c = comp_sub(parent);
    comp_reset(c, f, NULL);
    safepoint(c);
    emit0(c, OP_ENTRY);
    return c;
}

static Comp *wrapper_begin(Comp *parent, const char *name, Type *sig, uint32_t nparams)
{
    Func *f = comp_new_func(parent, name, sig, nparams, sig_result_slots(parent, sig));
    f->wrapper = true;
    return wrapper_open(parent, f);
}

static Func *wrapper_end(Comp *c)
{
    emit0(c, OP_RET);
    comp_finish_func(c);
    Func *f = c->fn;
    comp_free(c);
    return f;
}

/* Pushes the method's own parameters from fp slots starting at `first`. */
static void push_params(Comp *c, Type *sig, int first)
{
    int s = first;
    for (int i = 0; i < sig->nparams; i++) {
        int n = tslots(c, sig->params[i]);
        if (n == 1) emit1(c, OP_LD, s);
        else if (n > 1) emit2(c, OP_LDN, s, n);
        vpush_type(c, sig->params[i]);
        s += n;
    }
}

static void call_func(Comp *c, Func *f, Type *sig, int argslots)
{
    vpop(c, argslots);
    emit_op(c, OP_CALL);
    emit_ptr(c, f);
    safepoint(c);
    for (int i = 0; i < sig->nresults; i++) vpush_type(c, sig->results[i]);
}

/* The body of the (*T).M wrapper of value method m of T: load *p, call. */
static void emit_ptr_method_wrapper(Comp *w, Type *t, Method *m)
{
    Type *sig = m->sig;
    emit1(w, OP_LD, 0);
    vpush(w, true);
    emit_load_ptr(w, t, 0);
    push_params(w, sig, 1);
    Func *target = m->fn ? m->fn : comp_func_of(w, m->obj);
    call_func(w, target, sig, (int)sig_param_slots(w, sig) + tslots(w, t));
}

static Func *ptr_method_wrapper_shell(Comp *c, Type *t, Method *m)
{
    const char *pn = t->pkg ? package_head(t->pkg)->path : "main";
    const char *name = arena_printf(&c->vm->arena, "%s.(*%s).%s", pn, t->name ? t->name : "?", m->name);
    uint32_t np = 1 + sig_param_slots(c, m->sig);
    Func *f = comp_new_func(c, name, m->sig, np, sig_result_slots(c, m->sig));
    f->wrapper = true;
    return f;
}

Func *comp_ptr_method_wrapper(Comp *c, Type *t, Method *m)
{
    Comp *w = wrapper_open(c, ptr_method_wrapper_shell(c, t, m));
    emit_ptr_method_wrapper(w, t, m);
    return wrapper_end(w);
}

/* A pointer-method wrapper in a method table is generated on its first
   call (comp_lazy): tables list one for every value method of every type
   converted to an interface, and most are never called. */
typedef struct LazyWrapper {
    Type *t;
    Method m;
} LazyWrapper;

static Func *lazy_ptr_method_wrapper(Comp *c, Type *t, Method *m)
{
    Func *f = ptr_method_wrapper_shell(c, t, m);
    LazyWrapper *lw = ARENA_NEW(&c->vm->arena, LazyWrapper);
    lw->t = t;
    lw->m = *m;
    f->lazy = lw;
    f->lazy_wrapper = true;
    return f;
}

/* Pushes the interface-data-word receiver of type t as a pointer lvalue
   base (or value) and walks an embedding path; leaves the final receiver
   for method m (value or pointer as m wants) on the stack. */
static void wrapper_receiver(Comp *c, Type *t, bool from_dataword, int *path, int pathlen, bool want_ptr,
                             bool target_is_iface)
{
    LValue lv;
    memset(&lv, 0, sizeof lv);
    Type *u = type_under(t);
    if (from_dataword && (t->flags & TF_DIRECTIFACE) && u->kind != KIND_POINTER) {
        /* the data word is the value itself */
        lv.kind = LV_SLOT;
        lv.slot = 0;
        lv.type = t;
    } else if (u->kind == KIND_POINTER && !type_is_named(t)) {
        emit1(c, OP_LD, 0);
        vpush(c, true);
        lv.kind = LV_PTR;
        lv.parts = 1;
        lv.type = u->elem;
    } else if (from_dataword) {
        emit1(c, OP_LD, 0);
        vpush(c, true);
        lv.kind = LV_PTR;
        lv.parts = 1;
        lv.type = t;
    } else {
        lv.kind = LV_SLOT;
        lv.slot = 0;
        lv.type = t;
    }
    /* walk (same as the expression compiler's path walk) */
    for (int i = 0; i < pathlen; i++) {
        Type *cu = type_under(lv.type);
        if (cu->kind == KIND_POINTER) {
            comp_lv_load(c, &lv, false);
            lv.kind = LV_PTR;
            lv.type = cu->elem;
            lv.off = 0;
            lv.parts = 1;
            cu = type_under(lv.type);
        }
        type_layout(TT, cu);
        Field *f = &cu->fields[path[i]];
        if (lv.kind == LV_SLOT) {
            lv.kind = LV_FRAME;
            lv.off = (uint32_t)lv.slot * 8;
        }
        lv.off += f->offset;
        lv.type = f->type;
    }
    Type *fu = type_under(lv.type);
    if (target_is_iface) {
        comp_lv_load(c, &lv, false);
        return;
    }
    if (want_ptr) {
        if (fu->kind == KIND_POINTER) {
            comp_lv_load(c, &lv, false);
        } else if (lv.kind == LV_PTR) {
            vpop(c, 1);
            if (lv.off) emit1(c, OP_ADDR, lv.off);
            vpush(c, true);
        } else {
            /* a value receiver held in the frame cannot be addressed; load
               it (only reachable for promoted methods of values that are
               not in a method set) */
            comp_lv_load(c, &lv, false);
        }
        return;
    }
    if (fu->kind == KIND_POINTER) {
        comp_lv_load(c, &lv, false);
        emit_load_ptr(c, fu->elem, 0);
        return;
    }
    comp_lv_load(c, &lv, false);
}

static int iface_index(Type *iface, const char *name)
{
    Type *u = type_under(iface);
    for (int i = 0; i < u->nimethods; i++)
        if (u->imethods[i].name == name) return i;
    return 0;
}

/* The type at the end of an embedding path (for interface targets). */
static Type *path_type(Type *t, int *path, int n)
{
    for (int i = 0; i < n; i++) {
        Type *u = type_under(t);
        if (u->kind == KIND_POINTER) u = type_under(u->elem);
        t = u->fields[path[i]].type;
    }
    if (type_under(t)->kind == KIND_POINTER && type_under(type_under(t)->elem)->kind == KIND_INTERFACE)
        t = type_under(t)->elem;
    return t;
}

/* A wrapper for method name of type t reached through lk (promoted or
   declared), whose receiver is the interface data word of t. */
static Func *dataword_wrapper(Comp *c, Type *t, Lookup *lk, const char *mname)
{
    Type *sig = lk->method->sig;
    const char *name = arena_printf(&c->vm->arena, "%s.%s", type_string(t), mname);
    uint32_t np = 1 + sig_param_slots(c, sig);
    Comp *w = wrapper_begin(c, name, sig, np);
    bool iface_target = lk->method->obj == NULL;
    if (iface_target) {
        Type *it = path_type(t, lk->path, lk->pathlen);
        wrapper_receiver(w, t, true, lk->path, lk->pathlen, false, true);
        push_params(w, sig, 1);
        int nargs = (int)sig_param_slots(w, sig);
        vpop(w, nargs + 2);
        emit2(w, OP_CALLI, iface_index(it, mname), nargs);
        safepoint(w);
        for (int i = 0; i < sig->nresults; i++) vpush_type(w, sig->results[i]);
        return wrapper_end(w);
    }
    Object *m = lk->method->obj;
    bool want_ptr = lk->method->ptr_recv;
    wrapper_receiver(w, t, true, lk->path, lk->pathlen, want_ptr, false);
    push_params(w, sig, 1);
    Func *target = comp_func_of(w, m);
    call_func(w, target, sig, (int)target->nparams);
    return wrapper_end(w);
}

/* Bound method value x.M: the closure captures the receiver (already in
   the method's receiver form). */
Func *comp_method_value_wrapper(Comp *c, Type *recv, Node *sel)
{
    Object *m = sel->u.sel.obj;
    Type *sig = type_under(m->type);
    const char *name = arena_printf(&c->vm->arena, "%s-fm", comp_func_of(c, m)->name);
    Comp *w = wrapper_begin(c, name, sig, sig_param_slots(c, sig));
    int n = tslots(w, recv);
    if (n == 1) emit1(w, OP_LDCAP, 0);
    else if (n > 1) emit2(w, OP_LDCAPN, 0, n);
    vpush_type(w, recv);
    push_params(w, sig, 0);
    Func *target = comp_func_of(w, m);
    call_func(w, target, sig, (int)target->nparams);
    return wrapper_end(w);
}

Func *comp_iface_method_wrapper(Comp *c, Type *iface, int index, bool bound)
{
    Type *u = type_under(iface);
    Method *m = &u->imethods[index];
    Type *sig = m->sig;
    const char *name = arena_printf(&c->vm->arena, "%s.%s%s", type_string(iface), m->name, bound ? "-fm" : "");
    uint32_t np = sig_param_slots(c, sig) + (bound ? 0 : 2);
    Type *fsig = sig;
    if (!bound) {
        Type **ps = util_calloc(sig->nparams + 1, sizeof(Type *));
        ps[0] = iface;
        for (int i = 0; i < sig->nparams; i++) ps[i + 1] = sig->params[i];
        fsig = type_func(TT, ps, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
        free(ps);
    }
    Comp *w = wrapper_begin(c, name, fsig, np);
    if (bound) emit2(w, OP_LDCAPN, 0, 2);
    else emit2(w, OP_LDN, 0, 2);
    vpush(w, false);
    vpush(w, true);
    push_params(w, sig, bound ? 0 : 2);
    int nargs = (int)sig_param_slots(w, sig);
    vpop(w, nargs + 2);
    emit2(w, OP_CALLI, index, nargs);
    safepoint(w);
    for (int i = 0; i < sig->nresults; i++) vpush_type(w, sig->results[i]);
    return wrapper_end(w);
}

/* defer builtin(args): a function taking the evaluated arguments. */
Func *comp_builtin_wrapper(Comp *c, Node *call, Type **sigout)
{
    int n = call->u.call.args.len;
    Type **ps = util_calloc(n ? n : 1, sizeof(Type *));
    BuiltinId id = (BuiltinId)call->u.call.builtin;
    for (int i = 0; i < n; i++) {
        Node *a = call->u.call.args.items[i];
        Type *t = a->type ? type_default(TT, a->type) : TT->any_type;
        if (id == BI_PANIC) t = TT->any_type;
        if (a->mode == MODE_TYPE || !t || t->kind == KIND_UNTYPED_NIL) t = TT->any_type;
        ps[i] = t;
    }
    Type *sig = type_func(TT, ps, n, NULL, 0, false);
    *sigout = sig;
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->sig = sig;
    Node *nc = ast_new(c->p->arena, N_CALL, call->pos);
    *nc = *call;
    nc->u.call.args.items = arena_alloc(c->p->arena, sizeof(Node *) * (n ? n : 1));
    nc->u.call.args.len = nc->u.call.args.cap = n;
    int slot = 0;
    for (int i = 0; i < n; i++) {
        Object *o = obj_new(c->p, OBJ_VAR, c->p->name_blank, call->pos, ps[i]);
        o->owner = fi;
        o->slot = slot;
        o->flags |= OF_PARAM | OF_USED;
        vec_push(&fi->params, o);
        slot += tslots(c, ps[i]);
        Node *id2 = ast_new(c->p->arena, N_IDENT, call->pos);
        id2->u.ident.name = o->name;
        id2->u.ident.obj = o;
        id2->mode = MODE_VAR;
        id2->type = ps[i];
        nc->u.call.args.items[i] = id2;
    }
    const char *name = arena_printf(&c->vm->arena, "%s.deferwrap%d", c->fn->name, ++c->nlits);
    Comp *w = wrapper_begin(c, name, sig, (uint32_t)slot);
    w->fi = fi;
    w->fn->wrapper = true;
    set_line(w, call->pos);
    int before = vdepth(w);
    comp_builtin(w, nc);
    emit_pop(w, vdepth(w) - before);
    free(ps);
    return wrapper_end(w);
}

/* ---- method tables and itabs ---------------------------------------------------------- */

static int mtab_cmp(const void *a, const void *b)
{
    return type_method_cmp((const Method *)a, (const Method *)b);
}

/* Names of all methods reachable from t through embedding (candidates). */
typedef VEC(Method) MethodVec;

static void collect_names(Type *t, MethodVec *out, int depth)
{
    if (depth > 8) return;
    Type *u = type_under(t);
    if (u->kind == KIND_POINTER && !type_is_named(t)) {
        collect_names(u->elem, out, depth);
        return;
    }
    if (type_is_named(t)) {
        for (int i = 0; i < t->methods.len; i++) vec_push(out, t->methods.items[i]);
    }
    if (u->kind == KIND_INTERFACE) {
        for (int i = 0; i < u->nimethods; i++) vec_push(out, u->imethods[i]);
        return;
    }
    if (u->kind == KIND_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].embedded) collect_names(u->fields[i].type, out, depth + 1);
    }
}

/* The method table entry of t's method name (of package pkg when
   unexported), with the function an interface call enters (ifn); false if
   t's method set lacks it. t is laid out. */
static bool method_entry(Comp *c, Type *t, const char *name, Package *pkg, Method *out)
{
    Type *u = type_under(t);
    bool is_ptr = u->kind == KIND_POINTER && !type_is_named(t);
    Lookup lk;
    if (!lookup_field_or_method(c->p, t, false, pkg, name, &lk) || !lk.method) return false;
    /* method sets: a value type lacks pointer-receiver methods unless
       they are reached through an embedded pointer */
    if (!is_ptr && lk.ptr_recv_needed && !lk.indirect) return false;
    Method m = *lk.method;
    m.embed_depth = lk.pathlen;
    if (lk.pathlen == 0 && lk.method->obj) {
        Object *mo = lk.method->obj;
        Func *mf = comp_func_of(c, mo);
        m.fn = mf;
        if (is_ptr) {
            m.ifn = lk.method->ptr_recv ? mf : lazy_ptr_method_wrapper(c, u->elem, lk.method);
        } else if (t->flags & TF_DIRECTIFACE) {
            m.ifn = mf;
        } else {
            m.ifn = lazy_ptr_method_wrapper(c, t, lk.method);
        }
    } else {
        m.ifn = dataword_wrapper(c, t, &lk, name);
    }
    *out = m;
    return true;
}

/* The body of comp_method_table. */
static void fill_method_table(Comp *c, Type *t)
{
    Type *u = type_under(t);
    if (u->kind == KIND_INTERFACE) return;
    bool is_ptr = u->kind == KIND_POINTER && !type_is_named(t);
    if (!type_is_named(t) && !is_ptr && u->kind != KIND_STRUCT) return;
    MethodVec names = {0};
    collect_names(t, &names, 0);
    if (names.len == 0) {
        vec_free(&names);
        return;
    }
    MethodVec tab = {0};
    type_layout(TT, t);
    for (int i = 0; i < names.len; i++) {
        Method *cand = &names.items[i], m;
        bool dup = false;
        for (int j = 0; j < tab.len; j++)
            if (tab.items[j].name == cand->name && tab.items[j].pkg == cand->pkg) dup = true;
        if (!dup && method_entry(c, t, cand->name, cand->pkg, &m)) vec_push(&tab, m);
    }
    if (tab.len) qsort(tab.items, tab.len, sizeof(Method), mtab_cmp);
    t->mtab = arena_alloc(&c->vm->arena, sizeof(Method) * (tab.len ? tab.len : 1));
    if (tab.len) memcpy(t->mtab, tab.items, sizeof(Method) * tab.len);
    t->nmtab = tab.len;
    vec_free(&tab);
    vec_free(&names);
}

/* Builds t's method table, which VM.method_table and itab_find read. Only
   conversions to non-empty interfaces need it at compile time (their itab
   is made then); everything else that reads a method table at run time
   (type assertions and switches to interfaces, reflection) asks for it
   through vm_method_table, so that types whose values never meet an
   interface method cost nothing. */
void comp_method_table(Comp *c, Type *t)
{
    if (!t || t->mtab_built) return;
    if (t->kind == KIND_TYPEPARAM || t->kind == KIND_INVALID || t->kind == KIND_TUPLE) return;
    t->mtab_built = true;
    fill_method_table(c, t);
    __atomic_store_n(&t->mtab_ready, 1, __ATOMIC_RELEASE);
}

/* The itab of a conversion of t to interface iface that the checker
   allowed: made from the interface's methods alone when t's method table
   is not built (most of the methods of a type converted to io.Writer or
   error are never called through an interface). */
Itab *comp_itab(Comp *c, Type *iface, Type *t)
{
    Itab *it = itab_cached(c->vm, iface, t);
    if (it) return it;
    if (t->mtab_ready) return itab_find(c->vm, iface, t);
    Type *iu = type_under(iface);
    Func **fun = util_calloc(iu->nimethods ? iu->nimethods : 1, sizeof(Func *));
    type_layout(TT, t);
    for (int i = 0; i < iu->nimethods; i++) {
        Method m;
        if (!method_entry(c, t, iu->imethods[i].name, iu->imethods[i].pkg, &m)) {
            free(fun);
            return itab_find(c->vm, iface, t); /* not reached: the conversion checked */
        }
        fun[i] = m.ifn;
    }
    it = itab_add(c->vm, iface, t, fun);
    free(fun);
    return it;
}

/* Layout of a closure object: the Func pointer word then the captures. */
Type *closure_layout(Comp *c, Type **caps, int n)
{
    Field *fs = util_calloc(n + 1, sizeof(Field));
    fs[0].name = intern_cstr(c->p->names, "F");
    fs[0].type = TT->basic[KIND_UINTPTR];
    fs[0].exported = true;
    for (int i = 0; i < n; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "C%d", i);
        fs[i + 1].name = intern_cstr(c->p->names, buf);
        fs[i + 1].type = caps[i];
        fs[i + 1].exported = true;
    }
    Type *t = type_struct(TT, fs, n + 1);
    type_layout(TT, t);
    free(fs);
    return t;
}

/* ---- packages -------------------------------------------------------------------------- */

static void alloc_global(Comp *c, Object *o)
{
    if (o->addr) return;
    type_layout(TT, o->type);
    size_t align = o->type->align ? o->type->align : 1;
    o->addr = vm_global_alloc(c->vm, o->type, align);
}

static void alloc_globals(Comp *c, Package *pkg)
{
    for (int i = 0; i < pkg->objects.len; i++) {
        Object *o = pkg->objects.items[i];
        if (o->kind == OBJ_VAR && o->type) alloc_global(c, o);
    }
}

/* Compiles package variable v's initialiser: its value stored into v. */
static void comp_var_initialiser(Comp *c, Object *v)
{
    Node *spec = v->decl;
    set_line(c, spec->pos);
    comp_expr_to(c, spec->u.valuespec.values.items[v->index], v->type);
    comp_init_var(c, v);
}

/* A function of no arguments named after pkg's initialiser, ready for code. */
static Func *init_func(Comp *c, Package *pkg)
{
    Type *sig = type_func(TT, NULL, 0, NULL, 0, false);
    Func *f = comp_new_func(c, arena_printf(&c->vm->arena, "%s.init", pkg->name), sig, 0, 0);
    FuncInfo *fi = ARENA_NEW(c->p->arena, FuncInfo);
    fi->sig = sig;
    comp_reset(c, f, fi);
    safepoint(c);
    emit0(c, OP_ENTRY);
    return f;
}

/* Deferred variable v's VarInit (check.c): made, and the initialiser
   compiled, when the first code using v is compiled. */
VarInit *comp_var_init(Comp *parent, Object *v)
{
    if (v->varinit) return v->varinit;
    if (v->color != 2) check_resolve(parent->p, v);
    alloc_global(parent, v);
    VarInit *vi = ARENA_NEW(&parent->vm->arena, VarInit);
    vi->addr = v->addr;
    v->varinit = vi; /* first: the initialiser may mention v (a cycle, raised when run) */
    Comp *c = comp_sub(parent);
    c->pkg = v->pkg;
    c->initialising = v;
    vi->fn = init_func(c, v->pkg);
    comp_var_initialiser(c, v);
    emit_op(c, OP_VARDONE);
    emit_ptr(c, vi);
    emit0(c, OP_RET);
    comp_finish_func(c);
    comp_free(c);
    return vi;
}

/* The package initialiser: variables in dependency order, then init(). */
static Func *compile_pkg_init(Comp *parent, Package *pkg)
{
    Comp *c = comp_sub(parent);
    c->pkg = pkg;
    Func *f = init_func(c, pkg);
    VEC(Node *) done = {0};
    for (int i = 0; i < pkg->var_order.len; i++) {
        Object *v = pkg->var_order.items[i];
        Node *spec = v->decl;
        if (!spec || spec->kind != N_VALUESPEC || spec->u.valuespec.values.len == 0) continue;
        bool seen = false;
        for (int j = 0; j < done.len; j++)
            if (done.items[j] == spec) seen = true;
        if (seen) continue;
        NodeList *names = &spec->u.valuespec.names;
        NodeList *values = &spec->u.valuespec.values;
        set_line(c, spec->pos);
        if (values->len == names->len) {
            Node *val = values->items[v->index];
            Node *id = names->items[v->index];
            if (id->u.ident.name == c->p->name_blank) {
                int before = vdepth(c);
                comp_expr(c, val);
                emit_pop(c, vdepth(c) - before);
                continue;
            }
            comp_var_initialiser(c, v);
            continue;
        }
        vec_push(&done, spec);
        comp_assign_list(c, names, values, true);
    }
    vec_free(&done);
    for (int i = 0; i < pkg->init_funcs.len; i++) {
        Object *o = pkg->init_funcs.items[i];
        Func *fn = comp_func_of(c, o);
        fn->name = arena_printf(&c->vm->arena, "%s.init.%d", pkg->name, i);
        emit_op(c, OP_CALL);
        emit_ptr(c, fn);
        safepoint(c);
    }
    emit0(c, OP_RET);
    comp_finish_func(c);
    comp_free(c);
    return f;
}

/* Checks (a library function's body is checked when first compiled) and
   compiles function o. */
static void compile_body(Comp *c, Object *o)
{
    Program *p = c->p;
    int errs = diag_count(p->ss);
    check_body(p, o);
    if (diag_count(p->ss) != errs) return; /* a library body that does not check */
    Package *saved = c->pkg;
    c->pkg = o->pkg;
    compile_function(c, o->fn, o->finfo, o->decl->u.funcdecl.body);
    c->pkg = saved;
}

/* Compiles the queued functions of eagerly compiled packages (and those
   they queue in turn) until the queue is empty; the others are left for
   their first calls (Func.lazy). */
static void compile_queued(Comp *c)
{
    Program *p = c->p;
    while (p->compile_next < p->compile_queue.len && !diag_count(p->ss)) {
        Object *o = p->compile_queue.items[p->compile_next++];
        if (o->fn->code) continue;
        if (o->pkg && check_lazy_bodies(p, o->pkg)) o->fn->lazy = o;
        else compile_body(c, o);
    }
}

Func *comp_link(Program *p, Object *o)
{
    check_resolve(p, o);
    if (!o->type || diag_count(p->ss)) return NULL;
    Comp *c = comp_new(p, o->pkg);
    Func *f = NULL;
    if (o->kind == OBJ_FUNC) {
        f = comp_func_of(c, o);
    } else if (o->kind == OBJ_TYPENAME) {
        comp_method_table(c, o->type);
        comp_method_table(c, type_pointer(TT, o->type));
    }
    compile_queued(c);
    comp_free(c);
    return f;
}

/* Threads the functions made since there were nfuncs that are not shells
   (wrappers, function literals): they are ready to run; shells wait for
   their own first calls. */
static void thread_new_funcs(Program *p, int nfuncs)
{
    for (int i = nfuncs; i < p->vm->funcs.len; i++) {
        Func *g = p->vm->funcs.items[i];
        if (!g->lazy) interp_thread(p->vm, g);
    }
}

void comp_method_table_now(Program *p, Type *t)
{
    int nfuncs = p->vm->funcs.len;
    Comp *c = comp_new(p, NULL);
    comp_method_table(c, t);
    compile_queued(c);
    comp_free(c);
    thread_new_funcs(p, nfuncs);
}

bool comp_lazy(Program *p, Func *f)
{
    if (!f->lazy) return true;
    int errs = diag_count(p->ss);
    Comp *c = comp_new(p, f->lazy_wrapper ? f->pkg : ((Object *)f->lazy)->pkg);
    int nfuncs = p->vm->funcs.len;
    if (f->lazy_wrapper) {
        LazyWrapper *lw = f->lazy;
        Comp *w = wrapper_open(c, f);
        emit_ptr_method_wrapper(w, lw->t, &lw->m);
        wrapper_end(w);
        f->lazy_wrapper = false;
    } else {
        compile_body(c, f->lazy);
    }
    compile_queued(c);
    comp_free(c);
    if (diag_count(p->ss) != errs) return false;
    thread_new_funcs(p, nfuncs);
    f->lazy = NULL;
    interp_thread(p->vm, f); /* publishes it (Func.threaded) */
    return true;
}

static void compile_package(Comp *c, Package *pkg)
{
    c->pkg = pkg;
    alloc_globals(c, pkg);
    if (!check_lazy_bodies(c->p, pkg)) {
        /* every function (generic functions and methods are compiled per
           instance) */
        for (int i = 0; i < pkg->objects.len; i++) {
            Object *o = pkg->objects.items[i];
            if (o->kind != OBJ_FUNC || !o->type || (o->flags & OF_GENERIC)) continue;
            comp_func_of(c, o);
        }
        compile_queued(c);
        /* method tables of the package's defined types (reflection and
           dynamic interface conversions may need them) */
        for (int i = 0; i < pkg->objects.len; i++) {
            Object *o = pkg->objects.items[i];
            if (o->kind != OBJ_TYPENAME || !o->type || !type_is_named(o->type)) continue;
            if (o->type->kind == KIND_INVALID || (o->flags & OF_GENERIC)) continue;
            comp_method_table(c, o->type);
            comp_method_table(c, type_pointer(TT, o->type));
        }
    }
    pkg->init_fn = compile_pkg_init(c, pkg);
    pkg->state = 3;
}

Func *comp_program(Program *p, Package *main_pkg)
{
    Comp *c = comp_new(p, NULL);
    int errs = diag_count(p->ss);
    for (int i = 0; i < p->packages.len; i++) {
        Package *pkg = p->packages.items[i];
        if (pkg->state == 2 && !pkg->failed) compile_package(c, pkg);
    }
    /* everything reached, and the instances of generic functions and
       methods (checking reached bodies may create more of both) */
    for (int i = 0; diag_count(p->ss) == errs;) {
        compile_queued(c);
        if (i == p->instances.len) break;
        Object *o = p->instances.items[i++];
        c->pkg = o->pkg;
        comp_func_of(c, o);
    }
    /* the entry: every initialiser in dependency order, then main.main */
    c->pkg = main_pkg;
    Type *sig = type_func(TT, NULL, 0, NULL, 0, false);
    Func *entry = comp_new_func(c, arena_printf(&c->vm->arena, "runtime.main"), sig, 0, 0);
    entry->wrapper = true;
    comp_reset(c, entry, NULL);
    safepoint(c);
    emit0(c, OP_ENTRY);
    for (int i = 0; i < p->packages.len; i++) {
        Package *pkg = p->packages.items[i];
        if (!pkg->init_fn || pkg->state != 3 || pkg->path == main_pkg->path) continue;
        emit_op(c, OP_CALL);
        emit_ptr(c, pkg->init_fn);
        safepoint(c);
    }
    if (main_pkg->init_fn) {
        emit_op(c, OP_CALL);
        emit_ptr(c, main_pkg->init_fn);
        safepoint(c);
    }
    Object *m = scope_lookup_local(main_pkg->scope, p->name_main);
    if (m && m->kind == OBJ_FUNC) {
        emit_op(c, OP_CALL);
        emit_ptr(c, comp_func_of(c, m));
        safepoint(c);
    }
    emit0(c, OP_HALT);
    comp_finish_func(c);
    comp_free(c);
    if (diag_count(p->ss) != errs) return NULL;
    return entry;
}
