/* vm.c - VM lifecycle, package-variable storage, goroutine creation, the
 * itab table and the links to package runtime.
 */
#include "vm.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../runtime/gc.h"
#include "../runtime/heap.h"
#include "../runtime/sched.h"
#include "interp.h"

/* ---- random numbers (wyrand-style mixing of a 64-bit counter) ------------- */

uint64_t vm_rand(VM *vm)
{
    uint64_t x = __atomic_add_fetch(&vm->rand_state, 0xa0761d6478bd642fULL, __ATOMIC_RELAXED);
    __uint128_t m = (__uint128_t)x * (x ^ 0xe7037ed1a0b428dbULL);
    return (uint64_t)(m >> 64) ^ (uint64_t)m;
}

/* ---- package variables -------------------------------------------------------- */

/* Globals live in chunks that never move, so pointers into them (&globalVar)
   stay valid. */
typedef struct GlobalChunk {
    struct GlobalChunk *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
} GlobalChunk;

static void *global_alloc(VM *vm, size_t size, size_t align)
{
    GlobalChunk *c = vm->globals.chunks;
    if (align < 8) align = 8;
    if (c) {
        size_t at = ALIGN_UP(c->used, align);
        if (at + size <= c->cap) {
            c->used = at + size;
            return c->data + at;
        }
    }
    size_t cap = size > 60000 ? size + 64 : 65536;
    GlobalChunk *n = util_zalloc_pages(sizeof(GlobalChunk) + cap);
    n->cap = cap;
    n->next = vm->globals.chunks;
    vm->globals.chunks = n;
    n->used = size;
    return n->data;
}

void *vm_global_alloc(VM *vm, Type *t, size_t align)
{
    void *p = global_alloc(vm, t->size ? t->size : 1, align);
    gc_add_global_root(vm->heap, p, t);
    return p;
}

static void globals_free(Globals *gl)
{
    GlobalChunk *c = gl->chunks;
    while (c) {
        GlobalChunk *n = c->next;
        util_free_pages(c, sizeof(GlobalChunk) + c->cap);
        c = n;
    }
    gl->chunks = NULL;
}

/* ---- lines ---------------------------------------------------------------------- */

uint32_t func_line(const Func *fn, uint32_t pc)
{
    uint32_t line = fn->line;
    for (uint32_t i = 0; i < fn->nlines; i++) {
        if (fn->lines[i].pc > pc) break;
        line = fn->lines[i].line;
    }
    return line;
}

/* ---- goroutines ------------------------------------------------------------------ */

enum { INITIAL_STACK_SLOTS = 128 }; /* 1 KiB */

G *g_new(VM *vm, Func *fn)
{
    G *g = util_calloc(1, sizeof(G));
    g->vm = vm;
    g->id = ++vm->next_gid;
    size_t need = func_frame_slots(fn) + FRAME_HDR + 16;
    g->stack_cap = need > INITIAL_STACK_SLOTS ? need * 2 : INITIAL_STACK_SLOTS;
    g->stack = util_calloc(g->stack_cap, sizeof(Slot));
    /* the first frame: no parameters; its header returns to pc NULL */
    g->fp = 0;
    Slot *hdr = g->stack + fn->nparams;
    hdr[FH_PC].p = NULL;
    hdr[FH_FP].u = 0;
    hdr[FH_CL].p = NULL;
    hdr[FH_BASE].u = 0;
    g->sp = fn->nparams + FRAME_HDR + fn->nlocals;
    g->fn = fn;
    g->cl = fn->closure0;
    g->pc = fn->code;
    g->status = G_RUNNABLE;
    return g;
}

void g_free(G *g)
{
    if (!g) return;
    Defer *d = g->defers;
    while (d) {
        Defer *n = d->link;
        free(d);
        d = n;
    }
    free(g->pins);
    Panic *p = g->panic;
    while (p) {
        Panic *n = p->link;
        free(p);
        p = n;
    }
    free(g->stack);
    free(g);
}

bool g_grow_stack(G *g, size_t sp, size_t need)
{
    size_t want = sp + need;
    if (want <= g->stack_cap) return true;
    size_t ncap = g->stack_cap * 2;
    while (ncap < want) ncap *= 2;
    size_t limit = g->vm->stack_limit / sizeof(Slot);
    if (want > limit) return false;
    if (ncap > limit) ncap = limit;
    Slot *ns = realloc(g->stack, ncap * sizeof(Slot));
    if (!ns) return false;
    memset(ns + g->stack_cap, 0, (ncap - g->stack_cap) * sizeof(Slot));
    g->stack = ns;
    g->stack_cap = ncap;
    return true;
}

/* ---- itabs ---------------------------------------------------------------------------- */

static int method_cmp(const Method *a, const Method *b)
{
    return type_method_cmp(a, b);
}

/* Finds m (an interface method) in t's method table, or NULL. */
static Method *mtab_find(Type *t, const Method *m)
{
    int lo = 0, hi = t->nmtab - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = method_cmp(&t->mtab[mid], m);
        if (c == 0) return &t->mtab[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

const char *itab_missing(Type *inter, Type *t)
{
    Type *iu = type_under(inter);
    for (int i = 0; i < iu->nimethods; i++) {
        Method *m = mtab_find(t, &iu->imethods[i]);
        if (!m || m->sig != iu->imethods[i].sig) return iu->imethods[i].name;
    }
    return NULL;
}

static uint32_t itab_hash(Type *inter, Type *t)
{
    uintptr_t h = (uintptr_t)inter * 31 + (uintptr_t)t;
    h ^= h >> 17;
    h *= 0x9e3779b1u;
    return (uint32_t)(h ^ (h >> 15));
}

/* Itabs live in an open-addressing table that readers probe without a
   lock: entries are written once, and a full table is replaced by a larger
   copy (the old one stays allocated until the VM is freed, for readers
   still probing it). Insertions take vm->typelock. */
typedef struct ItabTable {
    struct ItabTable *older;
    uint32_t mask;
    Itab *slots[];
} ItabTable;

static Itab *itab_probe(ItabTable *tab, Type *inter, Type *t)
{
    if (!tab) return NULL;
    for (uint32_t i = itab_hash(inter, t) & tab->mask;; i = (i + 1) & tab->mask) {
        Itab *it = __atomic_load_n(&tab->slots[i], __ATOMIC_ACQUIRE);
        if (!it) return NULL;
        if (it->inter == inter && it->type == t) return it;
    }
}

static void itab_insert(ItabTable *tab, Itab *it)
{
    uint32_t i = itab_hash(it->inter, it->type) & tab->mask;
    while (tab->slots[i]) i = (i + 1) & tab->mask;
    __atomic_store_n(&tab->slots[i], it, __ATOMIC_RELEASE);
}

void vm_method_table(VM *vm, Type *t)
{
    if (!__atomic_load_n(&t->mtab_ready, __ATOMIC_ACQUIRE) && vm->method_table) vm->method_table(vm, t);
}

Itab *itab_cached(VM *vm, Type *inter, Type *t)
{
    return itab_probe(__atomic_load_n(&vm->itabs, __ATOMIC_ACQUIRE), inter, t);
}

Itab *itab_add(VM *vm, Type *inter, Type *t, Func *const *fun)
{
    pthread_mutex_lock(&vm->typelock);
    ItabTable *tab = vm->itabs;
    Itab *it = itab_probe(tab, inter, t);
    if (!it) {
        Type *iu = type_under(inter);
        it = arena_alloc(&vm->arena, sizeof(Itab) + sizeof(Func *) * (iu->nimethods ? iu->nimethods : 1));
        it->inter = inter;
        it->type = t;
        for (int i = 0; i < iu->nimethods; i++) it->fun[i] = fun ? fun[i] : mtab_find(t, &iu->imethods[i])->ifn;
        uint32_t cap = tab ? tab->mask + 1 : 0;
        if ((uint32_t)(vm->nitabs + 1) * 2 > cap) {
            /* at most half full: copy into a table twice as large */
            uint32_t ncap = cap ? cap * 2 : 256;
            ItabTable *nt = util_calloc(1, sizeof(ItabTable) + sizeof(Itab *) * ncap);
            nt->mask = ncap - 1;
            for (uint32_t i = 0; i < cap; i++)
                if (tab->slots[i]) itab_insert(nt, tab->slots[i]);
            if (tab) {
                tab->older = vm->old_itabs;
                vm->old_itabs = tab;
            }
            __atomic_store_n(&vm->itabs, nt, __ATOMIC_RELEASE);
            tab = nt;
        }
        itab_insert(tab, it);
        vm->nitabs++;
    }
    pthread_mutex_unlock(&vm->typelock);
    return it;
}

Itab *itab_find(VM *vm, Type *inter, Type *t)
{
    Itab *it = itab_cached(vm, inter, t);
    if (it) return it;
    vm_method_table(vm, t);
    if (itab_missing(inter, t)) return NULL;
    return itab_add(vm, inter, t, NULL);
}

/* ---- the VM ---------------------------------------------------------------------------- */

VM *vm_new(void)
{
    VM *vm = util_calloc(1, sizeof(VM));
    arena_init(&vm->arena);
    intern_init(&vm->names);
    types_init(&vm->types, &vm->arena, &vm->names);
    srcset_init(&vm->src);
    vm->heap = heap_new(vm);
    /* recursive: compiling on a first call (VM.compile_lazy) holds it and
       may build itabs, which take it too */
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&vm->typelock, &attr);
    pthread_mutexattr_destroy(&attr);
    vm->stack_limit = 1000000000;
    vm->out = stdout;
    vm->err = stderr;
    vm->rand_state = (uint64_t)time(NULL) ^ ((uint64_t)(uintptr_t)vm << 16) ^ (uint64_t)clock();
    vm->hash_seed = vm_rand(vm);
    return vm;
}

void vm_free(VM *vm)
{
    if (!vm) return;
    heap_stop(vm->heap); /* the collector's thread uses the scheduler */
    if (!sched_free(vm)) return; /* a thread still uses the VM: leak it */
    g_free(vm->main_g);
    heap_free(vm->heap);
    globals_free(&vm->globals);
    free(vm->itabs);
    while (vm->old_itabs) {
        ItabTable *o = vm->old_itabs;
        vm->old_itabs = o->older;
        free(o);
    }
    pthread_mutex_destroy(&vm->typelock);
    vec_free(&vm->funcs);
    srcset_free(&vm->src);
    types_free(&vm->types);
    intern_free(&vm->names);
    arena_free(&vm->arena);
    free(vm->rt);
    free(vm);
}
