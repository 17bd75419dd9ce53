// Text statistics over a multilingual text: bytes vs runes, lines, words,
// sentences, letter classes from unicode, the longest words and a
// frequency table of letters.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `Go est un langage de programmation compilé.
Élégant, concis — et rapide! Ist das nicht schön?
日本語のテキストも扱えます。 Numbers: 42, 3.14, 1e9.
The end.`

func main() {
	fmt.Println("bytes:", len(text), "runes:", utf8.RuneCountInString(text))
	lines := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines)
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	fmt.Println("words:", len(words))
	sentences := strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '。' })
	fmt.Println("sentence-ish pieces:", len(sentences))
	var upper, lower, digits, spaces, punct, other int
	freq := map[rune]int{}
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
		if unicode.IsLetter(r) {
			freq[unicode.ToLower(r)]++
		}
	}
	fmt.Println(upper, lower, digits, spaces, punct, other)
	sort.SliceStable(words, func(i, j int) bool {
		return utf8.RuneCountInString(words[i]) > utf8.RuneCountInString(words[j])
	})
	fmt.Println("longest:", words[:4])
	type lf struct {
		r rune
		n int
	}
	var fl []lf
	for r, n := range freq {
		fl = append(fl, lf{r, n})
	}
	sort.Slice(fl, func(i, j int) bool {
		if fl[i].n != fl[j].n {
			return fl[i].n > fl[j].n
		}
		return fl[i].r < fl[j].r
	})
	for _, e := range fl[:8] {
		fmt.Printf("%c:%d ", e.r, e.n)
	}
	fmt.Println("...")
}

// Output:
// bytes: 175 runes: 141
// lines: 4
// words: 23
// sentence-ish pieces: 7
// 5 82 7 22 12 13
// longest: [programmation 日本語のテキストも扱えます langage compilé]
// e:9 n:9 a:7 t:7 i:6 s:6 c:5 g:5 ...
