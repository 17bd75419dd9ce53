package math

// Transcendental functions still implemented as natives over the C library
// (lib/math.c). tests/libgo/mathcheck compares them with Go's results.

// Expm1 returns e**x - 1, accurate also for x near 0.
func Expm1(x float64) float64

// Log1p returns ln(1 + x), accurate also for x near 0.
func Log1p(x float64) float64

// Asinh returns arsinh x.
func Asinh(x float64) float64

// Acosh returns arcosh x (NaN for x < 1).
func Acosh(x float64) float64

// Atanh returns artanh x (±Inf at ±1, NaN beyond).
func Atanh(x float64) float64
