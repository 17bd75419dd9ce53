// A line calculator reading standard input: each line is "a op b";
// results, errors for bad lines, and a running total.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	total := 0.0
	for n := 1; in.Scan(); n++ {
		f := strings.Fields(in.Text())
		if len(f) != 3 {
			fmt.Fprintf(out, "%d: want 3 fields, got %d\n", n, len(f))
			continue
		}
		a, err1 := strconv.ParseFloat(f[0], 64)
		b, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			fmt.Fprintf(out, "%d: bad number\n", n)
			continue
		}
		var r float64
		switch f[1] {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			if b == 0 {
				fmt.Fprintf(out, "%d: division by zero\n", n)
				continue
			}
			r = a / b
		default:
			fmt.Fprintf(out, "%d: unknown operator %q\n", n, f[1])
			continue
		}
		total += r
		fmt.Fprintf(out, "%d: %g %s %g = %g\n", n, a, f[1], b, r)
	}
	fmt.Fprintf(out, "total %.4f\n", total)
}

// Stdin: 1 + 2
// Stdin: 10 / 4
// Stdin: 3 * -1.5
// Stdin: 7 / 0
// Stdin: 2 ^ 8
// Stdin: abc + 1
// Stdin: 1e3 - 1
// Stdin: just two

// Output:
// 1: 1 + 2 = 3
// 2: 10 / 4 = 2.5
// 3: 3 * -1.5 = -4.5
// 4: division by zero
// 5: unknown operator "^"
// 6: bad number
// 7: 1000 - 1 = 999
// 8: want 3 fields, got 2
// total 1000.0000
