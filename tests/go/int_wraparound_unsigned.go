package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8 255+1:", a)
	a = 0
	a--
	fmt.Println("uint8 0-1:", a)
	a = 200
	a += 100
	fmt.Println("uint8 200+100:", a)
	a = 16
	a *= 17
	fmt.Println("uint8 16*17:", a)

	var b uint16 = 65535
	b += 2
	fmt.Println("uint16 65535+2:", b)

	var c uint32 = 0
	c -= 1
	fmt.Println("uint32 0-1:", c)
	c = 4000000000
	c += 400000000
	fmt.Println("uint32 4e9+4e8:", c)

	var d uint64 = 0
	d--
	fmt.Println("uint64 0-1:", d)
	d = 18446744073709551615
	d *= 2
	fmt.Println("uint64 max*2:", d)

	var e uint = 1
	e = -e
	fmt.Println("uint -1:", e)

	var p uintptr = 0
	p--
	fmt.Println("uintptr 0-1:", p)
	p += 5
	fmt.Println("uintptr +5:", p)

	var by byte = 'z'
	by += 10
	fmt.Println("byte z+10:", by)
}

// Output:
// uint8 255+1: 0
// uint8 0-1: 255
// uint8 200+100: 44
// uint8 16*17: 16
// uint16 65535+2: 1
// uint32 0-1: 4294967295
// uint32 4e9+4e8: 105032704
// uint64 0-1: 18446744073709551615
// uint64 max*2: 18446744073709551614
// uint -1: 18446744073709551615
// uintptr 0-1: 18446744073709551615
// uintptr +5: 4
// byte z+10: 132
