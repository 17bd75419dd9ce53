package main

import "fmt"

func main() {
	var name string
	var a, b int
	n, err := fmt.Scan(&name, &a, &b)
	fmt.Println(n, err)
	fmt.Printf("%s: %d + %d = %d\n", name, a, b, a+b)
	var w string
	n, err = fmt.Scanln(&w)
	fmt.Println(n, err, w)
}

// Stdin: sum 3 4
// Stdin: word

// Output:
// 3 <nil>
// sum: 3 + 4 = 7
// 1 <nil> word
