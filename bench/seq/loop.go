// loop: a tight integer loop of N = 100,000,000 iterations.
// Each step advances a Park-Miller style generator (x*16807 + i) mod (2^31-1)
// and folds x mod 1000 into a sum, with one data-dependent branch. All values
// stay below 2^53, so Lua (5.4 integers or LuaJIT doubles) and Python agree.
package main

import "fmt"

func main() {
	const n = 100000000
	x := 1
	sum := 0
	odd := 0
	for i := 0; i < n; i++ {
		x = (x*16807 + i) % 2147483647
		sum += x % 1000
		if x%2 == 1 {
			odd++
		}
	}
	fmt.Printf("loop n=%d sum=%d odd=%d x=%d\n", n, sum, odd, x)
}
