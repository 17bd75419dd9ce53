package math

// Transcendental functions implemented as natives over the C library
// (lib/math.c). lib/gen/mathcheck compares them with Go's results.

// Exp returns e**x, the base-e exponential of x.
func Exp(x float64) float64

// Exp2 returns 2**x, the base-2 exponential of x.
func Exp2(x float64) float64

// Expm1 returns e**x - 1, the base-e exponential of x minus 1.
func Expm1(x float64) float64

// Log returns the natural logarithm of x.
func Log(x float64) float64

// Log1p returns the natural logarithm of 1 plus its argument x.
func Log1p(x float64) float64

// Pow returns x**y, the base-x exponential of y.
func Pow(x, y float64) float64

// Sin returns the sine of the radian argument x.
func Sin(x float64) float64

// Cos returns the cosine of the radian argument x.
func Cos(x float64) float64

// Tan returns the tangent of the radian argument x.
func Tan(x float64) float64

// Asin returns the arcsine, in radians, of x.
func Asin(x float64) float64

// Acos returns the arccosine, in radians, of x.
func Acos(x float64) float64

// Atan returns the arctangent, in radians, of x.
func Atan(x float64) float64

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
func Atan2(y, x float64) float64

// Sinh returns the hyperbolic sine of x.
func Sinh(x float64) float64

// Cosh returns the hyperbolic cosine of x.
func Cosh(x float64) float64

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float64) float64

// Asinh returns the inverse hyperbolic sine of x.
func Asinh(x float64) float64

// Acosh returns the inverse hyperbolic cosine of x.
func Acosh(x float64) float64

// Atanh returns the inverse hyperbolic tangent of x.
func Atanh(x float64) float64

// Cbrt returns the cube root of x.
func Cbrt(x float64) float64

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow
// and underflow.
func Hypot(p, q float64) float64

// Log10 returns the decimal logarithm of x.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	// Make sure exact powers of two give an exact answer.
	// Don't depend on Log(0.5)*(1/Ln2)+exp being exactly exp-1.
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}
