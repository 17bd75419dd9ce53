// sort.Strings compares bytes: uppercase before lowercase, accented
// letters after ASCII, prefixes first; a case-insensitive sort.Slice for
// comparison, and sort.SearchStrings on the result.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "apple", "Zebra", "zebra", "éclair", "eclair", "app", "", "10", "9", "_x", "~"}
	s := append([]string(nil), words...)
	sort.Strings(s)
	fmt.Printf("%q\n", s)
	ci := append([]string(nil), words...)
	sort.SliceStable(ci, func(i, j int) bool { return strings.ToLower(ci[i]) < strings.ToLower(ci[j]) })
	fmt.Printf("%q\n", ci)
	fmt.Println(sort.SearchStrings(s, "apple"), sort.SearchStrings(s, "b"), sort.SearchStrings(s, "zz"))
}

// Output:
// ["" "10" "9" "Apple" "Zebra" "_x" "app" "apple" "banana" "eclair" "zebra" "~" "éclair"]
// ["" "10" "9" "_x" "app" "Apple" "apple" "banana" "eclair" "Zebra" "zebra" "~" "éclair"]
// 7 8 11
