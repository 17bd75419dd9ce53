// Classical ciphers over bytes and runes: Caesar with bytes.Map,
// Vigenère with a key, letter-frequency cracking of the Caesar shift.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func caesar(shift int) func(rune) rune {
	return func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}
}

func vigenere(text, key string, dir int) string {
	var b strings.Builder
	i := 0
	for _, r := range text {
		if unicode.IsLetter(r) && r < 128 {
			k := rune(key[i%len(key)] - 'a')
			r = caesar(dir * int(k))(r)
			i++
		}
		b.WriteRune(r)
	}
	return b.String()
}

func crack(cipher []byte) int {
	counts := map[rune]int{}
	for _, r := range string(cipher) {
		if unicode.IsLetter(r) {
			counts[unicode.ToLower(r)]++
		}
	}
	type kv struct {
		r rune
		n int
	}
	var list []kv
	for r, n := range counts {
		list = append(list, kv{r, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].r < list[j].r
	})
	return int(list[0].r-'e'+26) % 26
}

func main() {
	plain := []byte("Meet me near the old tree by the eastern gate at seven, bring the letters.")
	enc := bytes.Map(caesar(11), plain)
	fmt.Printf("%s\n%s\n", enc, bytes.Map(caesar(-11), enc))
	shift := crack(enc)
	fmt.Println("cracked shift:", shift, bytes.Equal(bytes.Map(caesar(-shift), enc), plain))
	v := vigenere("Attack at dawn!", "lemon", 1)
	fmt.Println(v, vigenere(v, "lemon", -1))
}

// Output:
// Xppe xp yplc esp zwo ecpp mj esp pldepcy rlep le dpgpy, mctyr esp wpeepcd.
// Meet me near the old tree by the eastern gate at seven, bring the letters.
// cracked shift: 11 true
// Lxfopv ef rnhr! Attack at dawn!
