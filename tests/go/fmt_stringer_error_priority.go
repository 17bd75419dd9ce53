// Which method fmt uses: Error before String, pointer receivers only for
// pointers, %d bypassing Stringer for integers, panics in String caught
// and reported, and nil pointer receivers.
package main

import (
	"errors"
	"fmt"
)

type both struct{}

func (both) Error() string  { return "from Error" }
func (both) String() string { return "from String" }

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprintf("ptr(%d)", p.n) }

type level int

func (l level) String() string { return fmt.Sprintf("L%d", int(l)) }

type bad struct{}

func (bad) String() string { panic("boom") }

type nilSafe struct{ s string }

func (n *nilSafe) String() string {
	if n == nil {
		return "<nil nilSafe>"
	}
	return n.s
}

type errPanic struct{}

func (*errPanic) Error() string { panic(errors.New("inner")) }

func main() {
	fmt.Println(both{})
	fmt.Printf("%v %s %q\n", both{}, both{}, both{})
	p := ptrStringer{7}
	fmt.Println(p, &p)
	fmt.Printf("%v %d %x %s\n", level(3), level(3), level(30), level(4))
	fmt.Println(bad{})
	fmt.Printf("[%s] [%d]\n", bad{}, bad{})
	var ns *nilSafe
	fmt.Println(ns, &nilSafe{"ok"})
	var ep *errPanic
	fmt.Println(ep)
	fmt.Printf("%v\n", []fmt.Stringer{level(1), &p})
}

// Output:
// from Error
// from Error from Error "from Error"
// {7} ptr(7)
// L3 3 4c3330 L4
// %!v(PANIC=String method: boom)
// [%!s(PANIC=String method: boom)] [{}]
// <nil nilSafe> ok
// <nil>
// [L1 ptr(7)]
