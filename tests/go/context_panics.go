package main

import (
	"context"
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-22s %v", name+":", r)
		if _, ok := r.(string); ok {
			fmt.Print(" (string)")
		}
		if err, ok := r.(error); ok {
			fmt.Printf(" (error %T)", err)
		}
		fmt.Println()
	}()
	f()
}

type holder struct{ v any }

func main() {
	bg := context.Background()
	var nilCtx context.Context
	try("WithCancel(nil)", func() { context.WithCancel(nilCtx) })
	try("WithDeadline(nil)", func() { context.WithDeadline(nilCtx, time.Now()) })
	try("WithTimeout(nil)", func() { context.WithTimeout(nilCtx, time.Second) })
	try("WithValue(nil)", func() { context.WithValue(nilCtx, "k", "v") })
	try("nil key", func() { context.WithValue(bg, nil, "v") })
	try("slice key", func() { context.WithValue(bg, []int{1}, "v") })
	try("map key", func() { context.WithValue(bg, map[int]int{}, "v") })
	try("func key", func() { context.WithValue(bg, func() {}, "v") })
	try("struct-with-slice key", func() {
		context.WithValue(bg, struct{ s []int }{}, "v")
	})
	// A comparable type holding an uncomparable value: accepted, but
	// looking it up compares the keys and panics.
	ctx := context.WithValue(bg, holder{[]int{1}}, "v")
	try("lookup uncomparable", func() { ctx.Value(holder{[]int{1}}) })
	fmt.Println("lookup other type:", ctx.Value("x"))
	try("nil interface key", func() {
		var k fmt.Stringer
		context.WithValue(bg, k, "v")
	})
	var p *int
	tn := context.WithValue(bg, p, "typed nil")
	fmt.Println("typed nil key:", tn.Value((*int)(nil)), tn.Value(nil))
}

// Output:
// WithCancel(nil):       cannot create context from nil parent (string)
// WithDeadline(nil):     cannot create context from nil parent (string)
// WithTimeout(nil):      cannot create context from nil parent (string)
// WithValue(nil):        cannot create context from nil parent (string)
// nil key:               nil key (string)
// slice key:             key is not comparable (string)
// map key:               key is not comparable (string)
// func key:              key is not comparable (string)
// struct-with-slice key: key is not comparable (string)
// lookup uncomparable:   runtime error: comparing uncomparable type []int (error runtime.errorString)
// lookup other type: <nil>
// nil interface key:     nil key (string)
// typed nil key: typed nil <nil>
