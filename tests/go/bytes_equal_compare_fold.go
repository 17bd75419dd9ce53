// bytes.Equal (nil equals empty), Compare and EqualFold (Unicode simple
// folding).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("a")), bytes.Equal([]byte("a"), []byte("b")))
	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"ab", "a"}, {"", ""}, {"\xff", "a"}, {"A", "a"}}
	for _, p := range pairs {
		fmt.Print(bytes.Compare([]byte(p[0]), []byte(p[1])), " ")
	}
	fmt.Println(bytes.Compare(nil, nil))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("Straße"), []byte("STRASSE")),
		bytes.EqualFold([]byte("K"), []byte("\u212a")), bytes.EqualFold([]byte("σ"), []byte("ς")))
}

// Output:
// true true false
// -1 1 1 0 1 -1 0
// true false true true
