package main

import "fmt"

func main() {
	s := "héllo\t\"world\"\n"
	fmt.Printf("%s|\n", "plain")
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%#q %#q\n", "back`tick", "raw")
	fmt.Printf("%x|%X|% x|%#x\n", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("%10s|%-10s|%.2s|%5.1s|\n", "right", "left", "truncate", "xyz")
	fmt.Printf("%q %q %q\n", 'x', '\n', '世')
	fmt.Printf("%s %v\n", []string{"a", "b"}, []string{"c"})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%x\n", []byte{1, 171, 255})
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q\n", "\x00\x7f\xff")
	fmt.Printf("%-5q|%6q|\n", "a", "b")
}

// Output:
// plain|
// "héllo\t\"world\"\n"
// "h\u00e9llo\t\"world\"\n"
// "back`tick" `raw`
// 686921|686921|68 69 21|0x686921
//      right|left      |tr|    x|
// 'x' '\n' '世'
// [a b] [c]
// ["a b" "c"]
// bytes
// 01abff
// Go!
// "\x00\x7f\xff"
// "a"  |   "b"|
