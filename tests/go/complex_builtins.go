package main

import "fmt"

func main() {
	c := complex(3.5, -2.25)
	fmt.Println(real(c), imag(c))
	var c64 complex64 = complex(float32(1.1), float32(2.2))
	r := real(c64)
	fmt.Printf("%T %v %v\n", r, r, imag(c64))
	const k = complex(2, 3)
	fmt.Println(real(k), imag(k), k)
	x, y := 4.0, 0.0
	fmt.Println(complex(x, y), complex(y, x))
	m := c * complex(real(c), -imag(c))
	fmt.Println(m, real(m))
	fmt.Printf("%g %e\n", c, c)
}

// Output:
// 3.5 -2.25
// float32 1.1 2.2
// 2 3 (2+3i)
// (4+0i) (0+4i)
// (17.3125+0i) 17.3125
// (3.5-2.25i) (3.500000e+00-2.250000e+00i)
