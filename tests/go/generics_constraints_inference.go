package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

func SortSlice[S ~[]E, E Ordered](s S) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

type IDs []int

type Container[T any] interface {
	Get() T
	Set(T)
}

type Box[T any] struct{ v T }

func (b *Box[T]) Get() T  { return b.v }
func (b *Box[T]) Set(v T) { b.v = v }

func Swap[T any](c Container[T], v T) T {
	old := c.Get()
	c.Set(v)
	return old
}

type Tree[T Ordered] struct {
	root *treeNode[T]
}

type treeNode[T Ordered] struct {
	val         T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) {
	t.root = t.root.insert(v)
}

func (n *treeNode[T]) insert(v T) *treeNode[T] {
	if n == nil {
		return &treeNode[T]{val: v}
	}
	if v < n.val {
		n.left = n.left.insert(v)
	} else {
		n.right = n.right.insert(v)
	}
	return n
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T Ordered](n *treeNode[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.val)
	walk(n.right, f)
}

type Num interface{ ~int | ~float64 }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return make(Set[T]) }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Opt[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func Apply[T, R any](o Opt[T], f func(T) R) Opt[R] {
	if !o.ok {
		return None[R]()
	}
	return Some(f(o.val))
}

func main() {
	ids := IDs{5, 2, 9, 1}
	SortSlice(ids)
	fmt.Println(ids)
	words := []string{"pear", "apple", "fig"}
	SortSlice(words)
	fmt.Println(words)
	b := &Box[string]{"old"}
	fmt.Println(Swap[string](b, "new"), b.Get())
	var t Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t.Insert(v)
	}
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	var ts Tree[string]
	ts.Insert("m")
	ts.Insert("a")
	ts.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5, 2: 0.25}))
	s := NewSet[string]()
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	fmt.Println(Describe(42), Describe("hi"), Describe(Celsius(21.5)), Describe(3.5))
	fmt.Println(Must(strconv.Atoi("77")))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Must(strconv.Atoi("x"))
	}()
	o := Apply(Some(21), func(i int) string { return strconv.Itoa(i * 2) })
	fmt.Println(o.OrElse("none"), Apply(None[int](), strconv.Itoa).OrElse("none"))
	fmt.Printf("%T %T %v\n", o, Box[[]int]{}, Opt[bool]{})
	err := errors.New("x")
	fmt.Println(Some(err).OrElse(nil) == err)
}

// Output:
// [1 2 5 9]
// [apple fig pear]
// old new
// 1 3 4 5 8 
// am
// 3 0.75
// true false 1
// int 42 string hi stringer 21.5C other float64
// 77
// recovered: strconv.Atoi: parsing "x": invalid syntax
// 42 none
// main.Opt[string] main.Box[[]int] {false false}
// true
