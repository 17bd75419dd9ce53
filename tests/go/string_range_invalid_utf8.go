package main

import "fmt"

func main() {
	s := "a\xffb\xe4\xb8c\xed\xa0\x80d"
	for i, r := range s {
		fmt.Printf("%d: %U %q\n", i, r, r)
	}
	rs := []rune(s)
	fmt.Println(len(rs), rs)
	fmt.Println(len(string(rs)))
	bad := "\xc0\x80"
	for i, r := range bad {
		fmt.Println(i, r == '\uFFFD')
	}
}

// Output:
// 0: U+0061 'a'
// 1: U+FFFD '�'
// 2: U+0062 'b'
// 3: U+FFFD '�'
// 4: U+FFFD '�'
// 5: U+0063 'c'
// 6: U+FFFD '�'
// 7: U+FFFD '�'
// 8: U+FFFD '�'
// 9: U+0064 'd'
// 10 [97 65533 98 65533 65533 99 65533 65533 65533 100]
// 22
// 0 true
// 1 true
