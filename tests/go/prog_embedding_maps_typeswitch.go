package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woof" }

type Loud struct {
	Animal
	times int
}

func (l Loud) Sound() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Animal.Sound() + "!"
	}
	return s
}

type Key struct {
	a int
	b string
}

type E int

const (
	A E = iota * 10
	B
	C
	_
	D
)

func (e E) String() string { return fmt.Sprintf("E<%d>", int(e)) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var a Animal = Dog{"rex"}
	l := Loud{a, 2}
	var a2 Animal = l
	fmt.Println(a.Sound(), a2.Sound())
	snd := a2.Sound
	l.times = 5
	fmt.Println(snd())
	m := map[Key]int{{1, "x"}: 10, {2, "y"}: 20}
	m[Key{1, "x"}] += 5
	fmt.Println(m[Key{1, "x"}], m[Key{3, "z"}], len(m))
	am := map[[2]int]string{{1, 2}: "a"}
	am[[2]int{1, 2}] += "b"
	fmt.Println(am)
	im := map[interface{}]int{1: 1, "1": 2, Key{1, "x"}: 3, 1.5: 4}
	fmt.Println(im[1], im["1"], im[Key{1, "x"}], im[1.5], len(im))
	var e1, e2 interface{} = Key{1, "a"}, Key{1, "a"}
	fmt.Println(e1 == e2, e1 != Key{2, "a"})
	fmt.Println(A, B, C, D, []E{A, D})
	fmt.Printf("%d %v %s\n", B, B, C)
	for _, v := range []interface{}{nil, 3, int64(4), "s", D, fmt.Errorf("bad"), 1.5, []int{1}} {
		fmt.Println(classify(v))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 10:
		fmt.Println("fell")
	default:
		fmt.Println("default")
	}
	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		funcs[i] = func() int { return i * i }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ip *int
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var err error = r.(error)
		fmt.Println(err.Error())
	}()
	fmt.Println(*ip)
}

// Output:
// rex woof rex woof!rex woof!
// rex woof!rex woof!
// 15 0 2
// map[[1 2]:ab]
// 1 2 3 4 4
// true true
// E<0> E<10> E<20> E<40> [E<0> E<40>]
// 10 E<10> E<20>
// nil
// int-ish 3
// int-ish 4
// string s
// stringer E<40>
// error bad
// other float64
// other []int
// big
// fell
// 0 1 4 
// recovered: runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
