/* unicode.c - natives of package unicode: decoding the compact tables.
 *
 * lib/gen/unicode_tables.go writes every table as a string of base-64
 * digits forming big-endian varints of 5-bit groups (a digit >= 32 means
 * more groups follow); lib/go/unicode/decode.go documents the layouts.
 * Package unicode decodes all of its tables in its variable initialisers,
 * which every program importing fmt or strings runs at start-up: decoded
 * in Go that was ~18 M interpreted instructions, here it is a small
 * fraction of that (docs/performance.md, "Start-up").
 *
 * The decoded element types have no pointers, so their slices are noscan
 * allocations written in memory form: Range16 {Lo, Hi, Stride uint16}
 * (6 bytes), Range32 {Lo, Hi, Stride uint32} (12), CaseRange {Lo, Hi
 * uint32; Delta [3]rune} (20), foldPair {From, To uint16} (4).
 */
#include <stdlib.h>
#include <string.h>

#include "lib_int.h"
#include "runtime/heap.h"

typedef struct Decoder {
    const unsigned char *s;
    size_t n, i;
} Decoder;

/* A digit's value plus one: 0-9, A-Z, a-z, '+' are 1..63; 0 for the
   bytes that are no digit (value 63). */
static const unsigned char digits[256] = {
    ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
    ['8'] = 9, ['9'] = 10, ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
    ['G'] = 17, ['H'] = 18, ['I'] = 19, ['J'] = 20, ['K'] = 21, ['L'] = 22, ['M'] = 23, ['N'] = 24,
    ['O'] = 25, ['P'] = 26, ['Q'] = 27, ['R'] = 28, ['S'] = 29, ['T'] = 30, ['U'] = 31, ['V'] = 32,
    ['W'] = 33, ['X'] = 34, ['Y'] = 35, ['Z'] = 36, ['a'] = 37, ['b'] = 38, ['c'] = 39, ['d'] = 40,
    ['e'] = 41, ['f'] = 42, ['g'] = 43, ['h'] = 44, ['i'] = 45, ['j'] = 46, ['k'] = 47, ['l'] = 48,
    ['m'] = 49, ['n'] = 50, ['o'] = 51, ['p'] = 52, ['q'] = 53, ['r'] = 54, ['s'] = 55, ['t'] = 56,
    ['u'] = 57, ['v'] = 58, ['w'] = 59, ['x'] = 60, ['y'] = 61, ['z'] = 62, ['+'] = 63,
};

/* The next number; 0 past the end (the tables are well formed). */
static uint32_t num(Decoder *d)
{
    uint32_t v = 0;
    while (d->i < d->n) {
        uint32_t g = digits[d->s[d->i++]];
        g = g ? g - 1 : 63;
        v = v << 5 | (g & 31);
        if (g < 32) break;
    }
    return v;
}

static int32_t unzigzag(uint32_t v)
{
    return (int32_t)(v >> 1) ^ -(int32_t)(v & 1);
}

/* A fresh noscan slice of n elements of size elsize, as three slots. */
static void *put_slice(G *g, Slot *out, size_t n, size_t elsize)
{
    void *p = n ? heap_alloc(g, n * elsize, NULL) : NULL;
    out[0].p = p;
    out[1].i = (int64_t)n;
    out[2].i = (int64_t)n;
    return p;
}

/* decodeRanges(s string) (r16 []Range16, r32 []Range32, latinOffset int):
   the table is the count of 16-bit ranges, then per range the gap from the
   previous range's Hi, the length and the stride. */
static void unicode_decodeRanges(G *g, Slot *args)
{
    Decoder d = {args[0].p, (size_t)args[1].i, 0};
    size_t n16 = num(&d);
    /* decode into a scratch array first: the count of 32-bit ranges is
       known only at the end (each range takes at least three digits) */
    size_t cap = d.n / 3 + 1, total = 0;
    uint32_t *all = util_malloc(sizeof(uint32_t) * 3 * cap);
    int64_t latin = 0;
    int64_t prev = -1;
    while (d.i < d.n && total < cap) {
        uint32_t *r = all + 3 * total;
        r[0] = (uint32_t)(prev + 1 + (int64_t)num(&d));
        r[1] = r[0] + num(&d);
        r[2] = num(&d);
        prev = r[1];
        if (total < n16 && r[1] <= 0xff) latin++;
        total++;
    }
    if (n16 > total) n16 = total;
    uint16_t *r16 = put_slice(g, &args[0], n16, 6);
    uint32_t *r32 = put_slice(g, &args[3], total - n16, 12);
    for (size_t k = 0; k < n16; k++)
        for (int j = 0; j < 3; j++) r16[3 * k + j] = (uint16_t)all[3 * k + j];
    if (total > n16) memcpy(r32, all + 3 * n16, sizeof(uint32_t) * 3 * (total - n16));
    free(all);
    args[6].i = latin;
}

/* decodeCaseRanges(s string) []CaseRange: the count, then per range the
   gap, the length and the three deltas (zigzag). */
static void unicode_decodeCaseRanges(G *g, Slot *args)
{
    Decoder d = {args[0].p, (size_t)args[1].i, 0};
    size_t n = num(&d);
    uint32_t *cr = put_slice(g, &args[0], n, 20);
    int64_t prev = -1;
    for (size_t k = 0; k < n; k++) {
        uint32_t *r = cr + 5 * k;
        uint32_t lo = (uint32_t)(prev + 1 + (int64_t)num(&d));
        uint32_t hi = lo + num(&d);
        r[0] = lo, r[1] = hi;
        for (int j = 0; j < 3; j++) r[2 + j] = (uint32_t)unzigzag(num(&d));
        prev = hi;
    }
}

/* decodeOrbit(s string) []foldPair: the count, then the pairs. */
static void unicode_decodeOrbit(G *g, Slot *args)
{
    Decoder d = {args[0].p, (size_t)args[1].i, 0};
    size_t n = num(&d);
    uint16_t *o = put_slice(g, &args[0], n, 4);
    for (size_t k = 0; k < 2 * n; k++) o[k] = (uint16_t)num(&d);
}

const NativeDef lib_unicode_natives[] = {
    {"unicode.decodeCaseRanges", unicode_decodeCaseRanges},
    {"unicode.decodeOrbit", unicode_decodeOrbit},
    {"unicode.decodeRanges", unicode_decodeRanges},
};
const int lib_unicode_nnatives = ARRAY_LEN(lib_unicode_natives);
