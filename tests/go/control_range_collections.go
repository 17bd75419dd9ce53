package main

import "fmt"

func main() {
	sl := []string{"a", "b", "c"}
	for i := range sl {
		fmt.Print(i)
	}
	fmt.Println()
	for i, v := range sl {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for _, v := range sl {
		fmt.Print(v)
	}
	fmt.Println()
	arr := [3]int{10, 20, 30}
	total := 0
	for _, v := range arr {
		total += v
	}
	fmt.Println(total)
	var i, v int
	for i, v = range arr {
	}
	fmt.Println(i, v)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	sum := 0
	for _, val := range m {
		sum += val
	}
	fmt.Println(sum)
	for k := range m {
		if k == "y" {
			fmt.Println("has y")
		}
	}
	for i, c := range "añb" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println("end")
	for range arr {
		total--
	}
	fmt.Println(total)
}

// Output:
// 012
// 0a;1b;2c;
// abc
// 60
// 2 30
// 6
// has y
// 0:a 1:ñ 3:b end
// 57
