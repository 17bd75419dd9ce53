// A bit set over []uint64 using math/bits: set, clear, membership,
// population count, iteration with TrailingZeros, union and intersection;
// used for a sieve of Eratosthenes.
package main

import (
	"fmt"
	"math/bits"
)

type bitset []uint64

func newBitset(n int) bitset    { return make(bitset, (n+63)/64) }
func (b bitset) set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b bitset) clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b bitset) count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}
func (b bitset) each(f func(int)) {
	for i, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(i*64 + t)
			w &= w - 1
		}
	}
}
func (b bitset) and(c bitset) bitset {
	r := make(bitset, len(b))
	for i := range b {
		r[i] = b[i] & c[i]
	}
	return r
}

func main() {
	const n = 200
	primes := newBitset(n)
	for i := 2; i < n; i++ {
		primes.set(i)
	}
	for i := 2; i*i < n; i++ {
		if primes.has(i) {
			for j := i * i; j < n; j += i {
				primes.clear(j)
			}
		}
	}
	fmt.Println("primes below", n, ":", primes.count())
	var list []int
	primes.each(func(i int) { list = append(list, i) })
	fmt.Println(list[:15], list[len(list)-3:])
	odds := newBitset(n)
	for i := 1; i < n; i += 2 {
		odds.set(i)
	}
	fmt.Println(primes.and(odds).count(), bits.Len(uint(n)), bits.OnesCount(uint(n)))
}

// Output:
// primes below 200 : 46
// [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47] [193 197 199]
// 45 8 3
