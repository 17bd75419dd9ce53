package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	el := time.Since(start)
	fmt.Println("fired", el >= 20*time.Millisecond, !v.Before(start))
	fmt.Println("stop after fire", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending", t2.Stop(), "again", t2.Stop())
	fmt.Println("reset stopped", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset fired")
	fmt.Println("reset active", t2.Reset(time.Hour), t2.Reset(5*time.Millisecond))
	<-t2.C

	// After in a select: timeout
	c := make(chan int)
	select {
	case <-c:
		fmt.Println("unexpected")
	case <-time.After(15 * time.Millisecond):
		fmt.Println("timeout")
	}

	// AfterFunc runs in its own goroutine; Stop cancels it
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc" })
	fmt.Println(<-done)
	cancelled := time.AfterFunc(20*time.Millisecond, func() { done <- "should not run" })
	fmt.Println("cancelled", cancelled.Stop(), cancelled.C == nil)
	select {
	case s := <-done:
		fmt.Println(s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("not run")
	}

	// a zero or negative duration fires at once
	<-time.After(0)
	<-time.NewTimer(-time.Second).C
	fmt.Println("immediate")

	// a timer value nobody received stays in the channel
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("buffered", len(t3.C))
}

// Output:
// fired true true
// stop after fire false
// stop pending true again false
// reset stopped false
// reset fired
// reset active false true
// timeout
// afterfunc
// cancelled true true
// not run
// immediate
// buffered 1
