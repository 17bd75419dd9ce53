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
#include <string.h>

#include "lib_int.h"
#include "runtime/heap.h"

typedef struct Decoder {
    const unsigned char *s;
    size_t n, i;
} Decoder;

static uint32_t digit(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'Z') return (uint32_t)(c - 'A') + 10;
    if (c >= 'a' && c <= 'z') return (uint32_t)(c - 'a') + 36;
    if (c == '+') return 62;
    return 63;
}

/* The next number; 0 past the end (the tables are well formed). */
static uint32_t num(Decoder *d)
{
    uint32_t v = 0;
    while (d->i < d->n) {
        uint32_t g = digit(d->s[d->i++]);
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
    /* count the ranges first (three numbers each) */
    Decoder c = d;
    size_t total = 0;
    while (c.i < c.n) {
        num(&c), num(&c), num(&c);
        total++;
    }
    if (n16 > total) n16 = total;
    uint16_t *r16 = put_slice(g, &args[0], n16, 6);
    uint32_t *r32 = put_slice(g, &args[3], total - n16, 12);
    int64_t latin = 0;
    int64_t prev = -1;
    for (size_t k = 0; k < total; k++) {
        uint32_t lo = (uint32_t)(prev + 1 + (int64_t)num(&d));
        uint32_t hi = lo + num(&d);
        uint32_t stride = num(&d);
        prev = hi;
        if (k < n16) {
            uint16_t *r = r16 + 3 * k;
            r[0] = (uint16_t)lo, r[1] = (uint16_t)hi, r[2] = (uint16_t)stride;
            if (hi <= 0xff) latin++;
        } else {
            uint32_t *r = r32 + 3 * (k - n16);
            r[0] = lo, r[1] = hi, r[2] = stride;
        }
    }
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
