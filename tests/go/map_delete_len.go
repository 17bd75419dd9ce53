package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m))
	for i := 0; i < 100; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m), m[3], m[4])
	delete(m, 1000)
	fmt.Println(len(m))
	var nm map[string]int
	delete(nm, "x")
	fmt.Println(len(nm))
	sum := 0
	for k, v := range m {
		if v != k*k {
			fmt.Println("bad", k)
		}
		sum += k
	}
	fmt.Println(sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	m[5] = 1
	fmt.Println(m)
}

// Output:
// 100
// 50 9 0
// 50
// 0
// 2500
// 0 map[]
// map[5:1]
