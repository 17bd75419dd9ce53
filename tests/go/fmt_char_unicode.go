package main

import "fmt"

func main() {
	for _, r := range []rune{'A', 'é', '世', '😀', '~'} {
		fmt.Printf("%c|%q|%U|%#U|%d|%x\n", r, r, r, r, r, r)
	}
	fmt.Printf("%c\n", 0x10FFFF+1)
	fmt.Printf("%q\n", 0xD800)
	fmt.Printf("%+q\n", '世')
	fmt.Printf("%U\n", []rune("hi"))
	fmt.Printf("%c\n", []rune("go"))
	fmt.Printf("%q\n", []rune("ok"))
	fmt.Printf("%08U\n", 'a')
}

// Output:
// A|'A'|U+0041|U+0041 'A'|65|41
// é|'é'|U+00E9|U+00E9 'é'|233|e9
// 世|'世'|U+4E16|U+4E16 '世'|19990|4e16
// 😀|'😀'|U+1F600|U+1F600 '😀'|128512|1f600
// ~|'~'|U+007E|U+007E '~'|126|7e
// �
// '�'
// '\u4e16'
// [U+0068 U+0069]
// [g o]
// ['o' 'k']
//   U+0061
