package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"777", 8, 16}, {"z", 36, 64},
		{"0x1f", 0, 64}, {"0b101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64}, {"128", 10, 8}, {"-129", 10, 8},
		{"-128", 10, 8}, {"70000", 10, 16}, {"99999999999999999999", 10, 64}, {"12", 2, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	u, err := strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
}

// Output:
// ParseInt("ff", 16, 64) = 255, <nil>
// ParseInt("-101", 2, 8) = -5, <nil>
// ParseInt("777", 8, 16) = 511, <nil>
// ParseInt("z", 36, 64) = 35, <nil>
// ParseInt("0x1f", 0, 64) = 31, <nil>
// ParseInt("0b101", 0, 64) = 5, <nil>
// ParseInt("0o17", 0, 64) = 15, <nil>
// ParseInt("017", 0, 64) = 15, <nil>
// ParseInt("1_000", 0, 64) = 1000, <nil>
// ParseInt("1_000", 10, 64) = 0, strconv.ParseInt: parsing "1_000": invalid syntax
// ParseInt("128", 10, 8) = 127, strconv.ParseInt: parsing "128": value out of range
// ParseInt("-129", 10, 8) = -128, strconv.ParseInt: parsing "-129": value out of range
// ParseInt("-128", 10, 8) = -128, <nil>
// ParseInt("70000", 10, 16) = 32767, strconv.ParseInt: parsing "70000": value out of range
// ParseInt("99999999999999999999", 10, 64) = 9223372036854775807, strconv.ParseInt: parsing "99999999999999999999": value out of range
// ParseInt("12", 2, 64) = 0, strconv.ParseInt: parsing "12": invalid syntax
// 255 <nil>
// 255 strconv.ParseUint: parsing "256": value out of range
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 18446744073709551615 <nil>
