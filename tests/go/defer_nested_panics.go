package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic("second panic")
	}()
	panic("first panic")
}

func middle() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("middle recovered: ", r)
	}()
	inner()
	return "not reached"
}

func deferPanics() (out string) {
	defer func() {
		out = fmt.Sprint("final: ", recover())
	}()
	defer func() {
		panic("panic in defer replaces original")
	}()
	panic("original")
}

func main() {
	fmt.Println(middle())
	fmt.Println(deferPanics())
	func() {
		defer func() {
			fmt.Println("outer:", recover())
		}()
		func() {
			defer fmt.Println("inner defer runs during panicking")
			panic("deep")
		}()
	}()
	fmt.Println("main continues")
}

// Output:
// inner recovered: first panic
// middle recovered: second panic
// final: panic in defer replaces original
// inner defer runs during panicking
// outer: deep
// main continues
