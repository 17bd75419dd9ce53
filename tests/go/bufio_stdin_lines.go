// Reading standard input line by line with bufio.Scanner, numbering and
// summing the numbers found.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	total := 0
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if n, err := strconv.Atoi(text); err == nil {
			total += n
			fmt.Printf("%d: number %d\n", line, n)
		} else {
			fmt.Printf("%d: text %q\n", line, text)
		}
	}
	fmt.Println("total", total, sc.Err())
}

// Stdin: 10
// Stdin: hello world
// Stdin:   32
// Stdin:
// Stdin: -2

// Output:
// 1: number 10
// 2: text "hello world"
// 3: number 32
// 4: number -2
// total 40 <nil>
