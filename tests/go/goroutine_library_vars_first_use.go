// Goroutines on several threads use library variables for the first time
// together: one runs each initialiser, the others wait for it, and all
// see the same value.
package main

import (
	"fmt"
	"sync"
	"time"
	"unicode"
)

func main() {
	const n = 16
	var wg sync.WaitGroup
	var start sync.WaitGroup
	start.Add(1)
	tables := make([][3]*unicode.RangeTable, n)
	found := make([]bool, n)
	months := make([]string, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			start.Wait()
			tables[i] = [3]*unicode.RangeTable{unicode.Hangul, unicode.Cyrillic, unicode.Pf}
			found[i] = unicode.Is(unicode.Cyrillic, 'ж') && unicode.In('한', unicode.Hangul)
			months[i] = time.Month(i%12 + 1).String()
		}(i)
	}
	start.Done()
	wg.Wait()
	same := true
	for i := 1; i < n; i++ {
		if tables[i] != tables[0] || !found[i] {
			same = false
		}
	}
	fmt.Println(same, found[0], tables[0][0] == unicode.Hangul, months[0], months[13])
}

// Output:
// true true true January February
