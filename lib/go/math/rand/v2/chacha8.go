package rand

// ChaCha8 is a Source built on the ChaCha8 stream cipher, strong enough
// for cryptographic use (ChaCha8Rand, https://c2sp.org/chacha8rand).
//
// Each iteration runs ChaCha8 (eight rounds) keyed with the current
// 32-byte key, nonce zero, on the counters 0 to 15, without the final
// addition of the constants and the counter; the 16 blocks are
// interleaved four at a time word by word. Of the resulting 1024 bytes
// the first 992 are output (124 little-endian uint64s) and the last 32
// become the next key.
type ChaCha8 struct {
	key  [8]uint32
	buf  [124]uint64
	n    int // buf[n:] not yet returned
	read [8]byte
	nr   int // read[8-nr:] are bytes left over by Read
}

// NewChaCha8 returns a ChaCha8 whose first key is seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	for i := range c.key {
		c.key[i] = le32(seed[4*i:])
	}
	c.refill()
	return c
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func rotl(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }

// quarter is ChaCha's quarter round on four state words.
func quarter(s *[16]uint32, a, b, c, d int) {
	s[a] += s[b]
	s[d] = rotl(s[d]^s[a], 16)
	s[c] += s[d]
	s[b] = rotl(s[b]^s[c], 12)
	s[a] += s[b]
	s[d] = rotl(s[d]^s[a], 8)
	s[c] += s[d]
	s[b] = rotl(s[b]^s[c], 7)
}

// refill computes the next iteration: 124 output words and a new key.
func (c *ChaCha8) refill() {
	var blocks [16][16]uint32
	for blk := 0; blk < 16; blk++ {
		s := [16]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574}
		copy(s[4:12], c.key[:])
		s[12] = uint32(blk)
		for round := 0; round < 4; round++ { // 4 double rounds = 8 rounds
			quarter(&s, 0, 4, 8, 12)
			quarter(&s, 1, 5, 9, 13)
			quarter(&s, 2, 6, 10, 14)
			quarter(&s, 3, 7, 11, 15)
			quarter(&s, 0, 5, 10, 15)
			quarter(&s, 1, 6, 11, 12)
			quarter(&s, 2, 7, 8, 13)
			quarter(&s, 3, 4, 9, 14)
		}
		// Only the key is added back (the nonce words are zero).
		for i := 4; i < 12; i++ {
			s[i] += c.key[i-4]
		}
		blocks[blk] = s
	}
	// Interleave: for each group of four blocks, word w of each block
	// in turn.
	var words [256]uint32
	k := 0
	for g := 0; g < 16; g += 4 {
		for w := 0; w < 16; w++ {
			for b := g; b < g+4; b++ {
				words[k] = blocks[b][w]
				k++
			}
		}
	}
	for i := 0; i < 124; i++ {
		c.buf[i] = uint64(words[2*i]) | uint64(words[2*i+1])<<32
	}
	copy(c.key[:], words[248:])
	c.n = 0
}

// Uint64 returns the next 64 output bits.
func (c *ChaCha8) Uint64() uint64 {
	if c.n == len(c.buf) {
		c.refill()
	}
	x := c.buf[c.n]
	c.n++
	return x
}

// Read fills p and returns len(p), nil. The bytes are those of successive
// Uint64 values, little endian; bytes left over from one call are returned
// first by the next.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	for n < len(p) {
		if c.nr == 0 {
			x := c.Uint64()
			for i := range c.read {
				c.read[i] = byte(x >> (8 * i))
			}
			c.nr = 8
		}
		k := copy(p[n:], c.read[8-c.nr:])
		c.nr -= k
		n += k
	}
	return n, nil
}
