/* const.h - exact constant values for the checker (Go spec: Constants).
 *
 * Untyped and typed constants are evaluated exactly, as the spec requires:
 * integers are arbitrary-precision (GMP mpz), floating-point constants are
 * exact rationals (GMP mpq), complex constants a pair of rationals. Values
 * are immutable once made; a ConstPool owns them and frees them all at once.
 *
 * Kinds follow the spec's constant kinds. Operations take operands of the
 * same kind (the checker converts first with const_to_kind). Shifts whose
 * result needs more than 512 bits return NULL ("constant shift overflow",
 * as types2); float literals with exponents beyond 1e+-300000 (0x1p+-1000000)
 * are rejected by const_from_literal; arithmetic results with components
 * beyond 2^20 bits become CK_UNKNOWN (a guard, not a language limit).
 */
#ifndef GOVM_CONST_H
#define GOVM_CONST_H

#include <gmp.h>

#include "lex.h"

typedef enum ConstKind {
    CK_UNKNOWN = 0, /* result of an erroneous operation */
    CK_BOOL,
    CK_STRING,
    CK_INT,
    CK_FLOAT,
    CK_COMPLEX,
} ConstKind;

typedef struct Const Const;
struct Const {
    ConstKind kind;
    bool b;            /* CK_BOOL */
    const char *s;     /* CK_STRING: bytes (may contain NUL), slen long */
    size_t slen;
    mpz_t i;           /* CK_INT */
    mpq_t re, im;      /* CK_FLOAT: re; CK_COMPLEX: re + im*i */
    uint8_t parts;     /* which of i, re, im are initialised (const.c: PART_*) */
    Const *next_owned; /* ConstPool bookkeeping */
};

typedef struct ConstPool {
    Arena arena;
    Const *owned; /* values with GMP storage to clear */
} ConstPool;

void constpool_init(ConstPool *cp);
void constpool_free(ConstPool *cp);

/* ---- making constants -------------------------------------------------- */

/* From a literal token (T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING) as written
   in the source (the lexer has validated its syntax; escapes are decoded
   here). Returns NULL and sets *err for malformed input. */
Const *const_from_literal(ConstPool *cp, TokenKind tok, const char *text, int len, const char **err);
Const *const_bool(ConstPool *cp, bool b);
Const *const_string(ConstPool *cp, const char *s, size_t n);
Const *const_int64(ConstPool *cp, int64_t v);
Const *const_uint64(ConstPool *cp, uint64_t v);
Const *const_float64(ConstPool *cp, double v); /* exact value of v (finite) */
Const *const_unknown(ConstPool *cp);

/* ---- operations -------------------------------------------------------- */

/* Converts x to kind k (CK_INT -> CK_FLOAT -> CK_COMPLEX widening; narrowing
   only when exact: float 2.0 -> int 2, complex (1+0i) -> float 1). Returns
   NULL when not exactly possible (1.5 -> int, (1+1i) -> float). */
Const *const_to_kind(ConstPool *cp, const Const *x, ConstKind k);

/* x op y for op in + - * / % & | ^ &^ (tokens T_ADD...T_AND_NOT), && ||,
   on operands of one kind. intdiv selects truncated integer division for /
   on CK_INT (the checker sets it for integer operands; else / on CK_INT
   operands is exact division producing CK_FLOAT). Division by zero returns
   NULL (the checker reports "invalid operation: division by zero"). */
Const *const_binary(ConstPool *cp, TokenKind op, const Const *x, const Const *y, bool intdiv);

/* x << s / x >> s for CK_INT x and a non-negative shift count s. Returns
   NULL (error) if the result would need more than 512 bits, types2's
   limit for untyped integers ("constant shift overflow"). x >> s rounds
   toward negative infinity. */
Const *const_shift(ConstPool *cp, TokenKind op, const Const *x, uint64_t s);

/* op x for op in + - ^ !. For ^ on a typed unsigned constant pass the
   type's size in bits (the complement is taken within that width, as
   the spec says); 0 means signed/untyped: ^x == -x-1. */
Const *const_unary(ConstPool *cp, TokenKind op, const Const *x, int unsigned_bits);

/* x op y for == != < <= > >= (same kind). */
bool const_compare(TokenKind op, const Const *x, const Const *y);

/* ---- representability (Go spec: Representability) ----------------------- */

typedef enum ConstTarget {
    CT_INT8, CT_INT16, CT_INT32, CT_INT64,
    CT_UINT8, CT_UINT16, CT_UINT32, CT_UINT64,
    CT_FLOAT32, CT_FLOAT64, CT_COMPLEX64, CT_COMPLEX128,
} ConstTarget;

/* Whether x can be represented by a value of the target type. For float
   targets the value is rounded (to nearest even) and must not overflow to
   infinity; *rounded (if non-NULL) receives the rounded constant (so that
   typed float constants hold exactly their float32/float64 value).
   Integer targets need an exact integer value in range (a float constant
   with integral value such as 2.0 is accepted and *rounded is CK_INT).
   *truncated is set when an int target rejects a CK_FLOAT or CK_COMPLEX x
   for any reason (types2 says "truncated" for 1.5, 1e100 and -1.0 as uint
   alike; "overflows" only for integer constants and non-integer targets). */
bool const_representable(ConstPool *cp, const Const *x, ConstTarget t, Const **rounded, bool *truncated);

/* ---- extracting values -------------------------------------------------- */

bool const_is_int64(const Const *x);  /* CK_INT within int64 range */
bool const_is_uint64(const Const *x); /* CK_INT within uint64 range */
int64_t const_get_int64(const Const *x);   /* low 64 bits (two's complement) */
uint64_t const_get_uint64(const Const *x); /* low 64 bits */
double const_get_float64(const Const *x);  /* correctly rounded; int/float/real part */
float const_get_float32(const Const *x);   /* correctly rounded (directly, not via double) */
double const_get_imag64(const Const *x);   /* imaginary part, correctly rounded */
int const_sign(const Const *x);            /* -1 0 1 of an int or float (complex: 0 only for 0+0i) */
/* Bit length of |x| for CK_INT (0 for 0 and other kinds), as go/constant's
   BitLen: types2 reports "constant <op> overflow" when an untyped integer
   result needs more than 512 bits. */
size_t const_int_bits(const Const *x);

/* ---- printing ------------------------------------------------------------ */

/* Go's (types2) spelling of a constant value in messages, as go/constant's
   String: 42 (integers in full, however long), -1.5, 1e+100 (%.6g), (1 + 2i),
   "text" (strconv.Quote, cut to 69 runes + "..." beyond 72), true,
   unknown. */
void const_print(StrBuf *b, const Const *x);

#endif
