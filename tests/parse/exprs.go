// Expressions: precedence, unary operators, primary expressions, literals.
package exprs

func f() {
	_ = a || b && c == d+e*f
	_ = a*b + c<<d&^e | f>>g
	_ = x != y && y <= z || !ok
	_ = -x + ^y - +z
	_ = *p**q
	_ = &v
	_ = &T{1, 2}
	_ = &(T{1, 2})
	_ = <-ch
	_ = <-<-chch
	_ = (a + b) * c
	_ = a.b.c
	_ = a[i]
	_ = a[i:j]
	_ = a[:j]
	_ = a[i:]
	_ = a[:]
	_ = a[i:j:k]
	_ = a[:j:k]
	_ = x.(T)
	_ = x.(*pkg.T)
	_ = f(a, b)
	_ = f(xs...)
	_ = f(a, xs...)
	_ = f(
		a,
		b,
	)
	_ = []byte("s")
	_ = (*T)(p)
	_ = (<-chan int)(c)
	_ = func() {}
	_ = func(x int) int { return x }(1)
	_ = map[string]int{"a": 1, "b": 2}
	_ = []int{1, 2, 3}
	_ = [...]string{2: "c", 0: "a"}
	_ = [][]int{{1}, {2, 3}, {}}
	_ = map[Point]string{{1, 2}: "a", {X: 3}: "b"}
	_ = []*Point{{1, 2}, &Point{3, 4}}
	_ = struct{ a, b int }{1, 2}
	_ = pkg.T{A: 1}
	_ = F[int](x)
	_ = G[int, string]
	_ = List[int]{}
	_ = Pair[K, V]{k, v}
	_ = a[b](c)
	_ = 1 + 2i + 0x1p-2 + 0o17 + 0b101 + 1_000 + 'x' + '\n'
	_ = "str" + `raw`
	_ = m[k].f(x).g[1:2]
	_ = x.(interface{ M() })
	_ = chan int(nil)
	_ = interface{}(nil)
	_ = func(int) int(nil)
	_ = T{}.M()
	_ = [2]T{}[0]
}
