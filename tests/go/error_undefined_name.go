package main

import "fmt"

func main() {
	x := 1
	fmt.Println(x + y)
	undefinedFunc(x)
	var t UnknownType
	fmt.Println(t)
}

// Errors:
// error_undefined_name.go:7:18: undefined: y
// error_undefined_name.go:8:2: undefined: undefinedFunc
// error_undefined_name.go:9:8: undefined: UnknownType
