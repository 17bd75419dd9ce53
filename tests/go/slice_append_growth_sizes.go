package main

import "fmt"

type Triple struct{ A, B, C int64 }
type Five struct{ A, B, C, D, E int8 }

func main() {
	var b []byte
	prev := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println("bytes")
	var r []int32
	prev = -1
	for i := 0; i < 1500; i++ {
		r = append(r, int32(i))
		if cap(r) != prev {
			fmt.Print(cap(r), " ")
			prev = cap(r)
		}
	}
	fmt.Println("int32")
	var t []Triple
	prev = -1
	for i := 0; i < 700; i++ {
		t = append(t, Triple{})
		if cap(t) != prev {
			fmt.Print(cap(t), " ")
			prev = cap(t)
		}
	}
	fmt.Println("triple")
	var f []Five
	prev = -1
	for i := 0; i < 700; i++ {
		f = append(f, Five{})
		if cap(f) != prev {
			fmt.Print(cap(f), " ")
			prev = cap(f)
		}
	}
	fmt.Println("five")
	var u []uint16
	prev = -1
	for i := 0; i < 600; i++ {
		u = append(u, 1)
		if cap(u) != prev {
			fmt.Print(cap(u), " ")
			prev = cap(u)
		}
	}
	fmt.Println("uint16")
}

// Output:
// 8 16 32 64 128 256 512 896 1408 2048 3072 bytes
// 2 4 8 16 32 64 128 256 512 864 1344 2048 int32
// 1 2 4 8 16 32 64 128 256 512 853 triple
// 1 3 6 12 25 51 102 204 409 819 five
// 4 8 16 32 64 128 256 512 896 uint16
