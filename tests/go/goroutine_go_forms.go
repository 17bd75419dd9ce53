package main

import "fmt"

type counter struct{ name string }

func (c counter) report(out chan<- string, n int) { out <- fmt.Sprintf("%s:%d", c.name, n) }

func (c *counter) rename(out chan<- string, s string) {
	c.name = s
	out <- "renamed " + s
}

func send(out chan<- string, s string) { out <- s }

func main() {
	out := make(chan string)
	// arguments are evaluated at the go statement
	x := 1
	go send(out, fmt.Sprint("func ", x))
	x = 2
	fmt.Println(<-out)

	c := counter{"c"}
	go c.report(out, 7) // value receiver copied now
	c.name = "changed"
	fmt.Println(<-out)

	p := &counter{"p"}
	go p.rename(out, "q")
	fmt.Println(<-out, p.name)

	f := c.report // method value
	go f(out, 9)
	fmt.Println(<-out)

	go func(a, b int) { out <- fmt.Sprint("closure ", a+b, " ", x) }(3, 4)
	fmt.Println(<-out)

	g := func(s string) { out <- "func value " + s }
	go g("ok")
	fmt.Println(<-out)

	// builtins and library functions can be started too
	done := make(chan bool)
	go close(done)
	_, ok := <-done
	fmt.Println("closed", !ok)
	go fmt.Sprint("discarded")
}

// Output:
// func 1
// c:7
// renamed q q
// changed:9
// closure 7 2
// func value ok
// closed true
