// bytes.Fields and FieldsFunc with Unicode spaces and separators, and
// ToUpper/ToLower/Title with special cases.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("α β\u2002γ\u00a0δ\tε\u3000ζ\u0085η\u200bθ")
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("key1=v1;key2 = v2;;key3"), func(r rune) bool { return r == ';' || r == '=' }))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("CamelCaseWordsHere"), unicode.IsUpper))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper([]byte("ǳ ß ﬁ i")), bytes.ToLower([]byte("İ Σ ǲ")), bytes.ToTitle([]byte("ǳ dž")))
	fmt.Printf("%s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("istanbul")))
	fmt.Printf("%s\n", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İSTANBUL")))
	fmt.Printf("%q\n", bytes.Split([]byte("a\xffb\xffc"), []byte("\xff")))
}

// Output:
// ["α" "β" "γ" "δ" "ε" "ζ" "η\u200bθ"]
// ["key1" "v1" "key2 " " v2" "key3"]
// ["amel" "ase" "ords" "ere"]
// Ǳ ß ﬁ I|i σ ǳ|ǲ DŽ
// İSTANBUL
// istanbul
// ["a" "b" "c"]
