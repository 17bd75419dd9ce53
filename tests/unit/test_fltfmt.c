/* test_fltfmt.c - runtime/fltfmt.c against real Go and an exact reference.
 *
 *  - fltfmt_cases.txt (made by gen_fltfmt.go with Go 1.19): every
 *    FormatFloat, println, ParseFloat and FormatInt/FormatUint line must
 *    match byte for byte.
 *  - the shortest digits of random doubles and floats are compared with a
 *    slow exact reference written with GMP (FLTFMT_STRESS=n sets how many).
 *  - the time of a shortest conversion is measured and printed.
 *
 * Usage: test_fltfmt [repo-root]   (default ".": reads tests/unit/fltfmt_cases.txt)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/fltfmt.h"

static const char *root = ".";

/* ---- the Go cases file ---------------------------------------------------- */

typedef struct Counts {
    int lines, bad;
} Counts;

static double from_bits(const char *hex)
{
    uint64_t u = strtoull(hex, NULL, 16);
    double v;
    memcpy(&v, &u, 8);
    return v;
}

static uint64_t to_bits(double v)
{
    uint64_t u;
    memcpy(&u, &v, 8);
    return u;
}

/* Splits line at spaces into at most max fields (the last keeps the rest). */
static int split(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        if (n == max) break;
        p = strchr(p, ' ');
        if (!p) break;
        *p++ = 0;
    }
    return n;
}

static void report(Counts *c, const char *what, const char *line, const char *got)
{
    if (c->bad++ < 20) print_message("MISMATCH %s: %s\n   got: %s\n", what, line, got);
}

static void check_line(char *line, Counts *c, char kind)
{
    if (line[0] != kind) return;
    char copy[4096];
    snprintf(copy, sizeof copy, "%s", line);
    char *f[8];
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, 0), sb_reset(&b); /* b.data is a string even when empty */
    c->lines++;
    switch (kind) {
    case 'F': {
        if (split(line, f, 6) != 6) break;
        flt_format(&b, from_bits(f[1]), f[2][0], atoi(f[3]), atoi(f[4]));
        if (strcmp(b.data, f[5]) != 0) report(c, "format", copy, b.data);
        break;
    }
    case 'P':
        if (split(line, f, 3) != 3) break;
        flt_print_runtime(&b, from_bits(f[1]));
        if (strcmp(b.data, f[2]) != 0) report(c, "print", copy, b.data);
        break;
    case 'C':
        if (split(line, f, 4) != 4) break;
        flt_print_runtime_complex(&b, from_bits(f[1]), from_bits(f[2]));
        if (strcmp(b.data, f[3]) != 0) report(c, "print complex", copy, b.data);
        break;
    case 'R': {
        if (split(line, f, 5) != 5) break;
        char *in = f[2] + 1;
        size_t n = strlen(in);
        if (f[2][0] == '%') { /* hex-encoded input */
            for (size_t i = 0; i < n / 2; i++) {
                unsigned x;
                sscanf(in + 2 * i, "%2x", &x);
                in[i] = (char)x;
            }
            n /= 2;
        }
        double v = -1;
        int rc = flt_parse(in, n, atoi(f[1]), &v);
        char got[64];
        snprintf(got, sizeof got, "%016llx %d", (unsigned long long)to_bits(v), rc);
        char want[64];
        snprintf(want, sizeof want, "%s %s", f[3], f[4]);
        if (strcmp(got, want) != 0) report(c, "parse", copy, got);
        break;
    }
    case 'I':
        if (split(line, f, 4) != 4) break;
        flt_format_int(&b, strtoll(f[1], NULL, 10), atoi(f[2]));
        if (strcmp(b.data, f[3]) != 0) report(c, "formatint", copy, b.data);
        break;
    case 'U':
        if (split(line, f, 4) != 4) break;
        flt_format_uint(&b, strtoull(f[1], NULL, 10), atoi(f[2]));
        if (strcmp(b.data, f[3]) != 0) report(c, "formatuint", copy, b.data);
        break;
    }
    sb_free(&b);
}

static Counts run_cases(char kind)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/unit/fltfmt_cases.txt", root);
    FILE *fp = fopen(path, "r");
    if (!fp) fail_msg("cannot open %s", path);
    Counts c = {0, 0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, fp)) > 0) {
        if (line[len - 1] == '\n') line[--len] = 0;
        check_line(line, &c, kind);
    }
    free(line);
    fclose(fp);
    print_message("%c lines: %d, mismatches: %d\n", kind, c.lines, c.bad);
    return c;
}

static void test_go_format(void **state)
{
    (void)state;
    Counts c = run_cases('F');
    assert_true(c.lines > 30000);
    assert_int_equal(c.bad, 0);
}

static void test_go_print(void **state)
{
    (void)state;
    Counts c = run_cases('P');
    Counts d = run_cases('C');
    assert_true(c.lines > 1000 && d.lines > 50);
    assert_int_equal(c.bad + d.bad, 0);
}

static void test_go_parse(void **state)
{
    (void)state;
    Counts c = run_cases('R');
    assert_true(c.lines > 5000);
    assert_int_equal(c.bad, 0);
}

static void test_go_ints(void **state)
{
    (void)state;
    Counts c = run_cases('I');
    Counts d = run_cases('U');
    assert_true(c.lines > 1000);
    assert_int_equal(c.bad + d.bad, 0);
}

/* ---- a few cases spelled out -------------------------------------------------- */

static void expect_fmt(double v, char fmt, int prec, int bits, const char *want)
{
    StrBuf b;
    sb_init(&b);
    flt_format(&b, v, fmt, prec, bits);
    if (strcmp(b.data, want) != 0) fail_msg("FormatFloat(%.17g, %c, %d, %d) = %s, want %s", v, fmt, prec, bits, b.data, want);
    sb_free(&b);
}

static void test_examples(void **state)
{
    (void)state;
    expect_fmt(0.1, 'g', -1, 64, "0.1");
    expect_fmt(0.1, 'g', -1, 32, "0.1");
    expect_fmt(0.1, 'e', -1, 64, "1e-01");
    expect_fmt(1e21, 'f', -1, 64, "1000000000000000000000");
    expect_fmt(123456789, 'g', -1, 64, "1.23456789e+08");
    expect_fmt(100000, 'g', -1, 64, "100000");
    expect_fmt(5e-324, 'g', -1, 64, "5e-324");
    expect_fmt(-0.0, 'g', -1, 64, "-0");
    expect_fmt(-0.0, 'x', -1, 64, "-0x0p+00");
    expect_fmt(1, 'b', -1, 64, "4503599627370496p-52");
    expect_fmt(0.1, 'f', 60, 64, "0.100000000000000005551115123125782702118158340454101562500000");
    expect_fmt(2.5, 'f', 0, 64, "2");
    expect_fmt(3.5, 'f', 0, 64, "4");
    expect_fmt(1e23, 'g', -1, 64, "1e+23");
    expect_fmt(1.7976931348623157e308, 'g', -1, 64, "1.7976931348623157e+308");
    expect_fmt(INFINITY, 'f', 3, 64, "+Inf");
    expect_fmt(-INFINITY, 'g', -1, 32, "-Inf");
    expect_fmt(NAN, 'e', -1, 64, "NaN");
    expect_fmt(1, 'x', 0, 64, "0x1p+00");
    expect_fmt(1.5, 'x', 0, 64, "0x1p+01"); /* tie to even: 1.8 -> 2 */
    expect_fmt(1, 'q', -1, 64, "%q");

    StrBuf b;
    sb_init(&b);
    flt_print_runtime(&b, 0.1);
    sb_putc(&b, ' ');
    flt_print_runtime(&b, 1e100);
    sb_putc(&b, ' ');
    flt_print_runtime(&b, -2.5e-10);
    sb_putc(&b, ' ');
    flt_print_runtime(&b, (double)0.1f);
    sb_putc(&b, ' ');
    flt_print_runtime_complex(&b, 1, 2);
    assert_string_equal(b.data, "+1.000000e-001 +1.000000e+100 -2.500000e-010 +1.000000e-001 (+1.000000e+000+2.000000e+000i)");
    sb_reset(&b);
    flt_format_int(&b, INT64_MIN, 10);
    sb_putc(&b, ' ');
    flt_format_int(&b, -255, 16);
    sb_putc(&b, ' ');
    flt_format_uint(&b, UINT64_MAX, 36);
    assert_string_equal(b.data, "-9223372036854775808 -ff 3w5e11264sgsf");
    sb_free(&b);

    double v;
    assert_int_equal(flt_parse("1_000.5", 7, 64, &v), FLT_OK);
    assert_true(v == 1000.5);
    assert_int_equal(flt_parse("1e400", 5, 64, &v), FLT_RANGE);
    assert_true(isinf(v) && v > 0);
    assert_int_equal(flt_parse("-1e39", 5, 32, &v), FLT_RANGE);
    assert_true(isinf(v) && v < 0);
    assert_int_equal(flt_parse("0x1p-2000", 9, 64, &v), FLT_OK);
    assert_true(v == 0);
    assert_int_equal(flt_parse("1e", 2, 64, &v), FLT_SYNTAX);
    assert_true(v == 0);
    assert_int_equal(flt_parse("0x1.8p3", 7, 64, &v), FLT_OK);
    assert_true(v == 12);
    /* float32 rounds directly: this decimal is just above the midpoint of
       two floats, but its double rounds to the midpoint itself */
    assert_int_equal(flt_parse("1.00000005960464477550", 22, 32, &v), FLT_OK);
    assert_true(v == (double)nextafterf(1.0f, 2.0f));
}

/* ---- exact reference for the shortest digits ---------------------------------- */

/* Shortest decimal c·10^k in the rounding interval of v = m·2^e (m > 0),
   closest to v, ties to even c; gives c's digits (no trailing zeros) and dp
   with c·10^k = 0.digits × 10^dp. Slow and simple: a binary search for the
   coarsest grid 10^k holding a candidate, then the better neighbour of v. */
typedef struct Ref {
    mpz_t X, XL, XU, c, t, u, s;
} Ref;

/* Compares c·10^k with x·2^e2 (x, c >= 0). */
static int cmp_scaled(Ref *r, const mpz_t c, int k, const mpz_t x, int e2)
{
    mpz_set(r->t, c);
    mpz_set(r->u, x);
    if (k >= 0) {
        mpz_ui_pow_ui(r->s, 10, (unsigned long)k);
        mpz_mul(r->t, r->t, r->s);
    } else {
        mpz_ui_pow_ui(r->s, 10, (unsigned long)-k);
        mpz_mul(r->u, r->u, r->s);
    }
    if (e2 >= 0) mpz_mul_2exp(r->u, r->u, (unsigned long)e2);
    else mpz_mul_2exp(r->t, r->t, (unsigned long)-e2);
    return mpz_cmp(r->t, r->u);
}

static bool in_interval(Ref *r, const mpz_t c, int k, int e2, bool incl)
{
    if (mpz_sgn(c) <= 0) return false;
    int lo = cmp_scaled(r, c, k, r->XL, e2), hi = cmp_scaled(r, c, k, r->XU, e2);
    return incl ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
}

/* floor(X·2^e2 / 10^k) into r->c */
static void floor_scaled(Ref *r, int k, int e2)
{
    mpz_set(r->t, r->X);
    mpz_set_ui(r->u, 1);
    if (e2 >= 0) mpz_mul_2exp(r->t, r->t, (unsigned long)e2);
    else mpz_mul_2exp(r->u, r->u, (unsigned long)-e2);
    mpz_ui_pow_ui(r->s, 10, (unsigned long)(k >= 0 ? k : -k));
    if (k >= 0) mpz_mul(r->u, r->u, r->s);
    else mpz_mul(r->t, r->t, r->s);
    mpz_fdiv_q(r->c, r->t, r->u);
}

/* Returns true if some candidate exists at grid 10^k; then r->c = best. */
static bool best_at(Ref *r, int k, int e2, bool incl)
{
    floor_scaled(r, k, e2);
    bool down = in_interval(r, r->c, k, e2, incl);
    mpz_add_ui(r->c, r->c, 1);
    bool up = in_interval(r, r->c, k, e2, incl);
    mpz_sub_ui(r->c, r->c, 1);
    if (!down && !up) return false;
    if (down && up) { /* closer to X·2^e2; tie: even */
        mpz_add_ui(r->t, r->c, 1);
        mpz_t c1;
        mpz_init_set(c1, r->t);
        /* compare v - c_lo with c_hi - v: 2v vs c_lo + c_hi */
        mpz_add(r->t, r->c, c1);
        mpz_mul_2exp(r->X, r->X, 1);
        int side = cmp_scaled(r, r->t, k, r->X, e2); /* (c_lo+c_hi) vs 2v */
        mpz_tdiv_q_2exp(r->X, r->X, 1);
        if (side < 0 || (side == 0 && mpz_odd_p(r->c))) mpz_set(r->c, c1);
        mpz_clear(c1);
    } else if (up) {
        mpz_add_ui(r->c, r->c, 1);
    }
    return true;
}

static void ref_shortest(Ref *r, uint64_t m, int e, bool lower_full, char *digits, int *dp)
{
    bool incl = (m & 1) == 0;
    mpz_set_ui(r->X, m);
    mpz_mul_2exp(r->X, r->X, 2);
    mpz_set(r->XL, r->X);
    mpz_sub_ui(r->XL, r->XL, lower_full ? 2 : 1);
    mpz_set(r->XU, r->X);
    mpz_add_ui(r->XU, r->XU, 2);
    int e2 = e - 2;
    int E = (int)floor(log10((double)m) + e * log10(2.0));
    int lo = E - 19, hi = E + 2; /* candidates at lo, none at hi */
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (best_at(r, mid, e2, incl)) lo = mid;
        else hi = mid;
    }
    best_at(r, lo, e2, incl);
    mpz_get_str(digits, 10, r->c);
    int n = (int)strlen(digits);
    *dp = n + lo; /* c·10^lo = 0.digits × 10^(n+lo) */
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
}

/* Digits and exponent of our 'e' shortest output. */
static void ours_shortest(double v, int bits, char *digits, int *dp)
{
    StrBuf b;
    sb_init(&b);
    flt_format(&b, v, 'e', -1, bits);
    char *p = b.data, *o = digits;
    if (*p == '-') p++;
    for (; *p != 'e'; p++)
        if (*p != '.') *o++ = *p;
    *o = 0;
    *dp = atoi(p + 1) + 1;
    sb_free(&b);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint64_t rnd64(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static void check_against_ref(Ref *r, double v, int bits, int *bad)
{
    uint64_t m;
    int e;
    bool lower_full;
    if (bits == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        int ex = (u >> 23) & 0xff;
        m = u & 0x7fffff;
        lower_full = m != 0 || ex <= 1;
        if (ex == 0) ex = 1;
        else m |= 1u << 23;
        e = ex - 150;
    } else {
        uint64_t u = to_bits(v);
        int ex = (int)(u >> 52) & 0x7ff;
        m = u & ((UINT64_C(1) << 52) - 1);
        lower_full = m != 0 || ex <= 1;
        if (ex == 0) ex = 1;
        else m |= UINT64_C(1) << 52;
        e = ex - 1075;
    }
    if (m == 0) return;
    char want[64], got[64];
    int wdp, gdp;
    ref_shortest(r, m, e, lower_full, want, &wdp);
    ours_shortest(v, bits, got, &gdp);
    if (strcmp(want, got) != 0 || wdp != gdp) {
        if ((*bad)++ < 20)
            print_message("shortest(%a, %d): ref %s dp %d, ours %s dp %d\n", v, bits, want, wdp, got, gdp);
    }
}

static void test_shortest_vs_exact(void **state)
{
    (void)state;
    const char *env = getenv("FLTFMT_STRESS");
    long n = env ? atol(env) : 30000;
    Ref r;
    mpz_inits(r.X, r.XL, r.XU, r.c, r.t, r.u, r.s, NULL);
    int bad = 0;
    for (long i = 0; i < n; i++) {
        uint64_t u = rnd64();
        double v;
        switch (i % 4) {
        case 0: memcpy(&v, &u, 8); break;
        case 1: u &= ~(UINT64_C(0x7ff) << 52); u |= (uint64_t)(rnd64() % 2047) << 52; memcpy(&v, &u, 8); break;
        case 2: u >>= rnd64() % 64; v = (double)u; break; /* integers */
        default: { uint32_t w = (uint32_t)u; float f; memcpy(&f, &w, 4); v = f; break; }
        }
        if (!isfinite(v)) continue;
        v = fabs(v);
        check_against_ref(&r, v, 64, &bad);
        if (i % 4 == 3 || fabs(v) < 3.4e38) check_against_ref(&r, v, 32, &bad);
    }
    /* every power of two, both widths */
    for (int k = -1074; k <= 1023; k++) {
        check_against_ref(&r, ldexp(1, k), 64, &bad);
        if (k >= -149 && k <= 127) check_against_ref(&r, ldexp(1, k), 32, &bad);
    }
    mpz_clears(r.X, r.XL, r.XU, r.c, r.t, r.u, r.s, NULL);
    print_message("shortest vs exact reference: %ld random values, %d mismatches\n", n, bad);
    assert_int_equal(bad, 0);
}

/* ---- speed ---------------------------------------------------------------- */

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void test_speed(void **state)
{
    (void)state;
    enum { N = 1 << 20 };
    double *vs = malloc(N * sizeof *vs);
    for (int i = 0; i < N; i++) {
        uint64_t u;
        do u = rnd64(); while (((u >> 52) & 0x7ff) == 0x7ff);
        memcpy(&vs[i], &u, 8);
    }
    StrBuf b;
    sb_init(&b);
    flt_format(&b, 1.5, 'g', -1, 64); /* builds the tables */
    size_t total = 0;
    double t0 = now_ns();
    for (int i = 0; i < N; i++) {
        sb_reset(&b);
        flt_format(&b, vs[i], 'g', -1, 64);
        total += b.len;
    }
    double t1 = now_ns();
    for (int i = 0; i < N; i++) {
        sb_reset(&b);
        flt_format(&b, (double)(i % 100000) / 100, 'g', -1, 64);
        total += b.len;
    }
    double t2 = now_ns();
    for (int i = 0; i < N; i++) {
        sb_reset(&b);
        flt_format(&b, vs[i], 'e', 6, 64);
        total += b.len;
    }
    double t3 = now_ns();
    print_message("flt_format shortest 'g': %.0f ns/call (random bits), %.0f ns/call (short decimals); "
                  "'e' prec 6: %.0f ns/call (%zu bytes)\n",
                  (t1 - t0) / N, (t2 - t1) / N, (t3 - t2) / N, total);
    assert_true((t1 - t0) / N < 5000); /* only catches pathologies */
    sb_free(&b);
    free(vs);
}

int main(int argc, char **argv)
{
    if (argc > 1) root = argv[1];
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_go_format),
        cmocka_unit_test(test_go_print),
        cmocka_unit_test(test_go_parse),
        cmocka_unit_test(test_go_ints),
        cmocka_unit_test(test_shortest_vs_exact),
        cmocka_unit_test(test_speed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
