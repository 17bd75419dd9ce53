/* lib.c - finding natives and embedded package sources.
 *
 * Both lookups run when a program is loaded, never on a hot path. Natives
 * live in one static, sorted table per C file (no global mutable state, so
 * several VMs share them freely); a lookup binary-searches each table. The
 * embedded sources come sorted from embed.py, so a package's files are one
 * contiguous run found by binary search.
 */
#include "lib_int.h"

#include <string.h>

#include "frontend/lex.h"
#include "runtime/heap.h"

typedef struct NativeTable {
    const NativeDef *defs;
    const int *n;
} NativeTable;

#define TABLE_ENTRY(pkg) {lib_##pkg##_natives, &lib_##pkg##_nnatives},
static const NativeTable tables[] = {NATIVE_TABLES(TABLE_ENTRY)};
#undef TABLE_ENTRY

static NativeFn search_table(const NativeDef *defs, int n, const char *name)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(defs[mid].name, name);
        if (c == 0) return defs[mid].fn;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
#if GOVM_DEBUG_CHECKS
    for (int i = 1; i < n; i++)
        if (strcmp(defs[i - 1].name, defs[i].name) >= 0) {
            fprintf(stderr, "lib: native table not sorted at %s\n", defs[i].name);
            abort();
        }
#endif
    return NULL;
}

NativeFn lib_find_native(const char *name)
{
    for (size_t i = 0; i < ARRAY_LEN(tables); i++) {
        NativeFn fn = search_table(tables[i].defs, *tables[i].n, name);
        if (fn) return fn;
    }
    return NULL;
}

const LibFile *lib_package_files(const char *pkgpath, int *n)
{
    int lo = 0, hi = lib_nfiles;
    while (lo < hi) { /* first entry with pkgpath >= the one sought */
        int mid = lo + (hi - lo) / 2;
        if (strcmp(lib_files[mid].pkgpath, pkgpath) < 0) lo = mid + 1;
        else hi = mid;
    }
    int end = lo;
    while (end < lib_nfiles && strcmp(lib_files[end].pkgpath, pkgpath) == 0) end++;
    *n = end - lo;
    return end > lo ? &lib_files[lo] : NULL;
}

/* lib_index.c, written by libindex at build time: one entry per lib_files
   entry. */
extern const SourceIndex lib_index[];

const SourceIndex *lib_file_index(const LibFile *lf)
{
    return &lib_index[lf - lib_files];
}

GoString lib_make_string(G *g, const char *s, size_t n)
{
    GoString r = {NULL, (int64_t)n};
    if (n == 0) return r;
    uint8_t *p = heap_alloc(g, n, NULL);
    memcpy(p, s, n);
    r.ptr = p;
    return r;
}
