package main

import "fmt"

func main() {
	// Shift counts may be signed integers (Go 1.13+) if non-negative.
	var s int = 3
	var s8 int8 = 2
	var s64 int64 = 10
	x := 1
	fmt.Println(x<<s, x<<s8, x<<s64)
	var y uint16 = 0xFFFF
	fmt.Println(y>>s, y<<s8, y>>s64)
	var z int32 = -1024
	fmt.Println(z>>s, z>>s8, z>>s64)
	// untyped constant shifted by variable takes type from context
	var r int64 = 1 << s64
	fmt.Println(r)
	var f uint8 = 1 << s
	fmt.Println(f)
}

// Output:
// 8 4 1024
// 8191 65532 63
// -128 -256 -1
// 1024
// 8
