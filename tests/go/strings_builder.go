package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('世')
	fmt.Println(b.String(), b.Len())
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	n, err := sb.WriteString("héllo")
	fmt.Println(n, err, sb.Len())
	sb.Reset()
	sb.WriteString("reset")
	fmt.Println(sb.String())
	words := []string{"a", "bb", "ccc"}
	var out strings.Builder
	for i, w := range words {
		if i > 0 {
			out.WriteString(" | ")
		}
		out.WriteString(strings.ToUpper(w))
	}
	fmt.Println(out.String())
}

// Output:
// 0,1,2,3,4,end!世 17
// 0 true
// 6 <nil> 6
// reset
// A | BB | CCC
