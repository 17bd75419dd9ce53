package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  hello   world \t\n go  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Join(nil, ","), len(strings.Join([]string{"only"}, ", ")))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}

// Output:
// ["a" "b" "c"]
// ["a" "b" "c" ""]
// ["a" "b" "c"]
// [""]
// ["a" "b,c,d"]
// []
// ["a" "b" "c" "d"]
// ["a," "b," "c"]
// ["hello" "world" "go"]
// []
// x-y-z
//  4
// ["a" "b" "c"]
// key value=x true
// "novalue" "" false
