/* fltfmt.c - Go's float formatting and parsing (strconv, runtime print).
 *
 * Decimal output is built in two steps: first a digit string d[0..nd) and
 * a decimal point position dp (value = 0.d1d2...dnd × 10^dp, no trailing
 * zeros, nd == 0 for zero), then Go's layout rules for %e, %f and %g are
 * applied to it (fmt_e, fmt_f, fmt_g). The digits come from:
 *
 *  1. prec < 0, the shortest digits that round-trip: the Ryu method (Ulf
 *     Adams, "Ryū: fast float-to-string conversion", PLDI 2018), written
 *     here from the paper's description. For v = m2·2^e2 the rounding
 *     interval, in quarter units (mm, mv, mp = 4·m2 - 1 or 2, 4·m2,
 *     4·m2 + 2), is scaled by 10^-e10 with one 64×128-bit multiplication
 *     by a 125-bit approximation of 5^±q. The paper proves the floors so
 *     computed are exact for every double (and so for every float32, whose
 *     m2 and e2 lie inside the double's ranges). Whether a scaled value is
 *     exact (dropped part zero) is decided separately with integer tests.
 *     Digits are then removed while the interval still holds a multiple
 *     of ten, and the last one is rounded to nearest, ties to even, which
 *     is Go's choice among the shortest candidates. Go's own strconv uses
 *     a Ryu variant too, so the results are the same by definition:
 *     shortest, then closest, then even.
 *     The two tables (~620 entries of 128 bits) are computed once with GMP.
 *
 *  2. A fixed precision: glibc's printf converts exactly (multi-precision)
 *     and rounds decimal ties to even in the default rounding mode, which
 *     is exactly Go's rule (rounding of the exact binary value). Only the
 *     digits and the exponent are taken from its output, so the locale's
 *     radix character does not matter.
 *
 * 'b' and 'x' work on the bits. flt_parse checks Go's syntax itself
 * (strconv's readFloat rules: sign, 0x prefix, underscores, exponent digits
 * counted only while the exponent is below 10000) and hands a cleaned copy
 * to glibc's strtod_l/strtof_l in the "C" locale; those are correctly
 * rounded (ties to even) for decimal and hexadecimal input, and strtof
 * rounds directly to float32 (no double rounding).
 *
 * Rejected: snprintf("%.17g") + strtod loops for the shortest form (several
 * µs), exact GMP digit generation (about 3 µs), Grisu (needs an exact
 * fallback anyway).
 */
#define _GNU_SOURCE /* strtod_l, strtof_l, newlocale */
#include "fltfmt.h"

#include <assert.h>
#include <gmp.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef unsigned __int128 u128;

_Static_assert(sizeof(unsigned long) == 8, "mpz_get_ui must give 64 bits");

/* ---- tables for the shortest conversion ---------------------------------- */

#define POW_BITS 125 /* precision of the 5^±q approximations */
#define INV_COUNT 292 /* q <= 290 for e2 >= 0 (doubles) */
#define FWD_COUNT 326 /* i <= 325 for e2 < 0 (doubles) */

/* inv5[q] = floor(2^(bitlen(5^q) - 1 + 125) / 5^q) + 1 (just above 2^k/5^q)
   fwd5[i] = the top 125 bits of 5^i, truncated (exact while 5^i < 2^125)
   Both as {low 64 bits, high bits}. Written once under tables_once. */
static uint64_t inv5[INV_COUNT][2];
static uint64_t fwd5[FWD_COUNT][2];
static locale_t c_locale;
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* ceil(log2(5^e)) for 1 <= e <= 3528 (1 for e == 0). */
static int pow5_bits(int e)
{
    return (int)(((uint32_t)e * 1217359u) >> 19) + 1;
}

/* floor(e·log10(2)) for 0 <= e <= 1650. */
static int log10_pow2(int e)
{
    return (int)(((uint32_t)e * 78913u) >> 18);
}

/* floor(e·log10(5)) for 0 <= e <= 2620. */
static int log10_pow5(int e)
{
    return (int)(((uint32_t)e * 732923u) >> 20);
}

static void store128(uint64_t out[2], const mpz_t x, mpz_t tmp)
{
    mpz_tdiv_r_2exp(tmp, x, 64);
    out[0] = mpz_get_ui(tmp);
    mpz_tdiv_q_2exp(tmp, x, 64);
    out[1] = mpz_get_ui(tmp);
}

static void init_tables(void)
{
    mpz_t p, t, tmp;
    mpz_inits(p, t, tmp, NULL);
    for (int q = 0; q < INV_COUNT; q++) {
        mpz_ui_pow_ui(p, 5, q);
        int len = (int)mpz_sizeinbase(p, 2);
        assert(len == pow5_bits(q));
        mpz_set_ui(t, 1);
        mpz_mul_2exp(t, t, len - 1 + POW_BITS);
        mpz_fdiv_q(t, t, p);
        mpz_add_ui(t, t, 1);
        store128(inv5[q], t, tmp);
    }
    for (int i = 0; i < FWD_COUNT; i++) {
        mpz_ui_pow_ui(p, 5, i);
        int len = (int)mpz_sizeinbase(p, 2);
        assert(len == pow5_bits(i));
        if (len >= POW_BITS)
            mpz_fdiv_q_2exp(t, p, len - POW_BITS);
        else
            mpz_mul_2exp(t, p, POW_BITS - len);
        store128(fwd5[i], t, tmp);
    }
    mpz_clears(p, t, tmp, NULL);
    c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (!c_locale) util_oom();
}

static void ensure_tables(void)
{
    pthread_once(&tables_once, init_tables);
}

/* (m × mul) >> j for a 128-bit mul and 64 <= j < 192. */
static inline uint64_t mul_shift(uint64_t m, const uint64_t mul[2], int j)
{
    u128 lo = (u128)m * mul[0];
    u128 hi = (u128)m * mul[1];
    return (uint64_t)((hi + (lo >> 64)) >> (j - 64));
}

static bool pow5_divides(uint64_t x, int q)
{
    if (q > 27) return false; /* 5^28 > 2^64 > x */
    for (; q > 0; q--) {
        if (x % 5) return false;
        x /= 5;
    }
    return true;
}

static bool pow2_divides(uint64_t x, int q)
{
    return q >= 64 ? x == 0 : (x & ((UINT64_C(1) << q) - 1)) == 0;
}

/* A decimal m × 10^e. */
typedef struct Dec {
    uint64_t m;
    int e;
} Dec;

/* The shortest decimal in the rounding interval of v = m2·2^e2 (m2 > 0,
   m2 < 2^54). The interval's bounds are included when m2 is even (the
   parser's ties-to-even would read them back as v). lower_gap_full is
   false at a power of two whose lower neighbour is twice as close. */
static Dec shortest_dec(uint64_t m2, int e2, bool lower_gap_full)
{
    bool even = (m2 & 1) == 0;
    e2 -= 2; /* quarter units */
    uint64_t mv = 4 * m2, mp = mv + 2, mm = mv - 1 - lower_gap_full;
    uint64_t vr, vp, vm;
    bool vr_exact, vp_exact, vm_exact;
    int e10;
    if (e2 >= 0) {
        /* scale by 2^e2 / 10^q = 2^(e2-q) / 5^q */
        int q = log10_pow2(e2) - (e2 > 3);
        int j = q - e2 + POW_BITS - 1 + pow5_bits(q);
        const uint64_t *t = inv5[q];
        vr = mul_shift(mv, t, j);
        vp = mul_shift(mp, t, j);
        vm = mul_shift(mm, t, j);
        vr_exact = pow5_divides(mv, q);
        vp_exact = pow5_divides(mp, q);
        vm_exact = pow5_divides(mm, q);
        e10 = q;
    } else {
        /* scale by 2^e2 / 10^(e2+q) = 5^i / 2^q with i = -e2-q */
        int q = log10_pow5(-e2) - (-e2 > 1);
        int i = -e2 - q;
        int j = q - (pow5_bits(i) - POW_BITS);
        const uint64_t *t = fwd5[i];
        vr = mul_shift(mv, t, j);
        vp = mul_shift(mp, t, j);
        vm = mul_shift(mm, t, j);
        vr_exact = pow2_divides(mv, q);
        vp_exact = pow2_divides(mp, q);
        vm_exact = pow2_divides(mm, q);
        e10 = q + e2;
    }
    /* Candidates are the integers c with vm < c <= vp, plus vm itself when
       vm_tz (it is exactly the lower bound and bounds are included). */
    if (vp_exact && !even) vp--;
    bool vm_tz = vm_exact && even;
    bool vr_tz = vr_exact; /* every digit dropped from vr so far was 0 */
    unsigned last = 0;     /* the last digit dropped from vr */
    int removed = 0;
    while (vp / 10 > vm / 10) { /* a multiple of ten lies in (vm, vp] */
        vm_tz &= vm % 10 == 0;
        vr_tz &= last == 0;
        last = (unsigned)(vr % 10);
        vr /= 10, vp /= 10, vm /= 10, removed++;
    }
    if (vm_tz) { /* the exact lower bound may be shorter still */
        while (vm % 10 == 0 && vm != 0) {
            vr_tz &= last == 0;
            last = (unsigned)(vr % 10);
            vr /= 10, vp /= 10, vm /= 10, removed++;
        }
    }
    if (vr_tz && last == 5 && vr % 2 == 0) last = 4; /* exact tie: to even */
    uint64_t out = vr + ((vr == vm && !vm_tz) || last >= 5);
    while (out % 10 == 0 && out != 0) out /= 10, removed++;
    return (Dec){out, e10 + removed};
}

/* ---- digit strings --------------------------------------------------------- */

/* value = 0.d[0]d[1]...d[nd-1] × 10^dp; nd == 0 means zero. */
typedef struct Digits {
    char *d;
    int nd, dp;
} Digits;

static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Writes x in decimal at the end of buf[0..cap), returns the first digit. */
static char *u64_dec(char *end, uint64_t x)
{
    char *p = end;
    while (x >= 100) {
        unsigned r = (unsigned)(x % 100);
        x /= 100;
        p -= 2;
        memcpy(p, digit_pairs + 2 * r, 2);
    }
    if (x >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * x, 2);
    } else {
        *--p = (char)('0' + x);
    }
    return p;
}

static void trim_zeros(Digits *dg)
{
    while (dg->nd > 0 && dg->d[dg->nd - 1] == '0') dg->nd--;
    if (dg->nd == 0) dg->dp = 0;
}

/* %e: d.ddde±dd */
static void fmt_e(StrBuf *b, bool neg, const Digits *dg, int prec, char ech)
{
    if (neg) sb_putc(b, '-');
    sb_putc(b, dg->nd ? dg->d[0] : '0');
    if (prec > 0) {
        sb_putc(b, '.');
        int have = dg->nd - 1 < prec ? dg->nd - 1 : prec;
        if (have > 0) sb_put(b, dg->d + 1, (size_t)have);
        else have = 0;
        for (int i = have; i < prec; i++) sb_putc(b, '0');
    }
    int exp = dg->nd ? dg->dp - 1 : 0;
    char buf[8], *p = buf;
    *p++ = ech;
    *p++ = exp < 0 ? '-' : '+';
    if (exp < 0) exp = -exp;
    if (exp >= 100) *p++ = (char)('0' + exp / 100);
    *p++ = (char)('0' + exp / 10 % 10);
    *p++ = (char)('0' + exp % 10);
    sb_put(b, buf, (size_t)(p - buf));
}

/* %f: ddd.ddd */
static void fmt_f(StrBuf *b, bool neg, const Digits *dg, int prec)
{
    if (neg) sb_putc(b, '-');
    if (dg->dp > 0) {
        int m = dg->nd < dg->dp ? dg->nd : dg->dp;
        sb_put(b, dg->d, (size_t)m);
        for (int i = m; i < dg->dp; i++) sb_putc(b, '0');
    } else {
        sb_putc(b, '0');
    }
    if (prec > 0) {
        sb_putc(b, '.');
        for (int i = 1; i <= prec; i++) {
            int j = dg->dp + i - 1;
            sb_putc(b, j >= 0 && j < dg->nd ? dg->d[j] : '0');
        }
    }
}

/* %g: %e when the exponent is < -4 or >= the precision (6 when shortest),
   else %f; trailing zeros never shown (dg has none). */
static void fmt_g(StrBuf *b, bool neg, const Digits *dg, int prec, bool shortest, char ech)
{
    int eprec = prec;
    if (eprec > dg->nd && dg->nd >= dg->dp) eprec = dg->nd;
    if (shortest) eprec = 6;
    int exp = dg->dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > dg->nd) prec = dg->nd;
        fmt_e(b, neg, dg, prec - 1, ech);
        return;
    }
    if (prec > dg->dp) prec = dg->nd;
    fmt_f(b, neg, dg, prec - dg->dp > 0 ? prec - dg->dp : 0);
}

/* Digits of a %e conversion "d.ddde±x" (radix character unknown). */
static void digits_of_e(Digits *dg, const char *s)
{
    char *o = dg->d;
    for (; *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') *o++ = *s;
    dg->nd = (int)(o - dg->d);
    dg->dp = atoi(s + 1) + 1;
    trim_zeros(dg);
}

/* Digits of a %f conversion "iii.fff" (radix character unknown). */
static void digits_of_f(Digits *dg, const char *s)
{
    char *o = dg->d;
    int intlen = 0;
    for (; *s >= '0' && *s <= '9'; s++) *o++ = *s, intlen++;
    for (; *s; s++)
        if (*s >= '0' && *s <= '9') *o++ = *s;
    int n = (int)(o - dg->d), lead = 0;
    while (lead < n && dg->d[lead] == '0') lead++;
    dg->d += lead;
    dg->nd = n - lead;
    dg->dp = intlen - lead;
    trim_zeros(dg);
}

/* ---- the decimal formats ----------------------------------------------------- */

static void format_decimal_shortest(StrBuf *b, bool neg, uint64_t mant, int exp, int mantbits,
                                    bool lower_full, char fmt)
{
    char buf[24];
    Digits dg = {buf, 0, 0};
    if (mant != 0) {
        ensure_tables();
        Dec dec = shortest_dec(mant, exp - mantbits, lower_full);
        char *p = u64_dec(buf + sizeof buf, dec.m);
        dg.d = p;
        dg.nd = (int)(buf + sizeof buf - p);
        dg.dp = dg.nd + dec.e;
    }
    switch (fmt) {
    case 'e': case 'E': fmt_e(b, neg, &dg, dg.nd > 1 ? dg.nd - 1 : 0, fmt); break;
    case 'f': fmt_f(b, neg, &dg, dg.nd - dg.dp > 0 ? dg.nd - dg.dp : 0); break;
    default: fmt_g(b, neg, &dg, dg.nd, true, fmt == 'G' ? 'E' : 'e'); break;
    }
}

static void format_decimal_fixed(StrBuf *b, bool neg, double v, char fmt, int prec)
{
    char stackbuf[512];
    size_t need = (fmt == 'f' ? 330 : 20) + (size_t)prec;
    char *buf = need <= sizeof stackbuf / 2 ? stackbuf : util_malloc(2 * need);
    char *digs = buf + need;
    Digits dg = {digs, 0, 0};
    v = fabs(v);
    if (fmt == 'f') {
        snprintf(buf, need, "%.*f", prec, v);
        digits_of_f(&dg, buf);
        fmt_f(b, neg, &dg, prec);
    } else {
        int sig = fmt == 'e' || fmt == 'E' ? prec + 1 : (prec == 0 ? 1 : prec);
        snprintf(buf, need, "%.*e", sig - 1, v);
        digits_of_e(&dg, buf);
        if (fmt == 'e' || fmt == 'E') fmt_e(b, neg, &dg, prec, fmt);
        else fmt_g(b, neg, &dg, sig, false, fmt == 'G' ? 'E' : 'e');
    }
    if (buf != stackbuf) free(buf);
}

/* ---- 'b' and 'x' ------------------------------------------------------------ */

static void put_exp_decimal(StrBuf *b, int e, bool plus)
{
    char buf[16];
    if (e >= 0 && plus) sb_putc(b, '+');
    if (e < 0) sb_putc(b, '-');
    char *p = u64_dec(buf + sizeof buf, (uint64_t)(e < 0 ? -(int64_t)e : e));
    sb_put(b, p, (size_t)(buf + sizeof buf - p));
}

/* mant·2^(exp - mantbits) as "mantp±e" with the mantissa in decimal. */
static void fmt_b(StrBuf *b, bool neg, uint64_t mant, int exp, int mantbits)
{
    char buf[24];
    if (neg) sb_putc(b, '-');
    char *p = u64_dec(buf + sizeof buf, mant);
    sb_put(b, p, (size_t)(buf + sizeof buf - p));
    sb_putc(b, 'p');
    put_exp_decimal(b, exp - mantbits, true);
}

/* -0x1.yyyp±dd: value = mant·2^(exp - mantbits), shown as 1.fraction
   (0x0p+00 for zero). prec in 0..14 rounds the fraction to that many hex
   digits, ties to even. */
static void fmt_x(StrBuf *b, bool neg, uint64_t mant, int exp, int mantbits, char fmt, int prec)
{
    static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
    const char *hex = fmt == 'X' ? upper : lower;
    if (mant == 0) exp = 0;
    mant <<= 60 - mantbits; /* the leading 1, if any, at bit 60 */
    while (mant != 0 && !((mant >> 60) & 1)) mant <<= 1, exp--;
    if (prec >= 0 && prec < 15) {
        uint64_t unit = UINT64_C(1) << (60 - 4 * prec); /* last kept bit */
        uint64_t rest = mant & (unit - 1), half = unit >> 1;
        mant -= rest;
        if (rest > half || (rest == half && (mant & unit))) {
            mant += unit;
            if (mant >> 61) mant >>= 1, exp++; /* carried into 2.0 */
        }
    }
    if (neg) sb_putc(b, '-');
    sb_putc(b, '0');
    sb_putc(b, fmt);
    sb_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4; /* the fraction's bits now start at bit 63 */
    if ((prec < 0 && mant != 0) || prec > 0) {
        sb_putc(b, '.');
        for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            sb_putc(b, hex[mant >> 60]);
            mant <<= 4;
        }
    }
    sb_putc(b, fmt == 'X' ? 'P' : 'p');
    sb_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    if (exp < 10) sb_putc(b, '0');
    put_exp_decimal(b, exp, false);
}

/* ---- FormatFloat ---------------------------------------------------------- */

void flt_format(StrBuf *b, double v, char fmt, int prec, int bitsize)
{
    uint64_t bits;
    int mantbits, expbits, bias;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        bits = u, mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&bits, &v, 8);
        mantbits = 52, expbits = 11, bias = -1023;
    }
    bool neg = (bits >> (mantbits + expbits)) & 1;
    int exp = (int)(bits >> mantbits) & ((1 << expbits) - 1);
    uint64_t mant = bits & ((UINT64_C(1) << mantbits) - 1);
    if (exp == (1 << expbits) - 1) {
        sb_puts(b, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    bool lower_full = mant != 0 || exp <= 1;
    if (exp == 0) exp++; /* subnormal */
    else mant |= UINT64_C(1) << mantbits;
    exp += bias; /* value = mant·2^(exp - mantbits) */
    switch (fmt) {
    case 'b':
        fmt_b(b, neg, mant, exp, mantbits);
        return;
    case 'x': case 'X':
        fmt_x(b, neg, mant, exp, mantbits, fmt, prec);
        return;
    case 'e': case 'E': case 'f': case 'g': case 'G':
        break;
    default:
        sb_putc(b, '%');
        sb_putc(b, fmt);
        return;
    }
    if (prec < 0)
        format_decimal_shortest(b, neg, mant, exp, mantbits, lower_full, fmt);
    else
        format_decimal_fixed(b, neg, ldexp((double)mant, exp - mantbits), fmt, prec);
}

/* ---- the runtime's print --------------------------------------------------- */

/* Go's printfloat: normalise by repeated *10 or /10, add 5e-7 (itself
   computed as 5/10/10...), then peel 7 digits; every step is one rounded
   float64 operation, in Go's order. */
void flt_print_runtime(StrBuf *b, double v)
{
    enum { N = 7 };
    if (v != v) {
        sb_puts(b, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        sb_puts(b, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        sb_puts(b, "-Inf");
        return;
    }
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    sb_put(b, buf, sizeof buf);
}

void flt_print_runtime_complex(StrBuf *b, double re, double im)
{
    sb_putc(b, '(');
    flt_print_runtime(b, re);
    flt_print_runtime(b, im);
    sb_puts(b, "i)");
}

/* ---- ParseFloat ---------------------------------------------------------- */

static int lower_ch(int c)
{
    return c | 0x20;
}

/* Length of the common prefix of s[0..n) and word, ignoring ASCII case. */
static size_t prefix_nocase(const char *s, size_t n, const char *word)
{
    size_t i = 0;
    while (i < n && word[i] && lower_ch((unsigned char)s[i]) == word[i]) i++;
    return i;
}

/* "inf", "infinity" (signed or not), "nan" (unsigned), any case, filling
   the whole input. */
static bool parse_special(const char *s, size_t n, int bitsize, double *out)
{
    size_t i = 0;
    double sign = 1;
    if (n > 0 && (s[0] == '+' || s[0] == '-')) {
        sign = s[0] == '-' ? -1 : 1;
        i = 1;
    }
    size_t k = prefix_nocase(s + i, n - i, "infinity");
    if ((k == 3 || k == 8) && i + k == n) {
        *out = sign * INFINITY;
        return true;
    }
    if (i == 0 && n == 3 && prefix_nocase(s, n, "nan") == 3) {
        /* Go's math.NaN() bits; float32(NaN) keeps only the quiet bit */
        uint64_t bits = bitsize == 32 ? UINT64_C(0x7FF8000000000000) : UINT64_C(0x7FF8000000000001);
        memcpy(out, &bits, 8);
        return true;
    }
    return false;
}

/* strconv's underscoreOK: '_' only between digits, or between the base
   prefix and a digit. */
static bool underscores_ok(const char *s, size_t n)
{
    char saw = '^'; /* ^ start, 0 digit or prefix, _ underscore, ! other */
    size_t i = 0;
    bool hex = false;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) s++, n--;
    if (n >= 2 && s[0] == '0' &&
        (lower_ch(s[1]) == 'b' || lower_ch(s[1]) == 'o' || lower_ch(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower_ch(s[1]) == 'x';
    }
    for (; i < n; i++) {
        int c = (unsigned char)s[i];
        if ((c >= '0' && c <= '9') || (hex && lower_ch(c) >= 'a' && lower_ch(c) <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

static bool is_digit_in(int c, bool hex)
{
    return (c >= '0' && c <= '9') || (hex && lower_ch(c) >= 'a' && lower_ch(c) <= 'f');
}

/* Checks s against Go's float syntax and writes the number without
   underscores, with the exponent as Go reads it, to out (NUL-terminated;
   out has room for n + 16 bytes). */
static bool clean_float(const char *s, size_t n, char *out)
{
    size_t i = 0;
    char *o = out;
    bool underscores = false, hex = false, sawdot = false, sawdigits = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
    if (i + 2 < n && s[i] == '0' && lower_ch(s[i + 1]) == 'x') {
        hex = true;
        *o++ = '0', *o++ = 'x';
        i += 2;
    }
    for (; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.') {
            if (sawdot) break;
            sawdot = true;
            *o++ = '.';
        } else if (is_digit_in(c, hex)) {
            sawdigits = true;
            *o++ = (char)c;
        } else {
            break;
        }
    }
    if (!sawdigits) return false;
    if (i < n && lower_ch((unsigned char)s[i]) == (hex ? 'p' : 'e')) {
        i++;
        *o++ = hex ? 'p' : 'e';
        if (i < n && (s[i] == '+' || s[i] == '-')) *o++ = s[i++];
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        int e = 0; /* Go stops accumulating once e >= 10000 */
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_') underscores = true;
            else if (e < 10000) e = e * 10 + (s[i] - '0');
        }
        o += sprintf(o, "%d", e);
    } else if (hex) {
        return false; /* a hex mantissa needs its p exponent */
    }
    *o = 0;
    if (i != n) return false;
    return !underscores || underscores_ok(s, i);
}

int flt_parse(const char *s, size_t n, int bitsize, double *out)
{
    if (parse_special(s, n, bitsize, out)) return FLT_OK;
    char stackbuf[128];
    char *buf = n + 16 <= sizeof stackbuf ? stackbuf : util_malloc(n + 16);
    int rc = FLT_OK;
    if (!clean_float(s, n, buf)) {
        *out = 0;
        rc = FLT_SYNTAX;
    } else {
        ensure_tables(); /* c_locale */
        double v = bitsize == 32 ? (double)strtof_l(buf, NULL, c_locale) : strtod_l(buf, NULL, c_locale);
        if (isinf(v)) rc = FLT_RANGE;
        *out = v;
    }
    if (buf != stackbuf) free(buf);
    return rc;
}

/* ---- integers ------------------------------------------------------------- */

static void put_uint_base(StrBuf *b, bool neg, uint64_t u, int base)
{
    static const char dig[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char buf[72], *end = buf + sizeof buf, *p;
    assert(base >= 2 && base <= 36);
    if (base == 10) {
        p = u64_dec(end, u);
    } else {
        p = end;
        do {
            *--p = dig[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
    }
    if (neg) *--p = '-';
    sb_put(b, p, (size_t)(end - p));
}

void flt_format_int(StrBuf *b, int64_t v, int base)
{
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    put_uint_base(b, v < 0, u, base);
}

void flt_format_uint(StrBuf *b, uint64_t v, int base)
{
    put_uint_base(b, false, v, base);
}
