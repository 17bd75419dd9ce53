// Library functions are compiled on their first call (frontend/comp.c,
// comp_lazy): here many goroutines on several threads make first calls of
// the same library functions at the same moment, and reflection and
// interface calls reach methods compiled on the way.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

type point struct {
	X, Y int
	When time.Duration
}

func work(i int) string {
	var b bytes.Buffer
	b.WriteString(strconv.Itoa(i%1 + 7))
	b.WriteByte(' ')
	b.WriteString(strings.Repeat("ab", 3))
	xs := []int{5, 2, 9, 1, 4}
	sort.Ints(xs)
	fields := strings.Fields("  one two  three ")
	up := strings.Map(unicode.ToUpper, "lazy")
	q := strconv.Quote("tab\there")
	f := strconv.FormatFloat(3.25, 'e', 3, 64)
	err := fmt.Errorf("wrapped: %w", errors.New("inner"))
	s := fmt.Sprintf("%s %v %d %q %s %s %s %v %+v %x %v", b.String(), xs, len(fields), up, q, f,
		errors.Unwrap(err), point{1, 2, time.Second}, point{3, 4, time.Millisecond}, 255, 1.5)
	return s
}

func main() {
	runtime.GOMAXPROCS(4)
	const n = 16
	start := make(chan struct{})
	results := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = work(i)
		}(i)
	}
	close(start)
	wg.Wait()
	same := 0
	for i := range results {
		if results[i] == results[0] {
			same++
		}
	}
	fmt.Println(results[0])
	fmt.Println(same == n)
}

// Output:
// 7 ababab [1 2 4 5 9] 3 "LAZY" "tab\there" 3.250e+00 inner {1 2 1s} {X:3 Y:4 When:1ms} ff 1.5
// true
