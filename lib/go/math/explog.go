package math

// Exponentials, logarithms, powers and roots, computed as Go computes them
// so that results agree to the bit:
//   - Exp: Go's amd64 assembly method (see Exp);
//   - Exp2: reduction to r = x - k*ln2 (with ln2 split in two parts)
//     and the Remez polynomial of FreeBSD's e_exp.c (expmulti);
//   - Log: FreeBSD's e_log.c (f = m-1, s = f/(2+f), a polynomial in s*s);
//   - Pow: Go's own algorithm (integer part of y by repeated squaring of
//     Frexp's mantissa, fractional part through Exp(yf*Log(x)));
//   - Cbrt: FreeBSD's s_cbrt.c (bit trick, rational step, Newton step);
//   - Sinh, Cosh (Hart & Cheney #2029), Tanh (Cephes);
//   - Hypot: scaling by the larger argument.

const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
	log2e = 1.44269504088896338700e+00
)

// Exp returns e**x.
//
// On amd64, Go computes Exp with an assembly routine (after N. Shibata's
// SLEEF method) rather than with expmulti, and this repeats it: k is
// x*log2(e) rounded to an int32; r = x - k*ln2 with ln2 in two parts;
// r/16 goes through a degree-8 Taylor polynomial for e**r - 1, which is
// then squared four times ((1+y)**2 - 1 = y*(y+2)); finally 1 + y is
// scaled by 2**k. The steps are fused multiply-adds where Go's code uses
// them on CPUs with FMA (all current amd64 ones; older CPUs get other
// last bits from Go itself).
func Exp(x float64) float64 {
	const (
		ln2U     = 0.69314718055966295651160180568695068359375
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12
		log2E    = 1.4426950408889634073599246810018920
		overflow = 7.09782712893384e+02
	)
	b := Float64bits(x)
	if b&^signMask >= uvinf {
		if b == uvneginf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	t := log2E * x
	var k int64
	if t >= -2147483648.0 && t < 2147483648.0 {
		k = int64(RoundToEven(t)) // the conversion rounds to nearest
	} else {
		k = -2147483648 // the conversion's "integer indefinite" result
	}
	kf := float64(k)
	r := FMA(-kf, ln2U, x)
	r = FMA(-kf, ln2L, r)
	r *= 0.0625
	p := 2.4801587301587301587e-5
	p = FMA(p, r, 1.9841269841269841270e-4)
	p = FMA(p, r, 1.3888888888888888889e-3)
	p = FMA(p, r, 8.3333333333333333333e-3)
	p = FMA(p, r, 4.1666666666666666667e-2)
	p = FMA(p, r, 1.6666666666666666667e-1)
	p = FMA(p, r, 0.5)
	p = FMA(p, r, 1.0)
	y := r * p
	y = y * (y + 2.0)
	y = y * (y + 2.0)
	y = y * (y + 2.0)
	y = FMA(y, y+2.0, 1.0)
	e := k + bias
	if e > 0 {
		if e >= 0x7FF {
			return Inf(1)
		}
		return y * Float64frombits(uint64(e)<<shift)
	}
	if e < -52 {
		return 0
	}
	y *= Float64frombits(uint64(e+bias-1) << shift)
	return y * Float64frombits(1<<shift)
}

// Exp2 returns 2**x.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	var k int
	switch {
	case x > 0:
		k = int(x + 0.5)
	case x < 0:
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti computes e**(hi-lo) × 2**k, for |hi-lo| at most ln(2)/2.
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	c := r - t*(p1+t*(p2+t*(p3+t*(p4+t*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Log returns ln x (NaN for x < 0, -Inf for 0).
func Log(x float64) float64 {
	const (
		l1 = 6.666666666666735130e-01
		l2 = 3.999999999940941908e-01
		l3 = 2.857142874366239149e-01
		l4 = 2.222219843214978396e-01
		l5 = 1.818357216161805012e-01
		l6 = 1.531383769920937332e-01
		l7 = 1.479819860511658591e-01
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	var f1 float64
	var ki int
	if b := Float64bits(x); b>>shift&mask == 0 {
		// Subnormal: Go's amd64 Log reads the exponent field as is (it
		// does not normalize), and so does this, to print the same.
		f1 = Float64frombits(b&^(mask<<shift) | (bias-1)<<shift)
		ki = -1022
	} else {
		f1, ki = Frexp(x)
	}
	if f1 < Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the base-10 logarithm of x.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the base-2 logarithm of x.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	// Exact powers of two give exact answers.
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

func isOddInt(x float64) bool {
	if Abs(x) >= (1 << 53) {
		return false
	}
	xi, xf := Modf(x)
	return xf == 0 && int64(xi)&1 == 1
}

// Pow returns x raised to the power y, with the special cases C99's pow
// has (for example Pow(x, 0) = 1 for any x, and a negative x with a
// non-integer y gives NaN).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		switch {
		case y < 0:
			if Signbit(x) && isOddInt(y) {
				return Inf(-1)
			}
			return Inf(1)
		case y > 0:
			if Signbit(x) && isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == IsInf(y, 1):
			return 0
		default:
			return Inf(1)
		}
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // Pow(-0, -y)
		}
		switch {
		case y < 0:
			return 0
		case y > 0:
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// A huge even integer exponent: overflow or underflow.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		default:
			return Inf(1)
		}
	}
	// The result is kept as a1 × 2**ae.
	a1 := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a1 = Exp(yf * Log(x))
	}
	x1, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent is far out of range already: Ldexp will
			// saturate.
			ae += xe
			break
		}
		if i&1 == 1 {
			a1 *= x1
			ae += xe
		}
		x1 *= x1
		xe <<= 1
		if x1 < .5 {
			x1 += x1
			xe--
		}
	}
	if y < 0 {
		a1 = 1 / a1
		ae = -ae
	}
	return Ldexp(a1, ae)
}

// Cbrt returns ∛x (negative for negative x).
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163
		b2             = 696219795
		c              = 5.42857142857142815906e-01
		d              = -7.05306122448979611050e-01
		e              = 1.41428571428571436819e+00
		f              = 1.60714285714285720630e+00
		g              = 3.57142857142857150787e-01
		smallestNormal = 2.22507385850720138309e-308
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	// First guess, good to about 5 bits, from the exponent bits.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal {
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	// A rational correction brings it to about 23 bits.
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Round it up to 22 significant bits, so that t*t is exact.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	// A Newton step gives full precision.
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		t = -t
	}
	return t
}

// Sinh returns sinh x.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489000e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	var t float64
	switch {
	case x > 21:
		t = Exp(x) * 0.5
	case x > 0.5:
		ex := Exp(x)
		t = (ex - 1/ex) * 0.5
	default:
		sq := x * x
		t = (((p3*sq+p2)*sq+p1)*sq + p0) * x
		t = t / (((sq+q2)*sq+q1)*sq + q0)
	}
	if neg {
		t = -t
	}
	return t
}

// Cosh returns cosh x.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	ex := Exp(x)
	return (ex + 1/ex) * 0.5
}

// Tanh returns tanh x.
func Tanh(x float64) float64 {
	const maxlog = 8.8029691931113054295988e+01 // log(2**127)
	const (
		p0 = -9.64399179425052238628e-1
		p1 = -9.92877231001918586564e1
		p2 = -1.61468768441708447952e3
		q0 = 1.12811678491632931402e2
		q1 = 2.23548839060100448583e3
		q2 = 4.84406305325125486048e3
	)
	z := Abs(x)
	switch {
	case z > 0.5*maxlog:
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
	default:
		if x == 0 {
			return x
		}
		s := x * x
		z = x + x*s*((p0*s+p1)*s+p2)/(((s+q0)*s+q1)*s+q2)
	}
	return z
}

// Hypot returns √(p² + q²) without overflowing or underflowing in the
// squares; an infinite argument gives +Inf even beside a NaN.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
