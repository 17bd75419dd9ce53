// Grouping words into anagram classes: the key is the word's letters
// sorted; groups and their members are printed in sorted order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	r := []rune(strings.ToLower(w))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func main() {
	words := strings.Fields("listen silent enlist google inlets banana tinsel elgoog stone tones notes onset Seton abc cab bca été tée")
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		fmt.Printf("%-8s %d %v\n", k, len(g), g)
	}
}

// Output:
// eilnst   5 [enlist inlets listen silent tinsel]
// enost    5 [Seton notes onset stone tones]
// abc      3 [abc bca cab]
// eggloo   2 [elgoog google]
// aaabnn   1 [banana]
// eté      1 [tée]
// téé      1 [été]
