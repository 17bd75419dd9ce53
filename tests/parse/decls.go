// Declarations: package clause, imports, const/var/type/func.
package decls

import "fmt"
import (
	"os"
	str "strings"
	. "math"
	_ "embed"
)

const Pi = 3.14

const (
	A = iota
	B
	C, D = iota * 10, iota + 1
	E, F
	G int = 7
	H
)

const Typed float64 = 1 << 2

var x int
var y, z = 1, "two"
var (
	a []int
	b       = map[string]int{}
	c, d    int = 3, 4
)

type Point struct {
	X, Y int
	name string `json:"name"`
}

type Alias = Point

type (
	List[T any] struct {
		head *node[T]
		n    int
	}
	node[T any] struct {
		v    T
		next *node[T]
	}
	M[K comparable, V any] map[K]V
	Num                    interface{ ~int | ~float64 }
)

func Sqrt(x float64) float64

func (p *Point) Move(dx, dy int) {
	p.X += dx
}

func (p Point) String() string { return fmt.Sprint(p.X) }

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
}

func (m M[K, V]) Get(k K) (v V, ok bool) {
	v, ok = m[k]
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	return nil
}

func Sum[T ~int | ~string](x ...T) (s T) { return }

func noresult(int, string) {}

func named(a, b int, c string) (x, y int, err error) { return }

func _() {}

var _, _ = os.Args, str.ToUpper
var _ = Sqrt2
