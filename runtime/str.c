/* str.c - UTF-8 and Go string operations.
 *
 * UTF-8 decoding is table-driven the way the Unicode standard presents
 * well-formed sequences (Table 3-7): the first byte fixes the length and
 * the valid range of the second byte (E0: A0..BF excludes overlong
 * 3-byte forms, ED: 80..9F excludes surrogates, F0: 90..BF excludes
 * overlong 4-byte forms, F4: 80..8F stops at U+10FFFF); later bytes are
 * 80..BF. Anything else, including a sequence cut short by the end of the
 * input, is one byte of U+FFFD, which is what Go's utf8.DecodeRune and
 * for-range over strings do.
 *
 * Conversions allocate exactly the bytes they need (Go rounds []byte and
 * []rune capacities up to its allocator's size classes, which programs
 * can observe through cap(); here cap == len).
 */
#include "str.h"

#include <string.h>

#include "heap.h"
#include "panic.h"

/* Length of a sequence by first byte (0: invalid lead byte) and the
   range of the second byte. */
typedef struct Lead {
    uint8_t len, lo, hi;
} Lead;

static Lead lead_of(uint8_t b)
{
    if (b < 0x80) return (Lead){1, 0, 0};
    if (b < 0xc2) return (Lead){0, 0, 0};
    if (b < 0xe0) return (Lead){2, 0x80, 0xbf};
    if (b == 0xe0) return (Lead){3, 0xa0, 0xbf};
    if (b == 0xed) return (Lead){3, 0x80, 0x9f};
    if (b < 0xf0) return (Lead){3, 0x80, 0xbf};
    if (b == 0xf0) return (Lead){4, 0x90, 0xbf};
    if (b < 0xf4) return (Lead){4, 0x80, 0xbf};
    if (b == 0xf4) return (Lead){4, 0x80, 0x8f};
    return (Lead){0, 0, 0};
}

static inline bool is_cont(uint8_t b) { return (b & 0xc0) == 0x80; }

int32_t str_decode_rune(const uint8_t *p, int64_t n, int *width)
{
    if (n < 1) {
        *width = 0;
        return STR_RUNE_ERROR;
    }
    uint8_t b0 = p[0];
    *width = 1;
    if (b0 < 0x80) return b0;
    Lead l = lead_of(b0);
    if (!l.len || n < l.len || p[1] < l.lo || p[1] > l.hi) return STR_RUNE_ERROR;
    if (l.len == 2) {
        *width = 2;
        return (int32_t)((b0 & 0x1fu) << 6 | (p[1] & 0x3fu));
    }
    if (!is_cont(p[2])) return STR_RUNE_ERROR;
    if (l.len == 3) {
        *width = 3;
        return (int32_t)((b0 & 0x0fu) << 12 | (p[1] & 0x3fu) << 6 | (p[2] & 0x3fu));
    }
    if (!is_cont(p[3])) return STR_RUNE_ERROR;
    *width = 4;
    return (int32_t)((b0 & 0x07u) << 18 | (p[1] & 0x3fu) << 12 | (p[2] & 0x3fu) << 6 | (p[3] & 0x3fu));
}

static bool valid_rune(int64_t r)
{
    return r >= 0 && r <= STR_MAX_RUNE && !(r >= 0xd800 && r <= 0xdfff);
}

int str_rune_len(int64_t r)
{
    if (!valid_rune(r)) return 3;
    return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

int str_encode_rune(uint8_t *buf, int64_t r)
{
    if (!valid_rune(r)) r = STR_RUNE_ERROR;
    uint32_t c = (uint32_t)r;
    if (c < 0x80) {
        buf[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (uint8_t)(0xc0 | c >> 6);
        buf[1] = (uint8_t)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (uint8_t)(0xe0 | c >> 12);
        buf[1] = (uint8_t)(0x80 | (c >> 6 & 0x3f));
        buf[2] = (uint8_t)(0x80 | (c & 0x3f));
        return 3;
    }
    buf[0] = (uint8_t)(0xf0 | c >> 18);
    buf[1] = (uint8_t)(0x80 | (c >> 12 & 0x3f));
    buf[2] = (uint8_t)(0x80 | (c >> 6 & 0x3f));
    buf[3] = (uint8_t)(0x80 | (c & 0x3f));
    return 4;
}

int64_t str_rune_count(const uint8_t *p, int64_t n)
{
    int64_t count = 0, i = 0;
    while (i < n) {
        count++;
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int w;
        str_decode_rune(p + i, n - i, &w);
        i += w;
    }
    return count;
}

/* ---- strings ------------------------------------------------------------ */

static GoString empty_string(void)
{
    return (GoString){NULL, 0};
}

GoString str_concat(G *g, const GoString *parts, int n)
{
    int64_t total = 0;
    int nonempty = 0, last = 0;
    for (int i = 0; i < n; i++) {
        if (!parts[i].len) continue;
        if (parts[i].len > INT64_MAX - total) {
            rt_throw(g, "string concatenation too long");
            return empty_string();
        }
        total += parts[i].len;
        nonempty++;
        last = i;
    }
    if (nonempty == 0) return empty_string();
    if (nonempty == 1) return parts[last];
    uint8_t *d = heap_alloc_raw(g, (size_t)total);
    int64_t at = 0;
    for (int i = 0; i < n; i++) {
        if (!parts[i].len) continue;
        memcpy(d + at, parts[i].ptr, (size_t)parts[i].len);
        at += parts[i].len;
    }
    return (GoString){d, total};
}

GoString str_from_bytes(G *g, const uint8_t *p, int64_t n)
{
    if (n <= 0) return empty_string();
    uint8_t *d = heap_alloc_raw(g, (size_t)n);
    memcpy(d, p, (size_t)n);
    return (GoString){d, n};
}

GoSlice str_to_bytes(G *g, GoString s)
{
    if (s.len <= 0) return (GoSlice){NULL, 0, 0};
    uint8_t *d = heap_alloc_raw(g, (size_t)s.len);
    memcpy(d, s.ptr, (size_t)s.len);
    return (GoSlice){d, s.len, s.len};
}

GoString str_from_runes(G *g, const int32_t *rs, int64_t n)
{
    int64_t total = 0;
    for (int64_t i = 0; i < n; i++) total += str_rune_len(rs[i]);
    if (!total) return empty_string();
    uint8_t *d = heap_alloc_raw(g, (size_t)total);
    int64_t at = 0;
    for (int64_t i = 0; i < n; i++) at += str_encode_rune(d + at, rs[i]);
    return (GoString){d, total};
}

GoSlice str_to_runes(G *g, GoString s)
{
    int64_t n = str_rune_count(s.ptr, s.len);
    if (!n) return (GoSlice){NULL, 0, 0};
    int32_t *d = heap_alloc_raw(g, (size_t)n * sizeof(int32_t));
    int64_t i = 0, k = 0;
    while (i < s.len) {
        int w;
        d[k++] = str_decode_rune(s.ptr + i, s.len - i, &w);
        i += w;
    }
    return (GoSlice){d, n, n};
}

GoString str_from_rune(G *g, int64_t v)
{
    uint8_t buf[STR_UTF_MAX];
    int n = str_encode_rune(buf, v);
    return str_from_bytes(g, buf, n);
}

int str_compare(GoString a, GoString b)
{
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n > 0 && a.ptr != b.ptr ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c) return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool str_equal(GoString a, GoString b)
{
    return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}
