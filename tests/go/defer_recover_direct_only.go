package main

import "fmt"

func helper() interface{} {
	return recover()
}

func indirect() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer recovered: ", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
	}()
	panic("boom")
}

func direct() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered ", r)
		}
	}()
	panic("direct")
}

func notDeferred() {
	r := recover()
	fmt.Println("recover outside panic:", r)
}

func main() {
	fmt.Println(indirect())
	fmt.Println(direct())
	notDeferred()
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("in main")
}

// Output:
// helper got: <nil>
// outer recovered: boom
// recovered direct
// recover outside panic: <nil>
// first recover: in main
// second recover: <nil>
