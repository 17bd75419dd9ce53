package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	res := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			res[i][j] = s
		}
	}
	return res, nil
}

func (a Matrix) Transpose() Matrix {
	t := NewMatrix(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) Print() {
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%7.2f", v)
		}
		fmt.Println()
	}
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Println(err)
	c.Print()
	fmt.Println(c)
	_, err = a.Mul(a)
	fmt.Println(err)
	a.Transpose().Print()
	id := NewMatrix(3, 3)
	for i := 0; i < 3; i++ {
		id[i][i] = 1
	}
	p, _ := b.Transpose().Mul(id)
	fmt.Println(p)
	var arr [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			arr[i][j] = (i + 1) * (j + 2)
		}
	}
	var sq [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				sq[i][j] += arr[i][k] * arr[k][j]
			}
		}
	}
	fmt.Println(arr, sq)
}

// Output:
// <nil>
//   58.00   64.00
//  139.00  154.00
// [[58 64] [139 154]]
// dimension mismatch: 2x3 * 2x3
//    1.00    4.00
//    2.00    5.00
//    3.00    6.00
// [[7 9 11] [8 10 12]]
// [[2 3 4] [4 6 8] [6 9 12]] [[40 60 80] [80 120 160] [120 180 240]]
