package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	fmt.Fprintf(os.Stderr, "to stderr %s\n", "two")
	fmt.Fprintln(os.Stderr, "line", 3)
	fmt.Fprint(os.Stderr, "no", "space", 4, 5, "\n")
	n, err := fmt.Fprintf(os.Stdout, "%5s|\n", "ab")
	fmt.Println(n, err)
	os.Stdout.WriteString("direct write\n")
	os.Stderr.WriteString("direct stderr\n")
}

// Output:
// to stdout 1
//    ab|
// 7 <nil>
// direct write
// Stderr:
// to stderr two
// line 3
// nospace4 5
// direct stderr
