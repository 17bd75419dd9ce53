package main

import "fmt"

type T struct{ A int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[T{1}] = "struct"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m["1"], m[1.0], m[T{1}], m[true], m[[2]int{1, 1}])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var nilKey interface{}
	m[nilKey] = "nil"
	fmt.Println(m[nil], len(m))
}

// Output:
// 7
// int 1 int64 1 string 1 float 1 struct bool array
// false
// nil 8
