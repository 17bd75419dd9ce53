package rand

import "math/bits"

// PCG is a Source using the PCG family's DXSM variant on 128 bits of
// state. The zero PCG behaves like NewPCG(0, 0).
//
// The state advances as a 128-bit linear congruential generator,
// state = state * mul + inc (mod 2^128), with PCG's default 128-bit
// multiplier and increment; Uint64 then mixes the new state with the DXSM
// ("double xorshift multiply") output function: hi ^= hi>>32;
// hi *= 0xda942042e4dd58b5; hi ^= hi>>48; hi *= lo|1.
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a PCG whose state is seed1 (high) and seed2 (low).
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

// Seed puts p in the state NewPCG(seed1, seed2) starts from.
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// next advances the state and returns it.
func (p *PCG) next() (hi, lo uint64) {
	const (
		mulHi = 0x2360ed051fc65da4
		mulLo = 0x4385df649fccf645
		incHi = 0x5851f42d4c957f2d
		incLo = 0x14057b7ef767814f
	)
	// The low 128 bits of (p.hi, p.lo) * (mulHi, mulLo) plus the increment.
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	var c uint64
	lo, c = bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.lo = lo
	p.hi = hi
	return hi, lo
}

// Uint64 steps the generator and returns its next output.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.next()
	const cheapMul = 0xda942042e4dd58b5
	hi ^= hi >> 32
	hi *= cheapMul
	hi ^= hi >> (3 * 64 / 4)
	hi *= lo | 1
	return hi
}
