// Library functions are checked and compiled on their first call, and
// method tables are built for the types whose values reflection can reach
// (frontend/comp.c): this exercises the ways a library method is reached
// other than a direct call.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"
)

// A library type only inside a struct: fmt finds its String method
// through reflection (Field, then Interface, then a Stringer assertion).
type job struct {
	Name  string
	Every time.Duration
	Next  *time.Month
}

type clock struct{}

// Weekday is named only by this signature: reflect.New makes a value of it.
func (clock) Today() time.Weekday { return time.Tuesday }

type shouter interface{ Shout() string }

type word string

func (w word) Shout() string { return strings.ToUpper(string(w)) + "!" }

func main() {
	m := time.March
	fmt.Printf("%v\n", job{"backup", 90 * time.Minute, &m})
	fmt.Println(job{"sync", 1500 * time.Millisecond, nil}.Every)

	// a value of a type reached only through a method's signature
	mt := reflect.TypeOf(clock{}).Method(0).Type
	v := reflect.New(mt.Out(0)).Elem().Interface()
	fmt.Println(mt.Out(0), v)
	if s, ok := v.(fmt.Stringer); ok {
		fmt.Println("stringer:", s.String())
	}

	// an interface method reached only as a method value
	var s shouter = word("hey")
	f := s.Shout
	fmt.Println(f())

	// a library method expression and a library type sorted through
	// sort.Interface
	upper := (*strings.Builder).String
	var b strings.Builder
	b.WriteString("built")
	fmt.Println(upper(&b))
	names := sort.StringSlice{"pear", "fig", "apple"}
	sort.Sort(names)
	fmt.Println(names, sort.IsSorted(names))

	// library error types through errors.As and errors.Is
	_, err := os.Open("/nonexistent/file")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist))

	// a library value converted to an interface at run time by reflection
	d := reflect.ValueOf([]time.Duration{time.Second, 2 * time.Millisecond}).Index(1).Interface()
	fmt.Println(d)
	if _, ok := d.(fmt.Stringer); ok {
		fmt.Println("Duration is a Stringer")
	}
}

// Output:
// {backup 1h30m0s March}
// 1.5s
// time.Weekday Sunday
// stringer: Sunday
// HEY!
// built
// [apple fig pear] true
// true open true
// 2ms
// Duration is a Stringer
