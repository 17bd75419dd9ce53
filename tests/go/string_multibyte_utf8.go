package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "naïve café ☕ 𝄞"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	r, size := utf8.DecodeRuneInString(s[2:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Printf("%c %d %U\n", r, size, r)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('☕'), utf8.RuneLen('𝄞'))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	fmt.Println(utf8.RuneCount([]byte("héé")), utf8.UTFMax, utf8.RuneSelf)
	b := utf8.AppendRune(nil, 'ü')
	fmt.Println(b)
}

// Output:
// 21 14
// ï 2
// 𝄞 4 U+1D11E
// 1 2 3 4
// true false
// [226 130 172] 3
// true 1
// 3 4 128
// [195 188]
