package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println("int32 max+1:", a)
	a = 65536
	a *= 65536
	fmt.Println("int32 65536*65536:", a)
	a = 123456789
	a *= 1000
	fmt.Println("int32 123456789*1000:", a)

	var b int64 = 9223372036854775807
	b++
	fmt.Println("int64 max+1:", b)
	b = -9223372036854775808
	b--
	fmt.Println("int64 min-1:", b)
	b = 3037000500
	b *= 3037000500
	fmt.Println("int64 3037000500^2:", b)

	var c int = 9223372036854775807
	c += 10
	fmt.Println("int max+10:", c)

	// multiplication overflow accumulating
	var f int32 = 1
	for i := 0; i < 40; i++ {
		f *= 3
	}
	fmt.Println("int32 3^40:", f)
}

// Output:
// int32 max+1: -2147483648
// int32 65536*65536: 0
// int32 123456789*1000: -1097262584
// int64 max+1: -9223372036854775808
// int64 min-1: 9223372036854775807
// int64 3037000500^2: -9223372036709301616
// int max+10: -9223372036854775799
// int32 3^40: 689956897
