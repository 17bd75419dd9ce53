package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

// OnceFunc, OnceValue and OnceValues (Go 1.21): f runs once even with
// concurrent callers; every call returns the first results; if f panics,
// every call panics with the same value.

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s panicked: %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name, "returned")
}

func main() {
	count := 0
	f := sync.OnceFunc(func() { count++ })
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	f()
	fmt.Println("OnceFunc ran", count, "time(s)")

	computed := 0
	v := sync.OnceValue(func() int {
		computed++
		return 6 * 7
	})
	results := make([]int, 20)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = v()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("OnceValue:", v(), "sum", sum, "computed", computed)

	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return strconv.Atoi("12x")
	})
	for i := 0; i < 2; i++ {
		n, err := parse()
		fmt.Println(n, err)
	}
	ok := sync.OnceValues(func() (string, bool) { return "yes", true })
	s, b := ok()
	fmt.Println(s, b)

	// panics repeat with the same value
	calls := 0
	boom := sync.OnceFunc(func() {
		calls++
		panic("boom")
	})
	try("boom #1", boom)
	try("boom #2", boom)
	try("boom #3", boom)
	fmt.Println("f called", calls, "time(s)")

	errBad := errors.New("bad value")
	bad := sync.OnceValue(func() string {
		panic(errBad)
	})
	var first, second any
	func() {
		defer func() { first = recover() }()
		bad()
	}()
	func() {
		defer func() { second = recover() }()
		bad()
	}()
	fmt.Println(first, first == second, first == any(errBad))

	pair := sync.OnceValues(func() (int, int) {
		var m map[string]int
		m["x"] = 1 // runtime error
		return 1, 2
	})
	try("pair #1", func() { pair() })
	try("pair #2", func() { pair() })

	// the function value can be called from its own goroutines later
	greeting := sync.OnceValue(func() string { return "hello" })
	ch := make(chan string)
	go func() { ch <- greeting() }()
	fmt.Println(<-ch, greeting())
}

// Output:
// OnceFunc ran 1 time(s)
// OnceValue: 42 sum 840 computed 1
// parsing
// 0 strconv.Atoi: parsing "12x": invalid syntax
// 0 strconv.Atoi: parsing "12x": invalid syntax
// yes true
// boom #1 panicked: boom
// boom #2 panicked: boom
// boom #3 panicked: boom
// f called 1 time(s)
// bad value true true
// pair #1 panicked: assignment to entry in nil map
// pair #2 panicked: assignment to entry in nil map
// hello hello
