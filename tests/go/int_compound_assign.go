package main

import "fmt"

func main() {
	x := 10
	x += 5
	fmt.Println(x)
	x -= 3
	fmt.Println(x)
	x *= 4
	fmt.Println(x)
	x /= 5
	fmt.Println(x)
	x %= 4
	fmt.Println(x)
	x <<= 10
	fmt.Println(x)
	x >>= 3
	fmt.Println(x)
	x |= 1
	fmt.Println(x)
	x &= 0xF0
	fmt.Println(x)
	x ^= 0xFF
	fmt.Println(x)
	x &^= 0x0F
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	arr := []int{1, 2, 3}
	i := 0
	arr[i] += 10
	arr[i+1] *= arr[i]
	fmt.Println(arr)
	m := map[string]int{}
	m["a"] += 5
	m["a"]++
	fmt.Println(m["a"])
}

// Output:
// 15
// 12
// 48
// 9
// 1
// 1024
// 128
// 129
// 128
// 127
// 112
// 113
// [11 22 3]
// 6
