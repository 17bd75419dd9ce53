// mapstr: string-keyed hash map. Builds N = 500,000 keys "k" + decimal(7*i),
// inserts them with value i, overwrites every third one, then looks up 2N
// keys "k" + decimal(3*j) (about 1 in 7 is present) and deletes every hit
// whose value is even. Prints counts and sums. Exercises: integer-to-string
// conversion, string concatenation and hashing, map insert/lookup/delete.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 500000
	m := make(map[string]int)
	size := 0
	for i := 0; i < n; i++ {
		m["k"+strconv.Itoa(7*i)] = i
		size++
	}
	for i := 0; i < n; i += 3 {
		key := "k" + strconv.Itoa(7*i)
		m[key] = m[key] + 1
	}
	found := 0
	sum := 0
	deleted := 0
	for j := 0; j < 2*n; j++ {
		key := "k" + strconv.Itoa(3*j)
		if v, ok := m[key]; ok {
			found++
			sum += v
			if v%2 == 0 {
				delete(m, key)
				deleted++
			}
		}
	}
	size -= deleted
	fmt.Printf("mapstr n=%d found=%d sum=%d deleted=%d size=%d len=%d\n", n, found, sum, deleted, size, len(m))
}
