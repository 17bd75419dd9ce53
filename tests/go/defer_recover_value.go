package main

import (
	"errors"
	"fmt"
)

func try(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

func main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("string value") }))
	fmt.Println(try(func() { panic(42) }))
	r := try(func() { panic(errors.New("an error")) })
	fmt.Printf("%T %v\n", r, r)
	r = try(func() { panic(MyErr{7}) })
	if e, ok := r.(MyErr); ok {
		fmt.Println("MyErr with code", e.Code, e)
	}
	r = try(func() { panic(fmt.Sprintf("formatted %d", 3)) })
	fmt.Println(r)
	r = try(func() { panic([]int{1, 2}) })
	fmt.Println(r)
	fmt.Println(recover())
}

// Output:
// <nil>
// string value
// 42
// *errors.errorString an error
// MyErr with code 7 code 7
// formatted 3
// [1 2]
// <nil>
