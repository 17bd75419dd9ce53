package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	var never chan int // nil: never ready

	// default when nothing is ready
	select {
	case v := <-a:
		fmt.Println("a", v)
	case <-never:
		fmt.Println("never")
	default:
		fmt.Println("nothing ready")
	}

	// send case
	select {
	case a <- 1:
		fmt.Println("sent 1")
	case never <- 2:
		fmt.Println("never")
	}

	// receive with ok into existing variables
	var v int
	var ok bool
	select {
	case v, ok = <-a:
		fmt.Println("got", v, ok)
	}

	// closed channel is always ready
	close(b)
	select {
	case s, ok := <-b:
		fmt.Printf("closed %q %v\n", s, ok)
	case <-never:
	}

	// break leaves the select only; labeled break leaves the loop
	n := 0
loop:
	for {
		select {
		case a <- n:
			n++
			if n == 3 {
				break loop
			}
			<-a
			break
		}
	}
	fmt.Println("n", n, len(a))

	// select in a loop as a multiplexer
	c1, c2, quit := make(chan int), make(chan int), make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			c1 <- i
		}
		for i := 0; i < 3; i++ {
			c2 <- i * 10
		}
		quit <- true
	}()
	sum := 0
	for done := false; !done; {
		select {
		case x := <-c1:
			sum += x
		case x := <-c2:
			sum += x
		case <-quit:
			done = true
		}
	}
	fmt.Println("sum", sum)

	// case expressions are evaluated once, in source order
	order := []string{}
	ch := func(name string, c chan int) chan int { order = append(order, name); return c }
	val := func(name string, v int) int { order = append(order, name); return v }
	d := make(chan int, 1)
	select {
	case <-ch("recv", never):
	case ch("send", d) <- val("value", 7):
	}
	fmt.Println(order, <-d)

	// captured case variable is per case
	fs := []func() int{}
	e := make(chan int, 2)
	e <- 10
	e <- 20
	for i := 0; i < 2; i++ {
		select {
		case x := <-e:
			fs = append(fs, func() int { return x })
		}
	}
	fmt.Println(fs[0](), fs[1]())
}

// Output:
// nothing ready
// sent 1
// got 1 true
// closed "" false
// n 3 1
// sum 33
// [recv send value] 7
// 10 20
