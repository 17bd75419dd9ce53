package main

import (
	"context"
	"fmt"
)

// isDone reports whether ctx's Done channel is closed, without blocking.
func isDone(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return true
	default:
		return false
	}
}

func show(name string, ctx context.Context) {
	fmt.Printf("%-6s done=%-5v err=%v\n", name, isDone(ctx), ctx.Err())
}

func main() {
	bg := context.Background()
	_, ok := bg.Deadline()
	fmt.Println("background:", bg.Done() == nil, bg.Err(), ok, bg.Value("k"))
	fmt.Println("todo:", context.TODO().Done() == nil, context.TODO().Err())
	fmt.Println("same background:", context.Background() == context.Background())

	// root -> a -> a1, a2 ; root -> b -> b1
	root, cancelRoot := context.WithCancel(bg)
	a, cancelA := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	a2, cancelA2 := context.WithCancel(a)
	b, cancelB := context.WithCancel(root)
	b1, cancelB1 := context.WithCancel(b)
	defer cancelA2()
	defer cancelB1()
	all := []struct {
		name string
		ctx  context.Context
	}{{"root", root}, {"a", a}, {"a1", a1}, {"a2", a2}, {"b", b}, {"b1", b1}}
	dump := func(title string) {
		fmt.Println("--", title)
		for _, c := range all {
			show(c.name, c.ctx)
		}
	}
	fmt.Println("Done non-nil and stable:", a.Done() != nil, a.Done() == a.Done())
	dump("initially")

	cancelA1()
	dump("after cancel a1 (leaf: nothing else changes)")

	cancelA()
	dump("after cancel a (a2 follows, b side untouched)")

	cancelA() // calling again does nothing
	cancelA1()
	dump("after cancel a and a1 again")

	cancelRoot()
	dump("after cancel root")

	cancelB()
	fmt.Println("b err still:", b.Err())

	// A child made from an already canceled parent is canceled at once.
	late, cancelLate := context.WithCancel(a)
	defer cancelLate()
	show("late", late)

	// Err is the same value every time.
	fmt.Println(a.Err() == context.Canceled, b1.Err() == context.Canceled)
	fmt.Println(context.Canceled.Error())

	// Contexts canceled before anyone asked for Done share one closed
	// channel; one asked before has its own.
	x, cancelX := context.WithCancel(bg)
	y, cancelY := context.WithCancel(bg)
	z, cancelZ := context.WithCancel(bg)
	zdone := z.Done()
	cancelX()
	cancelY()
	cancelZ()
	fmt.Println("shared closed Done:", x.Done() == y.Done(), zdone == x.Done(), zdone == z.Done())

	// Many children of one parent.
	p, cancelP := context.WithCancel(bg)
	var kids []context.Context
	for i := 0; i < 100; i++ {
		k, cancelK := context.WithCancel(p)
		if i%2 == 0 {
			cancelK()
		} else {
			defer cancelK()
		}
		kids = append(kids, k)
	}
	n := 0
	for _, k := range kids {
		if isDone(k) {
			n++
		}
	}
	fmt.Println("kids done before:", n)
	cancelP()
	n = 0
	for _, k := range kids {
		<-k.Done()
		if k.Err() == context.Canceled {
			n++
		}
	}
	fmt.Println("kids done after:", n)
}

// Output:
// background: true <nil> false <nil>
// todo: true <nil>
// same background: true
// Done non-nil and stable: true true
// -- initially
// root   done=false err=<nil>
// a      done=false err=<nil>
// a1     done=false err=<nil>
// a2     done=false err=<nil>
// b      done=false err=<nil>
// b1     done=false err=<nil>
// -- after cancel a1 (leaf: nothing else changes)
// root   done=false err=<nil>
// a      done=false err=<nil>
// a1     done=true  err=context canceled
// a2     done=false err=<nil>
// b      done=false err=<nil>
// b1     done=false err=<nil>
// -- after cancel a (a2 follows, b side untouched)
// root   done=false err=<nil>
// a      done=true  err=context canceled
// a1     done=true  err=context canceled
// a2     done=true  err=context canceled
// b      done=false err=<nil>
// b1     done=false err=<nil>
// -- after cancel a and a1 again
// root   done=false err=<nil>
// a      done=true  err=context canceled
// a1     done=true  err=context canceled
// a2     done=true  err=context canceled
// b      done=false err=<nil>
// b1     done=false err=<nil>
// -- after cancel root
// root   done=true  err=context canceled
// a      done=true  err=context canceled
// a1     done=true  err=context canceled
// a2     done=true  err=context canceled
// b      done=true  err=context canceled
// b1     done=true  err=context canceled
// b err still: context canceled
// late   done=true  err=context canceled
// true true
// context canceled
// shared closed Done: true false true
// kids done before: 50
// kids done after: 100
