package main

import "fmt"

func process(items []string) (log []string) {
	for i, it := range items {
		defer func(n int, s string) {
			log = append(log, fmt.Sprintf("%d:%s", n, s))
		}(i, it)
	}
	return nil
}

func closeAll(n int) {
	for i := 0; i < n; i++ {
		defer func(k int) { fmt.Println("closing", k) }(i)
	}
	fmt.Println("opened", n)
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	total := 0
	func() {
		for i := 1; i <= 4; i++ {
			defer func(v int) { total += v }(i)
		}
	}()
	fmt.Println(total)
	closeAll(3)
	fmt.Println("after closeAll")
}

// Output:
// [2:c 1:b 0:a]
// 10
// opened 3
// closing 2
// closing 1
// closing 0
// after closeAll
