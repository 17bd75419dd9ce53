/* strconv.c - natives of package strconv.
 *
 * Float conversion is the runtime's (runtime/fltfmt.h), which behaves byte
 * for byte like Go's strconv; everything else in strconv is Go code
 * (lib/go/strconv).
 */
#include "lib_int.h"

#include "runtime/fltfmt.h"

/* formatFloat(f float64, fmt byte, prec, bitSize int) string */
static void strconv_formatFloat(G *g, Slot *args)
{
    StrBuf b;
    sb_init(&b);
    flt_format(&b, args[0].f, (char)args[1].u, (int)args[2].i, (int)args[3].i);
    GoString s = lib_make_string(g, b.data ? b.data : "", b.len);
    sb_free(&b);
    args[0].p = (void *)s.ptr;
    args[1].i = s.len;
}

/* parseFloat(s string, bitSize int) (f float64, status int) */
static void strconv_parseFloat(G *g, Slot *args)
{
    UNUSED(g);
    const char *s = args[0].p;
    size_t n = (size_t)args[1].i;
    double f = 0;
    int st = flt_parse(n ? s : "", n, (int)args[2].i, &f);
    args[0].f = f;
    args[1].i = st;
}

const NativeDef lib_strconv_natives[] = {
    /* sorted by name (strcmp) */
    {"strconv.formatFloat", strconv_formatFloat},
    {"strconv.parseFloat", strconv_parseFloat},
};
const int lib_strconv_nnatives = ARRAY_LEN(lib_strconv_natives);
