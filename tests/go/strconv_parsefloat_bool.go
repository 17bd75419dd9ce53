package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1E-3", "inf", "-Inf", "NaN", "0x1p-2", "abc", "1e400", "", ".5", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%q -> %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err, float32(f32))
	for _, s := range []string{"true", "1", "t", "T", "TRUE", "True", "false", "0", "F", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q -> %v, %v\n", s, b, err)
	}
}

// Output:
// "3.14" -> 3.14, <nil>
// "-0.5" -> -0.5, <nil>
// "1e10" -> 1e+10, <nil>
// "1E-3" -> 0.001, <nil>
// "inf" -> +Inf, <nil>
// "-Inf" -> -Inf, <nil>
// "NaN" -> NaN, <nil>
// "0x1p-2" -> 0.25, <nil>
// "abc" -> 0, strconv.ParseFloat: parsing "abc": invalid syntax
// "1e400" -> +Inf, strconv.ParseFloat: parsing "1e400": value out of range
// "" -> 0, strconv.ParseFloat: parsing "": invalid syntax
// ".5" -> 0.5, <nil>
// "1_0.5" -> 10.5, <nil>
// 0.10000000149011612 <nil> 0.1
// "true" -> true, <nil>
// "1" -> true, <nil>
// "t" -> true, <nil>
// "T" -> true, <nil>
// "TRUE" -> true, <nil>
// "True" -> true, <nil>
// "false" -> false, <nil>
// "0" -> false, <nil>
// "F" -> false, <nil>
// "yes" -> false, strconv.ParseBool: parsing "yes": invalid syntax
// "" -> false, strconv.ParseBool: parsing "": invalid syntax
