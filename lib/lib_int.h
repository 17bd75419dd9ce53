/* lib_int.h - private to lib/: the per-package native tables and the
 * generated table of embedded sources.
 *
 * Each lib/<pkg>.c (runtime/panic.c for package runtime, runtime/natives.c
 * for the scheduler-facing parts of runtime, sync, sync/atomic and time's
 * timers: table "sched") defines one
 * NativeDef table lib_<pkg>_natives sorted by name (strcmp order) and its
 * length lib_<pkg>_nnatives; lib_find_native binary-searches each table.
 * Adding a package's natives means adding its table to NATIVE_TABLES.
 */
#ifndef GOVM_LIB_INT_H
#define GOVM_LIB_INT_H

#include "lib.h"

#define NATIVE_TABLES(X) \
    X(bytealg)           \
    X(bytes)             \
    X(math)              \
    X(os)                \
    X(rand)              \
    X(reflect)           \
    X(runtime)           \
    X(sched)             \
    X(strconv)           \
    X(strings)           \
    X(time)              \
    X(unicode)

#define DECLARE_TABLE(pkg)                       \
    extern const NativeDef lib_##pkg##_natives[]; \
    extern const int lib_##pkg##_nnatives;
NATIVE_TABLES(DECLARE_TABLE)
#undef DECLARE_TABLE

/* Copies a Go string into a fresh Go heap string (bytes noscan). */
GoString lib_make_string(G *g, const char *s, size_t n);

#endif
