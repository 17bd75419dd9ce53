// maps functions on named map types and with struct keys; a generic
// invert built on maps.Copy; maps.DeleteFunc while counting.
package main

import (
	"fmt"
	"maps"
)

type Stock map[string]int

type pos struct{ x, y int }

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

func main() {
	s := Stock{"apple": 5, "pear": 0, "fig": 12}
	c := maps.Clone(s)
	fmt.Printf("%T %v\n", c, c)
	removed := 0
	maps.DeleteFunc(c, func(k string, v int) bool {
		if v == 0 {
			removed++
			return true
		}
		return false
	})
	fmt.Println(c, removed, maps.Equal(s, c))
	grid := map[pos]rune{{0, 0}: 'a', {1, 2}: 'b'}
	g2 := maps.Clone(grid)
	g2[pos{3, 3}] = 'c'
	fmt.Println(len(grid), len(g2), g2[pos{1, 2}] == 'b')
	inv := Invert(map[string]int{"one": 1, "two": 2})
	fmt.Println(inv)
	all := map[int]string{}
	maps.Copy(all, inv)
	maps.Copy(all, map[int]string{3: "three", 1: "uno"})
	fmt.Println(all)
}

// Output:
// main.Stock map[apple:5 fig:12 pear:0]
// map[apple:5 fig:12] 1 false
// 2 3 true
// map[1:one 2:two]
// map[1:uno 2:two 3:three]
