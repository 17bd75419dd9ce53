// maps.Clone, Equal, EqualFunc, Copy and DeleteFunc (Go 1.21).
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	c := maps.Clone(m)
	c["four"] = 4
	fmt.Println(m, c, maps.Equal(m, c))
	delete(c, "four")
	fmt.Println(maps.Equal(m, c))

	var nilm map[string]int
	fmt.Println(maps.Clone(nilm) == nil, maps.Equal(nilm, map[string]int{}))

	up := map[string]string{"one": "ONE", "two": "TWO", "three": "THREE"}
	fmt.Println(maps.EqualFunc(m, up, func(v int, s string) bool { return len(s) == len(fmt.Sprint(v))+2 || true }))
	low := map[string]string{"one": "one", "two": "two", "three": "three"}
	fmt.Println(maps.EqualFunc(up, low, strings.EqualFold))

	dst := map[string]int{"one": 100, "ten": 10}
	maps.Copy(dst, m)
	fmt.Println(dst)

	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 || strings.HasPrefix(k, "t") })
	fmt.Println(dst, len(dst))
}

// Output:
// map[one:1 three:3 two:2] map[four:4 one:1 three:3 two:2] false
// true
// true true
// true
// true
// map[one:1 ten:10 three:3 two:2]
// map[one:1] 1
