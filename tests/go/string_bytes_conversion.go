package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	fmt.Println(b, len(b))
	b[0] = 'H'
	fmt.Println(s, string(b))
	b = append(b, '!')
	t := string(b)
	b[1] = 'x'
	fmt.Println(t, string(b[:1]))
	var empty []byte
	fmt.Printf("%q %d\n", string(empty), len(string(empty)))
	bs := []byte{72, 105, 0xe4, 0xb8, 0x96}
	fmt.Println(string(bs))
	fmt.Printf("%s|%x|% x|%X\n", bs, bs, bs, "hi")
	type MyBytes []byte
	m := MyBytes("abc")
	fmt.Println(m, string(m))
}

// Output:
// [104 195 169 108 108 111] 6
// héllo Héllo
// Héllo! H
// "" 0
// Hi世
// Hi世|4869e4b896|48 69 e4 b8 96|6869
// [97 98 99] abc
