/* math.c - natives of package math.
 *
 * Exactly rounded operations (sqrt, floor, fmod, ldexp, fma, ...) give the
 * same results in C as in Go by definition. The transcendental functions
 * that are natives here call the C library; where its results differ from
 * Go's in the last bit, the function is written in Go instead
 * (lib/go/math), so that programs print the same digits.
 */
#include "lib_int.h"

#include <math.h>
#include <string.h>

#define F1(name, expr)                        \
    static void math_##name(G *g, Slot *args) \
    {                                         \
        UNUSED(g);                            \
        double x = args[0].f;                 \
        args[0].f = (expr);                   \
    }
#define F2(name, expr)                        \
    static void math_##name(G *g, Slot *args) \
    {                                         \
        UNUSED(g);                            \
        double x = args[0].f, y = args[1].f;  \
        args[0].f = (expr);                   \
    }

F1(Sqrt, sqrt(x))
F1(Floor, floor(x))
F1(Ceil, ceil(x))
F1(Trunc, trunc(x))
F2(Mod, fmod(x, y))
F2(Remainder, remainder(x, y))
F1(Gamma, tgamma(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F1(Expm1, expm1(x))
F1(Log1p, log1p(x))
F1(Asinh, asinh(x))
F1(Acosh, acosh(x))
F1(Atanh, atanh(x))

/* Nextafter(x, y float64): Go returns x itself when x == y. */
static void math_Nextafter(G *g, Slot *args)
{
    UNUSED(g);
    double x = args[0].f, y = args[1].f;
    args[0].f = (x == y) ? x : nextafter(x, y);
}

/* Ldexp(frac float64, exp int) */
static void math_Ldexp(G *g, Slot *args)
{
    UNUSED(g);
    int64_t e = args[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    args[0].f = ldexp(args[0].f, (int)e);
}

/* FMA(x, y, z float64) */
static void math_FMA(G *g, Slot *args)
{
    UNUSED(g);
    args[0].f = fma(args[0].f, args[1].f, args[2].f);
}

/* Float32bits(f float32) uint32: the slot holds the float32's value as a
   double. */
static void math_Float32bits(G *g, Slot *args)
{
    UNUSED(g);
    float f = (float)args[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    args[0].u = u;
}

/* Float32frombits(b uint32) float32 */
static void math_Float32frombits(G *g, Slot *args)
{
    UNUSED(g);
    uint32_t u = (uint32_t)args[0].u;
    float f;
    memcpy(&f, &u, 4);
    args[0].f = (double)f;
}

/* Float64bits / Float64frombits: the slot's bits are the answer. */
static void math_Float64bits(G *g, Slot *args) { UNUSED(g); UNUSED(args); }
static void math_Float64frombits(G *g, Slot *args) { UNUSED(g); UNUSED(args); }

const NativeDef lib_math_natives[] = {
    /* sorted by name (strcmp: upper case before lower case) */
    {"math.Acosh", math_Acosh},
    {"math.Asinh", math_Asinh},
    {"math.Atanh", math_Atanh},
    {"math.Ceil", math_Ceil},
    {"math.Erf", math_Erf},
    {"math.Erfc", math_Erfc},
    {"math.Expm1", math_Expm1},
    {"math.FMA", math_FMA},
    {"math.Float32bits", math_Float32bits},
    {"math.Float32frombits", math_Float32frombits},
    {"math.Float64bits", math_Float64bits},
    {"math.Float64frombits", math_Float64frombits},
    {"math.Floor", math_Floor},
    {"math.Gamma", math_Gamma},
    {"math.Ldexp", math_Ldexp},
    {"math.Log1p", math_Log1p},
    {"math.Mod", math_Mod},
    {"math.Nextafter", math_Nextafter},
    {"math.Remainder", math_Remainder},
    {"math.Sqrt", math_Sqrt},
    {"math.Trunc", math_Trunc},
};
const int lib_math_nnatives = ARRAY_LEN(lib_math_natives);
