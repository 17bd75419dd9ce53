package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.WithValue(context.Background(), "ok", 1)
	fmt.Println(ctx.Value("ok"))
	context.WithValue(ctx, nil, 2)
	fmt.Println("unreachable")
}

// Output:
// 1
// Panic: nil key
