package main

import "fmt"

type Shower interface{ Show() string }

type Item struct{ N int }

func (i Item) Show() string { return fmt.Sprint("item", i.N) }

func ShowAll[T Shower](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.Show())
	}
	return out
}

type Numeric interface{ ~int | ~float64 }

type Vec[T Numeric] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Wrapper[T any] struct {
	Inner T
	Tag   string
}

type Named struct {
	Wrapper[int]
	Name string
}

func Counter[T comparable]() func(T) int {
	seen := map[T]int{}
	return func(v T) int {
		seen[v]++
		return seen[v]
	}
}

func Ptr[T any](v T) *T { return &v }

func First[T any, S ~[]T](s S) (T, bool) {
	if len(s) == 0 {
		var z T
		return z, false
	}
	return s[0], true
}

func Convert[From, To Numeric](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

type Matrix[T Numeric] [2][2]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	var r Matrix[T]
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	fmt.Println(ShowAll([]Item{{1}, {2}}))
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(v), v.Scale(2), Vec[float64]{0.5}.Scale(3))
	dot := v.Dot
	fmt.Println(dot(Vec[int]{1, 1, 1}))
	scale := Vec[int].Scale
	fmt.Println(scale(v, 10))
	n := Named{Wrapper[int]{7, "w"}, "n"}
	fmt.Println(n.Inner, n.Tag, n.Name)
	fmt.Printf("%+v %T\n", n, n.Wrapper)
	cnt := Counter[string]()
	cnt("a")
	cnt("b")
	fmt.Println(cnt("a"))
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	x, ok := First([]string{"z"})
	y, ok2 := First[int]([]int{})
	fmt.Println(x, ok, y, ok2)
	fmt.Println(Convert[int, float64]([]int{1, 2}), Convert[float64, int]([]float64{1.9, -2.7}))
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m))
	fmt.Printf("%T %T %T\n", Vec[float64]{}, Wrapper[[]string]{}, Ptr[Item])
}

// Output:
// [item1 item2]
// 14 [2 4 6] [1.5]
// 6
// [10 20 30]
// 7 w n
// {Wrapper:{Inner:7 Tag:w} Name:n} main.Wrapper[int]
// 2
// 43 s
// z true 0 false
// [1 2] [1 -2]
// [[7 10] [15 22]]
// main.Vec[float64] main.Wrapper[[]string] func(main.Item) *main.Item
