/* api.c - the public embedding API (include/govm.h) over the VM.
 *
 * gorun and the REPL use only this interface, so it is exercised by every
 * test run.
 */
#include "govm.h"

#include <dirent.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../frontend/check.h"
#include "../frontend/comp.h"
#include "govm_config.h"
#include "interp.h"
#include "../runtime/panic.h"
#include "../runtime/sched.h"

struct govm_vm {
    VM *vm;
    Program *prog;
    Func *entry;
    VEC(int) files;
    StrBuf errors;
    StrBuf dis;
    bool compiled;
};

const char *govm_version(void)
{
    return GOVM_VERSION;
}

govm_vm *govm_new(const govm_config *config)
{
    govm_vm *h = calloc(1, sizeof(govm_vm));
    if (!h) return NULL;
    h->vm = vm_new();
    if (config) {
        if (config->max_stack) h->vm->stack_limit = config->max_stack;
        if (config->out) h->vm->out = config->out;
        if (config->err) h->vm->err = config->err;
    }
    sb_init(&h->errors);
    sb_init(&h->dis);
    return h;
}

void govm_free(govm_vm *h)
{
    if (!h) return;
    prog_free(h->prog);
    vm_free(h->vm);
    vec_free(&h->files);
    sb_free(&h->errors);
    sb_free(&h->dis);
    free(h);
}

const char *govm_errors(govm_vm *h)
{
    return h->errors.data ? h->errors.data : "";
}

int govm_add_file(govm_vm *h, const char *name, const char *src, size_t len)
{
    if (h->compiled) return -1;
    int idx = srcset_add(&h->vm->src, name, util_strndup(src, len), len);
    vec_push(&h->files, idx);
    return 0;
}

static int add_one(govm_vm *h, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        sb_printf(&h->errors, "open %s: no such file or directory\n", path);
        return -1;
    }
    StrBuf b;
    sb_init(&b);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sb_put(&b, buf, n);
    fclose(f);
    int r = govm_add_file(h, path, b.data ? b.data : "", b.len);
    sb_free(&b);
    return r;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int govm_add_path(govm_vm *h, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        sb_printf(&h->errors, "stat %s: no such file or directory\n", path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) return add_one(h, path);
    DIR *d = opendir(path);
    if (!d) {
        sb_printf(&h->errors, "open %s: cannot read directory\n", path);
        return -1;
    }
    VEC(char *) names = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 3 && strcmp(e->d_name + n - 3, ".go") == 0 && !(n > 8 && strcmp(e->d_name + n - 8, "_test.go") == 0))
            vec_push(&names, util_strndup(e->d_name, n));
    }
    closedir(d);
    qsort(names.items, names.len, sizeof(char *), cmp_str);
    int r = 0;
    if (names.len == 0) {
        sb_printf(&h->errors, "no Go files in %s\n", path);
        r = -1;
    }
    for (int i = 0; i < names.len; i++) {
        StrBuf p;
        sb_init(&p);
        sb_printf(&p, "%s/%s", path, names.items[i]);
        if (r == 0 && add_one(h, p.data) != 0) r = -1;
        sb_free(&p);
        free(names.items[i]);
    }
    vec_free(&names);
    return r;
}

static Object *runtime_obj(Program *p, const char *name)
{
    if (!p->runtime_pkg) return NULL;
    return scope_lookup_local(p->runtime_pkg->scope, intern_cstr(p->names, name));
}

/* Package runtime is compiled like any library package (on first calls),
   so what C uses is resolved and linked here (comp_link). */
static Object *runtime_link(Program *p, const char *name, Func **fn)
{
    Object *o = runtime_obj(p, name);
    if (!o) return NULL;
    Func *f = comp_link(p, o);
    if (fn) *fn = f;
    return o->type ? o : NULL;
}

/* Finds package runtime's types and functions that the C runtime uses. */
static void link_runtime(govm_vm *h)
{
    RuntimeLinks *rt = calloc(1, sizeof(RuntimeLinks));
    Program *p = h->prog;
    Object *o;
    if ((o = runtime_link(p, "errorString", NULL))) rt->errorString = o->type;
    if ((o = runtime_link(p, "plainError", NULL))) rt->plainError = o->type;
    if ((o = runtime_link(p, "TypeAssertionError", NULL))) rt->typeAssertionError = type_pointer(p->types, o->type);
    if ((o = runtime_link(p, "PanicNilError", NULL))) rt->panicNilError = type_pointer(p->types, o->type);
    runtime_link(p, "fatalpanic", &rt->fatalpanic);
    runtime_link(p, "forcegc", &rt->forcegc);
    h->vm->rt = rt;
}

/* VM.compile_lazy: a library function's first call. Goroutines on other
   threads may get here together, or create types meanwhile: the type lock
   covers the whole compilation. */
static bool compile_lazy(G *g, Func *fn)
{
    VM *vm = g->vm;
    pthread_mutex_lock(&vm->typelock);
    bool ok = fn->threaded || (fn->lazy && comp_lazy(vm->prog, fn));
    pthread_mutex_unlock(&vm->typelock);
    if (!ok) {
        /* the library does not compile: a bug of govm */
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "govm: compiling %s:\n", fn->name);
        diag_print(&vm->src, &b);
        rt_throw(g, b.data);
        sb_free(&b);
    }
    return ok;
}

/* VM.method_table: a type's method table on its first use at run time. */
static void method_table(VM *vm, Type *t)
{
    pthread_mutex_lock(&vm->typelock);
    if (!t->mtab_ready) comp_method_table_now(vm->prog, t);
    pthread_mutex_unlock(&vm->typelock);
}

int govm_compile(govm_vm *h)
{
    sb_reset(&h->errors);
    if (h->compiled) return h->entry ? 0 : -1;
    h->compiled = true;
    VM *vm = h->vm;
    h->prog = prog_new(vm);
    vm->prog = h->prog;
    Package *pkg = check_main_package(h->prog, h->files.items, h->files.len);
    if (pkg && diag_count(&vm->src) == 0) h->entry = comp_program(h->prog, pkg);
    if (diag_count(&vm->src) > 0 || !h->entry) {
        h->entry = NULL;
        diag_print(&vm->src, &h->errors);
        return -1;
    }
    link_runtime(h);
    interp_init(vm);
    /* library functions not compiled yet wait for their first calls */
    for (int i = 0; i < vm->funcs.len; i++)
        if (!vm->funcs.items[i]->lazy) interp_thread(vm, vm->funcs.items[i]);
    vm->compile_lazy = compile_lazy;
    vm->method_table = method_table;
    return 0;
}

const char *govm_disassemble(govm_vm *h)
{
    if (!h->entry) return NULL;
    sb_reset(&h->dis);
    for (int i = 0; i < h->vm->funcs.len; i++) {
        Func *f = h->vm->funcs.items[i];
        if (f->pkg && f->pkg->builtin_lib && !getenv("GOVM_DIS_ALL")) continue;
        vm_disassemble(&h->dis, f);
    }
    return h->dis.data ? h->dis.data : "";
}

/* os.Args for lib/os.c */
const char *const *vm_program_args(VM *vm, int *argc);
const char *const *vm_program_args(VM *vm, int *argc)
{
    *argc = vm->nargs;
    return vm->args;
}

int govm_run_main(govm_vm *h, int argc, const char *const *argv)
{
    if (!h->entry) return -1;
    VM *vm = h->vm;
    vm->args = argv;
    vm->nargs = argc;
    if (vm->main_g) return -1; /* a VM runs its program once */
    G *g = g_new(vm, h->entry);
    vm->main_g = g;
    sched_init(vm, 0);
    int code = sched_run_main(vm, g);
    if (vm->out) fflush(vm->out);
    if (vm->err) fflush(vm->err);
    return code;
}
