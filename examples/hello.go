// hello.go - a first program for govm: ./build/repl/gorun examples/hello.go
package main

import (
	"fmt"
	"strings"
)

type greeter struct {
	name  string
	times int
}

func (g greeter) String() string {
	return fmt.Sprintf("%s x%d", g.name, g.times)
}

func main() {
	g := greeter{"gopher", 3}
	fmt.Println("Hello from govm,", g)
	fmt.Println(strings.Repeat("go", g.times), len(g.name))
	for i := range 3 {
		fmt.Printf("%d: %v\n", i, i*i)
	}
}
