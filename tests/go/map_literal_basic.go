package main

import "fmt"

func main() {
	ages := map[string]int{
		"alice": 31,
		"bob":   27,
	}
	fmt.Println(ages["alice"], ages["bob"], ages["nobody"])
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"])
	fmt.Println(ages)
	m := make(map[int]string)
	m[3] = "three"
	m[1] = "one"
	m[2] = "two"
	fmt.Println(m, len(m))
	m2 := m
	m2[4] = "four"
	fmt.Println(len(m), m[4])
	nested := map[string]map[string]int{"a": {"x": 1}, "b": {"y": 2}}
	nested["a"]["z"] = 26
	fmt.Println(nested)
	sm := map[string][]int{}
	sm["k"] = append(sm["k"], 1, 2)
	sm["k"] = append(sm["k"], 3)
	fmt.Println(sm)
}

// Output:
// 31 27 0
// 3 28
// map[alice:31 bob:28 carol:40]
// map[1:one 2:two 3:three] 3
// 4 four
// map[a:map[x:1 z:26] b:map[y:2]]
// map[k:[1 2 3]]
