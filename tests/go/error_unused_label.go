package main

import "fmt"

func main() {
unused:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	goto missing
}

// Errors:
// error_unused_label.go:6:1: label unused defined and not used
// error_unused_label.go:10:7: label missing not defined
