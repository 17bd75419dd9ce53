package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string " + x
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case Shape:
		return fmt.Sprintf("shape area %d", x.Area())
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 41, "hi", true, false, []int{1, 2}, Sq{3}, fmt.Errorf("bad"), func() int { return 9 }, 2.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}

// Output:
// nil
// int 42
// string hi
// true bool
// false bool
// slice len 2
// shape area 9
// error bad
// func returning 9
// other float64
// other map[string]int
