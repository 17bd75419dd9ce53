package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 1
	m[nan]++
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	m[0.0] = 10
	m[math.Copysign(0, -1)] = 20
	fmt.Println(len(m), m[0])
	m[1.5] = 5
	fmt.Println(m)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
}

// Output:
// 3
// false
// 4 20
// map[NaN:1 NaN:1 NaN:1 -0:20 1.5:5]
// 3
// 5
