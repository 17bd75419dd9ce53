package math

// Sine, cosine and tangent with Cephes' polynomials (S. L. Moshier's
// Cephes Math Library, sin.c and tan.c), as Go computes them: the argument
// is reduced modulo Pi/4 with Pi/4 split in three parts (exact products),
// then a degree-13 odd or degree-14 even polynomial is evaluated. The
// arithmetic is done in the same order as Go's so that results agree to
// the bit. Arguments of 2**29 and more are reduced with the Payne-Hanek
// method (trigReduce).

var sinCoef = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// Pi/4 in three parts, each with enough trailing zero bits that y*part is
// exact for the y used.
const (
	pi4a = 7.85398125648498535156e-1
	pi4b = 3.77489470793079817668e-8
	pi4c = 2.69515142907905952645e-15
)

// reduceThreshold is the first argument reduced with Payne-Hanek: above it
// y*pi4a is no longer exact.
const reduceThreshold = 1 << 29

// octant returns j (the octant, 0..7, zeros mapped to even octants) and z,
// x reduced to [-Pi/4, Pi/4]. x must be finite and >= 0.
func octant(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return trigReduce(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = ((x - y*pi4a) - y*pi4b) - y*pi4c
	return j, z
}

func sinPoly(z, zz float64) float64 {
	return z + z*zz*((((((sinCoef[0]*zz)+sinCoef[1])*zz+sinCoef[2])*zz+sinCoef[3])*zz+sinCoef[4])*zz+sinCoef[5])
}

func cosPoly(zz float64) float64 {
	return 1.0 - 0.5*zz + zz*zz*((((((cosCoef[0]*zz)+cosCoef[1])*zz+cosCoef[2])*zz+cosCoef[3])*zz+cosCoef[4])*zz+cosCoef[5])
}

// Cos returns the cosine of x, an angle in radians.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	x = Abs(x)
	j, z := octant(x)
	neg := false
	if j > 3 {
		j -= 4
		neg = !neg
	}
	if j > 1 {
		neg = !neg
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sin returns the sine of x, an angle in radians.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	j, z := octant(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if neg {
		y = -y
	}
	return y
}

// Sincos returns both Sin(x) and Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

var tanP = [...]float64{
	-1.30936939181383777646e4,
	1.15351664838587416140e6,
	-1.79565251976484877988e7,
}

var tanQ = [...]float64{
	1.0,
	1.36812963470692954678e4,
	-1.32089234440210967447e6,
	2.50083801823357915839e7,
	-5.38695755929454629881e7,
}

// Tan returns the tangent of x, an angle in radians.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	neg := false
	if x < 0 {
		x = -x
		neg = true
	}
	j, z := octant(x)
	zz := z * z
	var y float64
	if zz > 1e-14 {
		y = z + z*(zz*(((tanP[0]*zz)+tanP[1])*zz+tanP[2])/((((zz+tanQ[1])*zz+tanQ[2])*zz+tanQ[3])*zz+tanQ[4]))
	} else {
		y = z
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		y = -y
	}
	return y
}
