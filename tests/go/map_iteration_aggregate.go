package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	sum, keys := 0, 0
	klen := 0
	for k, v := range m {
		sum += v
		keys++
		klen += len(k)
	}
	fmt.Println(sum, keys, klen)
	// collect and sort keys manually (insertion sort)
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	for _, k := range ks {
		fmt.Print(" ", k, "=", m[k])
	}
	fmt.Println()
	max := ""
	for k := range m {
		if k > max {
			max = k
		}
	}
	fmt.Println(max)
}

// Output:
// 15 5 5
//  a=1 b=2 c=3 d=4 e=5
// e
