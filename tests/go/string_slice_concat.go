package main

import "fmt"

func main() {
	s := "Hello, World"
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[5:5] == "")
	t := s[7:]
	t2 := t[1:3]
	fmt.Println(t, t2, len(t2))
	u := "foo" + "bar"
	u += "baz"
	fmt.Println(u, len(u))
	v := ""
	for i := 0; i < 5; i++ {
		v += string(rune('a' + i))
	}
	fmt.Println(v)
	w := v
	v += "!"
	fmt.Println(w, v)
	x := "日本語"
	fmt.Println(x[3:6], x[:3]+x[6:])
	fmt.Printf("%q\n", x[1:4])
}

// Output:
// Hello World Hello Hello, World true
// World or 2
// foobarbaz 9
// abcde
// abcde abcde!
// 本 日語
// "\x97\xa5\xe6"
