package main

import "fmt"

func main() {
	s := "aé世🎉z"
	for i, r := range s {
		fmt.Printf("%d: %c U+%04X %d\n", i, r, r, r)
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(s))
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println("|")
	var last rune
	for _, r := range s {
		last = r
	}
	fmt.Println(string(last))
}

// Output:
// 0: a U+0061 97
// 1: é U+00E9 233
// 3: 世 U+4E16 19990
// 6: 🎉 U+1F389 127881
// 10: z U+007A 122
// runes: 5 bytes: 11
// 0 1 3 4 5 |
// z
