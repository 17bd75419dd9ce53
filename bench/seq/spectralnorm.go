// spectralnorm: power method for the spectral norm of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1), truncated to N = 1500, 10 iterations
// of u -> AtA u. Prints the estimate with %.9f. Exercises: float arithmetic,
// slice indexing, nested loops, small function calls.
package main

import (
	"fmt"
	"math"
)

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// out = A * in
func mulAv(in, out []float64) {
	n := len(in)
	for i := 0; i < n; i++ {
		s := 0.0
		for j := 0; j < n; j++ {
			s += a(i, j) * in[j]
		}
		out[i] = s
	}
}

// out = transpose(A) * in
func mulAtv(in, out []float64) {
	n := len(in)
	for i := 0; i < n; i++ {
		s := 0.0
		for j := 0; j < n; j++ {
			s += a(j, i) * in[j]
		}
		out[i] = s
	}
}

func mulAtAv(in, out, tmp []float64) {
	mulAv(in, tmp)
	mulAtv(tmp, out)
}

func main() {
	const n = 1500
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < n; i++ {
		u[i] = 1.0
	}
	for k := 0; k < 10; k++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}
