x := 1
x + 2
func f(a int) int { return a }
func (t T) M() {}
func() { println(1) }()
func(a int) int { return a }(3)
import "fmt"
type T int
var v = 3
fmt.Println(x)
