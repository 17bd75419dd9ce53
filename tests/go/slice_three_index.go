package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:5]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
	t := arr[:0:0]
	fmt.Println(t, len(t), cap(t))
	full := arr[:]
	u := full[1:3:3]
	u = append(u, 999)
	fmt.Println(arr[3], u)
	v := full[5:8:8]
	fmt.Println(v, cap(v))
	w := v[0:1:2]
	fmt.Println(w, len(w), cap(w))
}

// Output:
// [2 3] 2 3
// [0 1 2 3 100 5 6 7] [2 3 100]
// [0 1 2 3 100 5 6 7] [-1 3 100 200] 4 6
// [] 0 0
// 3 [1 2 999]
// [5 6 7] 3
// [5] 1 2
