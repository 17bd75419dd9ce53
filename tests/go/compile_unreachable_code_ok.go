package main

import "fmt"

func f() int {
	return 1
	fmt.Println("unreachable but legal")
	return 2
}

func g() int {
	panic("never called")
	x := 3
	return x
}

func h(n int) int {
	for {
		if n > 0 {
			return n
		}
		n++
	}
}

func k(x int) string {
	switch {
	case x > 0:
		return "pos"
	default:
		return "non-pos"
	}
	fmt.Println("dead code after terminating switch")
	return "unreached"
}

func main() {
	fmt.Println(f(), h(-2), k(1), k(0))
	if false {
		fmt.Println(g())
	}
	goto end
	fmt.Println("skipped")
end:
	fmt.Println("end")
}

// Output:
// 1 1 pos non-pos
// end
