package main

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

// sync.Pool: New is called only when the pool is empty, a Put value comes
// back from Get, Put(nil) is ignored, a Pool without New returns nil, and
// buffers reused by many goroutines keep their results correct.

func main() {
	var created atomic.Int32
	pool := sync.Pool{New: func() any {
		created.Add(1)
		return new(bytes.Buffer)
	}}

	b := pool.Get().(*bytes.Buffer)
	fmt.Println("created:", created.Load())
	b.WriteString("hello")
	pool.Put(b)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println("same buffer:", b2 == b, "contents:", b2.String(), "created:", created.Load())
	b2.Reset()
	pool.Put(b2)

	var empty sync.Pool
	fmt.Println("no New:", empty.Get())
	empty.Put(nil)
	fmt.Println("after Put(nil):", empty.Get())
	empty.Put("x")
	fmt.Println("after Put(x):", empty.Get(), empty.Get())

	// three values in, three values out (in some order), then New again
	var ints sync.Pool
	ints.Put(1)
	ints.Put(2)
	ints.Put(3)
	sum := 0
	for i := 0; i < 3; i++ {
		if v, ok := ints.Get().(int); ok {
			sum += v
		}
	}
	fmt.Println("sum of pooled:", sum, "then:", ints.Get())

	// concurrent users of a buffer pool
	var wg sync.WaitGroup
	results := make([]string, 200)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			buf := pool.Get().(*bytes.Buffer)
			buf.Reset()
			buf.WriteString("item-")
			buf.WriteString(strconv.Itoa(1000 + i)[1:])
			results[i] = buf.String()
			pool.Put(buf)
		}(i)
	}
	wg.Wait()
	ok := true
	for i, r := range results {
		if r != fmt.Sprintf("item-%03d", i) {
			ok = false
		}
	}
	fmt.Println("results ok:", ok, results[0], results[199])
	fmt.Println("created at most one per goroutine:", created.Load() <= 201)
}

// Output:
// created: 1
// same buffer: true contents: hello created: 1
// no New: <nil>
// after Put(nil): <nil>
// after Put(x): x <nil>
// sum of pooled: 6 then: <nil>
// results ok: true item-000 item-199
// created at most one per goroutine: true
