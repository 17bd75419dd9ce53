// os.Args with arguments, writing to os.Stdout and os.Stderr through
// File methods and fmt.Fprint, and File.Name/Fd of the standard files.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	n, err := os.Stdout.WriteString("via WriteString\n")
	fmt.Println(n, err)
	os.Stdout.Write([]byte("via Write\n"))
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), os.Stderr.Fd())
}

// Args: one two three
// Stderr:
// to stderr

// Output:
// 4 [one two three]
// via WriteString
// 16 <nil>
// via Write
// /dev/stdin /dev/stdout /dev/stderr 1 2
