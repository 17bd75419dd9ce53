// memory: resident memory per goroutine blocked on a channel.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func rssKiB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}

func main() {
	const n = 1000000
	block := make(chan bool)
	ready := make(chan bool, 1024)
	before := rssKiB()
	for i := 0; i < n; i++ {
		go func() {
			ready <- true
			<-block
		}()
	}
	for i := 0; i < n; i++ {
		<-ready
	}
	after := rssKiB()
	fmt.Printf("blocked goroutines: %d\n", n)
	fmt.Printf("memory: %.0f bytes/goroutine\n", float64(after-before)*1024/n)
}
