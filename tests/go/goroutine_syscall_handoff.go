package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"time"
)

// With one P, a goroutine blocked reading standard input must not stop the
// others: its thread gives up the P while it waits.
func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	line := make(chan string)
	go func() {
		s, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		line <- s
	}()
	start := time.Now()
	for i := 0; i < 3; i++ {
		time.Sleep(20 * time.Millisecond)
		// long before the input arrives at 300 ms
		fmt.Println("tick", i, time.Since(start) < 250*time.Millisecond)
	}
	fmt.Print("read: ", <-line)
}

// Env: GOMAXPROCS=1
// StdinDelay: 300
// Stdin: hello
// Output:
// 1
// tick 0 true
// tick 1 true
// tick 2 true
// read: hello
