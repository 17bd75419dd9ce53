// Package bits counts, rotates and reverses the bits of the unsigned
// integer types and does double-width arithmetic on them.
//
// Everything is plain Go: counting uses small tables (one byte at a time),
// the double-word arithmetic (Mul64, Div64) works on 32-bit halves.
package bits

// UintSize is the width of uint in bits.
const UintSize = 64

// len8tab[x] is the number of bits needed to represent x; ntz8tab[x] the
// number of trailing zero bits of x (8 for 0); pop8tab[x] its set bits;
// rev8tab[x] x with its bits reversed. String constants: nothing to build
// at init.
const (
	len8tab = "" +
		"\x00\x01\x02\x02\x03\x03\x03\x03\x04\x04\x04\x04\x04\x04\x04\x04\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x05\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06\x06" +
		"\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07\x07" +
		"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08" +
		"\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08"
	ntz8tab = "" +
		"\x08\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x05\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00" +
		"\x06\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x05\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00" +
		"\x07\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x05\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00" +
		"\x06\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x05\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00\x04\x00\x01\x00\x02\x00\x01\x00\x03\x00\x01\x00\x02\x00\x01\x00"
	pop8tab = "" +
		"\x00\x01\x01\x02\x01\x02\x02\x03\x01\x02\x02\x03\x02\x03\x03\x04\x01\x02\x02\x03\x02\x03\x03\x04\x02\x03\x03\x04\x03\x04\x04\x05\x01\x02\x02\x03\x02\x03\x03\x04\x02\x03\x03\x04\x03\x04\x04\x05\x02\x03\x03\x04\x03\x04\x04\x05\x03\x04\x04\x05\x04\x05\x05\x06" +
		"\x01\x02\x02\x03\x02\x03\x03\x04\x02\x03\x03\x04\x03\x04\x04\x05\x02\x03\x03\x04\x03\x04\x04\x05\x03\x04\x04\x05\x04\x05\x05\x06\x02\x03\x03\x04\x03\x04\x04\x05\x03\x04\x04\x05\x04\x05\x05\x06\x03\x04\x04\x05\x04\x05\x05\x06\x04\x05\x05\x06\x05\x06\x06\x07" +
		"\x01\x02\x02\x03\x02\x03\x03\x04\x02\x03\x03\x04\x03\x04\x04\x05\x02\x03\x03\x04\x03\x04\x04\x05\x03\x04\x04\x05\x04\x05\x05\x06\x02\x03\x03\x04\x03\x04\x04\x05\x03\x04\x04\x05\x04\x05\x05\x06\x03\x04\x04\x05\x04\x05\x05\x06\x04\x05\x05\x06\x05\x06\x06\x07" +
		"\x02\x03\x03\x04\x03\x04\x04\x05\x03\x04\x04\x05\x04\x05\x05\x06\x03\x04\x04\x05\x04\x05\x05\x06\x04\x05\x05\x06\x05\x06\x06\x07\x03\x04\x04\x05\x04\x05\x05\x06\x04\x05\x05\x06\x05\x06\x06\x07\x04\x05\x05\x06\x05\x06\x06\x07\x05\x06\x06\x07\x06\x07\x07\x08"
	rev8tab = "" +
		"\x00\x80\x40\xc0\x20\xa0\x60\xe0\x10\x90\x50\xd0\x30\xb0\x70\xf0\x08\x88\x48\xc8\x28\xa8\x68\xe8\x18\x98\x58\xd8\x38\xb8\x78\xf8\x04\x84\x44\xc4\x24\xa4\x64\xe4\x14\x94\x54\xd4\x34\xb4\x74\xf4\x0c\x8c\x4c\xcc\x2c\xac\x6c\xec\x1c\x9c\x5c\xdc\x3c\xbc\x7c\xfc" +
		"\x02\x82\x42\xc2\x22\xa2\x62\xe2\x12\x92\x52\xd2\x32\xb2\x72\xf2\x0a\x8a\x4a\xca\x2a\xaa\x6a\xea\x1a\x9a\x5a\xda\x3a\xba\x7a\xfa\x06\x86\x46\xc6\x26\xa6\x66\xe6\x16\x96\x56\xd6\x36\xb6\x76\xf6\x0e\x8e\x4e\xce\x2e\xae\x6e\xee\x1e\x9e\x5e\xde\x3e\xbe\x7e\xfe" +
		"\x01\x81\x41\xc1\x21\xa1\x61\xe1\x11\x91\x51\xd1\x31\xb1\x71\xf1\x09\x89\x49\xc9\x29\xa9\x69\xe9\x19\x99\x59\xd9\x39\xb9\x79\xf9\x05\x85\x45\xc5\x25\xa5\x65\xe5\x15\x95\x55\xd5\x35\xb5\x75\xf5\x0d\x8d\x4d\xcd\x2d\xad\x6d\xed\x1d\x9d\x5d\xdd\x3d\xbd\x7d\xfd" +
		"\x03\x83\x43\xc3\x23\xa3\x63\xe3\x13\x93\x53\xd3\x33\xb3\x73\xf3\x0b\x8b\x4b\xcb\x2b\xab\x6b\xeb\x1b\x9b\x5b\xdb\x3b\xbb\x7b\xfb\x07\x87\x47\xc7\x27\xa7\x67\xe7\x17\x97\x57\xd7\x37\xb7\x77\xf7\x0f\x8f\x4f\xcf\x2f\xaf\x6f\xef\x1f\x9f\x5f\xdf\x3f\xbf\x7f\xff"
)

// --- leading zeros ---

// LeadingZeros counts the zero bits above the highest one bit of x
// (UintSize when x is 0).
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 counts the zero bits above the highest one bit of x
// (8 when x is 0).
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 counts the zero bits above the highest one bit of x
// (16 when x is 0).
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 counts the zero bits above the highest one bit of x
// (32 when x is 0).
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 counts the zero bits above the highest one bit of x
// (64 when x is 0).
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// --- trailing zeros ---

// TrailingZeros counts the zero bits below the lowest one bit of x
// (UintSize when x is 0).
func TrailingZeros(x uint) int { return TrailingZeros64(uint64(x)) }

// TrailingZeros8 counts the zero bits below the lowest one bit of x
// (8 when x is 0).
func TrailingZeros8(x uint8) int { return int(ntz8tab[x]) }

// TrailingZeros16 counts the zero bits below the lowest one bit of x
// (16 when x is 0).
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros32 counts the zero bits below the lowest one bit of x
// (32 when x is 0).
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros64(uint64(x))
}

// TrailingZeros64 counts the zero bits below the lowest one bit of x
// (64 when x is 0).
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&0xff == 0 {
		x >>= 8
		n += 8
	}
	return n + int(ntz8tab[x&0xff])
}

// --- population count ---

// OnesCount returns how many bits of x are set.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 returns how many bits of x are set.
func OnesCount8(x uint8) int { return int(pop8tab[x]) }

// OnesCount16 returns how many bits of x are set.
func OnesCount16(x uint16) int { return int(pop8tab[x>>8] + pop8tab[x&0xff]) }

// OnesCount32 returns how many bits of x are set.
func OnesCount32(x uint32) int {
	return int(pop8tab[x>>24] + pop8tab[x>>16&0xff] + pop8tab[x>>8&0xff] + pop8tab[x&0xff])
}

// OnesCount64 returns how many bits of x are set.
func OnesCount64(x uint64) int {
	// Sum adjacent bit pairs, then nibbles, then bytes (SWAR).
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return int((x * 0x0101010101010101) >> 56)
}

// --- rotation ---

// RotateLeft rotates x left by k mod UintSize bits; a negative k rotates
// right.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

// RotateLeft8 rotates x left by k mod 8 bits (right for negative k).
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 rotates x left by k mod 16 bits (right for negative k).
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 rotates x left by k mod 32 bits (right for negative k).
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 rotates x left by k mod 64 bits (right for negative k).
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// --- bit reversal ---

// Reverse returns x with the order of its bits reversed.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns x with the order of its bits reversed.
func Reverse8(x uint8) uint8 { return rev8tab[x] }

// Reverse16 returns x with the order of its bits reversed.
func Reverse16(x uint16) uint16 {
	return uint16(rev8tab[x>>8]) | uint16(rev8tab[x&0xff])<<8
}

// Reverse32 returns x with the order of its bits reversed.
func Reverse32(x uint32) uint32 {
	return uint32(Reverse16(uint16(x>>16))) | uint32(Reverse16(uint16(x)))<<16
}

// Reverse64 returns x with the order of its bits reversed.
func Reverse64(x uint64) uint64 {
	return uint64(Reverse32(uint32(x>>32))) | uint64(Reverse32(uint32(x)))<<32
}

// --- byte reversal ---

// ReverseBytes returns x with the order of its bytes reversed.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns x with the order of its bytes reversed.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with the order of its bytes reversed.
func ReverseBytes32(x uint32) uint32 {
	return x>>24 | x>>8&0xff00 | x<<8&0xff0000 | x<<24
}

// ReverseBytes64 returns x with the order of its bytes reversed.
func ReverseBytes64(x uint64) uint64 {
	return uint64(ReverseBytes32(uint32(x>>32))) | uint64(ReverseBytes32(uint32(x)))<<32
}

// --- length ---

// Len returns the position of the highest one bit of x plus one: the
// number of bits x needs (0 for 0).
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 returns the position of the highest one bit of x plus one: the
// number of bits x needs (0 for 0).
func Len8(x uint8) int { return int(len8tab[x]) }

// Len16 returns the position of the highest one bit of x plus one: the
// number of bits x needs (0 for 0).
func Len16(x uint16) int {
	if x >= 1<<8 {
		return 8 + int(len8tab[x>>8])
	}
	return int(len8tab[x])
}

// Len32 returns the position of the highest one bit of x plus one: the
// number of bits x needs (0 for 0).
func Len32(x uint32) int {
	if x >= 1<<16 {
		return 16 + Len16(uint16(x>>16))
	}
	return Len16(uint16(x))
}

// Len64 returns the position of the highest one bit of x plus one: the
// number of bits x needs (0 for 0).
func Len64(x uint64) int {
	if x >= 1<<32 {
		return 32 + Len32(uint32(x>>32))
	}
	return Len32(uint32(x))
}

// --- add with carry ---

// Add adds x, y and carry (which must be 0 or 1) and returns the sum
// modulo the word size with the carry out, 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 adds x, y and carry (which must be 0 or 1) and returns the sum
// modulo the word size with the carry out, 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

// Add64 adds x, y and carry (which must be 0 or 1) and returns the sum
// modulo the word size with the carry out, 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry out of bit 63 happened iff both top bits were set, or one
	// was and the sum's top bit is clear.
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

// --- subtract with borrow ---

// Sub computes x - y - borrow (borrow must be 0 or 1) modulo the word
// size and returns it with the borrow out, 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 computes x - y - borrow (borrow must be 0 or 1) modulo the word
// size and returns it with the borrow out, 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	d := uint64(x) - uint64(y) - uint64(borrow)
	return uint32(d), uint32(d>>32) & 1
}

// Sub64 computes x - y - borrow (borrow must be 0 or 1) modulo the word
// size and returns it with the borrow out, 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = ((^x & y) | (^(x ^ y) & diff)) >> 63
	return
}

// --- full-width multiply ---

// Mul returns the double-width product of x and y as its high and low
// words.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the 64-bit product of x and y as its high and low words.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the 128-bit product of x and y as its high and low words.
func Mul64(x, y uint64) (hi, lo uint64) {
	const m32 = 1<<32 - 1
	x1, x0 := x>>32, x&m32
	y1, y0 := y>>32, y&m32
	p00 := x0 * y0
	p01 := x0 * y1
	p10 := x1 * y0
	p11 := x1 * y1
	mid := p00>>32 + p01&m32 + p10&m32
	hi = p11 + p01>>32 + p10>>32 + mid>>32
	lo = x * y
	return
}

// --- full-width divide ---

// runtimeError is the panic value of division by zero and of a quotient
// that overflows, as Go's runtime errors print them.
type runtimeError string

func (e runtimeError) RuntimeError() {}

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

var (
	divideError   error = runtimeError("integer divide by zero")
	overflowError error = runtimeError("integer overflow")
)

// Div divides the double-width number with high word hi and low word lo
// by y and returns quotient and remainder. The quotient must fit in one
// word: y == 0 panics with a division-by-zero error, y <= hi with an
// overflow error.
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 divides the double-width number with high word hi and low word lo
// by y and returns quotient and remainder. The quotient must fit in one
// word: y == 0 panics with a division-by-zero error, y <= hi with an
// overflow error.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Div64 divides the double-width number with high word hi and low word lo
// by y and returns quotient and remainder. The quotient must fit in one
// word: y == 0 panics with a division-by-zero error, y <= hi with an
// overflow error.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	// Long division with 32-bit digits (Knuth's algorithm D for a
	// two-digit divisor): normalise y so its top bit is set, then find
	// the two quotient digits one at a time, correcting each estimate.
	const b = 1 << 32
	const m32 = b - 1
	s := uint(LeadingZeros64(y))
	y <<= s
	yh, yl := y>>32, y&m32
	u32 := hi<<s | lo>>(64-s)
	if s == 0 {
		u32 = hi
	}
	u10 := lo << s
	u1, u0 := u10>>32, u10&m32

	q1 := u32 / yh
	r := u32 - q1*yh
	for q1 >= b || q1*yl > b*r+u1 {
		q1--
		r += yh
		if r >= b {
			break
		}
	}
	u21 := u32*b + u1 - q1*y

	q0 := u21 / yh
	r = u21 - q0*yh
	for q0 >= b || q0*yl > b*r+u0 {
		q0--
		r += yh
		if r >= b {
			break
		}
	}
	return q1*b + q0, (u21*b + u0 - q0*y) >> s
}

// Rem returns the remainder of hi:lo divided by y. Only y == 0 panics:
// unlike Div it accepts y <= hi.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

// Rem32 returns the remainder of hi:lo divided by y. Only y == 0 panics:
// unlike Div32 it accepts y <= hi.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of hi:lo divided by y. Only y == 0 panics:
// unlike Div64 it accepts y <= hi.
func Rem64(hi, lo, y uint64) uint64 {
	// (hi mod y, lo) has the same remainder and cannot overflow.
	_, rem := Div64(hi%y, lo, y)
	return rem
}
