package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), len(strings.Repeat("x", 0)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.Replace("aaaa", "aa", "b", 1))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, "hello, world"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r
	}, "hello"))
}

// Output:
// ababab ---------- 0
// oinky oinky oink
// moo moo moo
// bonono
// -a-b-c-
// baa
// &lt;b&gt;bold&lt;/b&gt;
// uryyb, jbeyq
// heo
