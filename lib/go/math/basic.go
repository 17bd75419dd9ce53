package math

// Natives (lib/math.c) for the exactly rounded operations: the C library
// computes the same results as Go for these by definition.

// Sqrt returns the square root of x.
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc returns the integer value of x.
func Trunc(x float64) float64

// Mod returns the floating-point remainder of x/y. The magnitude of the
// result is less than y and its sign agrees with that of x.
func Mod(x, y float64) float64

// Remainder returns the IEEE 754 floating-point remainder of x/y.
func Remainder(x, y float64) float64

// Ldexp is the inverse of Frexp. It returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64)

// Frexp breaks f into a normalized fraction and an integral power of two.
// It returns frac and exp satisfying f == frac × 2**exp, with the absolute
// value of frac in the interval [½, 1).
func Frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0:
		return f, 0 // correctly return -0
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

// Modf returns integer and fractional floating-point numbers that sum to f.
// Both values have the same sign as f.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // Return -0, -0 when f == -0
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

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || (d == 0.5 && Mod(t, 2) != 0) {
		return t + Copysign(1, x)
	}
	return t
}

// Nextafter32 returns the next representable float32 value after x towards
// y.
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

// Max returns the larger of x or y. Max(x, +Inf) = Max(+Inf, x) = +Inf;
// Max(x, NaN) = Max(NaN, x) = NaN; Max(+0, ±0) = Max(±0, +0) = +0;
// Max(-0, -0) = -0.
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

// Min returns the smaller of x or y. Min(x, -Inf) = Min(-Inf, x) = -Inf;
// Min(x, NaN) = Min(NaN, x) = NaN; Min(-0, ±0) = Min(±0, -0) = -0.
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

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Ilogb returns the binary exponent of x as an integer.
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

// Logb returns the binary exponent of x.
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

// Pow10 returns 10**n, the base-10 exponential of n. Pow10(n) = 0 for
// n < -323 and +Inf for n > 308.
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

// Gamma returns the Gamma function of x.
func Gamma(x float64) float64

// Erf returns the error function of x.
func Erf(x float64) float64

// Erfc returns the complementary error function of x.
func Erfc(x float64) float64
