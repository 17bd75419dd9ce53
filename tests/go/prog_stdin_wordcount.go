// wc(1) over standard input: lines, words, bytes and runes, plus the most
// frequent word, reading with bufio.Reader.ReadString.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	lines, words, bytes, runes := 0, 0, 0, 0
	freq := map[string]int{}
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			if strings.HasSuffix(line, "\n") {
				lines++
			}
			bytes += len(line)
			runes += utf8.RuneCountInString(line)
			for _, w := range strings.Fields(line) {
				words++
				freq[strings.ToLower(w)]++
			}
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Printf("%7d %7d %7d %7d\n", lines, words, bytes, runes)
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys[:3], freq[keys[0]])
}

// Stdin: The quick brown fox
// Stdin: jumps over the lazy dog.
// Stdin: Über die Straße — the end

// Output:
//       3      15      75      71
// [the brown die] 3
