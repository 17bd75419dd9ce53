package main

import "fmt"

func main() {
	s := "hello, 世界"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[7], s[len(s)-1])
	fmt.Printf("%T %c %x\n", s[0], s[4], s[8])
	for i := 0; i < 5; i++ {
		fmt.Print(string(s[i]))
	}
	fmt.Println()
	e := ""
	fmt.Println(len(e), e == "")
	const c = "constant"
	fmt.Println(len(c), c[2])
	b := s[7]
	fmt.Println(b, b == 0xe4)
}

// Output:
// 13
// 104 101 228 140
// uint8 o b8
// hello
// 0 true
// 8 110
// 228 true
