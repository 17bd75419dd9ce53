package main

import "fmt"

func main() {
	s := "Grüße, 世界!"
	r := []rune(s)
	fmt.Println(len(s), len(r))
	fmt.Println(r[2], string(r[2]), string(r[7:9]))
	r[0] = 'g'
	fmt.Println(string(r), s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(string(r))
	rs := []rune{0x48, 0x49, -1, 0x10FFFF + 1, 0xD800, 0x1F600}
	out := string(rs)
	fmt.Printf("%q %d\n", out, len(out))
	fmt.Println([]rune(""), len([]rune("")))
}

// Output:
// 16 10
// 252 ü 世界
// grüße, 世界! Grüße, 世界!
// !界世 ,eßürg
// "HI���😀" 15
// [] 0
