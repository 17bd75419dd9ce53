package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "Beta": 2}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n", m, m)
	n := map[int]bool{10: true, -5: false, 3: true, 0: false}
	fmt.Println(n)
	f := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(f)
	b := map[bool]int{true: 1, false: 0}
	fmt.Println(b)
	r := map[rune]int{'z': 1, 'a': 2}
	fmt.Println(r)
	type P struct{ X, Y int }
	pm := map[P]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"}
	fmt.Println(pm)
	am := map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2}
	fmt.Println(am)
	s := fmt.Sprint(map[string][]int{"y": {2}, "x": {1, 1}})
	fmt.Println(s)
	var nm map[string]int
	fmt.Println(nm, len(fmt.Sprint(nm)))
}

// Output:
// map[Beta:2 alpha:1 mid:13 zeta:26]
// map[Beta:2 alpha:1 mid:13 zeta:26]
// map[Beta:2 alpha:1 mid:13 zeta:26]
// map[-5:false 0:false 3:true 10:true]
// map[-1:a 2.5:b 10:c]
// map[false:0 true:1]
// map[97:2 122:1]
// map[{1 2}:a {1 5}:b {2 1}:c]
// map[[a z]:2 [b a]:1]
// map[x:[1 1] y:[2]]
// map[] 5
