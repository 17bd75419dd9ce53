package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }
func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

type Grid [3][3]byte

var (
	a = b + 1
	b = f()
	c = "init"
)

func f() int { return len(c) }

func init() { fmt.Println("init1", a, b) }
func init() { fmt.Println("init2") }

type Counter struct {
	hits map[string]int
	log  []string
}

func (c *Counter) Add(k string) *Counter {
	if c.hits == nil {
		c.hits = make(map[string]int)
	}
	c.hits[k]++
	c.log = append(c.log, k)
	return c
}

func divmod(a, b int) (q, r int) {
	defer func() { q, r = q*10, r*10 }()
	q = a / b
	r = a % b
	return
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	pts := []Point{{1, 2}, {3, 4}}
	for i := range pts {
		pts[i].Move(10)
	}
	p := &pts[0]
	p.Move(1)
	fmt.Println(pts, *p, p)
	arr := [3]Point{}
	arr[1].X = 7
	q := arr
	q[1].Y = 9
	fmt.Println(arr, q, arr == q)
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = byte('a' + i*3 + j)
		}
	}
	fmt.Println(string(g[1][:]), g[2][2]-'a')
	c := &Counter{}
	c.Add("x").Add("y").Add("x")
	fmt.Println(c.hits, c.log)
	fmt.Println(divmod(17, 5))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(apply(inc, dbl, inc)(5), apply()(3))
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	u := make([]int, 2, 10)
	copy(u, s)
	u = append(u[:1], u[2:]...)
	fmt.Println(u)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println("n", n)
	words := strings.Split("the quick brown fox", " ")
	var sb strings.Builder
	for i := len(words) - 1; i >= 0; i-- {
		sb.WriteString(strings.ToUpper(words[i][:1]) + words[i][1:])
		if i > 0 {
			sb.WriteByte(' ')
		}
	}
	fmt.Println(sb.String())
	x, err := strconv.Atoi("12a")
	fmt.Println(x, err)
	fl, _ := strconv.ParseFloat("3.25", 64)
	fmt.Printf("%.3f %8.2f|%-8s|%x %q %v\n", fl, fl*2, "ab", 255, "hi\n", []byte("ok"))
	type kv struct {
		k string
		v *int
	}
	v := 5
	fmt.Printf("%v %d\n", kv{"a", nil}.v == nil, *kv{"b", &v}.v)
	defer fmt.Println("deferred before exit?")
	fmt.Fprintln(os.Stderr, "to stderr")
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}

// Output:
// init1 5 4
// init2
// [(12,2) (13,4)] (12,2) (12,2)
// [(0,0) (7,0) (0,0)] [(0,0) (7,9) (0,0)] false
// def 8
// map[x:2 y:1] [x y x]
// 30 20
// 13 3
// [1 2 3 99 5] [2 3 99] 3 4
// [1]
// 0 0 0 1 1 0 1 1 
// n 3
// Fox Brown Quick The
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 3.250     6.50|ab      |ff "hi\n" [111 107]
// true 5
// deferred before exit?
// Stderr:
// to stderr
