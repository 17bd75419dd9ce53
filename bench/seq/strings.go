// strings: string building and processing, 10 rounds over N = 200,000 words.
// Each round builds "w<v>,w<v>,..." with a builder (v = (13*i + round) mod
// 100003), splits it on ",", sums the word lengths, counts words containing
// "77", parses the number in every word, finds a substring, upper-cases and
// counts 'W', replaces "," by ";;", joins the first 1000 words with "-", and
// grows a string by 5000 plain concatenations. Prints checksums of lengths
// and counts. Exercises: builders, split, contains/index, case mapping,
// replace, join, substring, string/int conversion, concatenation.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func round(n, r int) int {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("w")
		b.WriteString(strconv.Itoa((13*i + r) % 100003))
	}
	s := b.String()

	words := strings.Split(s, ",")
	totalLen := 0
	with77 := 0
	numSum := 0
	for _, w := range words {
		totalLen += len(w)
		if strings.Contains(w, "77") {
			with77++
		}
		v, _ := strconv.Atoi(w[1:])
		numSum += v
	}

	idx := strings.Index(s, "w9999")
	up := strings.ToUpper(s)
	ws := strings.Count(up, "W")
	rep := strings.Replace(s, ",", ";;", -1)
	joined := strings.Join(words[:1000], "-")

	t := ""
	for i := 0; i < 5000; i++ {
		t += words[i][:2]
	}

	if r == 0 {
		fmt.Printf("round0 len=%d words=%d wordlen=%d with77=%d numsum=%d index=%d W=%d replaced=%d joined=%d concat=%d\n",
			len(s), len(words), totalLen, with77, numSum, idx, ws, len(rep), len(joined), len(t))
	}
	return len(s) + len(words) + totalLen + with77 + numSum + idx + ws + len(rep) + len(joined) + len(t)
}

func main() {
	const n = 200000
	const rounds = 10
	check := 0
	for r := 0; r < rounds; r++ {
		check += round(n, r)
	}
	fmt.Printf("strings n=%d rounds=%d checksum=%d\n", n, rounds, check)
}
