/* lib.h - the built-in standard library: Go sources and C natives.
 *
 * Standard packages are written in Go (lib/go/<import path>/ holding .go files), embedded
 * into libgovm at build time (lib/embed.py generates lib_files.c), and
 * compiled on demand when a program imports them. A function declared in
 * that Go source without a body is a native: its implementation is the C
 * function registered here under "<import path>.<name>" (for a method:
 * "<import path>.<Type>.<name>", also for pointer receivers).
 *
 * Native calling convention (vm.h NativeFn): args[] holds the parameters
 * in stack form (vm/type.h: scalars widened to one slot, complex numbers two
 * double slots, strings/slices/interfaces/structs/arrays their memory form
 * padded to whole slots), the receiver first; the native writes its results
 * in stack form starting at args[0]. It allocates with heap_alloc and
 * raises Go panics with rt_panic_* (runtime/panic.h), then returns.
 */
#ifndef GOVM_LIB_H
#define GOVM_LIB_H

#include "../vm/vm.h"

typedef struct NativeDef {
    const char *name; /* "math.Sqrt"; a method (pointer receivers too): "os.File.write" */
    NativeFn fn;
} NativeDef;

/* The native registered under name, or NULL. */
NativeFn lib_find_native(const char *name);

typedef struct LibFile {
    const char *pkgpath; /* "fmt", "unicode/utf8" */
    const char *name;    /* "print.go" */
    const char *src;     /* without comments (line numbers kept) */
    size_t len;
    const uint32_t *blocks; /* top-level brace pairs: 4 words each, sorted
                               (SourceIndex.blocks) */
    int nblocks;
} LibFile;

/* lib_files.c, written by embed.py: every file, sorted by (pkgpath, name). */
extern const LibFile lib_files[];
extern const int lib_nfiles;

/* The embedded Go source files of package pkgpath (n set to their count);
   NULL if no such built-in package. */
const LibFile *lib_package_files(const char *pkgpath, int *n);

/* What the build computed about lf (lib_index.c, written by libindex;
   frontend/lex.h). */
const struct SourceIndex *lib_file_index(const LibFile *lf);

#endif
