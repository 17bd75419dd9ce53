// Matrix operations on [][]float64: multiplication, transpose, identity,
// determinant by Gaussian elimination with partial pivoting, inverse
// check, printed with fixed-width formatting.
package main

import (
	"fmt"
	"math"
)

type matrix [][]float64

func newMatrix(r, c int) matrix {
	m := make(matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a matrix) mul(b matrix) matrix {
	out := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a matrix) transpose() matrix {
	out := newMatrix(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a matrix) det() float64 {
	n := len(a)
	m := newMatrix(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	d := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if m[p][c] == 0 {
			return 0
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			d = -d
		}
		d *= m[c][c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	return d
}

func (a matrix) inverse() matrix {
	n := len(a)
	aug := newMatrix(n, 2*n)
	for i := range a {
		copy(aug[i], a[i])
		aug[i][n+i] = 1
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(aug[r][c]) > math.Abs(aug[p][c]) {
				p = r
			}
		}
		aug[p], aug[c] = aug[c], aug[p]
		pv := aug[c][c]
		for k := range aug[c] {
			aug[c][k] /= pv
		}
		for r := 0; r < n; r++ {
			if r != c {
				f := aug[r][c]
				for k := range aug[r] {
					aug[r][k] -= f * aug[c][k]
				}
			}
		}
	}
	inv := newMatrix(n, n)
	for i := range inv {
		copy(inv[i], aug[i][n:])
	}
	return inv
}

func (a matrix) print(name string) {
	fmt.Println(name + ":")
	for _, row := range a {
		for _, v := range row {
			if math.Abs(v) < 1e-12 {
				v = 0
			}
			fmt.Printf("%9.3f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	b := matrix{{1, 2}, {3, 4}, {5, 6}}
	a.print("A")
	a.mul(b).print("A*B")
	b.transpose().print("B^T")
	fmt.Printf("det(A) = %.6f\n", a.det())
	inv := a.inverse()
	inv.print("A^-1")
	a.mul(inv).print("A*A^-1")
	h := newMatrix(4, 4)
	for i := range h {
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("det(Hilbert4) = %.6e\n", h.det())
	fmt.Println(matrix{{1, 2}, {2, 4}}.det())
}

// Output:
// A:
//     2.000   -1.000    0.000
//    -1.000    2.000   -1.000
//     0.000   -1.000    2.000
// A*B:
//    -1.000    0.000
//     0.000    0.000
//     7.000    8.000
// B^T:
//     1.000    3.000    5.000
//     2.000    4.000    6.000
// det(A) = 4.000000
// A^-1:
//     0.750    0.500    0.250
//     0.500    1.000    0.500
//     0.250    0.500    0.750
// A*A^-1:
//     1.000    0.000    0.000
//     0.000    1.000    0.000
//     0.000    0.000    1.000
// det(Hilbert4) = 1.653439e-07
// 0
