package main

import (
	"fmt"
	"math"
	"strings"
)

func helper() int {
	unused := 3
	return 1
}

func main() {
	fmt.Println(helper())
	func() {
		inner := "closure local"
	}()
	for i, v := range []int{1} {
		fmt.Println(i)
	}
}

// Errors:
// error_unused_import_and_var.go:5:2: "math" imported and not used
// error_unused_import_and_var.go:6:2: "strings" imported and not used
// error_unused_import_and_var.go:10:2: declared and not used: unused
// error_unused_import_and_var.go:17:3: declared and not used: inner
// error_unused_import_and_var.go:19:9: declared and not used: v
