package main

import (
	"fmt"
	"strconv"
)

type Name string
type Bytes []byte

func main() {
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	s := Name("alice")
	fmt.Println(string(s), len(s))
	plain := string(s) + "!"
	fmt.Println(plain)
	b := Bytes("xyz")
	fmt.Println(string(b), []byte(string(b)))
	rs := []rune("héllo")
	fmt.Println(len(rs), string(rs[1]))
	f := 3.0
	fmt.Println(fmt.Sprint(f), strconv.FormatFloat(f, 'f', -1, 64), fmt.Sprintf("%.2f", f))
	fmt.Println(string([]byte{}) == "", string([]rune{}) == "")
}

// Output:
// A 65 65
// alice 5
// alice!
// xyz [120 121 122]
// 5 é
// 3 3 3.00
// true true
