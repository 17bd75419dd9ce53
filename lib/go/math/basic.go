package math

// Natives (lib/math.c) for the exactly rounded operations: the C library
// computes the same results as Go for these by definition.

// Sqrt returns √x (NaN for x < 0; -0 for -0).
func Sqrt(x float64) float64

// Floor rounds x down to an integer.
func Floor(x float64) float64

// Ceil rounds x up to an integer.
func Ceil(x float64) float64

// Trunc rounds x toward zero to an integer.
func Trunc(x float64) float64

// Mod returns x - n*y for the integer n that x/y truncates to: a value
// with x's sign and a magnitude below |y|.
func Mod(x, y float64) float64

// Remainder returns x - n*y for the integer n nearest to x/y (ties to
// even), as IEEE 754 defines the remainder.
func Remainder(x, y float64) float64

// Ldexp returns frac × 2**exp, undoing Frexp.
func Ldexp(frac float64, exp int) float64

// FMA returns x*y + z rounded once, as if computed exactly first.
func FMA(x, y, z float64) float64

// Nextafter returns the float64 adjacent to x in the direction of y (x
// itself when x == y, NaN if either is NaN).
func Nextafter(x, y float64) (r float64)

// Frexp splits f into frac × 2**exp with ½ <= |frac| < 1. Zeros,
// infinities and NaN come back unchanged as frac, with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0:
		return f, 0 // keeps the sign of -0
	case IsInf(f, 0) || IsNaN(f):
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift
	frac = Float64frombits(x)
	return
}

// Modf splits f into its integer part and its fraction, both with f's
// sign.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // -0 gives -0, -0
		}
		return 0, f
	}
	int = Trunc(f)
	frac = f - int
	if IsInf(f, 0) {
		frac = NaN()
	}
	return
}

// Round rounds x to an integer, halfway cases away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven rounds x to an integer, halfway cases to the even one.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || (d == 0.5 && Mod(t, 2) != 0) {
		return t + Copysign(1, x)
	}
	return t
}

// Nextafter32 is Nextafter for float32.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}

// Max returns the greater of x and y. A +Inf argument wins even over a
// NaN; otherwise a NaN argument gives NaN; +0 counts as greater than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the lesser of x and y. A -Inf argument wins even over a
// NaN; otherwise a NaN argument gives NaN; -0 counts as less than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns x-y when that is positive and 0 otherwise (NaN stays NaN).
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Ilogb returns the exponent e of x = m × 2**e with 1 <= |m| < 2, as an
// int: MinInt32 for 0 and MaxInt32 for infinities and NaN.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	x, exp := normalize(x)
	return int((Float64bits(x)>>shift)&mask) - bias + exp
}

// Logb is Ilogb as a float64, with -Inf for 0, +Inf for infinities and
// NaN for NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	x, exp := normalize(x)
	return float64(int((Float64bits(x)>>shift)&mask) - bias + exp)
}

var pow10tab = [...]float64{
	1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
	1e30, 1e31,
}

var pow10postab32 = [...]float64{
	1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
}

var pow10negtab32 = [...]float64{
	1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
}

// Pow10 returns 10**n: 0 when n < -323 and +Inf when n > 308.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10postab32[uint(n)/32] * pow10tab[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negtab32[uint(-n)/32] / pow10tab[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

// Gamma, Erf and friends: natives over the C library.

// Gamma returns Γ(x).
func Gamma(x float64) float64

// Erf returns erf(x).
func Erf(x float64) float64

// Erfc returns 1 - erf(x), accurate also where that is tiny.
func Erfc(x float64) float64
