package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

type intKey int
type strKey string
type named int

func (n named) String() string { return fmt.Sprintf("named#%d", int(n)) }

type ptrStringer struct{ x int }

func (p *ptrStringer) String() string { return "ptrStringer" }

type point struct{ x, y int }

// plain embeds a Context and adds nothing: it has no String method.
type plain struct{ context.Context }

// titled is a Context of the program's own with a String method.
type titled struct{ context.Context }

func (titled) String() string { return "my.Root" }

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg, todo)
	fmt.Printf("%v %s %q\n", bg, todo, bg)
	fmt.Printf("%T %T\n", bg, todo)
	fmt.Printf("%#v %#v\n", bg, todo)

	c, cancel := context.WithCancel(bg)
	defer cancel()
	cc, cancelCause := context.WithCancelCause(todo)
	defer cancelCause(nil)
	fmt.Println(c)
	fmt.Println(cc)
	c2, cancel2 := context.WithCancel(c)
	defer cancel2()
	fmt.Println(c2)
	fmt.Printf("%T %T\n", c, cc)

	// WithValue shows strings and Stringers as such, nil as <nil>, and
	// anything else by its type.
	values := []struct{ key, val any }{
		{"user", "ann"},
		{intKey(1), 42},
		{strKey("s"), 2.5},
		{named(7), named(8)},
		{"d", 1500 * time.Millisecond},
		{"nil", nil},
		{"err", errors.New("boom")},
		{"slice", []int{1}},
		{"map", map[string]int{}},
		{"func", func() {}},
		{"ptr", &point{1, 2}},
		{"struct", point{1, 2}},
		{"ptrStringer value", ptrStringer{}},
		{"ptrStringer pointer", &ptrStringer{}},
		{struct{}{}, true},
		{[2]int{}, 'x'},
		{"ctx", bg},
		{"chan", make(chan int)},
		{"iface", fmt.Stringer(named(1))},
	}
	for _, v := range values {
		fmt.Println(context.WithValue(bg, v.key, v.val))
	}
	fmt.Printf("%T\n", context.WithValue(bg, "k", "v"))

	// Chains print every layer, outermost last.
	chain := context.WithValue(c2, "a", "b")
	chain2, cancel3 := context.WithCancel(chain)
	defer cancel3()
	fmt.Println(context.WithValue(chain2, intKey(3), nil))

	// WithoutCancel.
	w := context.WithoutCancel(chain)
	fmt.Println(w)
	fmt.Printf("%T\n", w)

	// Deadlines: the deadline, then the time left in brackets.
	far := time.Date(2200, 1, 2, 3, 4, 5, 0, time.UTC)
	dl, cancelDl := context.WithDeadline(bg, far)
	defer cancelDl()
	s := fmt.Sprint(dl)
	prefix := "context.Background.WithDeadline(2200-01-02 03:04:05 +0000 UTC ["
	fmt.Println("deadline prefix:", strings.HasPrefix(s, prefix), strings.HasSuffix(s, "])"))
	left, err := time.ParseDuration(strings.TrimSuffix(strings.TrimPrefix(s, prefix), "])"))
	fmt.Println("time left parses:", err == nil, left > 100*365*24*time.Hour)
	fmt.Printf("%T\n", dl)

	past := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	pdl, cancelPdl := context.WithDeadline(todo, past)
	defer cancelPdl()
	ps := fmt.Sprint(pdl)
	pprefix := "context.TODO.WithDeadline(2001-02-03 04:05:06 +0000 UTC [-"
	fmt.Println("past prefix:", strings.HasPrefix(ps, pprefix), strings.HasSuffix(ps, "])"), pdl.Err())

	// A timeout shows its deadline with the monotonic clock reading.
	to, cancelTo := context.WithTimeout(bg, time.Hour)
	defer cancelTo()
	d, _ := to.Deadline()
	ts := fmt.Sprint(to)
	fmt.Println("timeout shows its deadline:", strings.HasPrefix(ts, "context.Background.WithDeadline("+d.String()+" ["))
	fmt.Println("monotonic shown:", strings.Contains(ts, " m=+"))

	// A later deadline under an earlier one is a plain WithCancel.
	later, cancelLater := context.WithDeadline(dl, far.Add(time.Hour))
	defer cancelLater()
	fmt.Println("later:", strings.HasPrefix(fmt.Sprint(later), prefix), strings.HasSuffix(fmt.Sprint(later), "]).WithCancel"))
	fmt.Printf("%T\n", later)
	tc, cancelTc := context.WithTimeoutCause(c, time.Hour, errors.New("slow"))
	defer cancelTc()
	fmt.Println("timeout cause:", strings.HasPrefix(fmt.Sprint(tc), "context.Background.WithCancel.WithDeadline("))

	// Parents of the program's own: their String, or their type's name.
	p1, cancelP1 := context.WithCancel(plain{bg})
	defer cancelP1()
	fmt.Println(p1)
	p2, cancelP2 := context.WithCancel(&plain{bg})
	defer cancelP2()
	fmt.Println(p2)
	fmt.Println(context.WithValue(titled{bg}, "k", "v"))
	fmt.Println(context.WithoutCancel(plain{bg}))
	fmt.Println(context.WithValue(plain{c}, "k", intKey(2)))
}

// Output:
// context.Background context.TODO
// context.Background context.TODO "context.Background"
// context.backgroundCtx context.todoCtx
// context.backgroundCtx{emptyCtx:context.emptyCtx{}} context.todoCtx{emptyCtx:context.emptyCtx{}}
// context.Background.WithCancel
// context.TODO.WithCancel
// context.Background.WithCancel.WithCancel
// *context.cancelCtx *context.cancelCtx
// context.Background.WithValue(user, ann)
// context.Background.WithValue(main.intKey, int)
// context.Background.WithValue(main.strKey, float64)
// context.Background.WithValue(named#7, named#8)
// context.Background.WithValue(d, 1.5s)
// context.Background.WithValue(nil, <nil>)
// context.Background.WithValue(err, *errors.errorString)
// context.Background.WithValue(slice, []int)
// context.Background.WithValue(map, map[string]int)
// context.Background.WithValue(func, func())
// context.Background.WithValue(ptr, *main.point)
// context.Background.WithValue(struct, main.point)
// context.Background.WithValue(ptrStringer value, main.ptrStringer)
// context.Background.WithValue(ptrStringer pointer, ptrStringer)
// context.Background.WithValue(struct {}, bool)
// context.Background.WithValue([2]int, int32)
// context.Background.WithValue(ctx, context.Background)
// context.Background.WithValue(chan, chan int)
// context.Background.WithValue(iface, named#1)
// *context.valueCtx
// context.Background.WithCancel.WithCancel.WithValue(a, b).WithCancel.WithValue(main.intKey, <nil>)
// context.Background.WithCancel.WithCancel.WithValue(a, b).WithoutCancel
// context.withoutCancelCtx
// deadline prefix: true true
// time left parses: true true
// *context.timerCtx
// past prefix: true true context deadline exceeded
// timeout shows its deadline: true
// monotonic shown: true
// later: true true
// *context.cancelCtx
// timeout cause: true
// main.plain.WithCancel
// *main.plain.WithCancel
// my.Root.WithValue(k, v)
// main.plain.WithoutCancel
// main.plain.WithValue(k, main.intKey)
