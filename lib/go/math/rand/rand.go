// Package rand generates pseudo-random numbers for simulations, games
// and tests. They are predictable: never use them for secrets.
//
// Seeded generators (rand.New(rand.NewSource(seed)), or the top-level
// functions after rand.Seed(seed)) produce Go's sequences: the same
// source (rng.go) and the same derivations (Intn, Float64, Perm,
// Shuffle, NormFloat64, ...), checked against Go for many seeds by
// tests/libgo/cmp/rand.go. As in Go 1.20 and later, the top-level
// functions are randomly seeded unless Seed is called. Zipf is not
// provided.
package rand

// Source produces uniformly distributed int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// Source64 is a Source that can also produce full 64-bit values.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns Go's standard Source, seeded with seed. It is not
// safe for concurrent use.
func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// Rand derives numbers of various types and distributions from a Source.
type Rand struct {
	src Source
	s64 Source64 // src as a Source64, when it is one

	// Read's state: the bytes of readVal not yet handed out (readPos
	// of them), as Go keeps them.
	readVal int64
	readPos int8
}

// New returns a Rand drawing on src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds r's Source, making the sequence that follows reproducible.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a random int64 in [0, 1<<63).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a random uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a random uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a random int32 in [0, 1<<31).
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a random non-negative int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1) // drop the top bit: non-negative as an int
}

// Int63n returns a random int64 in [0, n); n <= 0 panics.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 { // a power of two: masking suffices
		return r.Int63() & (n - 1)
	}
	// Reject values in the incomplete last block.
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a random int32 in [0, n); n <= 0 panics.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n returns a random int32 in [0, n) by Lemire's multiply-and-reject
// method (https://lemire.me/blog/2016/06/30/fast-random-shuffling). Only Shuffle
// uses it: Int31n keeps the older method for the sake of reproducible
// sequences.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns a random int in [0, n); n <= 0 panics.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a random float64 in [0, 1).
func (r *Rand) Float64() float64 {
	for {
		// A value rounding to 1 is drawn again.
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 returns a random float32 in [0, 1).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns the ints 0 to n-1 in a random order.
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	// An "inside-out" Fisher-Yates shuffle, drawing with Intn as Go does.
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle puts n elements in a random order by calling swap(i, j) to
// exchange elements i and j; a negative n panics.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	// Fisher-Yates from the end; indexes beyond 2^31 use Int63n.
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read fills p with random bytes and returns len(p), nil. Each Int63
// gives seven bytes, low byte first.
func (r *Rand) Read(p []byte) (n int, err error) {
	pos := r.readPos
	val := r.readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readPos = pos
	r.readVal = val
	return
}

// --- top-level functions ---

// globalRand is the generator of the top-level functions: seeded at
// random (Go 1.20 behaviour) until Seed is called.
var globalRand = New(NewSource(randomSeed()))

// randomSeed returns 63 random bits from the operating system.
func randomSeed() int64 { return int64(entropy() >> 1) }

// Seed reseeds the generator behind the top-level functions, making what
// follows reproducible. Seeds congruent modulo 2³¹-1 give the same
// sequence.
//
// Deprecated: the top-level generator is already seeded at random; for a
// reproducible sequence use a generator of your own,
// New(NewSource(seed)).
func Seed(seed int64) { globalRand.Seed(seed) }

// Int63 is Rand.Int63 on the top-level generator.
func Int63() int64 { return globalRand.Int63() }

// Uint32 is Rand.Uint32 on the top-level generator.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 is Rand.Uint64 on the top-level generator.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 is Rand.Int31 on the top-level generator.
func Int31() int32 { return globalRand.Int31() }

// Int is Rand.Int on the top-level generator.
func Int() int { return globalRand.Int() }

// Int63n is Rand.Int63n on the top-level generator.
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n is Rand.Int31n on the top-level generator.
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn is Rand.Intn on the top-level generator.
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 is Rand.Float64 on the top-level generator.
func Float64() float64 { return globalRand.Float64() }

// Float32 is Rand.Float32 on the top-level generator.
func Float32() float32 { return globalRand.Float32() }

// Perm is Rand.Perm on the top-level generator.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle is Rand.Shuffle on the top-level generator.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// Read is Rand.Read on the top-level generator.
//
// Deprecated: random bytes are nearly always wanted for secrets, which
// need crypto/rand.Read.
func Read(p []byte) (n int, err error) { return globalRand.Read(p) }

// NormFloat64 is Rand.NormFloat64 on the top-level generator.
func NormFloat64() float64 { return globalRand.NormFloat64() }

// ExpFloat64 is Rand.ExpFloat64 on the top-level generator.
func ExpFloat64() float64 { return globalRand.ExpFloat64() }
