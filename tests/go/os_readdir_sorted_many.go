// os.ReadDir sorts by name: many entries created in a scrambled order,
// names sharing prefixes, differing in case and length.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	root, err := os.MkdirTemp("", "readdir")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	var want []string
	for i := 0; i < 300; i++ {
		k := (i * 7919) % 300 // every number once, scrambled
		name := "f" + strconv.Itoa(k)
		if k%3 == 0 {
			name = "F" + strconv.Itoa(k*k)
		}
		if k%10 == 0 {
			name += "_x"
		}
		want = append(want, name)
		if k%50 == 0 {
			os.Mkdir(root+"/"+name, 0755)
			continue
		}
		os.WriteFile(root+"/"+name, nil, 0644)
	}
	sort.Strings(want)
	entries, err := os.ReadDir(root)
	fmt.Println(len(entries), err)
	same := len(entries) == len(want)
	for i := 0; same && i < len(want); i++ {
		same = entries[i].Name() == want[i]
	}
	fmt.Println("sorted:", same)
	for _, e := range entries[:4] {
		fmt.Println(e.Name(), e.IsDir())
	}
	for _, e := range entries[len(entries)-3:] {
		fmt.Println(e.Name(), e.IsDir())
	}
	empty, _ := os.MkdirTemp(root, "empty")
	none, err := os.ReadDir(empty)
	fmt.Println(len(none), err)
	one := root + "/F0_x"
	_, err = os.ReadDir(one + "/missing")
	fmt.Println(err != nil)
}

// Output:
// 300 <nil>
// sorted: true
// F0_x true
// F10404 false
// F1089 false
// F11025 false
// f95 false
// f97 false
// f98 false
// 0 <nil>
// true
