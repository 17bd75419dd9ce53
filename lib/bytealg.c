/* bytealg.c - natives of package internal/bytealg: the byte searching and
 * ASCII case mapping under strings and bytes, with the C library's memchr,
 * memrchr and memmem.
 *
 * Stack form: a string is (ptr, len), a []byte (ptr, len, cap), a byte or
 * bool one slot (zero-extended).
 */
#define _GNU_SOURCE
#include <string.h>

#include "lib_int.h"

/* IndexByteString(s string, c byte) int */
static void ba_IndexByteString(G *g, Slot *args)
{
    UNUSED(g);
    const char *p = args[0].p;
    size_t n = (size_t)args[1].i;
    const char *q = n ? memchr(p, (int)(args[2].u & 0xff), n) : NULL;
    args[0].i = q ? q - p : -1;
}

/* LastIndexByteString(s string, c byte) int */
static void ba_LastIndexByteString(G *g, Slot *args)
{
    UNUSED(g);
    const char *p = args[0].p;
    size_t n = (size_t)args[1].i;
    const char *q = n ? memrchr(p, (int)(args[2].u & 0xff), n) : NULL;
    args[0].i = q ? q - p : -1;
}

/* CountString(s string, c byte) int */
static void ba_CountString(G *g, Slot *args)
{
    UNUSED(g);
    const char *p = args[0].p, *end = p + args[1].i;
    int c = (int)(args[2].u & 0xff);
    int64_t count = 0;
    while (p < end && (p = memchr(p, c, (size_t)(end - p)))) {
        count++;
        p++;
    }
    args[0].i = count;
}

/* IndexString(s, sep string) int */
static void ba_IndexString(G *g, Slot *args)
{
    UNUSED(g);
    const char *s = args[0].p, *sep = args[2].p;
    size_t n = (size_t)args[1].i, m = (size_t)args[3].i;
    const char *q = m && m <= n ? memmem(s, n, sep, m) : NULL;
    args[0].i = q ? q - s : (m == 0 ? 0 : -1);
}

/* ASCIICase(s string, upper bool) (isASCII, has bool) */
static void ba_ASCIICase(G *g, Slot *args)
{
    UNUSED(g);
    const unsigned char *p = args[0].p;
    size_t n = (size_t)args[1].i;
    unsigned char lo = (args[2].u & 1) ? 'a' : 'A';
    bool has = false;
    for (size_t i = 0; i < n; i++) {
        if (p[i] >= 0x80) {
            args[0].u = 0;
            args[1].u = has;
            return;
        }
        has |= (unsigned char)(p[i] - lo) < 26;
    }
    args[0].u = 1;
    args[1].u = has;
}

/* CopyASCIICase(dst []byte, s string, upper bool) */
static void ba_CopyASCIICase(G *g, Slot *args)
{
    UNUSED(g);
    unsigned char *d = args[0].p;
    const unsigned char *p = args[3].p;
    size_t n = (size_t)args[4].i;
    if ((size_t)args[1].i < n) n = (size_t)args[1].i;
    bool upper = args[5].u & 1;
    unsigned char from = upper ? 'a' : 'A';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        d[i] = (unsigned char)(c - from) < 26 ? (unsigned char)(c ^ 0x20) : c;
    }
}

/* Sorted by name (strcmp). */
const NativeDef lib_bytealg_natives[] = {
    {"internal/bytealg.ASCIICase", ba_ASCIICase},
    {"internal/bytealg.CopyASCIICase", ba_CopyASCIICase},
    {"internal/bytealg.CountString", ba_CountString},
    {"internal/bytealg.IndexByteString", ba_IndexByteString},
    {"internal/bytealg.IndexString", ba_IndexString},
    {"internal/bytealg.LastIndexByteString", ba_LastIndexByteString},
};
const int lib_bytealg_nnatives = ARRAY_LEN(lib_bytealg_natives);
