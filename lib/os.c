/* os.c - natives of package os: standard files, arguments, environment,
 * exit.
 *
 * Output to fd 1 and 2 goes through the VM's streams (vm->out, vm->err):
 * stdout is buffered for speed and flushed before anything is written to
 * stderr, before reading stdin, and at exit, so interleavings look as with
 * Go's unbuffered files. Other descriptors use write(2)/read(2) directly.
 *
 * os.Exit does not return to Go code: the native flushes, records the exit
 * status on the G (g->exit_code, g->exiting) and returns; the interpreter
 * checks g->exiting after every native call and ends the program without
 * running deferred calls.
 */
#include "lib_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/heap.h"

extern char **environ;

/* The program's arguments (os.Args, the program name first), kept by the
   VM or the embedding API. Weak: when no one provides it, os.Args holds
   only "govm". */
const char *const *vm_program_args(VM *vm, int *argc) __attribute__((weak));

static FILE *out_stream(G *g) { return g->vm->out ? g->vm->out : stdout; }
static FILE *err_stream(G *g) { return g->vm->err ? g->vm->err : stderr; }

/* Builds a []string from n C strings. */
static GoSlice make_string_slice(G *g, const char *const *strs, int n)
{
    GoSlice s = {NULL, n, n};
    if (n == 0) return s;
    GoString *arr = heap_alloc(g, sizeof(GoString) * (size_t)n, g->vm->types.basic[KIND_STRING]);
    for (int i = 0; i < n; i++) arr[i] = lib_make_string(g, strs[i], strlen(strs[i]));
    s.ptr = arr;
    return s;
}

static void put_slice(Slot *res, GoSlice s)
{
    res[0].p = s.ptr;
    res[1].i = s.len;
    res[2].i = s.cap;
}

/* runtimeArgs() []string */
static void os_runtimeArgs(G *g, Slot *args)
{
    int n = 0;
    const char *const *argv = vm_program_args ? vm_program_args(g->vm, &n) : NULL;
    static const char *const dflt[] = {"govm"};
    if (!argv) {
        argv = dflt;
        n = 1;
    }
    put_slice(args, make_string_slice(g, argv, n));
}

/* exit(code int) */
static void os_exit(G *g, Slot *args)
{
    fflush(out_stream(g));
    fflush(err_stream(g));
    g->exit_code = (int)args[0].i;
    g->exiting = true;
}

static void set_result(G *g, Slot *args, int64_t n, int err)
{
    args[0].i = n;
    GoString s = {NULL, 0};
    if (err) {
        const char *msg = strerror(err);
        s = lib_make_string(g, msg, strlen(msg));
    }
    args[1].p = (void *)s.ptr;
    args[2].i = s.len;
}

static void write_bytes(G *g, Slot *args, int fd, const void *p, size_t n)
{
    if (fd == 1 || fd == 2) {
        FILE *f = fd == 1 ? out_stream(g) : err_stream(g);
        if (fd == 2) fflush(out_stream(g));
        size_t w = n ? fwrite(p, 1, n, f) : 0;
        if (fd == 2) fflush(f);
        set_result(g, args, (int64_t)w, w < n ? (errno ? errno : EIO) : 0);
        return;
    }
    size_t done = 0;
    while (done < n) {
        ssize_t w = write(fd, (const char *)p + done, n - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            set_result(g, args, (int64_t)done, errno);
            return;
        }
        done += (size_t)w;
    }
    set_result(g, args, (int64_t)done, 0);
}

/* writeFd(fd int, b []byte) (n int, errmsg string) */
static void os_writeFd(G *g, Slot *args)
{
    write_bytes(g, args, (int)args[0].i, args[1].p, (size_t)args[2].i);
}

/* writeStringFd(fd int, s string) (n int, errmsg string) */
static void os_writeStringFd(G *g, Slot *args)
{
    write_bytes(g, args, (int)args[0].i, args[1].p, (size_t)args[2].i);
}

/* readFd(fd int, b []byte) (n int, errmsg string); n == 0 at end of file */
static void os_readFd(G *g, Slot *args)
{
    int fd = (int)args[0].i;
    if (fd == 0) fflush(out_stream(g));
    for (;;) {
        ssize_t r = read(fd, args[1].p, (size_t)args[2].i);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) set_result(g, args, 0, errno);
        else set_result(g, args, r, 0);
        return;
    }
}

/* syncFd(fd int) */
static void os_syncFd(G *g, Slot *args)
{
    int fd = (int)args[0].i;
    if (fd == 1) fflush(out_stream(g));
    else if (fd == 2) fflush(err_stream(g));
    else fsync(fd);
}

/* lookupEnv(key string) (string, bool) */
static void os_lookupEnv(G *g, Slot *args)
{
    size_t n = (size_t)args[1].i;
    char *key = util_strndup(n ? args[0].p : "", n);
    const char *v = memchr(key, 0, n) ? NULL : getenv(key);
    free(key);
    GoString s = {NULL, 0};
    if (v) s = lib_make_string(g, v, strlen(v));
    args[0].p = (void *)s.ptr;
    args[1].i = s.len;
    args[2].i = v != NULL;
}

/* environ() []string */
static void os_environ(G *g, Slot *args)
{
    int n = 0;
    while (environ && environ[n]) n++;
    put_slice(args, make_string_slice(g, (const char *const *)environ, n));
}

/* getpid() int */
static void os_getpid(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = getpid();
}

const NativeDef lib_os_natives[] = {
    /* sorted by name (strcmp) */
    {"os.environ", os_environ},
    {"os.exit", os_exit},
    {"os.getpid", os_getpid},
    {"os.lookupEnv", os_lookupEnv},
    {"os.readFd", os_readFd},
    {"os.runtimeArgs", os_runtimeArgs},
    {"os.syncFd", os_syncFd},
    {"os.writeFd", os_writeFd},
    {"os.writeStringFd", os_writeStringFd},
};
const int lib_os_nnatives = ARRAY_LEN(lib_os_natives);
