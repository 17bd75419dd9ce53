// Method tables built on first use: values boxed only into any and then
// asserted to interfaces, a type converted to io.Writer (whose itab the
// compiler makes from Write alone) later asserted to other interfaces,
// promoted methods through embedded pointers and interfaces, and
// reflection over method sets no conversion ever built.
package main

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
func (c *counter) WriteString(s string) (int, error) { c.n += len(s); return len(s), nil }
func (c *counter) String() string { return fmt.Sprint("counter:", c.n) }
func (c counter) Value() int { return c.n }
func (c *counter) reset() { c.n = 0 }

type named interface{ Name() string }

type base struct{ id int }

func (b *base) Name() string { return fmt.Sprint("base", b.id) }
func (b base) ID() int { return b.id }

type wrapper struct {
	*base
	named2 named
}

type outer struct {
	wrapper
	extra string
}

type person struct{ name string }

func (p person) Name() string { return p.name }

type valuer interface{ Value() int }

type shape interface {
	Area() float64
	Perimeter() float64
}

type square struct{ s float64 }

func (q square) Area() float64      { return q.s * q.s }
func (q square) Perimeter() float64 { return 4 * q.s }
func (q square) scale(k float64) square { return square{q.s * k} }

func describe(x any) string {
	var parts []string
	if s, ok := x.(fmt.Stringer); ok {
		parts = append(parts, "Stringer:"+s.String())
	}
	if v, ok := x.(valuer); ok {
		parts = append(parts, fmt.Sprint("valuer:", v.Value()))
	}
	if n, ok := x.(named); ok {
		parts = append(parts, "named:"+n.Name())
	}
	if _, ok := x.(io.Writer); ok {
		parts = append(parts, "Writer")
	}
	if sh, ok := x.(shape); ok {
		parts = append(parts, fmt.Sprintf("shape:%.0f/%.0f", sh.Area(), sh.Perimeter()))
	}
	if len(parts) == 0 {
		return "nothing"
	}
	return strings.Join(parts, " ")
}

func methodNames(t reflect.Type) []string {
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		names = append(names, t.Method(i).Name)
	}
	sort.Strings(names)
	return names
}

func main() {
	fmt.Println(describe(celsius(21.5)))
	fmt.Println(describe(42))

	c := &counter{}
	var w io.Writer = c // itab from Write alone
	fmt.Fprintf(w, "hello %d", 12345)
	fmt.Println(describe(c))
	fmt.Println(describe(*c))
	c.reset()
	fmt.Println(c.Value())

	o := outer{wrapper{&base{7}, person{"ann"}}, "x"}
	fmt.Println(describe(o), describe(&o))
	fmt.Println(describe(o.wrapper.named2))

	fmt.Println(describe(square{3}))
	fmt.Println(describe(&square{2}))

	// reflection over method sets nothing built before
	fmt.Println(methodNames(reflect.TypeOf(square{})))
	fmt.Println(methodNames(reflect.TypeOf(&counter{})))
	fmt.Println(methodNames(reflect.TypeOf(counter{})))
	fmt.Println(methodNames(reflect.TypeOf(o)), methodNames(reflect.TypeOf(&o)))
	shapeT := reflect.TypeOf((*shape)(nil)).Elem()
	stringerT := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(square{}).Implements(shapeT), reflect.TypeOf(&square{}).Implements(shapeT))
	fmt.Println(reflect.TypeOf(counter{}).Implements(stringerT), reflect.PtrTo(reflect.TypeOf(counter{})).Implements(stringerT))
	fmt.Println(reflect.TypeOf(celsius(0)).AssignableTo(stringerT))

	// values reflection makes of types only signatures name
	m, _ := reflect.TypeOf(square{}).MethodByName("Area")
	fmt.Println(m.Type)
	v := reflect.New(reflect.TypeOf(celsius(0))).Elem()
	v.SetFloat(-3)
	fmt.Println(describe(v.Interface()))
	nm, ok := reflect.TypeOf(&o).MethodByName("Name")
	fmt.Println(nm.Name, nm.Type, ok)

	// errors.As walks with reflection
	err := fmt.Errorf("wrapped: %w", &myErr{"inner"})
	var me *myErr
	fmt.Println(errors.As(err, &me), me.msg)
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

// Output:
// Stringer:21.5°C
// nothing
// Stringer:counter:11 valuer:11 Writer
// valuer:11
// 0
// named:base7 named:base7
// named:ann
// shape:9/12
// shape:4/8
// [Area Perimeter]
// [String Value Write WriteString]
// [Value]
// [ID Name] [ID Name]
// true true
// false true
// true
// func(main.square) float64
// Stringer:-3.0°C
// Name func(*main.outer) string true
// true inner
