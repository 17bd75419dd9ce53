package main

import "fmt"

type T struct {
	A int
	B string
}

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E(%d)", e.Code) }

func capture(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%v | %+v | %#v | %T\n", r, r, r, r)
		_, isErr := r.(error)
		fmt.Println("is error:", isErr)
	}()
	panic(v)
}

func main() {
	capture(T{1, "x"})
	capture(&T{2, "y"})
	capture(E{7})
	capture([]string{"a"})
	capture(map[string]int{"k": 1})
}

// Output:
// {1 x} | {A:1 B:x} | main.T{A:1, B:"x"} | main.T
// is error: false
// &{2 y} | &{A:2 B:y} | &main.T{A:2, B:"y"} | *main.T
// is error: false
// E(7) | E(7) | main.E{Code:7} | main.E
// is error: true
// [a] | [a] | []string{"a"} | []string
// is error: false
// map[k:1] | map[k:1] | map[string]int{"k":1} | map[string]int
// is error: false
