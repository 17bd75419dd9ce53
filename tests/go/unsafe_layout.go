package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c uint16
	d string
	e [3]byte
	f []int
	g any
	h complex64
	i *int
	j struct {
		x int8
		y float32
	}
}

type E struct{}

type W struct {
	E
	n int32
	z [0]int64
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s))
	fmt.Println(unsafe.Offsetof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d),
		unsafe.Offsetof(s.e), unsafe.Offsetof(s.f), unsafe.Offsetof(s.g), unsafe.Offsetof(s.h),
		unsafe.Offsetof(s.i), unsafe.Offsetof(s.j), unsafe.Offsetof(s.j.y))
	fmt.Println(unsafe.Alignof(s.c), unsafe.Alignof(s.h), unsafe.Alignof(s.j), unsafe.Sizeof(s.j))
	var w W
	fmt.Println(unsafe.Sizeof(w), unsafe.Alignof(w), unsafe.Offsetof(w.n), unsafe.Offsetof(w.z))
	fmt.Println(unsafe.Sizeof(E{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([4]int16{}), unsafe.Sizeof(uintptr(0)))
	var x struct {
		a int8
		b [2]complex128
		c int8
	}
	fmt.Println(unsafe.Sizeof(x), unsafe.Offsetof(x.b), unsafe.Offsetof(x.c))
	const k = unsafe.Sizeof(int32(0)) * 3
	var arr [k]byte
	fmt.Println(len(arr))
}

// Output:
// 112 8
// 0 8 16 24 40 48 72 88 96 104 4
// 2 4 4 8
// 16 8 0 8
// 0 0 8 8
// 48 8 40
// 12
