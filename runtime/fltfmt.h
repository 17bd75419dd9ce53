/* fltfmt.h - Go's conversions between numbers and text.
 *
 * The functions behave byte for byte like Go's strconv.FormatFloat,
 * strconv.ParseFloat, strconv.FormatInt/FormatUint and like the runtime's
 * built-in print/println of floats. They hold no state except tables that
 * are built once (thread-safely) on first use; every function may be called
 * from any thread. Output is appended to a StrBuf.
 *
 * The process must run in the default floating-point rounding mode
 * (round to nearest even), as Go's programs do.
 */
#ifndef GOVM_FLTFMT_H
#define GOVM_FLTFMT_H

#include "../vm/util.h"

/* strconv.FormatFloat(v, fmt, prec, bitsize). fmt is one of
   'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X' (anything else appends '%' and fmt, as
   Go does); prec < 0 asks for the fewest digits that read back as the same
   value (for bitsize 32: the same float32). bitsize 32 first rounds v to
   float32. NaN, +Inf and -Inf are spelled "NaN" "+Inf" "-Inf". */
void flt_format(StrBuf *b, double v, char fmt, int prec, int bitsize);

/* The runtime's print/println of a float: "+1.500000e+000", "NaN",
   "+Inf", "-Inf". Go computes these 7 digits with its own float arithmetic
   (not correctly rounded); this repeats that arithmetic exactly. float32
   values are printed after conversion to float64, as Go does. */
void flt_print_runtime(StrBuf *b, double v);
/* print of a complex number: "(+1.000000e+000+2.000000e+000i)". */
void flt_print_runtime_complex(StrBuf *b, double re, double im);

/* strconv.ParseFloat(s[0..n), bitsize). Returns FLT_OK, FLT_SYNTAX (then
   *out = 0) or FLT_RANGE (the value overflows: *out = +Inf or -Inf).
   Underflow to zero or to a subnormal is not an error, as in Go. For
   bitsize 32 the result is the correctly rounded float32, widened. */
enum { FLT_OK = 0, FLT_SYNTAX = 1, FLT_RANGE = 2 };
int flt_parse(const char *s, size_t n, int bitsize, double *out);

/* strconv.FormatInt / FormatUint: base 2..36, lowercase letters. */
void flt_format_int(StrBuf *b, int64_t v, int base);
void flt_format_uint(StrBuf *b, uint64_t v, int base);

#endif
