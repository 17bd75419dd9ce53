package main

import "fmt"

func main() {
	fmt.Printf("[%*d]\n", 6, 42)
	fmt.Printf("[%-*d]\n", 6, 42)
	fmt.Printf("[%.*f]\n", 2, 3.14159)
	fmt.Printf("[%*.*f]\n", 10, 3, 3.14159)
	fmt.Printf("[%*d]\n", -6, 42)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b\n", 10)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%s %[1]q %[1]x\n", "go")
	fmt.Printf("[%*s]\n", 4, "x")
}

// Output:
// [    42]
// [42    ]
// [3.14]
// [     3.142]
// [42    ]
// 2 1
// 10 a 12 1010
// 1 2 1 2
//  12.00|
// go "go" 676f
// [   x]
