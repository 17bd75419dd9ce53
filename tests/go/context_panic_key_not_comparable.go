package main

import (
	"context"
	"fmt"
)

type key []string

func main() {
	fmt.Println("slice-typed key")
	context.WithValue(context.TODO(), key{"a"}, "v")
	fmt.Println("unreachable")
}

// Output:
// slice-typed key
// Panic: key is not comparable
