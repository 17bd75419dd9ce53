package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := 3.14159
	fmt.Println(strconv.FormatFloat(v, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(v, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(v, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(v, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(v, 'E', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'f', 1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'g', 4, 64))
	fmt.Println(strconv.FormatFloat(1.0, 'b', -1, 64))
}

// Output:
// 3.14
// 3.14159
// 3.142e+00
// 3.14159
// 3.14159E+00
// 0.1
// 0.10000000000000000555
// 1000000000000000000000
// 1e+21
// 0.0
// 2 4
// 1.235e+08
// 4503599627370496p-52
