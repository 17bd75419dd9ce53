package main

import (
	"context"
	"fmt"
)

func main() {
	var parent context.Context
	fmt.Println("deriving from a nil parent")
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	fmt.Println("unreachable", ctx)
}

// Output:
// deriving from a nil parent
// Panic: cannot create context from nil parent
