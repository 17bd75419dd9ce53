package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(a == complex(1, 2), a != b)
	var c complex64 = 1.5 + 0.5i
	fmt.Println(c*c, c/2)
	fmt.Printf("%v %.2f %T %T\n", a, b, a, c)
	z := 1i * 1i
	fmt.Println(z, -z)
	var zero complex128
	fmt.Println(zero, -a)
	fmt.Println(complex(0.1, 0.2) + complex(0.2, 0.1))
}

// Output:
// (1+2i) (3-4i)
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// true true
// (2+1.5i) (0.75+0.25i)
// (1+2i) (3.00-4.00i) complex128 complex64
// (-1+0i) (1-0i)
// (0+0i) (-1-2i)
// (0.3+0.3i)
