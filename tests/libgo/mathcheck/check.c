/* check.c: the C library's results for the math checker (one line per
   function and input: name, input bits, result bits). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static double d(uint64_t u) { double x; memcpy(&x, &u, 8); return x; }
static uint64_t u(double x) { uint64_t r; memcpy(&r, &x, 8); return r; }

#define F1(n, e) printf("%s %016llx %016llx\n", n, (unsigned long long)u(x), (unsigned long long)u(e))

int main(void)
{
    unsigned long long in;
    while (scanf("%llx", &in) == 1) {
        double x = d(in);
        F1("Exp", exp(x)); F1("Exp2", exp2(x)); F1("Expm1", expm1(x)); F1("Log", log(x));
        F1("Log2", log2(x)); F1("Log10", log10(x)); F1("Log1p", log1p(x));
        F1("Sin", sin(x)); F1("Cos", cos(x)); F1("Tan", tan(x)); F1("Asin", asin(x));
        F1("Acos", acos(x)); F1("Atan", atan(x)); F1("Sinh", sinh(x)); F1("Cosh", cosh(x));
        F1("Tanh", tanh(x)); F1("Asinh", asinh(x)); F1("Acosh", acosh(x)); F1("Atanh", atanh(x));
        F1("Cbrt", cbrt(x)); F1("Sqrt", sqrt(x)); F1("Pow2", pow(x, 2.5)); F1("PowX", pow(2.5, x));
        F1("Pow3", pow(x, 3)); F1("Atan2", atan2(x, 1.5)); F1("Hypot", hypot(x, 3));
        F1("Gamma", tgamma(x)); F1("Erf", erf(x)); F1("Mod", fmod(x, 1.7));
    }
    return 0;
}
