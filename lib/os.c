/* os.c - natives of package os: files and directories over POSIX calls,
 * standard files, arguments, environment, exit.
 *
 * Conventions: a failing call returns the C errno as an int result (0 on
 * success); the Go side wraps it as a syscall.Errno in a *PathError, whose
 * messages are Go's (lib/go/syscall/zerrors.go, Linux numbering: govm
 * passes errno values through unchanged, so it assumes Linux). File names
 * arrive as Go strings (not NUL-terminated) and are copied; a name holding
 * a NUL byte fails with EINVAL, as in Go. Open flags arrive with Linux's
 * values (syscall.O_*) and are translated to the host's.
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
 *
 * Calls that may block for long (reading and writing descriptors other
 * than the VM's streams, opening, which waits on a FIFO) run between
 * sched_enter_syscall and sched_exit_syscall, so the scheduler can hand
 * the P to another thread meanwhile.
 */
#include "lib_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "runtime/heap.h"
#include "runtime/sched.h"

extern char **environ;

/* The program's arguments (os.Args, the program name first), kept by the
   VM or the embedding API. Weak: when no one provides it, os.Args holds
   only "govm". */
const char *const *vm_program_args(VM *vm, int *argc) __attribute__((weak));

static FILE *out_stream(G *g) { return g->vm->out ? g->vm->out : stdout; }
static FILE *err_stream(G *g) { return g->vm->err ? g->vm->err : stderr; }

/* A NUL-terminated copy of the Go string at args[i], args[i+1]; NULL if
   it holds a NUL byte. Free with free(). */
static char *cstring(const Slot *args, int i)
{
    size_t n = (size_t)args[i + 1].i;
    const char *p = n ? args[i].p : "";
    if (memchr(p, 0, n)) return NULL;
    return util_strndup(p, n);
}

static void put_string(Slot *res, GoString s)
{
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
}

static void put_slice(Slot *res, GoSlice s)
{
    res[0].p = s.ptr;
    res[1].i = s.len;
    res[2].i = s.cap;
}

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

/* ---- process ----------------------------------------------------------- */

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

/* getpid() int */
static void os_getpid(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = getpid();
}

/* ids() (uid, euid, gid, egid, ppid int) */
static void os_ids(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = getuid();
    args[1].i = geteuid();
    args[2].i = getgid();
    args[3].i = getegid();
    args[4].i = getppid();
}

/* hostname() (name string, errno int) */
static void os_hostname(G *g, Slot *args)
{
    char buf[256];
    GoString s = {NULL, 0};
    int e = 0;
    if (gethostname(buf, sizeof buf - 1) != 0) e = errno;
    else {
        buf[sizeof buf - 1] = 0;
        s = lib_make_string(g, buf, strlen(buf));
    }
    put_string(args, s);
    args[2].i = e;
}

/* ---- environment --------------------------------------------------------- */

/* lookupEnv(key string) (string, bool) */
static void os_lookupEnv(G *g, Slot *args)
{
    char *key = cstring(args, 0);
    const char *v = key ? getenv(key) : NULL;
    free(key);
    GoString s = {NULL, 0};
    if (v) s = lib_make_string(g, v, strlen(v));
    put_string(args, s);
    args[2].i = v != NULL;
}

/* environ() []string */
static void os_environ(G *g, Slot *args)
{
    int n = 0;
    while (environ && environ[n]) n++;
    put_slice(args, make_string_slice(g, (const char *const *)environ, n));
}

/* setenv(key, value string) (errno int) */
static void os_setenv(G *g, Slot *args)
{
    UNUSED(g);
    char *k = cstring(args, 0), *v = cstring(args, 2);
    int e = 0;
    if (!k || !v || !*k || strchr(k, '=')) e = EINVAL;
    else if (setenv(k, v, 1) != 0) e = errno;
    free(k);
    free(v);
    args[0].i = e;
}

/* unsetenv(key string) (errno int) */
static void os_unsetenv(G *g, Slot *args)
{
    UNUSED(g);
    char *k = cstring(args, 0);
    int e = 0;
    if (k && *k && !strchr(k, '=') && unsetenv(k) != 0) e = errno;
    free(k);
    args[0].i = e;
}

/* clearenv() */
static void os_clearenv(G *g, Slot *args)
{
    UNUSED(g);
    UNUSED(args);
    clearenv();
}

/* ---- file descriptors ---------------------------------------------------- */

static void set_result(Slot *args, int64_t n, int err)
{
    args[0].i = n;
    args[1].i = err;
}

static void write_bytes(G *g, Slot *args, int fd, const void *p, size_t n)
{
    if (fd == 1 || fd == 2) {
        FILE *f = fd == 1 ? out_stream(g) : err_stream(g);
        if (fd == 2) fflush(out_stream(g));
        errno = 0;
        size_t w = n ? fwrite(p, 1, n, f) : 0;
        if (fd == 2) fflush(f);
        set_result(args, (int64_t)w, w < n ? (errno ? errno : EIO) : 0);
        return;
    }
    size_t done = 0;
    int e = 0;
    sched_enter_syscall(g);
    while (done < n) {
        ssize_t w = write(fd, (const char *)p + done, n - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            e = errno;
            break;
        }
        done += (size_t)w;
    }
    sched_exit_syscall(g);
    set_result(args, (int64_t)done, e);
}

/* writeFd(fd int, b []byte) (n int, errno int) */
static void os_writeFd(G *g, Slot *args)
{
    write_bytes(g, args, (int)args[0].i, args[1].p, (size_t)args[2].i);
}

/* writeStringFd(fd int, s string) (n int, errno int) */
static void os_writeStringFd(G *g, Slot *args)
{
    write_bytes(g, args, (int)args[0].i, args[1].p, (size_t)args[2].i);
}

/* readFd(fd int, b []byte) (n int, errno int); n == 0 at end of file */
static void os_readFd(G *g, Slot *args)
{
    int fd = (int)args[0].i;
    if (fd == 0) fflush(out_stream(g));
    ssize_t r;
    sched_enter_syscall(g);
    do r = read(fd, args[1].p, (size_t)args[2].i);
    while (r < 0 && errno == EINTR);
    int e = r < 0 ? errno : 0;
    sched_exit_syscall(g);
    set_result(args, r < 0 ? 0 : r, e);
}

/* preadFd(fd int, b []byte, off int64) (n int, errno int) */
static void os_preadFd(G *g, Slot *args)
{
    ssize_t r;
    sched_enter_syscall(g);
    do r = pread((int)args[0].i, args[1].p, (size_t)args[2].i, (off_t)args[4].i);
    while (r < 0 && errno == EINTR);
    int e = r < 0 ? errno : 0;
    sched_exit_syscall(g);
    set_result(args, r < 0 ? 0 : r, e);
}

/* pwriteFd(fd int, b []byte, off int64) (n int, errno int) */
static void os_pwriteFd(G *g, Slot *args)
{
    int fd = (int)args[0].i, e = 0;
    const char *p = args[1].p;
    size_t n = (size_t)args[2].i, done = 0;
    off_t off = (off_t)args[4].i;
    sched_enter_syscall(g);
    while (done < n) {
        ssize_t w = pwrite(fd, p + done, n - done, off + (off_t)done);
        if (w < 0) {
            if (errno == EINTR) continue;
            e = errno;
            break;
        }
        done += (size_t)w;
    }
    sched_exit_syscall(g);
    set_result(args, (int64_t)done, e);
}

/* syncFd(fd int) (errno int) */
static void os_syncFd(G *g, Slot *args)
{
    int fd = (int)args[0].i, e = 0;
    if (fd == 1) fflush(out_stream(g));
    else if (fd == 2) fflush(err_stream(g));
    else if (fsync(fd) != 0) e = errno;
    args[0].i = e;
}

/* Linux's open flag values (syscall.O_*) to the host's. */
static int host_flags(int64_t f)
{
    static const struct { int64_t linux_flag; int host; } map[] = {
        {0x1, O_WRONLY},    {0x2, O_RDWR},       {0x400, O_APPEND}, {0x40, O_CREAT},
        {0x80, O_EXCL},     {0x200, O_TRUNC},    {0x800, O_NONBLOCK}, {0x80000, O_CLOEXEC},
        {0x10000, O_DIRECTORY}, {0x20000, O_NOFOLLOW}, {0x101000, O_SYNC},
    };
    int h = 0;
    for (size_t i = 0; i < ARRAY_LEN(map); i++)
        if ((f & map[i].linux_flag) == map[i].linux_flag) h |= map[i].host;
    return h;
}

/* openFile(name string, flag int, perm uint32) (fd int, errno int) */
static void os_openFile(G *g, Slot *args)
{
    char *name = cstring(args, 0);
    int flags = host_flags(args[2].i);
    mode_t perm = (mode_t)args[3].u;
    if (!name) {
        set_result(args, -1, EINVAL);
        return;
    }
    int fd;
    sched_enter_syscall(g);
    do fd = open(name, flags | O_CLOEXEC, perm);
    while (fd < 0 && errno == EINTR);
    int e = fd < 0 ? errno : 0;
    sched_exit_syscall(g);
    free(name);
    set_result(args, fd, e);
}

/* closeFd(fd int) (errno int) */
static void os_closeFd(G *g, Slot *args)
{
    UNUSED(g);
    args[0].i = close((int)args[0].i) != 0 ? errno : 0;
}

/* seekFd(fd int, off int64, whence int) (pos int64, errno int) */
static void os_seekFd(G *g, Slot *args)
{
    UNUSED(g);
    off_t r = lseek((int)args[0].i, (off_t)args[1].i, (int)args[2].i);
    set_result(args, r < 0 ? 0 : (int64_t)r, r < 0 ? errno : 0);
}

/* ---- file information ---------------------------------------------------- */

static void put_stat(Slot *args, const struct stat *st, int e)
{
    if (e) {
        memset(args, 0, 6 * sizeof(Slot));
    } else {
        args[0].i = st->st_size;
        args[1].u = st->st_mode;
        args[2].i = st->st_mtim.tv_sec;
        args[3].i = st->st_mtim.tv_nsec;
        args[4].u = (uint64_t)st->st_dev;
        args[5].u = (uint64_t)st->st_ino;
    }
    args[6].i = e;
}

/* statPath(name string, follow bool)
     (size int64, mode uint32, mtime, mtimeNsec int64, dev, ino uint64, errno int) */
static void os_statPath(G *g, Slot *args)
{
    UNUSED(g);
    char *name = cstring(args, 0);
    bool follow = args[2].i != 0;
    struct stat st;
    int e = !name ? EINVAL : (follow ? stat(name, &st) : lstat(name, &st)) != 0 ? errno : 0;
    free(name);
    put_stat(args, &st, e);
}

/* statFd(fd int)
     (size int64, mode uint32, mtime, mtimeNsec int64, dev, ino uint64, errno int) */
static void os_statFd(G *g, Slot *args)
{
    UNUSED(g);
    struct stat st;
    int e = fstat((int)args[0].i, &st) != 0 ? errno : 0;
    put_stat(args, &st, e);
}

/* readDirFd(fd int) (names []string, types []byte, errno int): every
   entry but "." and "..", in the order the system lists them. types
   holds the d_type of each (0 if unknown). The descriptor's offset is
   left at the end of the directory. */
static void os_readDirFd(G *g, Slot *args)
{
    int fd = dup((int)args[0].i);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        int e = errno;
        if (fd >= 0) close(fd);
        memset(args, 0, 6 * sizeof(Slot));
        args[6].i = e;
        return;
    }
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof *names);
    unsigned char *types = malloc(cap);
    struct dirent *de;
    errno = 0;
    while ((de = readdir(d)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
        if (n == cap) {
            cap *= 2;
            names = realloc(names, cap * sizeof *names);
            types = realloc(types, cap);
        }
        names[n] = strdup(de->d_name);
        types[n] = de->d_type;
        n++;
    }
    int e = errno;
    closedir(d);
    GoSlice ns = make_string_slice(g, (const char *const *)names, (int)n);
    GoSlice ts = {NULL, (int64_t)n, (int64_t)n};
    if (n) {
        ts.ptr = heap_alloc(g, n, NULL);
        memcpy(ts.ptr, types, n);
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    free(types);
    put_slice(args, ns);
    put_slice(args + 3, ts);
    args[6].i = e;
}

/* ---- paths --------------------------------------------------------------- */

/* Runs op on the NUL-terminated name at args[0..1]; EINVAL for a name
   holding NUL. */
#define PATH_OP(call)                          \
    char *name = cstring(args, 0);             \
    int e = EINVAL;                            \
    if (name) e = (call) != 0 ? errno : 0;     \
    free(name);

/* removePath(name string) (errno int): unlink, else rmdir; when both
   fail the rmdir error counts unless it says the name is not a
   directory (as Go's os.Remove decides). */
static void os_removePath(G *g, Slot *args)
{
    UNUSED(g);
    char *name = cstring(args, 0);
    int e = EINVAL;
    if (name) {
        e = 0;
        if (unlink(name) != 0) {
            int e1 = errno;
            if (rmdir(name) != 0) e = errno == ENOTDIR ? e1 : errno;
        }
    }
    free(name);
    args[0].i = e;
}

/* mkdirPath(name string, perm uint32) (errno int) */
static void os_mkdirPath(G *g, Slot *args)
{
    UNUSED(g);
    mode_t perm = (mode_t)args[2].u;
    PATH_OP(mkdir(name, perm));
    args[0].i = e;
}

/* chdirPath(name string) (errno int) */
static void os_chdirPath(G *g, Slot *args)
{
    UNUSED(g);
    PATH_OP(chdir(name));
    args[0].i = e;
}

/* chmodPath(name string, mode uint32) (errno int) */
static void os_chmodPath(G *g, Slot *args)
{
    UNUSED(g);
    mode_t mode = (mode_t)args[2].u;
    PATH_OP(chmod(name, mode));
    args[0].i = e;
}

/* truncatePath(name string, size int64) (errno int) */
static void os_truncatePath(G *g, Slot *args)
{
    UNUSED(g);
    off_t size = (off_t)args[2].i;
    PATH_OP(truncate(name, size));
    args[0].i = e;
}

/* fdOp(fd int, op int, arg int64) (errno int): 0 fchmod, 1 ftruncate,
   2 fchdir */
static void os_fdOp(G *g, Slot *args)
{
    UNUSED(g);
    int fd = (int)args[0].i, r = -1;
    switch (args[1].i) {
    case 0: r = fchmod(fd, (mode_t)args[2].i); break;
    case 1: r = ftruncate(fd, (off_t)args[2].i); break;
    case 2: r = fchdir(fd); break;
    default: errno = EINVAL;
    }
    args[0].i = r != 0 ? errno : 0;
}

/* linkOp(op int, oldname, newname string) (errno int): 0 rename, 1 link,
   2 symlink */
static void os_linkOp(G *g, Slot *args)
{
    UNUSED(g);
    int op = (int)args[0].i;
    char *from = cstring(args, 1), *to = cstring(args, 3);
    int e = EINVAL;
    if (from && to) {
        int r = op == 0 ? rename(from, to) : op == 1 ? link(from, to) : symlink(from, to);
        e = r != 0 ? errno : 0;
    }
    free(from);
    free(to);
    args[0].i = e;
}

/* readlinkPath(name string) (target string, errno int) */
static void os_readlinkPath(G *g, Slot *args)
{
    char *name = cstring(args, 0);
    GoString s = {NULL, 0};
    int e = EINVAL;
    if (name) {
        size_t cap = 256;
        for (;;) {
            char *buf = malloc(cap);
            ssize_t n = readlink(name, buf, cap);
            if (n < 0) {
                e = errno;
                free(buf);
                break;
            }
            if ((size_t)n < cap) {
                e = 0;
                s = lib_make_string(g, buf, (size_t)n);
                free(buf);
                break;
            }
            free(buf);
            cap *= 2;
        }
    }
    free(name);
    put_string(args, s);
    args[2].i = e;
}

/* getwd() (dir string, errno int) */
static void os_getwd(G *g, Slot *args)
{
    size_t cap = 256;
    for (;;) {
        char *buf = malloc(cap);
        if (getcwd(buf, cap)) {
            put_string(args, lib_make_string(g, buf, strlen(buf)));
            args[2].i = 0;
            free(buf);
            return;
        }
        int e = errno;
        free(buf);
        if (e != ERANGE) {
            put_string(args, (GoString){NULL, 0});
            args[2].i = e;
            return;
        }
        cap *= 2;
    }
}

const NativeDef lib_os_natives[] = {
    /* sorted by name (strcmp) */
    {"os.chdirPath", os_chdirPath},
    {"os.chmodPath", os_chmodPath},
    {"os.clearenv", os_clearenv},
    {"os.closeFd", os_closeFd},
    {"os.environ", os_environ},
    {"os.exit", os_exit},
    {"os.fdOp", os_fdOp},
    {"os.getpid", os_getpid},
    {"os.getwd", os_getwd},
    {"os.hostname", os_hostname},
    {"os.ids", os_ids},
    {"os.linkOp", os_linkOp},
    {"os.lookupEnv", os_lookupEnv},
    {"os.mkdirPath", os_mkdirPath},
    {"os.openFile", os_openFile},
    {"os.preadFd", os_preadFd},
    {"os.pwriteFd", os_pwriteFd},
    {"os.readDirFd", os_readDirFd},
    {"os.readFd", os_readFd},
    {"os.readlinkPath", os_readlinkPath},
    {"os.removePath", os_removePath},
    {"os.runtimeArgs", os_runtimeArgs},
    {"os.seekFd", os_seekFd},
    {"os.setenv", os_setenv},
    {"os.statFd", os_statFd},
    {"os.statPath", os_statPath},
    {"os.syncFd", os_syncFd},
    {"os.truncatePath", os_truncatePath},
    {"os.unsetenv", os_unsetenv},
    {"os.writeFd", os_writeFd},
    {"os.writeStringFd", os_writeStringFd},
};
const int lib_os_nnatives = ARRAY_LEN(lib_os_natives);
