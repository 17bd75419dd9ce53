package math

// Inverse trigonometric functions with Cephes' rational approximation of
// atan (atan.c): the argument is reduced to [0, 0.66] using
// atan(x) = Pi/2 - atan(1/x) and atan(x) = Pi/4 + atan((x-1)/(x+1)), with
// the lost low bits of Pi/2 added back (morebits). Asin and Acos go
// through atan and Sqrt. Same operation order as Go's.

// xatan evaluates atan(x) for x in [0, 0.66].
func xatan(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	z = z * ((((p0*z+p1)*z+p2)*z+p3)*z + p4) / (((((z+q0)*z+q1)*z+q2)*z+q3)*z + q4)
	z = x*z + x
	return z
}

// satan reduces x >= 0 to [0, 0.66] and calls xatan.
func satan(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // what float64(Pi/2) lacks of Pi/2
		tan3pio8 = 2.41421356237309504880      // the tangent of 3*Pi/8
	)
	if x <= 0.66 {
		return xatan(x)
	}
	if x > tan3pio8 {
		return Pi/2 - xatan(1/x) + morebits
	}
	return Pi/4 + xatan((x-1)/(x+1)) + 0.5*morebits
}

// Atan returns the angle in radians, in [-Pi/2, Pi/2], whose tangent is x.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return satan(x)
	}
	return -satan(-x)
}

// Asin returns the angle in radians, in [-Pi/2, Pi/2], whose sine is x
// (NaN when |x| > 1).
func Asin(x float64) float64 {
	if x == 0 {
		return x // ±0
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	if x > 1 {
		return NaN()
	}
	t := Sqrt(1 - x*x)
	if x > 0.7 {
		t = Pi/2 - satan(t/x)
	} else {
		t = satan(x / t)
	}
	if neg {
		t = -t
	}
	return t
}

// Acos returns the angle in radians, in [0, Pi], whose cosine is x (NaN
// when |x| > 1).
func Acos(x float64) float64 {
	return Pi/2 - Asin(x)
}

// Atan2 returns the angle in radians, in [-Pi, Pi], of the point (x, y)
// seen from the origin: the arctangent of y/x placed in the quadrant the
// two signs select.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}
