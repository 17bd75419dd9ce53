// Parsing with fmt.Sscanf, Sscan and Sscanln: numbers in several bases,
// strings, quoted strings, mismatches and the errors reported.
package main

import (
	"fmt"
)

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var h, o, b int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &h, &o, &b)
	fmt.Println(n, err, h, o, b)
	var q string
	n, err = fmt.Sscanf(`"quoted \"str\"" rest`, "%q", &q)
	fmt.Println(n, err, q)
	var x, y int
	n, err = fmt.Sscanf("10-20", "%d-%d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("10 abc", "%d %d", &x, &y)
	fmt.Println(n, err)
	var a1, a2 string
	n, err = fmt.Sscan("one\ntwo", &a1, &a2)
	fmt.Println(n, err, a1, a2)
	n, err = fmt.Sscanln("one\ntwo", &a1, &a2)
	fmt.Println(n, err)
	var r rune
	var bl bool
	n, err = fmt.Sscanf("é true", "%c %t", &r, &bl)
	fmt.Println(n, err, string(r), bl)
}

// Output:
// 3 <nil> alice 30 1.68
// 3 <nil> 255 15 5
// 1 <nil> quoted "str"
// 2 <nil> 10 20
// 1 expected integer
// 2 <nil> one two
// 1 unexpected newline
// 2 <nil> é true
