// Word frequencies of a text: bufio.ScanWords, normalisation with
// strings and unicode, counting in a map, sorting by count then word,
// and a bar chart.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.`

func main() {
	counts := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Printf("%d words, %d distinct\n", total, len(list))
	for _, e := range list[:10] {
		fmt.Printf("%-12s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
}

// Output:
// 60 words, 20 distinct
// it            10 **********
// of            10 **********
// the           10 **********
// was           10 **********
// age            2 **
// epoch          2 **
// season         2 **
// times          2 **
// belief         1 *
// best           1 *
