// fmt.Append, Appendf and Appendln (Go 1.19) build onto byte slices;
// Sprint's spacing rules between operands.
package main

import "fmt"

func main() {
	b := []byte("start:")
	b = fmt.Append(b, 1, 2, "x", "y", 3.5, nil)
	b = fmt.Appendf(b, " [%05.1f|%-4s]", 3.14159, "ab")
	b = fmt.Appendln(b, " end", 7)
	fmt.Printf("%q\n", b)
	fmt.Printf("%q\n", fmt.Append(nil))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.0, 'x', true, false))
	fmt.Println(fmt.Sprintln("a", 1) == "a 1\n")
	var e error = fmt.Errorf("code %d", 404)
	fmt.Println(fmt.Sprint(e, e), fmt.Sprint(nil, nil))
}

// Output:
// "start:1 2xy3.5 <nil> [003.1|ab  ] end 7\n"
// ""
// ab1 2c3 120 true false
// true
// code 404 code 404 <nil> <nil>
