package main

import (
	"context"
	"fmt"
	"time"
)

type userKey struct{}
type intKey int
type otherIntKey int
type strKey string

type user struct {
	name string
	id   int
}

// Typed accessors, the usual pattern.
func withUser(ctx context.Context, u *user) context.Context {
	return context.WithValue(ctx, userKey{}, u)
}

func userFrom(ctx context.Context) (*user, bool) {
	u, ok := ctx.Value(userKey{}).(*user)
	return u, ok
}

// wrapped is a Context of the program's own that embeds another.
type wrapped struct {
	context.Context
	extra string
}

func (w wrapped) Value(key any) any {
	if key == "extra" {
		return w.extra
	}
	return w.Context.Value(key)
}

func main() {
	bg := context.Background()
	if _, ok := userFrom(bg); !ok {
		fmt.Println("no user in background")
	}
	ctx := withUser(bg, &user{"ann", 1})
	if u, ok := userFrom(ctx); ok {
		fmt.Println("user:", u.name, u.id)
	}

	// A chain: every layer sees its own key and those above.
	c1 := context.WithValue(bg, intKey(1), "one")
	c2 := context.WithValue(c1, intKey(2), "two")
	c3 := context.WithValue(c2, strKey("s"), 3.5)
	for _, k := range []any{intKey(1), intKey(2), strKey("s"), intKey(3)} {
		fmt.Printf("%v: c1=%v c2=%v c3=%v\n", k, c1.Value(k), c2.Value(k), c3.Value(k))
	}

	// Keys of different types never match, even with equal underlying values.
	fmt.Println("otherIntKey(1):", c3.Value(otherIntKey(1)))
	fmt.Println("int 1:", c3.Value(1))
	fmt.Println(`plain "s":`, c3.Value("s"))

	// Shadowing: the nearest value wins; the parent keeps its own.
	s1 := context.WithValue(c3, intKey(1), "uno")
	s2 := context.WithValue(s1, intKey(1), nil)
	fmt.Println("shadowed:", s1.Value(intKey(1)), "| parent:", c3.Value(intKey(1)))
	fmt.Println("shadowed by nil:", s2.Value(intKey(1)), s2.Value(intKey(2)))

	// Values pass through cancelable and timed contexts, and survive
	// cancellation.
	cc, cancel := context.WithCancel(s1)
	tc, cancelT := context.WithTimeout(cc, time.Hour)
	v := context.WithValue(tc, "req", 42)
	fmt.Println("through layers:", v.Value(intKey(1)), v.Value(intKey(2)), v.Value(strKey("s")), v.Value("req"))
	cancel()
	cancelT()
	<-v.Done()
	fmt.Println("after cancel:", v.Err(), v.Value(intKey(1)), v.Value("req"))

	// Pointer keys compare by identity.
	k1, k2 := new(int), new(int)
	p := context.WithValue(context.WithValue(bg, k1, "first"), k2, "second")
	fmt.Println("pointer keys:", p.Value(k1), p.Value(k2), p.Value(new(int)))

	// Comparable composite keys.
	type pair struct{ a, b int }
	q := context.WithValue(bg, pair{1, 2}, "p12")
	fmt.Println("struct key:", q.Value(pair{1, 2}), q.Value(pair{2, 1}))
	arr := context.WithValue(bg, [2]string{"x", "y"}, true)
	fmt.Println("array key:", arr.Value([2]string{"x", "y"}))
	ch := make(chan int)
	cv := context.WithValue(bg, ch, "chan")
	fmt.Println("chan key:", cv.Value(ch), cv.Value(make(chan int)))

	// A custom Context in the middle of the chain.
	w := wrapped{context.WithValue(bg, "inner", "I"), "E"}
	top := context.WithValue(w, "top", "T")
	fmt.Println("custom:", top.Value("top"), top.Value("extra"), top.Value("inner"), top.Value("none"))
	cw, cancelW := context.WithCancel(top)
	fmt.Println("custom under cancel:", cw.Value("extra"), cw.Value("inner"))
	cancelW()

	// Deep chain.
	deep := context.Context(bg)
	for i := 0; i < 1000; i++ {
		deep = context.WithValue(deep, intKey(i), i*i)
	}
	fmt.Println("deep:", deep.Value(intKey(0)), deep.Value(intKey(500)), deep.Value(intKey(999)), deep.Value(intKey(1000)))
}

// Output:
// no user in background
// user: ann 1
// 1: c1=one c2=one c3=one
// 2: c1=<nil> c2=two c3=two
// s: c1=<nil> c2=<nil> c3=3.5
// 3: c1=<nil> c2=<nil> c3=<nil>
// otherIntKey(1): <nil>
// int 1: <nil>
// plain "s": <nil>
// shadowed: uno | parent: one
// shadowed by nil: <nil> two
// through layers: uno two 3.5 42
// after cancel: context canceled uno 42
// pointer keys: first second <nil>
// struct key: p12 <nil>
// array key: true
// chan key: chan <nil>
// custom: T E I <nil>
// custom under cancel: E I
// deep: 0 250000 998001 <nil>
