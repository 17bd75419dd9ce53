// Scanning a file line by line: writing a temporary file of 5000 lines
// with bufio.Writer, reading it back with bufio.Scanner and with
// bufio.Reader.ReadString, and comparing counts and sums.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	f, err := os.CreateTemp("", "golden-lines-*.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	w := bufio.NewWriter(f)
	for i := 1; i <= 5000; i++ {
		fmt.Fprintf(w, "%d,%s\n", i, strings.Repeat("x", i%13))
	}
	fmt.Println(w.Flush(), f.Close())

	in, _ := os.Open(f.Name())
	sc := bufio.NewScanner(in)
	lines, sum, chars := 0, 0, 0
	for sc.Scan() {
		lines++
		num, rest, _ := strings.Cut(sc.Text(), ",")
		n, _ := strconv.Atoi(num)
		sum += n
		chars += len(rest)
	}
	fmt.Println(lines, sum, chars, sc.Err())
	in.Seek(0, io.SeekStart)
	r := bufio.NewReaderSize(in, 64)
	count := 0
	for {
		_, err := r.ReadString('\n')
		if err == io.EOF {
			break
		}
		count++
	}
	in.Close()
	fi, _ := os.Stat(f.Name())
	fmt.Println(count, fi.Size())
}

// Output:
// <nil> <nil>
// 5000 12502500 29988 <nil>
// 5000 58881
