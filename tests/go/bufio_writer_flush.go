// bufio.Writer on os.Stdout: nothing appears before Flush (stderr output
// shows the order), Buffered and Available, WriteRune and WriteByte.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "hello %s\n", "buffered")
	w.WriteString("second line\n")
	w.WriteRune('€')
	w.WriteByte('\n')
	fmt.Println("printed directly:", w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println(w.Buffered(), w.Available())
	fmt.Fprint(w, "never flushed\n")
}

// Output:
// printed directly: 31 4065 4096
// hello buffered
// second line
// €
// 0 4096
