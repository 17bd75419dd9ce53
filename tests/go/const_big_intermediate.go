package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
)

func main() {
	fmt.Println(1 << 100 >> 98)
	fmt.Println(Small)
	fmt.Println(Huge / Big / (1 << 90))
	const x = 1e300 * 1e300 / 1e300
	fmt.Println(x)
	const y = (1 << 63) - 1
	var z int64 = y
	fmt.Println(z)
	const u = 1<<64 - 1
	var w uint64 = u
	fmt.Println(w)
	fmt.Println(Big/(1<<97), Big%7)
	const f = 1e500 / 1e490
	fmt.Println(f)
}

// Output:
// 4
// 4
// 1024
// 1e+300
// 9223372036854775807
// 18446744073709551615
// 8 2
// 1e+10
