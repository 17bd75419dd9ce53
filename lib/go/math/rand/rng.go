package rand

// rngSource is Go's math/rand source: an additive lagged Fibonacci
// generator, x[n] = x[n-607] + x[n-273] mod 2^64, over a ring of 607
// words. Seeding fills the ring from the Park-Miller generator seedrand
// XORed with the constants rngCooked (lib/gen/rng_cooked.go recovers
// them from Go's outputs), so seeded sequences are Go's.

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

type rngSource struct {
	tap  int           // where x[n-273] is read
	feed int           // where x[n-607] is read and x[n] stored
	vec  [rngLen]int64 // the ring of the last 607 values
}

// seedrand returns 48271 * x mod (2^31 - 1), computed without overflow
// (Schrage's method).
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488 // (2^31 - 1) / a
		r = 3399  // (2^31 - 1) % a
	)
	hi := x / q
	lo := x % q
	x = a*lo - r*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed resets the ring to the state that seed determines.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed %= int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	// 20 warm-up steps, then three steps per word.
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			rng.vec[i] = u ^ rngCooked[i]
		}
	}
}

// Uint64 advances the generator one step and returns the new word.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}

// Int63 is Uint64 without its top bit.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }
