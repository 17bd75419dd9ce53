/* test_str.c - unit tests of runtime/str.c. The UTF-8 expectations were
 * printed by Go 1.19 (utf8.DecodeRuneInString, utf8.RuneCountInString,
 * string(rune(v)), []rune(s), string([]rune)).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "runtime/heap.h"
#include "runtime/panic.h"
#include "runtime/str.h"

static VM vm;
static G g0;
static G *g = &g0;
static int nthrows;

void rt_throw(G *gg, const char *msg) { nthrows++; }

static int setup(void **state)
{
    memset(&vm, 0, sizeof vm);
    vm.heap = heap_new(&vm);
    g0.vm = &vm;
    return 0;
}

static int teardown(void **state)
{
    heap_free(vm.heap);
    return 0;
}

static GoString S(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static void assert_gostr(GoString s, const char *want, size_t n)
{
    assert_int_equal(s.len, n);
    if (n) assert_memory_equal(s.ptr, want, n);
}

static const struct {
    const char *s;
    int len;
    int32_t rune;
    int width, count;
} decode_cases[] = {
    {"", 0, 0xfffd, 0, 0},
    {"\x61", 1, 0x61, 1, 1},
    {"\x7f", 1, 0x7f, 1, 1},
    {"\x80", 1, 0xfffd, 1, 1},
    {"\xbf", 1, 0xfffd, 1, 1},
    {"\xc0\x80", 2, 0xfffd, 1, 2},
    {"\xc1\xbf", 2, 0xfffd, 1, 2},
    {"\xc2\x80", 2, 0x80, 2, 1},
    {"\xc2", 1, 0xfffd, 1, 1},
    {"\xdf\xbf", 2, 0x7ff, 2, 1},
    {"\xdf\xc0", 2, 0xfffd, 1, 2},
    {"\xe0\x80\x80", 3, 0xfffd, 1, 3},
    {"\xe0\x9f\xbf", 3, 0xfffd, 1, 3},
    {"\xe0\xa0\x80", 3, 0x800, 3, 1},
    {"\xe0\xa0", 2, 0xfffd, 1, 2},
    {"\xed\x9f\xbf", 3, 0xd7ff, 3, 1},
    {"\xed\xa0\x80", 3, 0xfffd, 1, 3},
    {"\xed\xbf\xbf", 3, 0xfffd, 1, 3},
    {"\xee\x80\x80", 3, 0xe000, 3, 1},
    {"\xef\xbf\xbf", 3, 0xffff, 3, 1},
    {"\xef\xbf\xbd", 3, 0xfffd, 3, 1},
    {"\xf0\x8f\xbf\xbf", 4, 0xfffd, 1, 4},
    {"\xf0\x90\x80\x80", 4, 0x10000, 4, 1},
    {"\xf0\x90\x80", 3, 0xfffd, 1, 3},
    {"\xf0\x90\x80\x7f", 4, 0xfffd, 1, 4},
    {"\xf4\x8f\xbf\xbf", 4, 0x10ffff, 4, 1},
    {"\xf4\x90\x80\x80", 4, 0xfffd, 1, 4},
    {"\xf5\x80\x80\x80", 4, 0xfffd, 1, 4},
    {"\xff", 1, 0xfffd, 1, 1},
    {"\xe2\x82\xac", 3, 0x20ac, 3, 1},
    {"\xe2\x28\xa1", 3, 0xfffd, 1, 3},
    {"\xf1\x80\x80\x80", 4, 0x40000, 4, 1},
    {"\xf3\xbf\xbf\xbf", 4, 0xfffff, 4, 1},
};

static void test_decode(void **state)
{
    for (size_t i = 0; i < ARRAY_LEN(decode_cases); i++) {
        const uint8_t *p = (const uint8_t *)decode_cases[i].s;
        int w = -1;
        int32_t r = str_decode_rune(p, decode_cases[i].len, &w);
        assert_int_equal(r, decode_cases[i].rune);
        assert_int_equal(w, decode_cases[i].width);
        assert_int_equal(str_rune_count(p, decode_cases[i].len), decode_cases[i].count);
    }
    /* a valid sequence cut short by n, though more bytes follow in memory */
    int w;
    assert_int_equal(str_decode_rune((const uint8_t *)"\xe2\x82\xac", 2, &w), 0xfffd);
    assert_int_equal(w, 1);
}

static void test_encode(void **state)
{
    static const struct { int64_t v; const char *want; } cases[] = {
        {-1, "\xef\xbf\xbd"},       {0, "\0"},           {0x41, "A"},
        {0x7f, "\x7f"},             {0x80, "\xc2\x80"},  {0x7ff, "\xdf\xbf"},
        {0x800, "\xe0\xa0\x80"},    {0xd7ff, "\xed\x9f\xbf"}, {0xd800, "\xef\xbf\xbd"},
        {0xdfff, "\xef\xbf\xbd"},   {0xe000, "\xee\x80\x80"}, {0xfffd, "\xef\xbf\xbd"},
        {0xffff, "\xef\xbf\xbf"},   {0x10000, "\xf0\x90\x80\x80"}, {0x10ffff, "\xf4\x8f\xbf\xbf"},
        {0x110000, "\xef\xbf\xbd"}, {0x100000041, "\xef\xbf\xbd"}, {-0x80000000LL, "\xef\xbf\xbd"},
        {INT64_MIN, "\xef\xbf\xbd"},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        size_t n = cases[i].v == 0 ? 1 : strlen(cases[i].want);
        uint8_t buf[4];
        assert_int_equal(str_encode_rune(buf, cases[i].v), n);
        assert_memory_equal(buf, cases[i].want, n);
        assert_int_equal(str_rune_len(cases[i].v), n);
        assert_gostr(str_from_rune(g, cases[i].v), cases[i].want, n);
    }
    /* round trip of every valid code point */
    for (int64_t r = 0; r <= 0x10ffff; r++) {
        if (r >= 0xd800 && r <= 0xdfff) continue;
        uint8_t buf[4];
        int n = str_encode_rune(buf, r), w;
        assert_int_equal(str_decode_rune(buf, n, &w), r);
        assert_int_equal(w, n);
    }
}

static void test_runes(void **state)
{
    /* []rune("a\xffb€c\xed\xa0\x80") == [97 65533 98 8364 99 65533 65533 65533] */
    GoSlice rs = str_to_runes(g, S("a\xff" "b\xe2\x82\xac" "c\xed\xa0\x80"));
    static const int32_t want[] = {97, 65533, 98, 8364, 99, 65533, 65533, 65533};
    assert_int_equal(rs.len, 8);
    assert_int_equal(rs.cap, 8);
    assert_memory_equal(rs.ptr, want, sizeof want);
    /* string([]rune{0x41, -1, 0xd800, 0x10ffff, 0x110000}) */
    static const int32_t in[] = {0x41, -1, 0xd800, 0x10ffff, 0x110000};
    const char *w = "A\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf\xef\xbf\xbd";
    assert_gostr(str_from_runes(g, in, 5), w, strlen(w));
    assert_int_equal(str_from_runes(g, NULL, 0).len, 0);
    assert_int_equal(str_to_runes(g, S("")).len, 0);
}

static void test_bytes(void **state)
{
    GoString s = S("hello");
    GoSlice b = str_to_bytes(g, s);
    assert_int_equal(b.len, 5);
    assert_int_equal(b.cap, 5);
    assert_ptr_not_equal(b.ptr, s.ptr);
    assert_memory_equal(b.ptr, "hello", 5);
    ((uint8_t *)b.ptr)[0] = 'j';
    GoString t = str_from_bytes(g, b.ptr, b.len);
    assert_gostr(t, "jello", 5);
    ((uint8_t *)b.ptr)[0] = 'c';
    assert_gostr(t, "jello", 5); /* a copy */
    assert_int_equal(str_to_bytes(g, S("")).len, 0);
    assert_int_equal(str_from_bytes(g, NULL, 0).len, 0);
}

static void test_concat(void **state)
{
    GoString parts[4] = {S("ab"), S(""), S("cde"), S("f")};
    assert_gostr(str_concat(g, parts, 4), "abcdef", 6);
    GoString one[3] = {S(""), S("only"), S("")};
    GoString r = str_concat(g, one, 3);
    assert_ptr_equal(r.ptr, one[1].ptr); /* returned unchanged */
    assert_int_equal(r.len, 4);
    GoString none[2] = {S(""), S("")};
    assert_int_equal(str_concat(g, none, 2).len, 0);
    assert_int_equal(str_concat(g, NULL, 0).len, 0);
    GoString huge[2] = {{(const uint8_t *)"x", INT64_MAX}, {(const uint8_t *)"y", 1}};
    nthrows = 0;
    assert_int_equal(str_concat(g, huge, 2).len, 0);
    assert_int_equal(nthrows, 1);
}

static void test_compare(void **state)
{
    assert_int_equal(str_compare(S("abc"), S("abc")), 0);
    assert_int_equal(str_compare(S("abc"), S("abd")), -1);
    assert_int_equal(str_compare(S("abd"), S("abc")), 1);
    assert_int_equal(str_compare(S("ab"), S("abc")), -1);
    assert_int_equal(str_compare(S("abc"), S("ab")), 1);
    assert_int_equal(str_compare(S(""), S("")), 0);
    assert_int_equal(str_compare(S(""), S("a")), -1);
    assert_int_equal(str_compare(S("\xff"), S("a")), 1); /* bytes are unsigned */
    GoString nil = {NULL, 0};
    assert_int_equal(str_compare(nil, S("")), 0);
    assert_true(str_equal(nil, S("")));
    assert_true(str_equal(S("xyz"), S("xyz")));
    assert_false(str_equal(S("xyz"), S("xy")));
    assert_false(str_equal(S("xyz"), S("xya")));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_encode),
        cmocka_unit_test(test_runes),
        cmocka_unit_test(test_bytes),
        cmocka_unit_test(test_concat),
        cmocka_unit_test(test_compare),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
