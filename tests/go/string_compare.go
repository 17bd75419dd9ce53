package main

import "fmt"

func main() {
	words := []string{"apple", "Apple", "apples", "banana", "", "app", "äpple"}
	for i := 0; i < len(words)-1; i++ {
		a, b := words[i], words[i+1]
		fmt.Printf("%q vs %q: == %v < %v > %v <= %v >= %v\n", a, b, a == b, a < b, a > b, a <= b, a >= b)
	}
	x := "abc"
	y := "ab"
	y += "c"
	fmt.Println(x == y, x != y)
	fmt.Println("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "\xff" > "z")
}

// Output:
// "apple" vs "Apple": == false < false > true <= false >= true
// "Apple" vs "apples": == false < true > false <= true >= false
// "apples" vs "banana": == false < true > false <= true >= false
// "banana" vs "": == false < false > true <= false >= true
// "" vs "app": == false < true > false <= true >= false
// "app" vs "äpple": == false < true > false <= true >= false
// true false
// true true true true true
