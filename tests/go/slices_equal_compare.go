// slices.Equal, EqualFunc, Compare and CompareFunc.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
)

func main() {
	numbers := []int{0, 42, 8}
	fmt.Println(slices.Equal(numbers, []int{0, 42, 8}), slices.Equal(numbers, []int{10}))
	fmt.Println(slices.Equal([]int{}, nil), slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))

	strs := []string{"000", "42", "0o10"}
	fmt.Println(slices.EqualFunc(numbers, strs, func(n int, s string) bool {
		sn, err := strconv.ParseInt(s, 0, 64)
		return err == nil && n == int(sn)
	}))

	names := []string{"Alice", "Bob", "Vera"}
	fmt.Println("Equal:", slices.Compare(names, []string{"Alice", "Bob", "Vera"}))
	fmt.Println("V < X:", slices.Compare(names, []string{"Alice", "Bob", "Xena"}))
	fmt.Println("V > C:", slices.Compare(names, []string{"Alice", "Bob", "Cat"}))
	fmt.Println("3 > 2:", slices.Compare(names, []string{"Alice", "Bob"}))
	fmt.Println("2 < 3:", slices.Compare([]string{"Alice", "Bob"}, names))
	fmt.Println(slices.Compare([]float64{math.NaN()}, []float64{0}), slices.Compare([]float64{0}, []float64{math.Copysign(0, -1)}))

	result := slices.CompareFunc([]int{0, 43, 8}, []string{"0", "0", "8"}, func(n int, s string) int {
		sn, err := strconv.Atoi(s)
		if err != nil {
			return 1
		}
		return cmp.Compare(n, sn)
	})
	fmt.Println(result)
}

// Output:
// true false
// true false
// true
// Equal: 0
// V < X: -1
// V > C: 1
// 3 > 2: 1
// 2 < 3: -1
// -1 0
// 1
