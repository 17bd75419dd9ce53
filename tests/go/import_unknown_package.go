// An import of a package that does not exist fails at compile time,
// naming the package, and nothing else is reported.
package main

import (
	"fmt"
	"strings/nosuch"
)

func main() {
	fmt.Println(nosuch.Value)
}

// Errors:
// import_unknown_package.go:7:2: package strings/nosuch is not in std
