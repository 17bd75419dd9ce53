package math

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	uvone    = 0x3FF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Inf returns +Inf when sign >= 0 and -Inf when sign < 0.
func Inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = uvinf
	} else {
		v = uvneginf
	}
	return Float64frombits(v)
}

// NaN returns a NaN.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is a NaN.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// (sign == 0).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// normalize scales a subnormal x up to a normal y, returning y and the
// exponent exp with x == y × 2**exp (exp 0 when x is normal already). x
// must be finite and non-zero.
func normalize(x float64) (y float64, exp int) {
	const SmallestNormal = 2.2250738585072014e-308 // 2**-1022
	if Abs(x) < SmallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Signbit reports whether x's sign bit is set (x < 0, or -0).
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}

// Copysign returns |f| with the sign bit of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Abs returns |x|.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Float32bits returns the IEEE 754 bit pattern of f.
func Float32bits(f float32) uint32

// Float32frombits returns the float32 whose IEEE 754 bit pattern is b.
func Float32frombits(b uint32) float32

// Float64bits returns the IEEE 754 bit pattern of f.
func Float64bits(f float64) uint64

// Float64frombits returns the float64 whose IEEE 754 bit pattern is b.
func Float64frombits(b uint64) float64
