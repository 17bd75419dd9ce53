// Type expressions.
package types

type (
	T1 [10]int
	T2 []string
	T3 [N * 2][]*T1
	T4 *int
	T5 **T4
	T6 map[string][]int
	T7 chan int
	T8 chan<- int
	T9 <-chan int
	T10 chan<- chan int
	T11 chan (<-chan int)
	T12 <-chan <-chan int
	T13 chan<- <-chan int
	T14 func()
	T15 func(int, string) error
	T16 func(a, b int, c ...string) (n int, err error)
	T17 func(...interface{})
	T18 func() func() int
	T19 struct{}
	T20 struct {
		a, b int
		T1
		*T2
		fmt.Stringer
		*pkg.T
		List[int]
		M[string, int]
		f func() `tag:"x"`
		_ [4]byte
	}
	T21 interface{}
	T22 interface {
		Read(p []byte) (n int, err error)
		io.Writer
		fmt.Stringer
		Close() error
	}
	T23 interface {
		~int | ~int8 | string
		comparable
		M()
	}
	T24 (int)
	T25 [...]int
	T26 interface{ List[int] }
	T27 struct{ x, y float64 }
	T28 func(int) (int)
	T29 map[[2]int]chan struct{}
)

var v1 [3]struct{ a int }
var v2 func(func(int) int) func(int) int
