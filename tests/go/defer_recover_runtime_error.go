package main

import "fmt"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: non-error %v\n", name, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	catch("index", func() { _ = s[i] })
	catch("slice", func() { _ = s[1:i] })
	catch("slice2", func() { j := 2; _ = s[j:1] })
	var m map[string]int
	catch("nilmap", func() { m["a"] = 1 })
	z := 0
	catch("div", func() { _ = 10 / z })
	var p *struct{ X int }
	catch("nilptr", func() { _ = p.X })
	var x interface{} = "str"
	catch("assert", func() { _ = x.(int) })
	catch("custom", func() { panic("just a string") })
	str := "abc"
	catch("strindex", func() { _ = str[i] })
	n := -1
	catch("makeslice", func() { _ = make([]int, n) })
	arr := [3]int{}
	catch("array", func() { _ = arr[i%8] })
	fmt.Println("done")
}

// Output:
// index: runtime error: index out of range [5] with length 3
// slice: runtime error: slice bounds out of range [:5] with capacity 3
// slice2: runtime error: slice bounds out of range [2:1]
// nilmap: assignment to entry in nil map
// div: runtime error: integer divide by zero
// nilptr: runtime error: invalid memory address or nil pointer dereference
// assert: interface conversion: interface {} is string, not int
// custom: non-error just a string
// strindex: runtime error: index out of range [5] with length 3
// makeslice: runtime error: makeslice: len out of range
// array: runtime error: index out of range [5] with length 3
// done
