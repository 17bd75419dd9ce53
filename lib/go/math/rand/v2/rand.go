// Package rand generates pseudo-random numbers for simulations, games
// and tests (Go 1.22's math/rand/v2); the package is not meant for
// producing secrets.
//
// The PCG and ChaCha8 sources are written from their published
// specifications (PCG-DXSM with 128-bit state, as in O'Neill's pcg-cpp and
// NumPy; ChaCha8Rand, https://c2sp.org/chacha8rand) and reproduce the
// published sample outputs; the Rand methods derive their results from
// Uint64 as Go 1.22 documents and its examples show. Go 1.19, the
// toolchain on the development machine, has no math/rand/v2, so these
// were not compared with Go over many seeds: the golden tests check the
// documented example values instead. The top-level functions use a
// ChaCha8 generator seeded from the operating system. Zipf is not
// provided.
package rand

import (
	"math"
	"math/bits"
)

// Source produces uniformly distributed uint64 values.
type Source interface {
	Uint64() uint64
}

// Rand derives numbers of various types and distributions from a Source.
type Rand struct {
	src Source
}

// New returns a Rand drawing on src.
func New(src Source) *Rand { return &Rand{src: src} }

// Int64 returns a random int64 in [0, 1<<63).
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() &^ (1 << 63)) }

// Uint32 returns a random uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Uint64 returns a random uint64.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Int32 returns a random int32 in [0, 1<<31).
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int returns a random non-negative int.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint returns a random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// uint64n returns a uniform value in [0, n) (n > 0) by Lemire's
// multiply-and-reject method: the high word of a 128-bit product, with
// the few biased low words drawn again.
func (r *Rand) uint64n(n uint64) uint64 {
	if n&(n-1) == 0 { // n is a power of two: mask
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int64N returns a random int64 in [0, n); n <= 0 panics.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns a random uint64 in [0, n); n == 0 panics.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// Int32N returns a random int32 in [0, n); n <= 0 panics.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns a random uint32 in [0, n); n == 0 panics.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns a random int in [0, n); n <= 0 panics.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns a random uint in [0, n); n == 0 panics.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns a random float64 in [0, 1), a multiple of 2**-53.
func (r *Rand) Float64() float64 { return float64(r.Uint64()<<11>>11) / (1 << 53) }

// Float32 returns a random float32 in [0, 1), a multiple of 2**-24.
func (r *Rand) Float32() float32 { return float32(r.Uint32()<<8>>8) / (1 << 24) }

// Perm returns the ints 0 to n-1 in a random order.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle puts n elements in a random order (Fisher-Yates from the end)
// by calling swap(i, j) to exchange elements i and j; a negative n
// panics.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// NormFloat64 returns a sample of the standard normal distribution (mean
// 0, standard deviation 1). One Uint64 gives both the sample (low 32 bits)
// and the strip (bits 32-38).
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		j := int32(u) // possibly negative
		i := u >> 32 & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x
		}
		if i == 0 {
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
		u := r.Uint64()
		j := uint32(u)
		i := uint8(u >> 32)
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

// --- top-level functions ---

// globalRand draws from a ChaCha8 generator seeded from the operating
// system.
var globalRand = New(newRandomChaCha8())

func newRandomChaCha8() *ChaCha8 {
	var seed [32]byte
	for i := 0; i < 32; i += 8 {
		x := entropy()
		for k := 0; k < 8; k++ {
			seed[i+k] = byte(x >> (8 * k))
		}
	}
	return NewChaCha8(seed)
}

// entropy returns 64 random bits from the operating system (lib/rand.c).
func entropy() uint64

// Int64 is Rand.Int64 on the top-level generator.
func Int64() int64 { return globalRand.Int64() }

// Uint32 is Rand.Uint32 on the top-level generator.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 is Rand.Uint64 on the top-level generator.
func Uint64() uint64 { return globalRand.Uint64() }

// Int32 is Rand.Int32 on the top-level generator.
func Int32() int32 { return globalRand.Int32() }

// Int is Rand.Int on the top-level generator.
func Int() int { return globalRand.Int() }

// Uint is Rand.Uint on the top-level generator.
func Uint() uint { return globalRand.Uint() }

// Int64N is Rand.Int64N on the top-level generator.
func Int64N(n int64) int64 { return globalRand.Int64N(n) }

// Uint64N is Rand.Uint64N on the top-level generator.
func Uint64N(n uint64) uint64 { return globalRand.Uint64N(n) }

// Int32N is Rand.Int32N on the top-level generator.
func Int32N(n int32) int32 { return globalRand.Int32N(n) }

// Uint32N is Rand.Uint32N on the top-level generator.
func Uint32N(n uint32) uint32 { return globalRand.Uint32N(n) }

// IntN is Rand.IntN on the top-level generator.
func IntN(n int) int { return globalRand.IntN(n) }

// UintN is Rand.UintN on the top-level generator.
func UintN(n uint) uint { return globalRand.UintN(n) }

// N returns a random value in [0, n) of any integer type, from the
// top-level generator; n <= 0 panics.
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(globalRand.uint64n(uint64(n)))
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Float64 is Rand.Float64 on the top-level generator.
func Float64() float64 { return globalRand.Float64() }

// Float32 is Rand.Float32 on the top-level generator.
func Float32() float32 { return globalRand.Float32() }

// Perm is Rand.Perm on the top-level generator.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle is Rand.Shuffle on the top-level generator.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// NormFloat64 is Rand.NormFloat64 on the top-level generator.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 is Rand.ExpFloat64 on the top-level generator.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
