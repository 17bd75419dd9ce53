// Type parameters, and the ambiguities of "[" after a type name.
package generics

type A [N]int
type B [N * 2]int
type C[P *Q] struct{}
type D[P *Q,] struct{}
type E[P *Q | R] struct{}
type F[P ~int] int
type G[P []int] int
type H[P interface{ M() }] int
type I[P, Q any, R comparable] int
type J[P (Q)] int
type K[P *[]int] int
type L[_ any] int
type M[P any] = int
type N[P Constraint[P]] int
type O [2 * N]int
type S = []int

func F1[T any]() {}
func F2[S ~[]E, E any](s S) E { return s[0] }
func F3[T interface{ ~int | ~uint }](x T) {}
func F4[T fmt.Stringer, U *T]() {}

func use() {
	F1[int]()
	_ = F2[[]int, int]
	_ = F2[[]int]
	var x M[int]
	var y Pair[string, List[int]]
	_ = Map[int, string](xs, f)
	_ = a[b](c)
	_ = a[b, c](d)
	_ = x < y
	_ = a[i] < b[j]
	_, _ = x, y
}
