// mandelbrot: N x N grid (N = 2000) over [-1.5, 0.5] x [-1, 1], at most 50
// iterations of z = z^2 + c with escape radius 2. Prints the number of points
// that never escaped and the sum of iteration counts. Exercises: float
// arithmetic, nested loops, early loop exit.
package main

import "fmt"

func main() {
	const n = 2000
	const maxIter = 50
	inside := 0
	iterSum := 0
	fn := float64(n)
	for y := 0; y < n; y++ {
		ci := 2.0*float64(y)/fn - 1.0
		for x := 0; x < n; x++ {
			cr := 2.0*float64(x)/fn - 1.5
			zr, zi := 0.0, 0.0
			it := 0
			escaped := false
			for it < maxIter {
				tr := zr*zr - zi*zi + cr
				ti := 2.0*zr*zi + ci
				zr = tr
				zi = ti
				it++
				if zr*zr+zi*zi > 4.0 {
					escaped = true
					break
				}
			}
			if !escaped {
				inside++
			}
			iterSum += it
		}
	}
	fmt.Printf("mandelbrot %dx%d inside=%d iterations=%d\n", n, n, inside, iterSum)
}
