package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(9223372036854775807))
	for _, s := range []string{"42", "-17", "+5", "0", "x", "", "12a", " 1", "9223372036854775807", "9223372036854775808", "3.0"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
	_, err := strconv.Atoi("bad")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
}

// Output:
// 0 -123 9223372036854775807
// "42" -> 42, <nil>
// "-17" -> -17, <nil>
// "+5" -> 5, <nil>
// "0" -> 0, <nil>
// "x" -> 0, strconv.Atoi: parsing "x": invalid syntax
// "" -> 0, strconv.Atoi: parsing "": invalid syntax
// "12a" -> 0, strconv.Atoi: parsing "12a": invalid syntax
// " 1" -> 0, strconv.Atoi: parsing " 1": invalid syntax
// "9223372036854775807" -> 9223372036854775807, <nil>
// "9223372036854775808" -> 9223372036854775807, strconv.Atoi: parsing "9223372036854775808": value out of range
// "3.0" -> 0, strconv.Atoi: parsing "3.0": invalid syntax
// Atoi bad invalid syntax true
