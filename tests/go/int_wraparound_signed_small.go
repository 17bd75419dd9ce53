package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1:", a)
	a = -128
	a--
	fmt.Println("int8 -128-1:", a)
	var b int8 = 100
	b *= 3
	fmt.Println("int8 100*3:", b)
	b = -128
	b = -b
	fmt.Println("int8 -(-128):", b)

	var c int16 = 32767
	c += 2
	fmt.Println("int16 32767+2:", c)
	c = 300
	c *= 300
	fmt.Println("int16 300*300:", c)
	c = -32768
	c = c - 1
	fmt.Println("int16 -32768-1:", c)
	var d int8 = -128
	fmt.Println("int8 -128/-1:", d/-1, "%:", d%-1)
}

// Output:
// int8 127+1: -128
// int8 -128-1: 127
// int8 100*3: 44
// int8 -(-128): -128
// int16 32767+2: -32767
// int16 300*300: 24464
// int16 -32768-1: 32767
// int8 -128/-1: -128 %: 0
