package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+5d][%-+5d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%05d]\n", -42, -42)
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+08.3f]\n", 3.14159, 3.14159, -3.14159, 3.14159)
	fmt.Printf("[%6s][%-6s]\n", "ab", "ab")
	fmt.Printf("[%#8x][%#-8x][%08x]\n", 255, 255, 255)
	fmt.Printf("[% x][% X]\n", []byte{1, 2, 255}, "AB")
	fmt.Printf("[%5t][%-6v]\n", true, false)
	fmt.Printf("[%3c][%-3c]\n", 'x', 'y')
	fmt.Printf("[%10v][%-10v]\n", []int{1, 2}, []int{3})
	fmt.Printf("[%6.2v]\n", "abcdef")
	fmt.Printf("[%x][% x][%#x][%# x]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%2d][%2s]\n", 12345, "longer")
}

// Output:
// [   42][42   ][00042][  +42][+42  ]
// [  -42][-0042]
// [   3.142][3.142   ][-003.142][+003.142]
// [    ab][ab    ]
// [    0xff][0xff    ][000000ff]
// [01 02 ff][41 42]
// [ true][false ]
// [  x][y  ]
// [[         1          2]][[3         ]]
// [    ab]
// [616263][61 62 63][0x616263][0x61 0x62 0x63]
// [12345][longer]
