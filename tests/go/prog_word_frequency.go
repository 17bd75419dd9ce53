package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
	for _, w := range words {
		counts[w]++
	}
	fmt.Println("total words:", len(words), "distinct:", len(counts))
	var list []entry
	for w, c := range counts {
		list = append(list, entry{w, c})
	}
	// sort by count desc, then word asc (insertion sort)
	for i := 1; i < len(list); i++ {
		for j := i; j > 0; j-- {
			a, b := list[j-1], list[j]
			if a.count < b.count || (a.count == b.count && a.word > b.word) {
				list[j-1], list[j] = b, a
			} else {
				break
			}
		}
	}
	for _, e := range list[:8] {
		fmt.Printf("%-8s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	longest := ""
	for _, e := range list {
		if utf8.RuneCountInString(e.word) > len(longest) {
			longest = e.word
		}
	}
	fmt.Println("longest:", longest)
	fmt.Println(counts["times"], counts["missing"])
}

// Output:
// total words: 48 distinct: 16
// it        8 ********
// of        8 ********
// the       8 ********
// was       8 ********
// age       2 **
// epoch     2 **
// season    2 **
// times     2 **
// longest: foolishness
// 2 0
