/* str.h - Go string runtime support: UTF-8 and the string conversions and
 * operations the interpreter calls (concatenation, []byte/[]rune
 * conversions, comparison).
 *
 * Strings are immutable GoString {ptr, len} values; the empty string may
 * have any ptr (functions here return {NULL, 0}). Results are allocated
 * with heap_alloc(g, n, NULL) (noscan: bytes and runes hold no pointers).
 * UTF-8 follows Go's unicode/utf8 exactly: invalid, truncated, overlong
 * and surrogate encodings decode as U+FFFD with width 1.
 */
#ifndef GOVM_STR_H
#define GOVM_STR_H

#include "../vm/vm.h"

enum { STR_RUNE_ERROR = 0xFFFD, STR_MAX_RUNE = 0x10FFFF, STR_UTF_MAX = 4 };

/* Decodes the first rune of p[0..n): utf8.DecodeRune. Returns the rune and
   its width in *width (U+FFFD width 1 for an invalid encoding; U+FFFD
   width 0 when n == 0). */
int32_t str_decode_rune(const uint8_t *p, int64_t n, int *width);
/* Writes the UTF-8 encoding of r to buf (at least 4 bytes); returns the
   width. Surrogates and values outside [0, 0x10FFFF] encode U+FFFD. */
int str_encode_rune(uint8_t *buf, int64_t r);
/* Bytes needed to encode r (3 for invalid runes: U+FFFD). */
int str_rune_len(int64_t r);
/* utf8.RuneCount: number of runes (each invalid byte counts as one). */
int64_t str_rune_count(const uint8_t *p, int64_t n);

/* parts[0] + ... + parts[n-1] in one allocation; when at most one part is
   non-empty that part is returned as is. A result longer than the
   maximum length is a fatal error ("string concatenation too long"). */
GoString str_concat(G *g, const GoString *parts, int n);
/* string(b): a copy of p[0..n). */
GoString str_from_bytes(G *g, const uint8_t *p, int64_t n);
/* []byte(s): a fresh copy, len == cap == len(s). */
GoSlice str_to_bytes(G *g, GoString s);
/* string(rs) for rs []rune (int32 elements). */
GoString str_from_runes(G *g, const int32_t *rs, int64_t n);
/* []rune(s): len == cap == rune count. */
GoSlice str_to_runes(G *g, GoString s);
/* string(rune(v)) / string(v) for any integer v; out of range -> "\uFFFD". */
GoString str_from_rune(G *g, int64_t v);
/* -1, 0, +1 as bytewise comparison (Go's <, ==, > on strings). */
int str_compare(GoString a, GoString b);
bool str_equal(GoString a, GoString b);

#endif
