package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("x"))
}

// Errors:
// error_unused_import.go:5:2: "os" imported and not used
