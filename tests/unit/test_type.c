/* test_type.c - unit tests of vm/type.c: canonicalisation, layout (against
 * numbers printed by Go 1.19 on amd64), spelling (against %T), equality and
 * hashing.
 *
 * The expected layouts come from this Go program (go run, amd64):
 *
 *   type S1 struct { a bool; b int64; c int8 }          // 24 8: b 8, c 16
 *   type S2 struct { a int8; b struct{} }               // 2 1
 *   type S3 struct { a int32; b [0]int64 }              // 16 8: b 8
 *   type S4 struct { a complex64; b int8; c complex128; d int16; e float32 }
 *                                                       // 40 8: 8 16 32 36
 *   type S5 struct { a struct{}; b struct{} }           // 0 1
 *   type S6 struct { s string; x []int; i interface{}; p *int; b byte; e error }
 *                                                       // 88 8: 16 40 56 64 72
 *   type S7 struct { a [3]int16; b int8 }               // 8 2: b 6
 *   [5]S7                                               // 40 2
 *   type S8 struct { x int64; e struct{} }              // 16 8
 *   complex64 8 4, complex128 16 8, [0]int 0 8, [3]bool 3 1, struct{} 0 1,
 *   interface{} 16 8
 *   fmt.Println(unsafe.Sizeof(S1{}), unsafe.Alignof(S1{}), unsafe.Offsetof(S1{}.b), ...)
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "frontend/ast.h"
#include "vm/type.h"
#include "vm/vm.h"

/* A checker-like package: PackageHead first (type.h's convention). */
typedef struct TestPkg {
    PackageHead head;
    int other;
} TestPkg;

typedef struct Fixture {
    Arena arena;
    Interner names;
    TypeTable tt;
    TestPkg main_pkg, io_pkg;
} Fixture;

static Fixture fx;

static int setup(void **state)
{
    arena_init(&fx.arena);
    intern_init(&fx.names);
    types_init(&fx.tt, &fx.arena, &fx.names);
    fx.main_pkg.head = (PackageHead){"main", "main"};
    fx.io_pkg.head = (PackageHead){"io", "io"};
    *state = &fx;
    return 0;
}

static int teardown(void **state)
{
    types_free(&fx.tt);
    intern_free(&fx.names);
    arena_free(&fx.arena);
    return 0;
}

#define TT (&fx.tt)
#define B(k) (fx.tt.basic[KIND_##k])
#define MAINP ((Package *)&fx.main_pkg)

static Field fld(const char *name, Type *t)
{
    Field f = {.name = name, .type = t};
    if (name && !type_name_exported(name)) f.pkg = MAINP;
    return f;
}

static Type *mkstruct(int n, ...)
{
    Field fs[16];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        const char *name = va_arg(ap, const char *);
        fs[i] = fld(name, va_arg(ap, Type *));
    }
    va_end(ap);
    return type_struct(TT, fs, n);
}

static Type *named(const char *name, Type *u)
{
    Type *t = type_named(TT, name, MAINP, NULL);
    if (u) type_set_underlying(TT, t, u);
    return t;
}

static Type *fn(int np, Type **p, int nr, Type **r, bool variadic)
{
    return type_func(TT, p, np, r, nr, variadic);
}

static void check_layout(Type *t, uint64_t size, int align)
{
    assert_true(type_layout(TT, t));
    assert_int_equal(t->size, size);
    assert_int_equal(t->align, align);
}

/* ---- predeclared ---------------------------------------------------------- */

static void test_basics(void **state)
{
    static const struct { Kind k; const char *s; uint64_t size; int align, slots; } cases[] = {
        {KIND_BOOL, "bool", 1, 1, 1},          {KIND_INT, "int", 8, 8, 1},
        {KIND_INT8, "int8", 1, 1, 1},          {KIND_INT16, "int16", 2, 2, 1},
        {KIND_INT32, "int32", 4, 4, 1},        {KIND_INT64, "int64", 8, 8, 1},
        {KIND_UINT, "uint", 8, 8, 1},          {KIND_UINT8, "uint8", 1, 1, 1},
        {KIND_UINTPTR, "uintptr", 8, 8, 1},    {KIND_FLOAT32, "float32", 4, 4, 1},
        {KIND_FLOAT64, "float64", 8, 8, 1},    {KIND_COMPLEX64, "complex64", 8, 4, 2},
        {KIND_COMPLEX128, "complex128", 16, 8, 2}, {KIND_STRING, "string", 16, 8, 2},
        {KIND_UNSAFEPTR, "unsafe.Pointer", 8, 8, 1},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        Type *t = fx.tt.basic[cases[i].k];
        assert_non_null(t);
        assert_string_equal(type_string(t), cases[i].s);
        assert_true(type_is_named(t));
        assert_null(t->pkg);
        assert_ptr_equal(type_under(t), t);
        check_layout(t, cases[i].size, cases[i].align);
        assert_int_equal(t->slots, cases[i].slots);
        assert_true(t->flags & TF_COMPARABLE);
    }
    assert_ptr_equal(fx.tt.byte_type, B(UINT8));
    assert_ptr_equal(fx.tt.rune_type, B(INT32));
    assert_string_equal(type_string(B(UNTYPED_INT)), "untyped int");
    assert_true(type_is_untyped(B(UNTYPED_NIL)));
    assert_ptr_equal(type_default(TT, B(UNTYPED_RUNE)), B(INT32));
    assert_ptr_equal(type_default(TT, B(UNTYPED_INT)), B(INT));
    assert_ptr_equal(type_default(TT, B(UNTYPED_FLOAT)), B(FLOAT64));
    assert_ptr_equal(type_default(TT, B(UNTYPED_COMPLEX)), B(COMPLEX128));
    assert_ptr_equal(type_default(TT, B(UNTYPED_BOOL)), B(BOOL));
    assert_ptr_equal(type_default(TT, B(UNTYPED_STRING)), B(STRING));
    assert_ptr_equal(type_default(TT, B(INT8)), B(INT8));
    assert_true(B(STRING)->ptrmask && B(STRING)->ptrmask[0] == 1);
    assert_null(B(INT)->ptrmask);
    assert_true(B(UNSAFEPTR)->flags & TF_DIRECTIFACE);
}

static void test_predeclared_interfaces(void **state)
{
    assert_string_equal(type_string(fx.tt.any_type), "interface {}");
    assert_ptr_equal(type_interface(TT, NULL, 0, NULL, 0), fx.tt.any_type);
    Type *e = fx.tt.error_type;
    assert_string_equal(type_string(e), "error");
    assert_true(type_is_named(e));
    assert_null(e->pkg);
    assert_int_equal(e->kind, KIND_INTERFACE);
    assert_int_equal(e->nimethods, 1);
    assert_string_equal(e->imethods[0].name, "Error");
    assert_string_equal(type_string(e->imethods[0].sig), "func() string");
    assert_string_equal(type_string(type_under(e)), "interface { Error() string }");
    assert_true(e->ptrmask && e->ptrmask[0] == 2);
    assert_ptr_not_equal(type_under(fx.tt.comparable_type), fx.tt.any_type);
    assert_int_equal(fx.tt.comparable_type->kind, KIND_INTERFACE);
}

/* ---- canonicalisation ------------------------------------------------------ */

static void test_hash_consing(void **state)
{
    Type *i = B(INT), *s = B(STRING);
    assert_ptr_equal(type_slice(TT, i), type_slice(TT, i));
    assert_ptr_equal(type_pointer(TT, i), type_pointer(TT, i));
    assert_ptr_equal(type_array(TT, i, 3), type_array(TT, i, 3));
    assert_ptr_not_equal(type_array(TT, i, 3), type_array(TT, i, 4));
    assert_ptr_equal(type_map(TT, s, i), type_map(TT, s, i));
    assert_ptr_not_equal(type_map(TT, s, i), type_map(TT, i, s));
    assert_ptr_equal(type_chan(TT, i, CHAN_SEND), type_chan(TT, i, CHAN_SEND));
    assert_ptr_not_equal(type_chan(TT, i, CHAN_SEND), type_chan(TT, i, CHAN_BOTH));
    Type *si = type_slice(TT, i);
    Type *ps[2] = {i, si};
    assert_ptr_equal(fn(2, ps, 1, &s, true), fn(2, ps, 1, &s, true));
    assert_ptr_not_equal(fn(2, ps, 1, &s, true), fn(2, ps, 1, &s, false));
    assert_ptr_not_equal(fn(2, ps, 1, &s, false), fn(1, ps, 1, &s, false));
    assert_ptr_not_equal(fn(1, ps, 0, NULL, false), fn(0, NULL, 1, ps, false));
    assert_ptr_equal(type_tuple(TT, ps, 2), type_tuple(TT, ps, 2));
    assert_ptr_not_equal(type_tuple(TT, ps, 2), fn(2, ps, 0, NULL, false));

    /* structs: names (by content), tags, embedded, pkg of unexported names */
    char nm[] = "A";
    Field a1 = {.name = nm, .type = i};
    Field a2 = {.name = "A", .type = i, .tag = ""};
    assert_ptr_equal(type_struct(TT, &a1, 1), type_struct(TT, &a2, 1));
    Field a3 = {.name = "A", .type = i, .tag = "json:\"a\""};
    assert_ptr_not_equal(type_struct(TT, &a1, 1), type_struct(TT, &a3, 1));
    Field b1 = {.name = "b", .type = i, .pkg = MAINP};
    Field b2 = {.name = "b", .type = i, .pkg = (Package *)&fx.io_pkg};
    assert_ptr_not_equal(type_struct(TT, &b1, 1), type_struct(TT, &b2, 1));
    Field c1 = {.name = "C", .type = i, .pkg = MAINP};
    Field c2 = {.name = "C", .type = i, .pkg = (Package *)&fx.io_pkg};
    assert_ptr_equal(type_struct(TT, &c1, 1), type_struct(TT, &c2, 1));
    assert_true(type_struct(TT, &c1, 1)->fields[0].exported);
    assert_false(type_struct(TT, &b1, 1)->fields[0].exported);

    /* defined types are always new */
    Type *t1 = named("T", i), *t2 = named("T", i);
    assert_ptr_not_equal(t1, t2);
    assert_ptr_not_equal(type_slice(TT, t1), type_slice(TT, t2));
    assert_ptr_not_equal(type_slice(TT, t1), type_slice(TT, i));
}

static void test_named(void **state)
{
    Type *sl = type_slice(TT, B(STRING));
    Type *a = named("A", sl);
    Type *b = named("B", a); /* type B A: B's underlying is []string */
    assert_ptr_equal(type_under(b), sl);
    assert_ptr_equal(b->elem, B(STRING));
    assert_int_equal(b->kind, KIND_SLICE);
    assert_string_equal(type_string(b), "main.B");
    assert_true(b->flags & TF_EXPORTEDNAME);
    assert_false(named("x", B(INT))->flags & TF_EXPORTEDNAME);
    check_layout(b, 24, 8);
    assert_int_equal(b->slots, 3);
    assert_false(b->flags & TF_COMPARABLE);

    /* a recursive type through a pointer and a slice is fine */
    Type *node = named("Node", NULL);
    Type *ns = mkstruct(2, "next", type_pointer(TT, node), "kids", type_slice(TT, node));
    type_set_underlying(TT, node, ns);
    check_layout(node, 32, 8);
    assert_ptr_equal(node->fields[0].type, type_pointer(TT, node));
    assert_string_equal(type_string(ns), "struct { next *main.Node; kids []main.Node }");

    /* T contains T by value: invalid */
    Type *bad = named("Bad", NULL);
    type_set_underlying(TT, bad, mkstruct(2, "x", B(INT), "b", bad));
    assert_false(type_layout(TT, bad));
    assert_false(type_layout(TT, bad)); /* still false, flags cleaned */
    Type *bad2 = named("Bad2", NULL);
    type_set_underlying(TT, bad2, type_array(TT, bad2, 2));
    assert_false(type_layout(TT, bad2));
    Type *l = named("L", NULL); /* type L []L */
    type_set_underlying(TT, l, type_slice(TT, l));
    assert_true(type_layout(TT, l));
    Type *unresolved = named("U", NULL);
    assert_false(type_layout(TT, unresolved));
    /* arrays too large */
    Type *huge = type_array(TT, type_array(TT, B(INT64), 1LL << 40), 1LL << 20);
    assert_false(type_layout(TT, huge));
    assert_int_equal(huge->size, UINT64_MAX);
}

/* ---- layout ---------------------------------------------------------------- */

static void test_struct_layouts(void **state)
{
    Type *s1 = mkstruct(3, "a", B(BOOL), "b", B(INT64), "c", B(INT8));
    check_layout(s1, 24, 8);
    assert_int_equal(s1->fields[1].offset, 8);
    assert_int_equal(s1->fields[2].offset, 16);
    assert_int_equal(s1->slots, 3);
    Type *empty = mkstruct(0);
    check_layout(empty, 0, 1);
    assert_int_equal(empty->slots, 0);
    check_layout(mkstruct(2, "a", B(INT8), "b", empty), 2, 1);
    Type *s3 = mkstruct(2, "a", B(INT32), "b", type_array(TT, B(INT64), 0));
    check_layout(s3, 16, 8);
    assert_int_equal(s3->fields[1].offset, 8);
    Type *s4 = mkstruct(5, "a", B(COMPLEX64), "b", B(INT8), "c", B(COMPLEX128), "d", B(INT16), "e",
                        B(FLOAT32));
    check_layout(s4, 40, 8);
    assert_int_equal(s4->fields[1].offset, 8);
    assert_int_equal(s4->fields[2].offset, 16);
    assert_int_equal(s4->fields[3].offset, 32);
    assert_int_equal(s4->fields[4].offset, 36);
    check_layout(mkstruct(2, "a", empty, "b", empty), 0, 1);
    Type *s6 = mkstruct(6, "s", B(STRING), "x", type_slice(TT, B(INT)), "i", fx.tt.any_type, "p",
                        type_pointer(TT, B(INT)), "b", fx.tt.byte_type, "e", fx.tt.error_type);
    check_layout(s6, 88, 8);
    static const uint32_t off6[] = {0, 16, 40, 56, 64, 72};
    for (int i = 0; i < 6; i++) assert_int_equal(s6->fields[i].offset, off6[i]);
    /* pointer words: s.ptr 0, x.ptr 2, i.data 6, p 7, e.data 10 */
    assert_int_equal(s6->ptrmask[0], (1u << 0) | (1u << 2) | (1u << 6) | (1u << 7) | (1u << 10));
    assert_int_equal(s6->ptrwords, 11);
    assert_true(s6->flags & TF_HASPTR);
    assert_int_equal(s6->slots, 11);
    Type *s7 = mkstruct(2, "a", type_array(TT, B(INT16), 3), "b", B(INT8));
    check_layout(s7, 8, 2);
    assert_int_equal(s7->fields[1].offset, 6);
    check_layout(type_array(TT, s7, 5), 40, 2);
    check_layout(mkstruct(2, "x", B(INT64), "e", empty), 16, 8);
    check_layout(type_array(TT, B(INT), 0), 0, 8);
    check_layout(type_array(TT, B(BOOL), 3), 3, 1);
    check_layout(fx.tt.any_type, 16, 8);
    assert_int_equal(fx.tt.any_type->slots, 2);
}

static void test_masks_and_flags(void **state)
{
    Type *pi = type_pointer(TT, B(INT));
    Type *arr = type_array(TT, mkstruct(2, "p", pi, "n", B(INT)), 3);
    assert_true(type_layout(TT, arr));
    assert_int_equal(arr->ptrmask[0], 0x15); /* words 0, 2, 4 */
    assert_int_equal(arr->ptrwords, 5);
    Type *big = type_array(TT, pi, 200);
    assert_true(type_layout(TT, big));
    assert_int_equal(big->ptrwords, 200);
    assert_int_equal(big->ptrmask[3], 0xffULL);
    Type *noptr = mkstruct(2, "a", B(INT), "f", B(FLOAT64));
    assert_true(type_layout(TT, noptr));
    assert_null(noptr->ptrmask);
    assert_false(noptr->flags & TF_HASPTR);

    /* pointer-shaped */
    Type *m = type_map(TT, B(STRING), B(INT));
    Type *f = fn(0, NULL, 0, NULL, false);
    Type *c = type_chan(TT, B(INT), CHAN_BOTH);
    Type *direct[] = {pi, m, f, c, B(UNSAFEPTR), mkstruct(1, "p", pi), type_array(TT, pi, 1),
                      mkstruct(1, "s", mkstruct(1, "m", m)), named("P", pi)};
    for (size_t i = 0; i < ARRAY_LEN(direct); i++) {
        assert_true(type_layout(TT, direct[i]));
        assert_true(type_is_pointer_shaped(direct[i]));
    }
    Type *indirect[] = {B(INT), B(STRING), mkstruct(2, "p", pi, "q", pi), type_array(TT, pi, 2),
                        mkstruct(2, "p", pi, "e", mkstruct(0)), fx.tt.any_type, type_slice(TT, pi)};
    for (size_t i = 0; i < ARRAY_LEN(indirect); i++) {
        assert_true(type_layout(TT, indirect[i]));
        assert_false(type_is_pointer_shaped(indirect[i]));
    }

    /* comparability */
    assert_false(type_comparable(TT, type_slice(TT, B(INT))));
    assert_false(type_comparable(TT, m));
    assert_false(type_comparable(TT, f));
    assert_false(type_comparable(TT, mkstruct(2, "a", B(INT), "f", f)));
    assert_false(type_comparable(TT, type_array(TT, m, 2)));
    assert_true(type_comparable(TT, type_array(TT, B(STRING), 2)));
    assert_true(type_comparable(TT, c));
    assert_true(type_comparable(TT, fx.tt.any_type));
    Type *withif = mkstruct(2, "a", B(INT), "e", fx.tt.error_type);
    assert_true(type_layout(TT, withif));
    assert_true(withif->flags & TF_IFACEEQ_PANIC);
    assert_false(noptr->flags & TF_IFACEEQ_PANIC);

    /* bytewise equality */
    Type *two = mkstruct(2, "a", B(INT32), "b", B(INT32));
    assert_true(type_layout(TT, two));
    assert_true(two->flags & TF_MEMEQ);
    Type *padded = mkstruct(2, "a", B(INT8), "b", B(INT32));
    assert_true(type_layout(TT, padded));
    assert_false(padded->flags & TF_MEMEQ);
    Type *blank = mkstruct(2, "_", B(INT32), "b", B(INT32));
    assert_true(type_layout(TT, blank));
    assert_false(blank->flags & TF_MEMEQ);
    assert_false(noptr->flags & TF_MEMEQ);
    Type *tail = mkstruct(2, "a", B(INT8), "e", mkstruct(0));
    assert_true(type_layout(TT, tail));
    assert_false(tail->flags & TF_MEMEQ);

    /* tuples: stack form */
    Type *els[3] = {B(INT8), B(STRING), fx.tt.any_type};
    Type *tup = type_tuple(TT, els, 3);
    assert_true(type_layout(TT, tup));
    assert_int_equal(tup->slots, 5);
    assert_int_equal(tup->ptrmask[0], (1u << 1) | (1u << 4));
    assert_string_equal(type_string(tup), "(int8, string, interface {})");
}

/* ---- spelling ---------------------------------------------------------------- */

static void test_strings(void **state)
{
    Type *i = B(INT), *s = B(STRING), *b = B(BOOL), *e = fx.tt.error_type;
    Type *t = named("T", mkstruct(1, "a", i));
    Type *t2 = named("T2", i);
    assert_string_equal(type_string(type_slice(TT, i)), "[]int");
    assert_string_equal(type_string(type_array(TT, s, 3)), "[3]string");
    assert_string_equal(type_string(type_pointer(TT, t)), "*main.T");
    assert_string_equal(type_string(type_array(TT, type_pointer(TT, t), 3)), "[3]*main.T");
    assert_string_equal(type_string(type_map(TT, s, i)), "map[string]int");
    assert_string_equal(type_string(type_slice(TT, fx.tt.byte_type)), "[]uint8");
    assert_string_equal(type_string(type_slice(TT, fx.tt.rune_type)), "[]int32");
    Type *ci = type_chan(TT, i, CHAN_BOTH), *ri = type_chan(TT, i, CHAN_RECV), *si = type_chan(TT, i, CHAN_SEND);
    assert_string_equal(type_string(ci), "chan int");
    assert_string_equal(type_string(si), "chan<- int");
    assert_string_equal(type_string(ri), "<-chan int");
    assert_string_equal(type_string(type_chan(TT, ri, CHAN_BOTH)), "chan (<-chan int)");
    assert_string_equal(type_string(type_chan(TT, ri, CHAN_SEND)), "chan<- <-chan int");
    assert_string_equal(type_string(type_chan(TT, ri, CHAN_RECV)), "<-chan <-chan int");
    assert_string_equal(type_string(type_chan(TT, si, CHAN_BOTH)), "chan chan<- int");
    assert_string_equal(type_string(type_chan(TT, ci, CHAN_SEND)), "chan<- chan int");

    Type *p2[2] = {i, s}, *r2[2] = {b, e};
    assert_string_equal(type_string(fn(2, p2, 2, r2, false)), "func(int, string) (bool, error)");
    Type *is = type_slice(TT, i);
    assert_string_equal(type_string(fn(1, &is, 0, NULL, true)), "func(...int)");
    Type *pv[2] = {i, type_slice(TT, type_slice(TT, s))};
    assert_string_equal(type_string(fn(2, pv, 1, &i, true)), "func(int, ...[]string) int");
    assert_string_equal(type_string(fn(0, NULL, 0, NULL, false)), "func()");
    Type *fi = fn(1, &i, 1, &i, false), *fe = fn(0, NULL, 1, &e, false);
    assert_string_equal(type_string(type_pointer(TT, fn(1, &fi, 1, &fe, false))),
                        "*func(func(int) int) func() error");

    Field tagged[2] = {{.name = "A", .type = i}, {.name = "b", .type = s, .tag = "json:\"b\"", .pkg = MAINP}};
    assert_string_equal(type_string(type_struct(TT, tagged, 2)), "struct { A int; b string \"json:\\\"b\\\"\" }");
    assert_string_equal(type_string(mkstruct(0)), "struct {}");
    Field emb[3] = {{.name = "T", .type = t, .embedded = true}, fld("x", i), fld("y", i)};
    assert_string_equal(type_string(type_struct(TT, emb, 3)), "struct { main.T; x int; y int }");
    Field emb2[2] = {{.name = "T2", .type = type_pointer(TT, t2), .embedded = true},
                     {.name = "int", .type = i, .embedded = true, .pkg = MAINP}};
    assert_string_equal(type_string(type_struct(TT, emb2, 2)), "struct { *main.T2; int }");
    Field esc = {.name = "A", .type = i, .tag = "x\"y\\z\n"};
    assert_string_equal(type_string(type_struct(TT, &esc, 1)), "struct { A int \"x\\\"y\\\\z\\n\" }");
    Field esc2 = {.name = "A", .type = i, .tag = "\x01\xc3\xa9\xc2\xa0\t"};
    assert_string_equal(type_string(type_struct(TT, &esc2, 1)), "struct { A int \"\\x01\xc3\xa9\\u00a0\\t\" }");
    assert_string_equal(type_string(mkstruct(2, "_", i, "_", s)), "struct { _ int; _ string }");
    assert_string_equal(type_string(mkstruct(2, "\xc3\xa9", i, "\xce\xa9", i)), "struct { \xc3\xa9 int; \xce\xa9 int }");

    /* interfaces: sorted, exported first, unexported qualified */
    Type *ps = fn(1, &i, 1, &s, false), *f0 = fn(0, NULL, 0, NULL, false);
    Method ms[4] = {{.name = "m", .sig = f0, .pkg = MAINP}, {.name = "M", .sig = ps},
                    {.name = "a", .sig = f0, .pkg = MAINP}, {.name = "B", .sig = f0}};
    assert_string_equal(type_string(type_interface(TT, ms, 2, NULL, 0)), "interface { M(int) string; main.m() }");
    assert_string_equal(type_string(type_interface(TT, ms, 4, NULL, 0)),
                        "interface { B(); M(int) string; main.a(); main.m() }");
    assert_string_equal(type_string(type_slice(TT, e)), "[]error");
    assert_string_equal(type_string(NULL), "<nil>");
    assert_string_equal(type_string(type_slice(TT, B(COMPLEX64))), "[]complex64");
}

/* ---- interfaces ---------------------------------------------------------------- */

static void test_interfaces(void **state)
{
    Type *i = B(INT), *e = fx.tt.error_type, *bs = type_slice(TT, fx.tt.byte_type);
    Type *rr[2] = {i, e};
    Type *readsig = fn(1, &bs, 2, rr, false), *f0 = fn(0, NULL, 0, NULL, false);
    Method read = {.name = "Read", .sig = readsig};
    Type *reader = type_named(TT, "Reader", (Package *)&fx.io_pkg, NULL);
    type_set_underlying(TT, reader, type_interface(TT, &read, 1, NULL, 0));
    assert_string_equal(type_string(reader), "io.Reader");

    /* interface{ M(); io.Reader } == interface{ Read(...); M() } */
    Method m = {.name = "M", .sig = f0};
    Type *a = type_interface(TT, &m, 1, &reader, 1);
    Method both[2] = {read, m};
    Type *b = type_interface(TT, both, 2, NULL, 0);
    assert_ptr_equal(a, b);
    assert_true(a->iface_complete);
    assert_string_equal(type_string(a), "interface { M(); Read([]uint8) (int, error) }");
    assert_int_equal(a->nimethods, 2);
    assert_string_equal(a->imethods[0].name, "M");

    /* duplicates with identical signatures are fine (Go 1.14) */
    Type *c = type_interface(TT, both, 2, &reader, 1);
    assert_ptr_equal(c, a);
    /* conflicting duplicate */
    Method read2 = {.name = "Read", .sig = f0};
    Type *d = type_interface(TT, &read2, 1, &reader, 1);
    assert_false(d->iface_complete);
    const char *dup = NULL;
    assert_false(type_iface_complete(TT, d, &dup));
    assert_non_null(dup);
    assert_string_equal(dup, "Read");

    /* pending: embedding a defined type not resolved yet */
    Type *j = named("J", NULL);
    Method n = {.name = "N", .sig = f0};
    Type *pend = type_interface(TT, &m, 1, &j, 1);
    assert_false(pend->iface_complete);
    Type *k = named("K", pend);
    type_set_underlying(TT, j, type_interface(TT, &n, 1, NULL, 0));
    assert_true(type_iface_complete(TT, k, &dup));
    assert_null(dup);
    assert_int_equal(k->nimethods, 2);
    assert_string_equal(type_string(pend), "interface { M(); N() }");
    Method mn[2] = {m, n};
    assert_ptr_equal(type_interface(TT, mn, 2, NULL, 0), pend); /* entered in the table */
    assert_true(type_layout(TT, k));
    assert_true(k->flags & TF_COMPARABLE);

    /* cycle: type I interface{ I } */
    Type *ci = named("I", NULL);
    type_set_underlying(TT, ci, type_interface(TT, NULL, 0, &ci, 1));
    assert_false(type_iface_complete(TT, ci, &dup));
    assert_null(dup);

    /* method order helper */
    Method x = {.name = "a", .pkg = MAINP}, y = {.name = "Z"};
    assert_true(type_method_cmp(&y, &x) < 0);
    assert_true(type_name_exported("\xce\x94x")); /* Δx */
    assert_false(type_name_exported("_X"));
    assert_false(type_name_exported("\xc3\xa9"));
}

static void test_table_and_predicates(void **state)
{
    Type *arrs[3000];
    for (int i = 0; i < 3000; i++) arrs[i] = type_array(TT, B(INT), i);
    for (int i = 0; i < 3000; i++) assert_ptr_equal(type_array(TT, B(INT), i), arrs[i]);
    assert_true(fx.tt.nbuckets >= 2048);

    Type *myint = named("MyInt", B(INT));
    assert_true(type_is_integer(myint) && !type_is_unsigned(myint) && type_is_numeric(myint));
    assert_true(type_is_unsigned(B(UINTPTR)) && type_is_integer(B(UNTYPED_RUNE)));
    assert_true(type_is_float(B(UNTYPED_FLOAT)) && !type_is_float(B(INT)));
    assert_true(type_is_complex(B(COMPLEX64)) && type_is_numeric(B(UNTYPED_COMPLEX)));
    assert_true(type_is_string(named("S", B(STRING))) && type_is_string(B(UNTYPED_STRING)));
    assert_true(type_is_boolean(B(UNTYPED_BOOL)) && !type_is_boolean(B(INT)));
    assert_true(type_is_interface(fx.tt.error_type) && !type_is_interface(B(STRING)));
    assert_true(type_identical(B(INT), B(INT)) && !type_identical(myint, B(INT)));
    assert_true(type_zero_is_all_bits(myint));

    /* unexported methods of two packages: both kept, ordered by path */
    Type *f0 = fn(0, NULL, 0, NULL, false);
    Method ms[2] = {{.name = "m", .sig = f0, .pkg = MAINP}, {.name = "m", .sig = f0, .pkg = (Package *)&fx.io_pkg}};
    Type *two = type_interface(TT, ms, 2, NULL, 0);
    assert_int_equal(two->nimethods, 2);
    assert_ptr_equal(two->imethods[0].pkg, (Package *)&fx.io_pkg);
    assert_string_equal(type_string(two), "interface { io.m(); main.m() }");
    /* a constraint-like element is part of identity and of the spelling */
    Type *ci = type_interface(TT, NULL, 0, (Type *[]){B(INT)}, 1);
    assert_ptr_not_equal(ci, fx.tt.any_type);
    assert_ptr_equal(ci, type_interface(TT, NULL, 0, (Type *[]){B(INT)}, 1));
    assert_string_equal(type_string(ci), "interface { int }");
}

/* ---- equality and hashing ---------------------------------------------------- */

static uint64_t H(Type *t, const void *p)
{
    Type *bad = (Type *)1;
    uint64_t h = type_hash(t, p, 42, &bad);
    assert_null(bad);
    return h;
}

static void test_equal_scalars(void **state)
{
    double pz = 0.0, nz = -0.0, nan = NAN, one = 1.0;
    Type *f64 = B(FLOAT64), *f32 = B(FLOAT32);
    assert_int_equal(type_equal(f64, &pz, &nz), 1);
    assert_int_equal(H(f64, &pz), H(f64, &nz));
    assert_int_equal(type_equal(f64, &nan, &nan), 0);
    assert_int_equal(type_equal(f64, &one, &pz), 0);
    assert_int_not_equal(H(f64, &nan), H(f64, &nan));
    float fz = 0.0f, fnz = -0.0f;
    assert_int_equal(type_equal(f32, &fz, &fnz), 1);
    assert_int_equal(H(f32, &fz), H(f32, &fnz));
    double c1[2] = {1.0, -0.0}, c2[2] = {1.0, 0.0}, c3[2] = {NAN, 0};
    assert_int_equal(type_equal(B(COMPLEX128), c1, c2), 1);
    assert_int_equal(H(B(COMPLEX128), c1), H(B(COMPLEX128), c2));
    assert_int_equal(type_equal(B(COMPLEX128), c3, c3), 0);
    float c4[2] = {1.0f, 2.0f}, c5[2] = {1.0f, 2.5f};
    assert_int_equal(type_equal(B(COMPLEX64), c4, c5), 0);

    char buf1[] = "hello world", buf2[] = "hello world";
    GoString s1 = {(const uint8_t *)buf1, 11}, s2 = {(const uint8_t *)buf2, 11}, s3 = {(const uint8_t *)buf2, 5};
    GoString e1 = {NULL, 0}, e2 = {(const uint8_t *)buf1, 0};
    assert_int_equal(type_equal(B(STRING), &s1, &s2), 1);
    assert_int_equal(H(B(STRING), &s1), H(B(STRING), &s2));
    assert_int_equal(type_equal(B(STRING), &s1, &s3), 0);
    assert_int_equal(type_equal(B(STRING), &e1, &e2), 1);
    assert_int_equal(H(B(STRING), &e1), H(B(STRING), &e2));
    int64_t a = 5, b = 5, c = 6;
    assert_int_equal(type_equal(B(INT), &a, &b), 1);
    assert_int_equal(type_equal(B(INT), &a, &c), 0);
    assert_int_equal(H(B(INT), &a), H(B(INT), &b));
    int8_t x8 = -1, y8 = -1;
    assert_int_equal(type_equal(B(INT8), &x8, &y8), 1);
    /* seeds matter */
    Type *bad;
    assert_int_not_equal(type_hash(B(INT), &a, 1, &bad), type_hash(B(INT), &a, 2, &bad));
}

typedef struct Mixed { int8_t a; /* pad */ double f; GoString s; int32_t blank; } Mixed;

static void test_equal_composites(void **state)
{
    Type *m = mkstruct(4, "a", B(INT8), "f", B(FLOAT64), "s", B(STRING), "_", B(INT32));
    assert_true(type_layout(TT, m));
    assert_int_equal(m->size, sizeof(Mixed));
    Mixed x, y;
    memset(&x, 0xaa, sizeof x); /* garbage in padding */
    memset(&y, 0x55, sizeof y);
    x.a = y.a = 3;
    x.f = 0.0;
    y.f = -0.0;
    x.s = (GoString){(const uint8_t *)"abc", 3};
    y.s = (GoString){(const uint8_t *)"xabc" + 1, 3};
    x.blank = 1;
    y.blank = 2; /* blank fields do not take part */
    assert_int_equal(type_equal(m, &x, &y), 1);
    assert_int_equal(H(m, &x), H(m, &y));
    y.s.len = 2;
    assert_int_equal(type_equal(m, &x, &y), 0);

    Type *arr = type_array(TT, B(FLOAT64), 3);
    double a1[3] = {1, 0.0, 3}, a2[3] = {1, -0.0, 3}, a3[3] = {1, 2, NAN};
    assert_true(type_layout(TT, arr));
    assert_int_equal(type_equal(arr, a1, a2), 1);
    assert_int_equal(H(arr, a1), H(arr, a2));
    assert_int_equal(type_equal(arr, a3, a3), 0);
    Type *ia = type_array(TT, B(INT32), 4);
    assert_true(type_layout(TT, ia));
    int32_t i1[4] = {1, 2, 3, 4}, i2[4] = {1, 2, 3, 4}, i3[4] = {1, 2, 3, 5};
    assert_int_equal(type_equal(ia, i1, i2), 1);
    assert_int_equal(type_equal(ia, i1, i3), 0);
    assert_int_equal(H(ia, i1), H(ia, i2));
}

static void test_equal_interfaces(void **state)
{
    Type *any = fx.tt.any_type, *si = type_slice(TT, B(INT)), *pi = type_pointer(TT, B(INT));
    type_layout(TT, si);
    type_layout(TT, pi);
    Type *bad;
    int64_t five = 5, five2 = 5, six = 6;
    Iface a = {B(INT), &five}, b = {B(INT), &five2}, c = {B(INT), &six};
    assert_int_equal(type_equal(any, &a, &b), 1);
    assert_int_equal(H(any, &a), H(any, &b));
    assert_int_equal(type_equal(any, &a, &c), 0);
    Iface nil1 = {NULL, NULL}, nil2 = {NULL, NULL};
    assert_int_equal(type_equal(any, &nil1, &nil2), 1);
    assert_int_equal(type_equal(any, &nil1, &a), 0);
    assert_int_equal(H(any, &nil1), H(any, &nil2));
    /* same value, different dynamic types */
    Type *myint = named("MyInt", B(INT));
    type_layout(TT, myint);
    Iface d = {myint, &five};
    assert_int_equal(type_equal(any, &a, &d), 0);
    /* direct interface values: the data word is the value */
    Iface p1 = {pi, &five}, p2 = {pi, &five}, p3 = {pi, &six};
    assert_int_equal(type_equal(any, &p1, &p2), 1);
    assert_int_equal(type_equal(any, &p1, &p3), 0);
    assert_int_equal(H(any, &p1), H(any, &p2));
    /* uncomparable dynamic type: -1 (only when the types match) */
    GoSlice sl = {NULL, 0, 0};
    Iface s1 = {si, &sl}, s2 = {si, &sl};
    bad = NULL;
    assert_int_equal(type_equal_ex(any, &s1, &s2, &bad), -1);
    assert_ptr_equal(bad, si);
    assert_string_equal(type_string(bad), "[]int");
    assert_int_equal(type_equal(any, &s1, &a), 0);
    bad = NULL;
    type_hash(any, &s1, 0, &bad);
    assert_ptr_equal(bad, si);
    /* inside arrays: stops at the first difference */
    Type *arr = type_array(TT, any, 2);
    type_layout(TT, arr);
    Iface x[2] = {a, s1}, y[2] = {c, s2}, z[2] = {b, s2};
    assert_int_equal(type_equal(arr, x, y), 0);
    assert_int_equal(type_equal(arr, x, z), -1);
    bad = NULL;
    type_hash(arr, x, 0, &bad);
    assert_ptr_equal(bad, si);
    /* non-empty interfaces hold Itabs */
    Itab it = {.inter = fx.tt.error_type, .type = B(INT)};
    Itab it2 = {.inter = fx.tt.error_type, .type = B(INT)};
    Iface e1 = {&it, &five}, e2 = {&it2, &five2};
    assert_int_equal(type_equal(fx.tt.error_type, &e1, &e2), 1);
    assert_int_equal(H(fx.tt.error_type, &e1), H(fx.tt.error_type, &e2));
    /* an interface holding a float NaN */
    double nan = NAN;
    Iface n1 = {B(FLOAT64), &nan};
    assert_int_equal(type_equal(any, &n1, &n1), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basics),
        cmocka_unit_test(test_predeclared_interfaces),
        cmocka_unit_test(test_hash_consing),
        cmocka_unit_test(test_named),
        cmocka_unit_test(test_struct_layouts),
        cmocka_unit_test(test_masks_and_flags),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_interfaces),
        cmocka_unit_test(test_table_and_predicates),
        cmocka_unit_test(test_equal_scalars),
        cmocka_unit_test(test_equal_composites),
        cmocka_unit_test(test_equal_interfaces),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
