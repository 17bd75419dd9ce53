// hello: start-up cost. Imports fmt, strings and sync, so that govm loads
// and compiles them (native Go links them in), starts one goroutine and
// prints one line. bench/run times many whole-process runs of
// `gorun hello.go` (and of the binary `go build` made) and reports the median.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	words := []string{"hello"}
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		words = append(words, "world")
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println(strings.Join(words, ", "))
}
