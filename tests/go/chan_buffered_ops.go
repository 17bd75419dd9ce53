package main

import "fmt"

type pair struct {
	a int
	s string
}

func main() {
	c := make(chan int, 3)
	fmt.Println(len(c), cap(c))
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- 3
	c <- 4
	fmt.Println(len(c))
	close(c)
	for v := range c {
		fmt.Println("range", v)
	}
	v, ok := <-c
	fmt.Println(v, ok, len(c))

	// multi-slot elements keep their layout through the buffer
	ps := make(chan pair, 2)
	ps <- pair{1, "one"}
	ps <- pair{2, "two"}
	close(ps)
	for p := range ps {
		fmt.Println(p.a, p.s)
	}
	p, ok := <-ps
	fmt.Printf("%+v %v\n", p, ok)

	// interfaces, strings, floats, complex numbers
	ic := make(chan any, 4)
	ic <- "str"
	ic <- 2.5
	ic <- complex(1, 2)
	ic <- nil
	for i := 0; i < 4; i++ {
		fmt.Println(<-ic)
	}

	// struct{} channels and nil capacity
	var nc chan int
	fmt.Println(len(nc), cap(nc), nc == nil)
	sig := make(chan struct{}, 1)
	sig <- struct{}{}
	<-sig
	fmt.Println("signal")

	// channels of channels
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	fmt.Println(<-inner)

	// directional conversions
	var send chan<- int = inner
	var recv <-chan int = inner
	send <- 5
	fmt.Println(<-recv)

	// make with a typed size of another integer type
	var n8 int8 = 2
	c8 := make(chan byte, n8)
	fmt.Println(cap(c8))
}

// Output:
// 0 3
// 2 3
// 1
// 3
// range 2
// range 3
// range 4
// 0 false 0
// 1 one
// 2 two
// {a:0 s:} false
// str
// 2.5
// (1+2i)
// <nil>
// 0 0 true
// signal
// 42
// 5
// 2
