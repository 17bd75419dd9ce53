/* const.c - exact constant values (Go spec: Constants, Representability).
 *
 * Representation (see const.h): CK_INT in an mpz, CK_FLOAT as an exact mpq,
 * CK_COMPLEX as two mpqs. Unlike go/constant, which switches to 512-bit
 * floats when fractions grow, every value here stays exact; only values
 * whose components exceed CONST_MAX_BITS become CK_UNKNOWN (a guard against
 * programs such as repeated squaring, not a language limit).
 *
 * Invariants:
 *   - every Const made by a pool has i, re and im initialised (zero unless
 *     its kind uses them) and sits on cp->owned, so constpool_free can clear
 *     them all; the structs themselves live in cp->arena;
 *   - mpq values are canonical (GMP's invariant: lowest terms, den > 0);
 *   - values are never modified once returned (the checker may fill in a
 *     freshly made value before publishing it).
 *
 * Rounding to float32/float64 (round_mag) works on the exact rational: it
 * finds e = floor(log2 |x|), picks the weight lsb of the last mantissa bit
 * (e - prec + 1, but not below the subnormal limit), divides, and rounds
 * the quotient half-to-even by comparing twice the remainder with the
 * divisor. This is exact and never goes through a C double, so float32 is
 * rounded directly rather than via float64.
 *
 * Printing follows go/constant's String as used by types2 error messages:
 * integers in full, floats with %.6g (or go/constant's own approximate
 * mantissa/exponent form when the value is outside float64's range), complex
 * as "(re + imi)", strings quoted with strconv.Quote rules and cut to 72
 * runes.
 */
#include "const.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex_unicode.h" /* strconv.IsPrint data for quoting strings */

/* Components larger than this many bits make CK_UNKNOWN. */
enum { CONST_MAX_BITS = 1 << 20 };
/* Untyped integer shift results above this many bits are "constant shift
   overflow", as in types2 (its constant precision, 512). */
enum { CONST_SHIFT_BITS = 512 };
/* Float literals whose (effective) exponent is beyond these are rejected:
   the exact value would not fit in CONST_MAX_BITS. gc accepts larger ones
   (it switches to big floats), but no real program writes 1e1000000. */
enum { CONST_MAX_EXP10 = 300000, CONST_MAX_EXP2 = 1000000 };

/* ---- the pool -------------------------------------------------------------- */

enum { PART_I = 1, PART_RE = 2, PART_IM = 4 }; /* Const.parts */

void constpool_init(ConstPool *cp)
{
    arena_init(&cp->arena);
    cp->owned = NULL;
}

void constpool_free(ConstPool *cp)
{
    for (Const *c = cp->owned; c; c = c->next_owned) {
        if (c->parts & PART_I) mpz_clear(c->i);
        if (c->parts & PART_RE) mpq_clear(c->re);
        if (c->parts & PART_IM) mpq_clear(c->im);
    }
    cp->owned = NULL;
    arena_free(&cp->arena);
}

static Const *newconst(ConstPool *cp, ConstKind k)
{
    Const *c = ARENA_NEW(&cp->arena, Const);
    c->kind = k;
    /* only the parts a kind uses are initialised (every numeric use of a
       constant tests its kind first): booleans and strings have none,
       integers only i, floats only re. A GMP rational allocates its
       denominator, and most constants are integers. Complex constants
       have all three (the literal parser uses i as scratch), and so do
       unknown ones. */
    switch (k) {
    case CK_BOOL:
    case CK_STRING: return c;
    case CK_INT:
        mpz_init(c->i);
        c->parts = PART_I;
        break;
    case CK_FLOAT:
        mpq_init(c->re);
        c->parts = PART_RE;
        break;
    default:
        mpz_init(c->i);
        mpq_init(c->re);
        mpq_init(c->im);
        c->parts = PART_I | PART_RE | PART_IM;
        break;
    }
    c->next_owned = cp->owned;
    cp->owned = c;
    return c;
}

static Const *unknown(ConstPool *cp)
{
    return newconst(cp, CK_UNKNOWN);
}

static bool too_big_z(const mpz_t z)
{
    return mpz_sizeinbase(z, 2) > CONST_MAX_BITS;
}

static bool too_big_q(const mpq_t q)
{
    return too_big_z(mpq_numref(q)) || too_big_z(mpq_denref(q));
}

/* c itself, or CK_UNKNOWN when a component grew beyond CONST_MAX_BITS. */
static Const *checked(ConstPool *cp, Const *c)
{
    bool big = false;
    switch (c->kind) {
    case CK_INT: big = too_big_z(c->i); break;
    case CK_FLOAT: big = too_big_q(c->re); break;
    case CK_COMPLEX: big = too_big_q(c->re) || too_big_q(c->im); break;
    default: break;
    }
    return big ? unknown(cp) : c;
}

/* ---- simple constructors ----------------------------------------------------- */

static void z_set_u64(mpz_t z, uint64_t v)
{
    mpz_import(z, 1, -1, sizeof v, 0, 0, &v);
}

static void z_set_i64(mpz_t z, int64_t v)
{
    if (v >= 0) {
        z_set_u64(z, (uint64_t)v);
    } else {
        z_set_u64(z, (uint64_t)0 - (uint64_t)v); /* |INT64_MIN| fits in uint64 */
        mpz_neg(z, z);
    }
}

Const *const_unknown(ConstPool *cp)
{
    return unknown(cp);
}

Const *const_bool(ConstPool *cp, bool b)
{
    Const *c = newconst(cp, CK_BOOL);
    c->b = b;
    return c;
}

Const *const_string(ConstPool *cp, const char *s, size_t n)
{
    Const *c = newconst(cp, CK_STRING);
    c->s = arena_strndup(&cp->arena, s, n);
    c->slen = n;
    return c;
}

Const *const_int64(ConstPool *cp, int64_t v)
{
    Const *c = newconst(cp, CK_INT);
    z_set_i64(c->i, v);
    return c;
}

Const *const_uint64(ConstPool *cp, uint64_t v)
{
    Const *c = newconst(cp, CK_INT);
    z_set_u64(c->i, v);
    return c;
}

Const *const_float64(ConstPool *cp, double v)
{
    Const *c = newconst(cp, CK_FLOAT);
    if (isfinite(v)) mpq_set_d(c->re, v); /* exact for finite doubles */
    return c;
}

/* ---- literals ------------------------------------------------------------------ */

static int digit_val(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

static bool has_prefix(const char *s, int len, char lower)
{
    return len >= 2 && s[0] == '0' && (s[1] | 0x20) == lower;
}

/* Integer literal text (any base, underscores) into z. */
static bool parse_int(mpz_t z, const char *s, int len, const char **err)
{
    int base = 10;
    if (has_prefix(s, len, 'x')) base = 16, s += 2, len -= 2;
    else if (has_prefix(s, len, 'b')) base = 2, s += 2, len -= 2;
    else if (has_prefix(s, len, 'o')) base = 8, s += 2, len -= 2;
    else if (len > 1 && s[0] == '0') base = 8; /* legacy octal 0777 */
    char *buf = util_malloc((size_t)len + 1);
    int n = 0;
    for (int k = 0; k < len; k++) {
        if (s[k] == '_') continue;
        if (digit_val((unsigned char)s[k]) >= base) {
            free(buf);
            if (err) *err = base == 8 ? "invalid digit in octal literal" : "malformed integer literal";
            return false;
        }
        buf[n++] = s[k];
    }
    buf[n] = 0;
    bool ok = n > 0 && mpz_set_str(z, buf, base) == 0;
    free(buf);
    if (!ok && err) *err = "malformed integer literal";
    return ok;
}

/* q = mant * base^exp exactly (base 10 or 2). */
static void scale_rat(mpq_t q, const mpz_t mant, int base, long exp)
{
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, (unsigned long)base, (unsigned long)labs(exp));
    mpq_set_z(q, mant);
    if (exp >= 0) mpz_mul(mpq_numref(q), mpq_numref(q), p);
    else mpz_set(mpq_denref(q), p);
    mpq_canonicalize(q);
    mpz_clear(p);
}

/* Parses a decimal exponent "[+-]digits" at s; saturates near LONG_MAX/4. */
static long parse_exp(const char *s, const char *end)
{
    int sign = 1;
    long e = 0;
    if (s < end && (*s == '+' || *s == '-')) sign = *s++ == '-' ? -1 : 1;
    for (; s < end; s++) {
        if (*s == '_') continue;
        if (e < LONG_MAX / 40) e = e * 10 + (*s - '0');
    }
    return sign * e;
}

/* Float literal (decimal or hex, underscores) into q exactly. */
static bool parse_float(mpq_t q, const char *s, int len, const char **err)
{
    const char *end = s + len;
    bool hex = has_prefix(s, len, 'x');
    int base = hex ? 16 : 10;
    if (hex) s += 2;
    char *digits = util_malloc((size_t)len + 2);
    int n = 0;
    long frac = 0; /* digits after the point */
    bool point = false;
    for (; s < end && (hex ? (*s | 0x20) != 'p' : (*s | 0x20) != 'e'); s++) {
        if (*s == '_') continue;
        if (*s == '.') {
            point = true;
            continue;
        }
        if (digit_val((unsigned char)*s) >= base) {
            free(digits);
            if (err) *err = "malformed floating-point literal";
            return false;
        }
        digits[n++] = *s;
        if (point) frac++;
    }
    long exp = s < end ? parse_exp(s + 1, end) : 0;
    digits[n] = 0;
    mpz_t mant;
    mpz_init(mant);
    bool ok = n > 0 && mpz_set_str(mant, digits, base) == 0;
    free(digits);
    if (!ok) {
        if (err) *err = "malformed floating-point literal";
    } else if (mpz_sgn(mant) == 0) {
        mpq_set_ui(q, 0, 1);
    } else {
        exp -= hex ? 4 * frac : frac;
        if (labs(exp) > (hex ? CONST_MAX_EXP2 : CONST_MAX_EXP10)) {
            if (err) *err = "exponent too large in floating-point literal";
            ok = false;
        } else {
            scale_rat(q, mant, hex ? 2 : 10, exp);
        }
    }
    mpz_clear(mant);
    return ok;
}

/* A number literal without the 'i' of an imaginary one: is it a float? */
static bool looks_float(const char *s, int len)
{
    bool hex = has_prefix(s, len, 'x');
    for (int k = 0; k < len; k++) {
        char c = (char)(s[k] | 0x20);
        if (s[k] == '.' || (hex ? c == 'p' : c == 'e')) return true;
    }
    return false;
}

static Const *lit_imag(ConstPool *cp, const char *s, int len, const char **err)
{
    len--; /* the 'i' */
    Const *c = newconst(cp, CK_COMPLEX);
    bool prefixed = has_prefix(s, len, 'x') || has_prefix(s, len, 'b') || has_prefix(s, len, 'o');
    if (looks_float(s, len) || !prefixed) {
        /* "0123i" is decimal 123i for backward compatibility */
        if (parse_float(c->im, s, len, err)) return c;
        return NULL;
    }
    if (!parse_int(c->i, s, len, err)) return NULL;
    mpq_set_z(c->im, c->i);
    mpz_set_ui(c->i, 0);
    return c;
}

static int utf8_encode(char *buf, uint32_t r)
{
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xc0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3f));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xe0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (r & 0x3f));
        return 3;
    }
    buf[0] = (char)(0xf0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (r & 0x3f));
    return 4;
}

/* Decodes one UTF-8 sequence of s[0..n) (n > 0) as Go's
   utf8.DecodeRuneInString: invalid input gives -1 with width 1. */
static int32_t utf8_decode(const unsigned char *s, size_t n, int *w)
{
    unsigned c = s[0];
    int more;
    int32_t r, min;
    *w = 1;
    if (c < 0x80) return (int32_t)c;
    if (c >= 0xc2 && c <= 0xdf) more = 1, r = c & 0x1f, min = 0x80;
    else if (c >= 0xe0 && c <= 0xef) more = 2, r = c & 0x0f, min = 0x800;
    else if (c >= 0xf0 && c <= 0xf4) more = 3, r = c & 0x07, min = 0x10000;
    else return -1;
    if (n <= (size_t)more) return -1;
    for (int k = 1; k <= more; k++) {
        if ((s[k] & 0xc0) != 0x80) return -1;
        r = (r << 6) | (s[k] & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) return -1;
    *w = more + 1;
    return r;
}

/* One escape sequence after the backslash at *ps (which points at the
   letter). quote is the literal's delimiter. Returns the value and sets
   *isbyte when it is a raw byte (\x, octal) rather than a code point. */
static bool decode_escape(const char **ps, const char *end, char quote, uint32_t *val, bool *isbyte,
                          const char **err)
{
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\";
    const char *s = *ps;
    *isbyte = false;
    for (const char *e = simple; *e; e += 2) {
        if (*s == e[0]) {
            *val = (unsigned char)e[1];
            *ps = s + 1;
            return true;
        }
    }
    if (*s == quote) {
        *val = (unsigned char)quote;
        *ps = s + 1;
        return true;
    }
    int ndig, base = 16;
    switch (*s) {
    case 'x': ndig = 2, s++, *isbyte = true; break;
    case 'u': ndig = 4, s++; break;
    case 'U': ndig = 8, s++; break;
    default:
        if (*s < '0' || *s > '7') {
            if (err) *err = "unknown escape sequence";
            return false;
        }
        ndig = 3, base = 8, *isbyte = true;
    }
    uint32_t v = 0;
    for (int k = 0; k < ndig; k++, s++) {
        int d = s < end ? digit_val((unsigned char)*s) : 99;
        if (d >= base) {
            if (err) *err = "invalid character in escape sequence";
            return false;
        }
        v = v * (uint32_t)base + (uint32_t)d;
    }
    if (base == 8 && v > 255) {
        if (err) *err = "octal escape value > 255";
        return false;
    }
    if (!*isbyte && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) {
        if (err) *err = "escape is invalid Unicode code point";
        return false;
    }
    *val = v;
    *ps = s;
    return true;
}

/* Rune literal 'x' (quotes included) to an integer. */
static Const *lit_rune(ConstPool *cp, const char *s, int len, const char **err)
{
    const char *p = s + 1, *end = s + len - 1;
    uint32_t v;
    if (len < 3 || s[0] != '\'' || end[0] != '\'') {
        if (err) *err = "empty rune literal or unescaped ' in rune literal";
        return NULL;
    }
    if (*p == '\\') {
        p++;
        bool isbyte;
        if (!decode_escape(&p, end, '\'', &v, &isbyte, err)) return NULL;
    } else {
        int w;
        int32_t r = utf8_decode((const unsigned char *)p, (size_t)(end - p), &w);
        v = r < 0 ? 0xfffd : (uint32_t)r;
        p += w;
    }
    if (p != end) {
        if (err) *err = "more than one character in rune literal";
        return NULL;
    }
    return const_int64(cp, v);
}

/* Interpreted string literal "..." (quotes included). */
static Const *lit_string(ConstPool *cp, const char *s, int len, const char **err)
{
    const char *p = s + 1, *end = s + len - 1;
    StrBuf b;
    sb_init(&b);
    while (p < end) {
        if (*p != '\\') {
            /* the run up to the next escape, at once */
            const char *q = memchr(p, '\\', (size_t)(end - p));
            if (!q) q = end;
            sb_put(&b, p, (size_t)(q - p));
            p = q;
            continue;
        }
        p++;
        uint32_t v;
        bool isbyte;
        if (!decode_escape(&p, end, '"', &v, &isbyte, err)) {
            sb_free(&b);
            return NULL;
        }
        char buf[4];
        if (isbyte) sb_putc(&b, (char)v);
        else sb_put(&b, buf, (size_t)utf8_encode(buf, v));
    }
    Const *c = const_string(cp, b.data ? b.data : "", b.len);
    sb_free(&b);
    return c;
}

/* Raw string literal `...`: the bytes between the quotes minus '\r'. */
static Const *lit_raw(ConstPool *cp, const char *s, int len)
{
    StrBuf b;
    sb_init(&b);
    for (int k = 1; k < len - 1; k++)
        if (s[k] != '\r') sb_putc(&b, s[k]);
    Const *c = const_string(cp, b.data ? b.data : "", b.len);
    sb_free(&b);
    return c;
}

Const *const_from_literal(ConstPool *cp, TokenKind tok, const char *text, int len, const char **err)
{
    Const *c;
    switch (tok) {
    case T_INT:
        c = newconst(cp, CK_INT);
        return parse_int(c->i, text, len, err) ? c : NULL;
    case T_FLOAT:
        c = newconst(cp, CK_FLOAT);
        return parse_float(c->re, text, len, err) ? c : NULL;
    case T_IMAG:
        if (len < 2 || text[len - 1] != 'i') break;
        return lit_imag(cp, text, len, err);
    case T_CHAR: return lit_rune(cp, text, len, err);
    case T_STRING:
        if (len >= 2 && text[0] == '`' && text[len - 1] == '`') return lit_raw(cp, text, len);
        if (len >= 2 && text[0] == '"' && text[len - 1] == '"') return lit_string(cp, text, len, err);
        break;
    default: break;
    }
    if (err) *err = "malformed constant";
    return NULL;
}

/* ---- kind conversion ----------------------------------------------------------- */

static bool q_is_int(const mpq_t q)
{
    return mpz_cmp_ui(mpq_denref(q), 1) == 0;
}

Const *const_to_kind(ConstPool *cp, const Const *x, ConstKind k)
{
    Const *c;
    if (x->kind == k || x->kind == CK_UNKNOWN) return (Const *)x;
    if (x->kind < CK_INT || k < CK_INT) return NULL;
    if (k == CK_INT) {
        if (x->kind == CK_COMPLEX && mpq_sgn(x->im) != 0) return NULL;
        if (!q_is_int(x->re)) return NULL;
        c = newconst(cp, CK_INT);
        mpz_set(c->i, mpq_numref(x->re));
        return c;
    }
    if (k == CK_FLOAT && x->kind == CK_COMPLEX && mpq_sgn(x->im) != 0) return NULL;
    c = newconst(cp, k);
    if (x->kind == CK_INT) mpq_set_z(c->re, x->i);
    else mpq_set(c->re, x->re);
    return c;
}

/* ---- arithmetic ------------------------------------------------------------------ */

static Const *binary_bool(ConstPool *cp, TokenKind op, const Const *x, const Const *y)
{
    switch (op) {
    case T_LAND: return const_bool(cp, x->b && y->b);
    case T_LOR: return const_bool(cp, x->b || y->b);
    case T_EQL: return const_bool(cp, x->b == y->b);
    case T_NEQ: return const_bool(cp, x->b != y->b);
    default: return unknown(cp);
    }
}

static Const *binary_string(ConstPool *cp, TokenKind op, const Const *x, const Const *y)
{
    if (op != T_ADD) return unknown(cp);
    char *s = util_malloc(x->slen + y->slen + 1);
    memcpy(s, x->s, x->slen);
    memcpy(s + x->slen, y->s, y->slen);
    Const *c = const_string(cp, s, x->slen + y->slen);
    free(s);
    return c;
}

/* Exact quotient of two integers: a CK_FLOAT. */
static Const *int_quo_exact(ConstPool *cp, const Const *x, const Const *y)
{
    Const *c = newconst(cp, CK_FLOAT);
    mpz_set(mpq_numref(c->re), x->i);
    mpz_set(mpq_denref(c->re), y->i);
    mpq_canonicalize(c->re); /* y != 0 */
    return c;
}

static Const *binary_int(ConstPool *cp, TokenKind op, const Const *x, const Const *y, bool intdiv)
{
    if ((op == T_QUO || op == T_REM) && mpz_sgn(y->i) == 0) return NULL;
    if (op == T_QUO && !intdiv) return int_quo_exact(cp, x, y);
    Const *c = newconst(cp, CK_INT);
    switch (op) {
    case T_ADD: mpz_add(c->i, x->i, y->i); break;
    case T_SUB: mpz_sub(c->i, x->i, y->i); break;
    case T_MUL: mpz_mul(c->i, x->i, y->i); break;
    case T_QUO: mpz_tdiv_q(c->i, x->i, y->i); break; /* truncates toward zero */
    case T_REM: mpz_tdiv_r(c->i, x->i, y->i); break; /* sign of the dividend */
    case T_AND: mpz_and(c->i, x->i, y->i); break;    /* two's complement semantics */
    case T_OR: mpz_ior(c->i, x->i, y->i); break;
    case T_XOR: mpz_xor(c->i, x->i, y->i); break;
    case T_AND_NOT:
        mpz_com(c->i, y->i);
        mpz_and(c->i, x->i, c->i);
        break;
    default: return unknown(cp);
    }
    return checked(cp, c);
}

static Const *binary_float(ConstPool *cp, TokenKind op, const Const *x, const Const *y)
{
    if (op == T_QUO && mpq_sgn(y->re) == 0) return NULL;
    Const *c = newconst(cp, CK_FLOAT);
    switch (op) {
    case T_ADD: mpq_add(c->re, x->re, y->re); break;
    case T_SUB: mpq_sub(c->re, x->re, y->re); break;
    case T_MUL: mpq_mul(c->re, x->re, y->re); break;
    case T_QUO: mpq_div(c->re, x->re, y->re); break;
    default: return unknown(cp);
    }
    return checked(cp, c);
}

/* (a+bi)(c+di) = (ac-bd) + (ad+bc)i */
static void complex_mul(Const *r, const Const *x, const Const *y)
{
    mpq_t t;
    mpq_init(t);
    mpq_mul(r->re, x->re, y->re);
    mpq_mul(t, x->im, y->im);
    mpq_sub(r->re, r->re, t);
    mpq_mul(r->im, x->re, y->im);
    mpq_mul(t, x->im, y->re);
    mpq_add(r->im, r->im, t);
    mpq_clear(t);
}

/* (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²); y != 0 */
static void complex_quo(Const *r, const Const *x, const Const *y)
{
    mpq_t t, n;
    mpq_inits(t, n, NULL);
    mpq_mul(n, y->re, y->re);
    mpq_mul(t, y->im, y->im);
    mpq_add(n, n, t);
    mpq_mul(r->re, x->re, y->re);
    mpq_mul(t, x->im, y->im);
    mpq_add(r->re, r->re, t);
    mpq_div(r->re, r->re, n);
    mpq_mul(r->im, x->im, y->re);
    mpq_mul(t, x->re, y->im);
    mpq_sub(r->im, r->im, t);
    mpq_div(r->im, r->im, n);
    mpq_clears(t, n, NULL);
}

static Const *binary_complex(ConstPool *cp, TokenKind op, const Const *x, const Const *y)
{
    if (op == T_QUO && mpq_sgn(y->re) == 0 && mpq_sgn(y->im) == 0) return NULL;
    Const *c = newconst(cp, CK_COMPLEX);
    switch (op) {
    case T_ADD:
        mpq_add(c->re, x->re, y->re);
        mpq_add(c->im, x->im, y->im);
        break;
    case T_SUB:
        mpq_sub(c->re, x->re, y->re);
        mpq_sub(c->im, x->im, y->im);
        break;
    case T_MUL: complex_mul(c, x, y); break;
    case T_QUO: complex_quo(c, x, y); break;
    default: return unknown(cp);
    }
    return checked(cp, c);
}

/* Brings numeric operands of different kinds to the wider kind (callers
   normally do this; being lenient costs nothing). */
static bool match_kinds(ConstPool *cp, const Const **x, const Const **y)
{
    if ((*x)->kind == (*y)->kind) return true;
    if ((*x)->kind < CK_INT || (*y)->kind < CK_INT) return false;
    ConstKind k = (*x)->kind > (*y)->kind ? (*x)->kind : (*y)->kind;
    *x = const_to_kind(cp, *x, k);
    *y = const_to_kind(cp, *y, k);
    return true;
}

Const *const_binary(ConstPool *cp, TokenKind op, const Const *x, const Const *y, bool intdiv)
{
    if (x->kind == CK_UNKNOWN || y->kind == CK_UNKNOWN || !match_kinds(cp, &x, &y)) return unknown(cp);
    switch (x->kind) {
    case CK_BOOL: return binary_bool(cp, op, x, y);
    case CK_STRING: return binary_string(cp, op, x, y);
    case CK_INT: return binary_int(cp, op, x, y, intdiv);
    case CK_FLOAT: return binary_float(cp, op, x, y);
    case CK_COMPLEX: return binary_complex(cp, op, x, y);
    default: return unknown(cp);
    }
}

Const *const_shift(ConstPool *cp, TokenKind op, const Const *x, uint64_t s)
{
    if (x->kind == CK_UNKNOWN) return unknown(cp);
    if (x->kind != CK_INT) return NULL;
    Const *c = newconst(cp, CK_INT);
    if (op == T_SHR) {
        /* floor division by 2^s: -5 >> 1 == -3, as for Go's signed >> */
        mpz_fdiv_q_2exp(c->i, x->i, s > ULONG_MAX ? ULONG_MAX : (unsigned long)s);
        return c;
    }
    if (op != T_SHL) return unknown(cp);
    if (mpz_sgn(x->i) == 0) return c;
    if (s > CONST_SHIFT_BITS || mpz_sizeinbase(x->i, 2) + s > CONST_SHIFT_BITS) return NULL;
    mpz_mul_2exp(c->i, x->i, (unsigned long)s);
    return c;
}

Const *const_unary(ConstPool *cp, TokenKind op, const Const *x, int unsigned_bits)
{
    if (x->kind == CK_UNKNOWN) return unknown(cp);
    if (op == T_NOT) return x->kind == CK_BOOL ? const_bool(cp, !x->b) : unknown(cp);
    if (x->kind < CK_INT) return unknown(cp);
    if (op == T_ADD) return (Const *)x;
    Const *c = newconst(cp, x->kind);
    if (op == T_SUB) {
        if (x->kind == CK_INT) {
            mpz_neg(c->i, x->i);
        } else {
            mpq_neg(c->re, x->re);
            if (x->kind == CK_COMPLEX) mpq_neg(c->im, x->im);
        }
        return c;
    }
    if (op != T_XOR || x->kind != CK_INT) return unknown(cp);
    mpz_com(c->i, x->i); /* -x-1 */
    if (unsigned_bits > 0) {
        /* within the type's width: x XOR (2^n - 1) */
        mpz_t mask;
        mpz_init(mask);
        mpz_setbit(mask, (mp_bitcnt_t)unsigned_bits);
        mpz_sub_ui(mask, mask, 1);
        mpz_and(c->i, c->i, mask);
        mpz_clear(mask);
    }
    return c;
}

static bool cmp_result(TokenKind op, int cmp)
{
    switch (op) {
    case T_EQL: return cmp == 0;
    case T_NEQ: return cmp != 0;
    case T_LSS: return cmp < 0;
    case T_LEQ: return cmp <= 0;
    case T_GTR: return cmp > 0;
    case T_GEQ: return cmp >= 0;
    default: return false;
    }
}

static int cmp_strings(const Const *x, const Const *y)
{
    size_t n = x->slen < y->slen ? x->slen : y->slen;
    int c = n ? memcmp(x->s, y->s, n) : 0;
    if (c != 0) return c;
    return x->slen < y->slen ? -1 : x->slen > y->slen;
}

bool const_compare(TokenKind op, const Const *x, const Const *y)
{
    if (x->kind != y->kind) {
        /* differing numeric kinds: compare by value without a pool */
        if (x->kind < CK_INT || y->kind < CK_INT) return false;
        ConstPool tmp;
        constpool_init(&tmp);
        bool r = match_kinds(&tmp, &x, &y) && const_compare(op, x, y);
        constpool_free(&tmp);
        return r;
    }
    switch (x->kind) {
    case CK_BOOL:
        return (op == T_EQL || op == T_NEQ) && cmp_result(op, x->b != y->b);
    case CK_STRING: return cmp_result(op, cmp_strings(x, y));
    case CK_INT: return cmp_result(op, mpz_cmp(x->i, y->i));
    case CK_FLOAT: return cmp_result(op, mpq_cmp(x->re, y->re));
    case CK_COMPLEX:
        if (op != T_EQL && op != T_NEQ) return false;
        return cmp_result(op, !(mpq_equal(x->re, y->re) && mpq_equal(x->im, y->im)));
    default: return false;
    }
}

/* ---- rounding to binary floating point --------------------------------------------- */

/* A binary floating-point format: prec mantissa bits (with the hidden
   one), lsb_min the weight of the last bit of a subnormal, and overflow
   when a value reaches 2^emax_plus1. */
typedef struct FloatFmt {
    int prec;
    long lsb_min;
    long emax_plus1;
} FloatFmt;

static const FloatFmt fmt_f32 = {24, -149, 128};
static const FloatFmt fmt_f64 = {53, -1074, 1024};

/* Rounds |q| (q != 0) to m * 2^lsb, m < 2^prec (m == 2^prec after a carry),
   lsb >= lsb_min, to nearest with ties to even. Returns lsb; *e (if not
   NULL) receives floor(log2 |q|) of the unrounded value. */
static long round_mag(mpz_t m, const mpq_t q, int prec, long lsb_min, long *e)
{
    const mpz_srcptr den = mpq_denref(q);
    mpz_t a, d, r;
    mpz_inits(a, d, r, NULL);
    mpz_abs(a, mpq_numref(q));
    /* 2^(e0-1) < |q| < 2^(e0+1) */
    long e0 = (long)mpz_sizeinbase(a, 2) - (long)mpz_sizeinbase(den, 2);
    if (e0 >= 0) {
        mpz_mul_2exp(d, den, (mp_bitcnt_t)e0);
        if (mpz_cmp(a, d) < 0) e0--;
    } else {
        mpz_mul_2exp(r, a, (mp_bitcnt_t)-e0);
        if (mpz_cmp(r, den) < 0) e0--;
    }
    if (e) *e = e0;
    long lsb = e0 - (prec - 1);
    if (lsb < lsb_min) lsb = lsb_min;
    /* m = floor(|q| / 2^lsb), remainder r over divisor d */
    if (lsb >= 0) {
        mpz_mul_2exp(d, den, (mp_bitcnt_t)lsb);
    } else {
        mpz_mul_2exp(a, a, (mp_bitcnt_t)-lsb);
        mpz_set(d, den);
    }
    mpz_tdiv_qr(m, r, a, d);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, d);
    if (c > 0 || (c == 0 && mpz_odd_p(m))) mpz_add_ui(m, m, 1);
    mpz_clears(a, d, r, NULL);
    return lsb;
}

/* Rounds q to the format; false on overflow. m*2^lsb is the rounded
   magnitude (m == 0 when q is zero or underflows). */
static bool round_to(const FloatFmt *f, const mpq_t q, mpz_t m, long *lsb)
{
    *lsb = 0;
    if (mpq_sgn(q) == 0) {
        mpz_set_ui(m, 0);
        return true;
    }
    *lsb = round_mag(m, q, f->prec, f->lsb_min, NULL);
    if (mpz_sgn(m) == 0) return true;
    return (long)mpz_sizeinbase(m, 2) + *lsb <= f->emax_plus1;
}

/* out = sign * m * 2^lsb exactly. */
static void rat_from_bits(mpq_t out, int sign, const mpz_t m, long lsb)
{
    mpq_set_z(out, m);
    if (lsb >= 0) mpq_mul_2exp(out, out, (mp_bitcnt_t)lsb);
    else mpq_div_2exp(out, out, (mp_bitcnt_t)-lsb);
    if (sign < 0) mpq_neg(out, out);
}

/* Rounds q in place to the format; false on overflow. */
static bool round_rat(const FloatFmt *f, mpq_t out, const mpq_t q)
{
    mpz_t m;
    long lsb;
    mpz_init(m);
    bool ok = round_to(f, q, m, &lsb);
    if (ok) rat_from_bits(out, mpq_sgn(q), m, lsb);
    mpz_clear(m);
    return ok;
}

static double rat_to_double(const mpq_t q)
{
    mpz_t m;
    long lsb;
    mpz_init(m);
    bool ok = round_to(&fmt_f64, q, m, &lsb);
    double d = ok ? ldexp(mpz_get_d(m), (int)lsb) : HUGE_VAL; /* m <= 2^53: exact */
    mpz_clear(m);
    return mpq_sgn(q) < 0 ? -d : d;
}

static float rat_to_float(const mpq_t q)
{
    mpz_t m;
    long lsb;
    mpz_init(m);
    bool ok = round_to(&fmt_f32, q, m, &lsb);
    float f = ok ? ldexpf((float)mpz_get_d(m), (int)lsb) : HUGE_VALF; /* m <= 2^24: exact */
    mpz_clear(m);
    return mpq_sgn(q) < 0 ? -f : f;
}

/* ---- representability --------------------------------------------------------------- */

/* The integer value of x, if it has one (CK_INT, integral CK_FLOAT, or
   CK_COMPLEX with integral real part and zero imaginary part). */
static bool int_value(const Const *x, mpz_t out)
{
    switch (x->kind) {
    case CK_INT: mpz_set(out, x->i); return true;
    case CK_COMPLEX:
        if (mpq_sgn(x->im) != 0) return false;
        /* fall through */
    case CK_FLOAT:
        if (!q_is_int(x->re)) return false;
        mpz_set(out, mpq_numref(x->re));
        return true;
    default: return false;
    }
}

static bool int_in_range(const mpz_t v, int bits, bool is_signed)
{
    if (!is_signed) return mpz_sgn(v) >= 0 && mpz_sizeinbase(v, 2) <= (size_t)bits;
    if (mpz_sgn(v) >= 0) return mpz_sizeinbase(v, 2) <= (size_t)bits - 1;
    /* -2^(bits-1) <= v: |v| - 1 fits in bits-1 bits */
    mpz_t t;
    mpz_init(t);
    mpz_neg(t, v);
    mpz_sub_ui(t, t, 1);
    bool ok = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) <= (size_t)bits - 1;
    mpz_clear(t);
    return ok;
}

static bool repr_int(ConstPool *cp, const Const *x, int bits, bool is_signed, Const **rounded)
{
    Const *c = newconst(cp, CK_INT);
    if (!int_value(x, c->i) || !int_in_range(c->i, bits, is_signed)) return false;
    if (rounded) *rounded = x->kind == CK_INT ? (Const *)x : c;
    return true;
}

/* The real value of a numeric x into q; false for a complex x with a
   non-zero imaginary part. */
static bool real_value(const Const *x, mpq_t q)
{
    if (x->kind == CK_INT) mpq_set_z(q, x->i);
    else mpq_set(q, x->re);
    return x->kind != CK_COMPLEX || mpq_sgn(x->im) == 0;
}

static bool repr_float(ConstPool *cp, const Const *x, const FloatFmt *f, Const **rounded)
{
    Const *c = newconst(cp, CK_FLOAT);
    if (!real_value(x, c->re) || !round_rat(f, c->re, c->re)) return false;
    if (rounded) *rounded = x->kind == CK_FLOAT && mpq_equal(x->re, c->re) ? (Const *)x : c;
    return true;
}

static bool repr_complex(ConstPool *cp, const Const *x, const FloatFmt *f, Const **rounded)
{
    Const *c = newconst(cp, CK_COMPLEX);
    if (x->kind == CK_INT) mpq_set_z(c->re, x->i);
    else mpq_set(c->re, x->re);
    if (x->kind == CK_COMPLEX) mpq_set(c->im, x->im);
    if (!round_rat(f, c->re, c->re) || !round_rat(f, c->im, c->im)) return false;
    if (rounded) *rounded = c;
    return true;
}

bool const_representable(ConstPool *cp, const Const *x, ConstTarget t, Const **rounded, bool *truncated)
{
    static const struct {
        int bits;
        bool is_signed;
    } ints[] = {
        [CT_INT8] = {8, true},    [CT_INT16] = {16, true},  [CT_INT32] = {32, true},  [CT_INT64] = {64, true},
        [CT_UINT8] = {8, false},  [CT_UINT16] = {16, false}, [CT_UINT32] = {32, false}, [CT_UINT64] = {64, false},
    };
    if (truncated) *truncated = false;
    if (x->kind < CK_INT) return false;
    switch (t) {
    case CT_FLOAT32: return repr_float(cp, x, &fmt_f32, rounded);
    case CT_FLOAT64: return repr_float(cp, x, &fmt_f64, rounded);
    case CT_COMPLEX64: return repr_complex(cp, x, &fmt_f32, rounded);
    case CT_COMPLEX128: return repr_complex(cp, x, &fmt_f64, rounded);
    default: break;
    }
    if (repr_int(cp, x, ints[t].bits, ints[t].is_signed, rounded)) return true;
    /* types2: a non-integer constant failing an integer type is
       "truncated" (even 1e100 or -1.0 for uint), an integer one "overflows" */
    if (truncated) *truncated = x->kind != CK_INT;
    return false;
}

/* ---- extracting values ------------------------------------------------------------- */

bool const_is_int64(const Const *x)
{
    return x->kind == CK_INT && int_in_range(x->i, 64, true);
}

bool const_is_uint64(const Const *x)
{
    return x->kind == CK_INT && int_in_range(x->i, 64, false);
}

/* Low 64 bits (two's complement) of x's integer part (truncated). */
static uint64_t low64(const Const *x)
{
    mpz_t t;
    uint64_t w = 0;
    mpz_init(t);
    if (x->kind == CK_INT) mpz_set(t, x->i);
    else if (x->kind >= CK_FLOAT) mpz_tdiv_q(t, mpq_numref(x->re), mpq_denref(x->re));
    mpz_fdiv_r_2exp(t, t, 64); /* 0 <= t < 2^64 */
    mpz_export(&w, NULL, -1, sizeof w, 0, 0, t);
    mpz_clear(t);
    return w;
}

int64_t const_get_int64(const Const *x)
{
    return (int64_t)low64(x);
}

uint64_t const_get_uint64(const Const *x)
{
    return low64(x);
}

double const_get_float64(const Const *x)
{
    if (x->kind == CK_INT) {
        mpq_t q;
        mpq_init(q);
        mpq_set_z(q, x->i);
        double d = rat_to_double(q);
        mpq_clear(q);
        return d;
    }
    return x->kind >= CK_FLOAT ? rat_to_double(x->re) : 0;
}

float const_get_float32(const Const *x)
{
    if (x->kind == CK_INT) {
        mpq_t q;
        mpq_init(q);
        mpq_set_z(q, x->i);
        float f = rat_to_float(q);
        mpq_clear(q);
        return f;
    }
    return x->kind >= CK_FLOAT ? rat_to_float(x->re) : 0;
}

double const_get_imag64(const Const *x)
{
    return x->kind == CK_COMPLEX ? rat_to_double(x->im) : 0;
}

int const_sign(const Const *x)
{
    switch (x->kind) {
    case CK_INT: return mpz_sgn(x->i);
    case CK_FLOAT: return mpq_sgn(x->re);
    case CK_COMPLEX: /* 0 only for 0+0i */
        return mpq_sgn(x->re) != 0 ? mpq_sgn(x->re) : mpq_sgn(x->im);
    default: return 0;
    }
}

size_t const_int_bits(const Const *x)
{
    if (x->kind != CK_INT || mpz_sgn(x->i) == 0) return 0;
    return mpz_sizeinbase(x->i, 2);
}

/* ---- printing ------------------------------------------------------------------------ */

/* go/constant's form for a float outside float64's range: an approximate
   mantissa m (1 <= |m| < 10) and decimal exponent, "%.6ge%+d". The steps
   (and their double arithmetic) follow floatVal.String so that the digits
   agree. */
static void print_float_huge(StrBuf *b, const mpq_t q)
{
    mpz_t mi;
    long e2;
    mpz_init(mi);
    long lsb = round_mag(mi, q, 53, LONG_MIN, &e2);
    long exp = e2 + 1; /* 0.5 <= |q| / 2^exp < 1 */
    double m = ldexp(mpz_get_d(mi), (int)(lsb - exp));
    if (mpq_sgn(q) < 0) m = -m;
    mpz_clear(mi);
    double d = (double)exp * 0x1.34413509f79ffp-2; /* log10(2) as float64 */
    long long e = (long long)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    sb_printf(b, "%.6ge%+lld", m, e);
}

static void print_float(StrBuf *b, const mpq_t q)
{
    mpz_t m;
    long lsb;
    mpz_init(m);
    bool inrange = round_to(&fmt_f64, q, m, &lsb) && (mpz_sgn(m) != 0 || mpq_sgn(q) == 0);
    double d = inrange ? ldexp(mpz_get_d(m), (int)lsb) : 0;
    mpz_clear(m);
    if (inrange) sb_printf(b, "%.6g", mpq_sgn(q) < 0 ? -d : d);
    else print_float_huge(b, q);
}

static bool is_print(int32_t r)
{
    if (r < 0x80) return r >= 0x20 && r < 0x7f;
    int lo = 0, hi = (int)ARRAY_LEN(uni_ranges) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if ((uint32_t)r < uni_ranges[mid].lo) hi = mid - 1;
        else if ((uint32_t)r > uni_ranges[mid].hi) lo = mid + 1;
        else return true;
    }
    return false;
}

/* One rune of strconv.Quote's output. */
static void quote_rune(StrBuf *b, int32_t r, const unsigned char *src, int w)
{
    static const char esc[] = "\aa\bb\ff\nn\rr\tt\vv";
    if (r < 0) {
        sb_printf(b, "\\x%02x", src[0]);
        return;
    }
    if (r == '"' || r == '\\') {
        sb_putc(b, '\\');
        sb_putc(b, (char)r);
        return;
    }
    if (is_print(r)) {
        sb_put(b, (const char *)src, (size_t)w);
        return;
    }
    for (const char *e = esc; *e; e += 2) {
        if (r == e[0]) {
            sb_putc(b, '\\');
            sb_putc(b, e[1]);
            return;
        }
    }
    if (r < 0x80) sb_printf(b, "\\x%02x", (unsigned)r);
    else if (r < 0x10000) sb_printf(b, "\\u%04x", (unsigned)r);
    else sb_printf(b, "\\U%08x", (unsigned)r);
}

/* strconv.Quote, then go/constant's shortening: more than 72 runes keep
   the first 69 and add "...". */
static void print_string(StrBuf *b, const char *s, size_t n)
{
    enum { MAX_RUNES = 72 };
    StrBuf q;
    sb_init(&q);
    sb_putc(&q, '"');
    for (size_t k = 0; k < n;) {
        int w;
        int32_t r = utf8_decode((const unsigned char *)s + k, n - k, &w);
        quote_rune(&q, r, (const unsigned char *)s + k, w);
        k += (size_t)w;
    }
    sb_putc(&q, '"');
    /* the quoted text is valid UTF-8: count runes by lead bytes */
    size_t runes = 0, cut = q.len;
    for (size_t k = 0; k < q.len; k++) {
        if (((unsigned char)q.data[k] & 0xc0) == 0x80) continue;
        if (runes == MAX_RUNES - 3) cut = k;
        runes++;
    }
    if (runes > MAX_RUNES) {
        sb_put(b, q.data, cut);
        sb_puts(b, "...");
    } else {
        sb_put(b, q.data, q.len);
    }
    sb_free(&q);
}

void const_print(StrBuf *b, const Const *x)
{
    switch (x->kind) {
    case CK_UNKNOWN: sb_puts(b, "unknown"); break;
    case CK_BOOL: sb_puts(b, x->b ? "true" : "false"); break;
    case CK_STRING: print_string(b, x->s, x->slen); break;
    case CK_INT: {
        char *s = mpz_get_str(NULL, 10, x->i);
        sb_puts(b, s);
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        freefn(s, strlen(s) + 1);
        break;
    }
    case CK_FLOAT: print_float(b, x->re); break;
    case CK_COMPLEX:
        sb_putc(b, '(');
        print_float(b, x->re);
        sb_puts(b, " + ");
        print_float(b, x->im);
        sb_puts(b, "i)");
        break;
    }
}
