/* test_const.c - unit tests of frontend/const.c (exact Go constants).
 *
 * Expected printed forms are copied from gc 1.19 error messages such as
 *   cannot use 1e100 (untyped float constant 1e+100) as int value ...
 * and expected float bits from a Go 1.19 program printing
 * math.Float32bits/Float64bits of typed constants.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/const.h"

static ConstPool pool;
static ConstPool *cp = &pool;

static int setup(void **state)
{
    (void)state;
    constpool_init(cp);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    constpool_free(cp);
    return 0;
}

/* ---- helpers ------------------------------------------------------------------ */

static Const *lit(TokenKind tok, const char *text)
{
    const char *err = NULL;
    Const *c = const_from_literal(cp, tok, text, (int)strlen(text), &err);
    if (!c) fail_msg("literal %s: %s", text, err ? err : "?");
    return c;
}

static const char *lit_err(TokenKind tok, const char *text)
{
    const char *err = NULL;
    Const *c = const_from_literal(cp, tok, text, (int)strlen(text), &err);
    assert_null(c);
    assert_non_null(err);
    /* err may also be NULL */
    assert_null(const_from_literal(cp, tok, text, (int)strlen(text), NULL));
    return err;
}

/* Go literals have no sign: "-x" is the negation of literal x. */
static Const *signed_lit(TokenKind tok, const char *t)
{
    if (t[0] == '-') return const_unary(cp, T_SUB, lit(tok, t + 1), 0);
    return lit(tok, t);
}

static Const *I(const char *t) { return signed_lit(T_INT, t); }
static Const *F(const char *t) { return signed_lit(T_FLOAT, t); }
static Const *IM(const char *t) { return lit(T_IMAG, t); }

/* Binary operation with the checker's kind promotion. */
static Const *bin(TokenKind op, Const *x, Const *y)
{
    ConstKind k = x->kind > y->kind ? x->kind : y->kind;
    if (k >= CK_INT) {
        x = const_to_kind(cp, x, k);
        y = const_to_kind(cp, y, k);
    }
    bool intdiv = k == CK_INT;
    return const_binary(cp, op, x, y, intdiv);
}

static Const *shl(Const *x, uint64_t s) { return const_shift(cp, T_SHL, x, s); }

static void assert_prints(const Const *c, const char *want)
{
    StrBuf b;
    sb_init(&b);
    const_print(&b, c);
    assert_string_equal(b.data ? b.data : "", want);
    sb_free(&b);
}

static void assert_int(const Const *c, const char *dec)
{
    assert_int_equal(c->kind, CK_INT);
    char *s = mpz_get_str(NULL, 10, c->i);
    assert_string_equal(s, dec);
    void (*freefn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefn);
    freefn(s, strlen(s) + 1);
}

/* c is CK_FLOAT equal to num/den */
static void assert_rat(const mpq_t q, const char *ratstr)
{
    mpq_t want;
    mpq_init(want);
    assert_int_equal(mpq_set_str(want, ratstr, 10), 0);
    mpq_canonicalize(want);
    if (!mpq_equal(q, want)) {
        char *s = mpq_get_str(NULL, 10, q);
        print_error("got %s want %s\n", s, ratstr);
        void (*freefn)(void *, size_t);
        mp_get_memory_functions(NULL, NULL, &freefn);
        freefn(s, strlen(s) + 1);
        mpq_clear(want);
        fail();
    }
    mpq_clear(want);
}

static void assert_float(const Const *c, const char *ratstr)
{
    assert_int_equal(c->kind, CK_FLOAT);
    assert_rat(c->re, ratstr);
}

static void assert_complex(const Const *c, const char *re, const char *im)
{
    assert_int_equal(c->kind, CK_COMPLEX);
    assert_rat(c->re, re);
    assert_rat(c->im, im);
}

static void assert_string_const(const Const *c, const char *bytes, size_t n)
{
    assert_int_equal(c->kind, CK_STRING);
    assert_int_equal(c->slen, n);
    assert_memory_equal(c->s, bytes, n);
}

static uint32_t f32bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    return u;
}

static uint64_t f64bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, 8);
    return u;
}

/* Representable in t? If so, returns the rounded value. */
static Const *repr(Const *x, ConstTarget t, bool *ok, bool *trunc)
{
    Const *r = NULL;
    *ok = const_representable(cp, x, t, &r, trunc);
    return r;
}

static void assert_repr_f32(Const *x, uint32_t bits)
{
    bool ok, tr;
    Const *r = repr(x, CT_FLOAT32, &ok, &tr);
    assert_true(ok);
    assert_int_equal(r->kind, CK_FLOAT);
    assert_int_equal(f32bits(const_get_float32(r)), bits);
    assert_int_equal(f32bits(const_get_float32(x)), bits);
    /* the rounded value is exactly the float32 value */
    Const *back = const_float64(cp, (double)const_get_float32(r));
    assert_true(const_compare(T_EQL, r, back));
}

static void assert_repr_f64(Const *x, uint64_t bits)
{
    bool ok, tr;
    Const *r = repr(x, CT_FLOAT64, &ok, &tr);
    assert_true(ok);
    assert_int_equal(r->kind, CK_FLOAT);
    assert_int_equal(f64bits(const_get_float64(r)), bits);
    assert_int_equal(f64bits(const_get_float64(x)), bits);
    Const *back = const_float64(cp, const_get_float64(r));
    assert_true(const_compare(T_EQL, r, back));
}

static void assert_not_repr(Const *x, ConstTarget t, bool want_trunc)
{
    bool ok, tr;
    repr(x, t, &ok, &tr);
    assert_false(ok);
    assert_int_equal(tr, want_trunc);
}

/* ---- representability ------------------------------------------------------------ */

static void test_repr_float32(void **state)
{
    (void)state;
    /* H32 = 2^128 - 2^103 is halfway between MaxFloat32 and 2^128 */
    Const *h32 = bin(T_SUB, shl(I("1"), 128), shl(I("1"), 103));
    assert_not_repr(h32, CT_FLOAT32, false);
    assert_not_repr(const_unary(cp, T_SUB, h32, 0), CT_FLOAT32, false);
    assert_repr_f32(bin(T_SUB, h32, I("1")), 0x7f7fffff);
    assert_repr_f32(F("3.4028234663852886e38"), 0x7f7fffff);
    assert_not_repr(F("1e39"), CT_FLOAT32, false);
    assert_not_repr(F("1e300"), CT_FLOAT32, false);
    /* ties to even */
    assert_repr_f32(bin(T_ADD, F("1"), F("0x1p-24")), 0x3f800000);
    assert_repr_f32(bin(T_ADD, F("1"), bin(T_MUL, F("3"), F("0x1p-24"))), 0x3f800002);
    assert_repr_f32(I("16777217"), 0x4b800000);
    assert_repr_f32(I("16777219"), 0x4b800002);
    /* subnormals */
    assert_repr_f32(F("0x1p-150"), 0);
    assert_repr_f32(F("0x1p-149"), 1);
    assert_repr_f32(bin(T_MUL, F("3"), F("0x1p-150")), 2);
    assert_repr_f32(F("1e-45"), 1);
    assert_repr_f32(F("0.1"), 0x3dcccccd);
    /* float32 is rounded directly, not via float64: 1 + 2^-24 + 2^-60 */
    Const *x = bin(T_ADD, bin(T_ADD, F("1"), F("0x1p-24")), F("0x1p-60"));
    assert_repr_f32(x, 0x3f800001);
    /* float32(0.1) printed as a float64 in Go: 0.10000000149011612 */
    bool ok, tr;
    Const *r = repr(F("0.1"), CT_FLOAT32, &ok, &tr);
    assert_float(r, "13421773/134217728");
    assert_true(const_get_float64(r) == 0.10000000149011612);
}

static void test_repr_float64(void **state)
{
    (void)state;
    Const *h64 = bin(T_SUB, F("0x1p1024"), F("0x1p970"));
    assert_not_repr(h64, CT_FLOAT64, false);
    assert_repr_f64(bin(T_SUB, h64, F("0x1p900")), 0x7fefffffffffffff);
    assert_repr_f64(F("0x1p-1075"), 0);
    assert_repr_f64(bin(T_MUL, F("3"), F("0x1p-1075")), 2);
    assert_repr_f64(bin(T_ADD, F("0x1p-1075"), F("0x1p-1200")), 1);
    assert_repr_f64(F("0.1"), 0x3fb999999999999a);
    assert_repr_f64(F("4.9e-324"), 1);
    assert_repr_f64(F("1e-400"), 0);
    assert_not_repr(F("1e400"), CT_FLOAT64, false);
    assert_repr_f64(I("9007199254740993"), 0x4340000000000000); /* 2^53+1 -> 2^53 */
    /* an exact float64 stays the same value */
    bool ok, tr;
    Const *half = F("0.5");
    assert_true(repr(half, CT_FLOAT64, &ok, &tr) == half && ok);
    /* int input becomes CK_FLOAT */
    assert_float(repr(I("3"), CT_FLOAT64, &ok, &tr), "3");
}

static void test_repr_complex(void **state)
{
    (void)state;
    bool ok, tr;
    Const *r = repr(bin(T_ADD, F("0.1"), IM("2i")), CT_COMPLEX64, &ok, &tr);
    assert_true(ok);
    assert_complex(r, "13421773/134217728", "2");
    r = repr(I("7"), CT_COMPLEX128, &ok, &tr);
    assert_true(ok);
    assert_complex(r, "7", "0");
    assert_not_repr(IM("1e39i"), CT_COMPLEX64, false);
    assert_not_repr(bin(T_ADD, F("1e39"), IM("0i")), CT_FLOAT32, false);
    assert_not_repr(bin(T_ADD, I("1"), IM("2i")), CT_FLOAT64, false); /* gc: overflows */
    r = repr(bin(T_ADD, F("1.5"), IM("0i")), CT_FLOAT64, &ok, &tr);
    assert_true(ok);
    assert_float(r, "3/2");
}

static void test_repr_int(void **state)
{
    (void)state;
    bool ok, tr;
    Const *p63 = shl(I("1"), 63);
    assert_not_repr(p63, CT_INT64, false);
    Const *r = repr(p63, CT_UINT64, &ok, &tr);
    assert_true(ok);
    assert_int(r, "9223372036854775808");
    assert_not_repr(shl(I("1"), 64), CT_UINT64, false);
    assert_true(const_representable(cp, const_unary(cp, T_SUB, p63, 0), CT_INT64, NULL, NULL));
    assert_not_repr(bin(T_SUB, const_unary(cp, T_SUB, p63, 0), I("1")), CT_INT64, false);
    assert_not_repr(I("-1"), CT_UINT64, false);
    assert_not_repr(I("-1"), CT_UINT8, false);
    assert_not_repr(I("1000"), CT_INT8, false);
    assert_not_repr(I("-129"), CT_INT8, false);
    assert_true(const_representable(cp, I("-128"), CT_INT8, NULL, NULL));
    assert_true(const_representable(cp, I("255"), CT_UINT8, NULL, NULL));
    assert_not_repr(I("256"), CT_UINT8, false);
    assert_true(const_representable(cp, I("4294967295"), CT_UINT32, NULL, NULL));
    assert_not_repr(I("2147483648"), CT_INT32, false);
    assert_true(const_representable(cp, I("-32768"), CT_INT16, NULL, NULL));
    /* float constants with integral values are accepted, as CK_INT */
    r = repr(F("2.0"), CT_INT64, &ok, &tr);
    assert_true(ok);
    assert_int(r, "2");
    r = repr(F("-128.0"), CT_INT8, &ok, &tr);
    assert_true(ok);
    assert_int(r, "-128");
    r = repr(bin(T_ADD, I("255"), IM("0i")), CT_UINT8, &ok, &tr);
    assert_true(ok);
    assert_int(r, "255");
    /* gc says "truncated" for any float-kind constant rejected by an
       integer type: 1.5, 1e100, -1.0 as uint, 1+2i */
    assert_not_repr(F("1.5"), CT_INT64, true);
    assert_not_repr(F("1e100"), CT_INT64, true);
    assert_not_repr(F("-1.0"), CT_UINT64, true);
    assert_not_repr(bin(T_ADD, I("1"), IM("2i")), CT_INT64, true);
    /* non-numeric */
    assert_false(const_representable(cp, const_string(cp, "x", 1), CT_INT64, NULL, NULL));
}

/* ---- literals --------------------------------------------------------------------- */

static void test_lit_int(void **state)
{
    (void)state;
    assert_int(I("0"), "0");
    assert_int(I("42"), "42");
    assert_int(I("1_000_000"), "1000000");
    assert_int(I("0x_1F"), "31");
    assert_int(I("0XdeadBEEF"), "3735928559");
    assert_int(I("0o17"), "15");
    assert_int(I("0O7_7"), "63");
    assert_int(I("017"), "15");
    assert_int(I("0_17"), "15");
    assert_int(I("0b1011"), "11");
    assert_int(I("0B_1_0"), "2");
    assert_int(I("123456789012345678901234567890"), "123456789012345678901234567890");
    assert_int(I("0xffffffffffffffffffff"), "1208925819614629174706175");
    lit_err(T_INT, "09");
}

static void test_lit_float(void **state)
{
    (void)state;
    assert_float(F("1.5e-300"), "15/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
    assert_float(F(".5"), "1/2");
    assert_float(F("1."), "1");
    assert_float(F("0.1"), "1/10");
    assert_float(F("1_0.2_5"), "41/4");
    assert_float(F("1E3"), "1000");
    assert_float(F("1e+3"), "1000");
    assert_float(F("2.5e-8"), "1/40000000");
    assert_float(F("0x1.8p3"), "12");
    assert_float(F("0x.8p1"), "1");
    assert_float(F("0x1p-2"), "1/4");
    assert_float(F("0X1P+4"), "16");
    assert_float(F("0x_1_0.1p0"), "257/16");
    assert_float(F("0e999999999999"), "0");
    assert_float(F("00.5"), "1/2");
    assert_float(F("09.5"), "19/2");
    /* 1e1000 is exact: 10^1000 */
    Const *big = F("1e1000");
    assert_int_equal(mpz_cmp_ui(mpq_denref(big->re), 1), 0);
    mpz_t p;
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, 1000);
    assert_int_equal(mpz_cmp(mpq_numref(big->re), p), 0);
    mpz_clear(p);
    Const *tiny = F("1e-1000");
    assert_int_equal(mpz_cmp_ui(mpq_numref(tiny->re), 1), 0);
    assert_int_equal(mpz_sizeinbase(mpq_denref(tiny->re), 10), 1001);
    F("1e100000");
    F("0x1p1000000");
    assert_string_equal(lit_err(T_FLOAT, "1e1000000"), "exponent too large in floating-point literal");
    lit_err(T_FLOAT, "1e-99999999999999999999999");
}

static void test_lit_imag(void **state)
{
    (void)state;
    assert_complex(IM("1i"), "0", "1");
    assert_complex(IM("0i"), "0", "0");
    assert_complex(IM("0123i"), "0", "123"); /* decimal, for backward compatibility */
    assert_complex(IM("0x10i"), "0", "16");
    assert_complex(IM("0b11i"), "0", "3");
    assert_complex(IM("0o17i"), "0", "15");
    assert_complex(IM("1.5e2i"), "0", "150");
    assert_complex(IM("0x1p2i"), "0", "4");
    assert_complex(IM("1_0i"), "0", "10");
    assert_complex(IM(".25i"), "0", "1/4");
    assert_complex(IM("0e5i"), "0", "0");
}

static void test_lit_rune(void **state)
{
    (void)state;
    static const struct {
        const char *text, *val;
    } cases[] = {
        {"'a'", "97"},   {"'\\a'", "7"},   {"'\\b'", "8"},   {"'\\f'", "12"},   {"'\\n'", "10"},
        {"'\\r'", "13"}, {"'\\t'", "9"},   {"'\\v'", "11"},  {"'\\\\'", "92"},  {"'\\''", "39"},
        {"'\\x41'", "65"}, {"'\\xfF'", "255"}, {"'\\u00e9'", "233"}, {"'\\U0010FFFF'", "1114111"},
        {"'\\101'", "65"}, {"'\\377'", "255"}, {"'\\000'", "0"}, {"'é'", "233"}, {"'日'", "26085"},
        {"'😀'", "128512"}, {"'\"'", "34"},
    };
    for (size_t k = 0; k < ARRAY_LEN(cases); k++) assert_int(lit(T_CHAR, cases[k].text), cases[k].val);
    assert_string_equal(lit_err(T_CHAR, "'\\ud800'"), "escape is invalid Unicode code point");
    assert_string_equal(lit_err(T_CHAR, "'\\U00110000'"), "escape is invalid Unicode code point");
    assert_string_equal(lit_err(T_CHAR, "'\\400'"), "octal escape value > 255");
    assert_string_equal(lit_err(T_CHAR, "'\\\"'"), "unknown escape sequence");
    assert_string_equal(lit_err(T_CHAR, "'ab'"), "more than one character in rune literal");
    lit_err(T_CHAR, "''");
}

static void test_lit_string(void **state)
{
    (void)state;
    assert_string_const(lit(T_STRING, "\"\""), "", 0);
    assert_string_const(lit(T_STRING, "\"héllo\""), "h\xc3\xa9llo", 6);
    assert_string_const(lit(T_STRING, "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""), "\a\b\f\n\r\t\v\\\"", 9);
    assert_string_const(lit(T_STRING, "\"\\x41\\101\\u00e9\\U0001F600\""), "AA\xc3\xa9\xf0\x9f\x98\x80", 8);
    /* \x and octal escapes are raw bytes, not code points */
    assert_string_const(lit(T_STRING, "\"\\xff\\377\\xc3\""), "\xff\xff\xc3", 3);
    assert_string_const(lit(T_STRING, "\"a\\x00b\""), "a\0b", 3);
    assert_string_const(lit(T_STRING, "\"\\u65e5本\""), "\xe6\x97\xa5\xe6\x9c\xac", 6);
    /* raw strings: no escapes, carriage returns removed */
    assert_string_const(lit(T_STRING, "`a\\n\r\nb`"), "a\\n\nb", 5);
    assert_string_const(lit(T_STRING, "``"), "", 0);
    assert_string_equal(lit_err(T_STRING, "\"\\ud800\""), "escape is invalid Unicode code point");
    assert_string_equal(lit_err(T_STRING, "\"\\udfff\""), "escape is invalid Unicode code point");
    assert_string_equal(lit_err(T_STRING, "\"\\'\""), "unknown escape sequence");
    assert_string_equal(lit_err(T_STRING, "\"\\q\""), "unknown escape sequence");
    lit_err(T_IDENT, "x");
}

/* ---- arithmetic ----------------------------------------------------------------------- */

static void test_exact_float(void **state)
{
    (void)state;
    Const *s = bin(T_ADD, F("0.1"), F("0.2"));
    assert_true(const_compare(T_EQL, s, F("0.3")));
    assert_float(s, "3/10");
    assert_float(bin(T_QUO, F("1.0"), I("3")), "1/3");
    assert_float(bin(T_MUL, F("0.1"), F("0.1")), "1/100");
    assert_float(bin(T_SUB, F("0.1"), F("0.3")), "-1/5");
    assert_null(bin(T_QUO, F("1.5"), F("0.0")));
    /* (0.1 + 0.2 - 0.3) + 1000 == 1000 exactly (gc: constant 1000) */
    assert_prints(bin(T_ADD, bin(T_SUB, s, F("0.3")), I("1000")), "1000");
    assert_int_equal(const_sign(F("-0.5")), -1);
    assert_int_equal(const_sign(F("0.0")), 0);
    assert_true(const_get_float64(F("0.1")) == 0.1);
    assert_true(const_get_float32(F("0.1")) == 0.1f);
    assert_true(const_get_float64(F("1e400")) == HUGE_VAL);
    assert_true(const_get_float64(F("-1e-400")) == 0);
}

static void test_exact_int(void **state)
{
    (void)state;
    assert_int(const_shift(cp, T_SHR, shl(I("1"), 100), 98), "4");
    assert_int(bin(T_QUO, I("-7"), I("2")), "-3"); /* truncated */
    assert_int(bin(T_REM, I("-7"), I("2")), "-1"); /* sign of dividend */
    assert_int(bin(T_REM, I("7"), I("-2")), "1");
    assert_float(const_binary(cp, T_QUO, I("7"), I("2"), false), "7/2");
    assert_null(bin(T_QUO, I("1"), I("0")));
    assert_null(bin(T_REM, I("1"), I("0")));
    assert_int(bin(T_AND, I("-6"), I("3")), "2");
    assert_int(bin(T_OR, I("-6"), I("3")), "-5");
    assert_int(bin(T_XOR, I("-6"), I("3")), "-7");
    assert_int(bin(T_AND_NOT, I("6"), I("-4")), "2");
    assert_int(bin(T_AND_NOT, I("-1"), I("5")), "-6");
    /* -6 & 3 + -6 | 3 + 1000 (gc: 999) */
    assert_int(bin(T_ADD, bin(T_OR, bin(T_ADD, bin(T_AND, I("-6"), I("3")), I("-6")), I("3")), I("1000")), "999");
    assert_int(bin(T_MUL, shl(I("1"), 64), shl(I("1"), 64)), "340282366920938463463374607431768211456");
    assert_int(bin(T_SUB, I("5"), I("7")), "-2");
    /* unary */
    assert_int(const_unary(cp, T_XOR, I("5"), 0), "-6");
    assert_int(const_unary(cp, T_XOR, I("-1"), 0), "0");
    assert_int(const_unary(cp, T_XOR, I("5"), 8), "250");
    assert_int(const_unary(cp, T_XOR, I("0"), 64), "18446744073709551615");
    assert_int(const_unary(cp, T_SUB, I("5"), 0), "-5");
    assert_int(const_unary(cp, T_ADD, I("5"), 0), "5");
    assert_float(const_unary(cp, T_SUB, F("0.5"), 0), "-1/2");
    assert_complex(const_unary(cp, T_SUB, bin(T_ADD, I("1"), IM("2i")), 0), "-1", "-2");
    assert_false(const_unary(cp, T_NOT, const_bool(cp, true), 0)->b);
    /* shifts: types2 limits untyped integers to 512 bits */
    assert_non_null(shl(I("1"), 511));
    assert_non_null(shl(I("-1"), 511));
    assert_null(shl(I("1"), 512));
    assert_null(shl(I("3"), 511));
    assert_null(shl(I("1"), 10000));
    assert_int(shl(I("0"), 10000), "0");
    assert_int(const_shift(cp, T_SHR, I("-5"), 1), "-3");
    assert_int(const_shift(cp, T_SHR, I("-1"), 1000), "-1");
    assert_int(const_shift(cp, T_SHR, I("5"), 1000), "0");
    assert_int_equal(const_int_bits(shl(I("1"), 511)), 512);
    assert_int_equal(const_int_bits(I("0")), 0);
    assert_int_equal(const_int_bits(I("-255")), 8);
}

static void test_exact_complex(void **state)
{
    (void)state;
    Const *a = bin(T_ADD, I("1"), IM("2i"));
    Const *b = bin(T_ADD, I("3"), IM("4i"));
    Const *q = bin(T_QUO, a, b);
    assert_complex(q, "11/25", "2/25");
    assert_prints(q, "(0.44 + 0.08i)");
    assert_complex(bin(T_MUL, a, b), "-5", "10");
    assert_true(const_compare(T_EQL, bin(T_MUL, q, b), a));
    Const *c = bin(T_ADD, I("1"), IM("1.5i"));
    assert_prints(bin(T_MUL, c, c), "(-1.25 + 3i)");
    assert_complex(bin(T_MUL, IM("2i"), IM("2i")), "-4", "0");
    assert_null(bin(T_QUO, a, bin(T_ADD, I("0"), IM("0i"))));
    assert_complex(bin(T_SUB, a, b), "-2", "-2");
    assert_true(const_compare(T_NEQ, a, b));
    assert_true(const_get_imag64(a) == 2.0);
    assert_true(const_get_float64(a) == 1.0);
}

static void test_kinds(void **state)
{
    (void)state;
    assert_int(const_to_kind(cp, F("2.0"), CK_INT), "2");
    assert_null(const_to_kind(cp, F("1.5"), CK_INT));
    assert_float(const_to_kind(cp, bin(T_ADD, I("1"), IM("0i")), CK_FLOAT), "1");
    assert_null(const_to_kind(cp, bin(T_ADD, I("1"), IM("1i")), CK_FLOAT));
    assert_complex(const_to_kind(cp, I("3"), CK_COMPLEX), "3", "0");
    assert_float(const_to_kind(cp, I("3"), CK_FLOAT), "3");
    assert_null(const_to_kind(cp, const_string(cp, "a", 1), CK_INT));
    Const *x = I("7");
    assert_ptr_equal(const_to_kind(cp, x, CK_INT), x);
    /* strings and bools */
    Const *ab = const_binary(cp, T_ADD, const_string(cp, "a\0", 2), const_string(cp, "b", 1), false);
    assert_string_const(ab, "a\0b", 3);
    assert_true(const_compare(T_LSS, const_string(cp, "a", 1), const_string(cp, "b", 1)));
    assert_true(const_compare(T_GTR, const_string(cp, "ab", 2), const_string(cp, "a", 1)));
    assert_true(const_compare(T_LSS, const_string(cp, "a", 1), const_string(cp, "a\0", 2)));
    assert_true(const_compare(T_GEQ, const_string(cp, "\xff", 1), const_string(cp, "a", 1)));
    Const *t = const_bool(cp, true), *f = const_bool(cp, false);
    assert_false(const_binary(cp, T_LAND, t, f, false)->b);
    assert_true(const_binary(cp, T_LOR, t, f, false)->b);
    assert_true(const_compare(T_NEQ, t, f));
    assert_true(const_compare(T_EQL, I("2"), F("2.0"))); /* mixed kinds */
    assert_true(const_compare(T_LSS, F("1.5"), I("2")));
    /* int extraction */
    assert_true(const_is_int64(I("-9223372036854775808")));
    assert_false(const_is_int64(I("9223372036854775808")));
    assert_true(const_is_uint64(I("18446744073709551615")));
    assert_false(const_is_uint64(I("-1")));
    assert_int_equal(const_get_int64(I("-1")), -1);
    assert_true(const_get_uint64(I("-1")) == UINT64_MAX);
    assert_true(const_get_int64(I("-9223372036854775808")) == INT64_MIN);
    assert_int_equal(const_get_uint64(bin(T_ADD, shl(I("1"), 64), I("5"))), 5);
    assert_int(const_int64(cp, INT64_MIN), "-9223372036854775808");
    assert_int(const_uint64(cp, UINT64_MAX), "18446744073709551615");
    assert_float(const_float64(cp, 0.1), "3602879701896397/36028797018963968");
    assert_true(const_get_float64(I("9007199254740993")) == 9007199254740992.0);
    /* operations on unknown stay unknown */
    Const *u = const_unknown(cp);
    assert_int_equal(const_binary(cp, T_ADD, u, I("1"), true)->kind, CK_UNKNOWN);
    assert_false(const_representable(cp, u, CT_INT64, NULL, NULL));
    assert_prints(u, "unknown");
    /* runaway growth becomes unknown instead of exhausting memory */
    Const *g = shl(I("1"), 500);
    for (int k = 0; k < 20 && g->kind == CK_INT; k++) g = bin(T_MUL, g, g);
    assert_int_equal(g->kind, CK_UNKNOWN);
}

/* ---- printing (strings copied from gc 1.19 messages) ------------------------------------ */

static void test_print_numbers(void **state)
{
    (void)state;
    assert_prints(I("1000"), "1000");
    assert_prints(I("-129"), "-129");
    assert_prints(shl(I("1"), 100), "1267650600228229401496703205376");
    assert_prints(shl(I("1"), 511),
                  "670390396497129854978701249910292306373968291029619668886178072186088201503677348840093714908345"
                  "1713845015929093243025426876941405973284973216824503042048");
    Const *h32 = bin(T_SUB, shl(I("1"), 128), shl(I("1"), 103));
    assert_prints(h32, "340282356779733661637539395458142568448");
    assert_prints(F("1e100"), "1e+100");
    assert_prints(F("1.5"), "1.5");
    assert_prints(F("-1.0"), "-1");
    assert_prints(F("2.5e-8"), "2.5e-08");
    assert_prints(bin(T_ADD, lit(T_CHAR, "'a'"), F("0.5")), "97.5");
    assert_prints(F("1e1000"), "1e+1000");
    assert_prints(bin(T_QUO, F("1.0"), I("3")), "0.333333");
    assert_prints(F("123456789.5"), "1.23457e+08");
    assert_prints(F("1e-1000"), "1e-1000");
    assert_prints(F("1e300"), "1e+300");
    assert_prints(F("-1e-7"), "-1e-07");
    assert_prints(F("0.1"), "0.1");
    assert_prints(F("1234567.5"), "1.23457e+06");
    assert_prints(F("100000.5"), "100000");
    assert_prints(F("1000000.5"), "1e+06");
    assert_prints(F("0.0001"), "0.0001");
    assert_prints(F("0.00001"), "1e-05");
    assert_prints(F("1.5e-300"), "1.5e-300");
    assert_prints(F("9.5e+400"), "9.5e+400");
    assert_prints(F("-9.9999999e+400"), "-1e+401");
    assert_prints(bin(T_ADD, F("1e15"), F("0.5")), "1e+15");
    assert_prints(F("123456.5"), "123456");
    assert_prints(F("-0.000001"), "-1e-06");
    assert_prints(F("3.14159265358979"), "3.14159");
    assert_prints(F("1e-310"), "1e-310");
    assert_prints(bin(T_QUO, F("4.9e-324"), I("4")), "1.225e-324");
    assert_prints(bin(T_MUL, F("1.7976931348623157e308"), I("2")), "3.59539e+308");
    assert_prints(bin(T_ADD, F("1e-400"), F("0.5")), "0.5");
    assert_prints(F("12345678901234567890.5"), "1.23457e+19");
    assert_prints(F("0x1p-2"), "0.25");
    assert_prints(bin(T_ADD, F("1e-5"), F("1e-20")), "1e-05");
    assert_prints(F("0x1p1000000"), "9.90066e+301029");
    assert_prints(F("1e100000"), "1e+100000");
    assert_prints(bin(T_SUB, F("0x1p1024"), F("0x1p970")), "1.79769e+308");
    assert_prints(bin(T_ADD, bin(T_SUB, bin(T_ADD, F("0.1"), F("0.2")), F("0.3")), I("1000")), "1000");
}

static void test_print_complex(void **state)
{
    (void)state;
    assert_prints(bin(T_ADD, I("1"), IM("2i")), "(1 + 2i)");
    assert_prints(bin(T_ADD, F("1.5"), IM("2.25i")), "(1.5 + 2.25i)");
    assert_prints(IM("1e1000i"), "(0 + 1e+1000i)");
    assert_prints(IM("1.5i"), "(0 + 1.5i)");
    assert_prints(IM("2e-300i"), "(0 + 2e-300i)");
    assert_prints(bin(T_ADD, F("1e-1000"), IM("1e-1000i")), "(1e-1000 + 1e-1000i)");
    assert_prints(bin(T_ADD, F("1e39"), IM("0i")), "(1e+39 + 0i)");
    assert_prints(bin(T_ADD, F("1e-45"), IM("0i")), "(1e-45 + 0i)");
    assert_prints(bin(T_ADD, F("1e21"), IM("0.5i")), "(1e+21 + 0.5i)");
    assert_prints(bin(T_SUB, F("-1.5"), IM("2.5i")), "(-1.5 + -2.5i)");
}

static void test_print_strings(void **state)
{
    (void)state;
    assert_prints(const_bool(cp, true), "true");
    assert_prints(const_bool(cp, false), "false");
    assert_prints(lit(T_STRING, "\"a very long string constant that goes on and on and on and on\""),
                  "\"a very long string constant that goes on and on and on and on\"");
    assert_prints(lit(T_STRING, "\"a very long string constant that goes on and on and on and on and on and on "
                                "and on and on and on\""),
                  "\"a very long string constant that goes on and on and on and on and on...");
    assert_prints(lit(T_STRING, "\"tab\\there\\x00\\u1234\\xff\""), "\"tab\\there\\x00ሴ\\xff\"");
    assert_prints(lit(T_STRING, "\"é\\u00e9\\a\\b\\f\\v\\\\'\\\"日本語\""), "\"éé\\a\\b\\f\\v\\\\'\\\"日本語\"");
    assert_prints(lit(T_STRING, "\"\\xff\\xfe\""), "\"\\xff\\xfe\"");
    assert_prints(lit(T_STRING, "`raw\ntext`"), "\"raw\\ntext\"");
    assert_prints(lit(T_STRING, "\"x\\x00y\\u00a0\\u00ad\\U0001F600\\U000E0001\\ufffd\\x7f\\\"\\\\\""),
                  "\"x\\x00y\\u00a0\\u00ad😀\\U000e0001�\\x7f\\\"\\\\\"");
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '"');
    for (int k = 0; k < 24; k++) sb_puts(&b, "日本語");
    sb_putc(&b, '"');
    assert_prints(lit(T_STRING, b.data),
                  "\"日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語"
                  "日本語日本語日本語日本語日本語日本語日本語日本...");
    sb_free(&b);
    /* exactly 72 runes with the quotes: not shortened; 73: shortened */
    assert_prints(const_string(cp, "0123456789012345678901234567890123456789012345678901234567890123456789", 70),
                  "\"0123456789012345678901234567890123456789012345678901234567890123456789\"");
    assert_prints(const_string(cp, "01234567890123456789012345678901234567890123456789012345678901234567890", 71),
                  "\"01234567890123456789012345678901234567890123456789012345678901234567...");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_repr_float32, setup, teardown),
        cmocka_unit_test_setup_teardown(test_repr_float64, setup, teardown),
        cmocka_unit_test_setup_teardown(test_repr_complex, setup, teardown),
        cmocka_unit_test_setup_teardown(test_repr_int, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lit_int, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lit_float, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lit_imag, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lit_rune, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lit_string, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exact_float, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exact_int, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exact_complex, setup, teardown),
        cmocka_unit_test_setup_teardown(test_kinds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_print_numbers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_print_complex, setup, teardown),
        cmocka_unit_test_setup_teardown(test_print_strings, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
