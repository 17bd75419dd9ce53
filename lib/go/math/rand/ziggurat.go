package rand

import "math"

// NormFloat64 and ExpFloat64 use the ziggurat method of G. Marsaglia and
// W. W. Tsang, "The Ziggurat Method for Generating Random Variables",
// Journal of Statistical Software 5(8), 2000, with 128 strips for the
// normal and 256 for the exponential distribution. The strip tables are
// computed at initialisation by the paper's zigset procedure (in float64,
// stored as uint32 and float32 as Go's tables are), and the sampling
// steps are Go's, so seeded sequences match Go's.

const (
	rn = 3.442619855899      // start of the normal tail
	re = 7.69711747013104972 // start of the exponential tail
)

var (
	kn [128]uint32
	wn [128]float32
	fn [128]float32
	ke [256]uint32
	we [256]float32
	fe [256]float32
)

func init() {
	const m1 = 2147483648.0
	const m2 = 4294967296.0
	dn, tn, vn := 3.442619855899, 3.442619855899, 9.91256303526217e-3
	q := vn / math.Exp(-.5*dn*dn)
	kn[0] = uint32((dn / q) * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1
	fn[127] = float32(math.Exp(-.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		fn[i] = float32(math.Exp(-.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}

	de, te, ve := 7.697117470131487, 7.697117470131487, 3.949659822581572e-3
	q = ve / math.Exp(-de)
	ke[0] = uint32((de / q) * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32((de / te) * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a sample of the standard normal distribution (mean
// 0, standard deviation 1); scale and shift it for others.
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // possibly negative
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			// Inside the strip's rectangle: almost always.
			return x
		}
		if i == 0 {
			// The tail, beyond rn: Marsaglia's tail method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns a positive sample of the exponential distribution
// with rate 1 (mean 1); divide it by the rate wanted for others.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
