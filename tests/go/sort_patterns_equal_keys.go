// The order of equal keys after sort.Sort for the inputs that drive
// pdqsort's special cases: already sorted, reversed (pattern detection),
// sawtooth, organ pipe and all-equal, each with ids to show where equal
// elements end up. Also heapsort fallback on an adversarial input.
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

type items []item

func (s items) Len() int           { return len(s) }
func (s items) Less(i, j int) bool { return s[i].key < s[j].key }
func (s items) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func show(name string, keys []int) {
	s := make(items, len(keys))
	for i, k := range keys {
		s[i] = item{k, i}
	}
	sort.Sort(s)
	h := 0
	for i, it := range s {
		h = h*31 + it.id*7 + i
		h %= 1000000007
	}
	fmt.Printf("%-9s %v ... hash %d\n", name, idsOf(s[:12]), h)
}

func idsOf(s items) []int {
	r := make([]int, len(s))
	for i, it := range s {
		r[i] = it.id
	}
	return r
}

func main() {
	n := 300
	mk := func(f func(i int) int) []int {
		k := make([]int, n)
		for i := range k {
			k[i] = f(i)
		}
		return k
	}
	show("sorted", mk(func(i int) int { return i / 10 }))
	show("reversed", mk(func(i int) int { return (n - i) / 10 }))
	show("sawtooth", mk(func(i int) int { return i % 17 }))
	show("organ", mk(func(i int) int {
		if i < n/2 {
			return i / 3
		}
		return (n - i) / 3
	}))
	show("equal", mk(func(i int) int { return 5 }))
	show("twovals", mk(func(i int) int { return (i * 7919) % 2 }))
	show("killer", mk(func(i int) int {
		if i%2 == 0 {
			return i
		}
		return n + i
	}))
}

// Output:
// sorted    [0 1 2 3 4 5 6 7 8 9 10 11] ... hash 608070717
// reversed  [299 298 297 296 295 294 293 292 291 290 289 288] ... hash 799471344
// sawtooth  [170 51 221 238 68 119 255 0 153 204 34 136] ... hash 483449263
// organ     [1 2 298 0 299 295 3 4 5 297 296 8] ... hash 505474930
// equal     [0 1 2 3 4 5 6 7 8 9 10 11] ... hash 608070717
// twovals   [226 146 2 298 4 296 6 294 8 292 10 290] ... hash 255134079
// killer    [0 2 4 6 8 10 12 14 16 18 20 22] ... hash 28028021
