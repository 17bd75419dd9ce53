// slices.Min, Max (NaN propagates), MinFunc and MaxFunc (the first of
// equal extremes).
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type person struct {
	Name string
	Age  int
}

func main() {
	numbers := []int{0, 42, -10, 8}
	fmt.Println(slices.Min(numbers), slices.Max(numbers))
	fmt.Println(slices.Min([]string{"pear", "apple", "fig"}), slices.Max([]string{"pear", "apple", "fig"}))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{math.Inf(1), -2}))

	people := []person{{"Gopher", 13}, {"Alice", 55}, {"Vera", 24}, {"Bob", 55}}
	oldest := slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name)
	young := []person{{"Gopher", 13}, {"Bob", 5}, {"Vera", 24}, {"Bill", 5}}
	youngest := slices.MinFunc(young, func(a, b person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(youngest.Name)
	fmt.Println(slices.Min([]uint8{9}), slices.Max([]int64{-5, -3}))
}

// Output:
// -10 42
// apple pear
// NaN -2
// Alice
// Bob
// 9 -3
