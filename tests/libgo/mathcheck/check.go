// check.go: Go's results for the math checker, in check.c's format. With
// -govm it uses govmlib/math (the package govm ships) instead.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"

	gmath "govmlib/math"
)

func main() {
	useG := len(os.Args) > 1 && os.Args[1] == "-govm"
	type fn struct {
		name string
		r, g func(float64) float64
	}
	fs := []fn{
		{"Exp", math.Exp, gmath.Exp}, {"Exp2", math.Exp2, gmath.Exp2}, {"Expm1", math.Expm1, gmath.Expm1},
		{"Log", math.Log, gmath.Log}, {"Log2", math.Log2, gmath.Log2}, {"Log10", math.Log10, gmath.Log10},
		{"Log1p", math.Log1p, gmath.Log1p}, {"Sin", math.Sin, gmath.Sin}, {"Cos", math.Cos, gmath.Cos},
		{"Tan", math.Tan, gmath.Tan}, {"Asin", math.Asin, gmath.Asin}, {"Acos", math.Acos, gmath.Acos},
		{"Atan", math.Atan, gmath.Atan}, {"Sinh", math.Sinh, gmath.Sinh}, {"Cosh", math.Cosh, gmath.Cosh},
		{"Tanh", math.Tanh, gmath.Tanh}, {"Asinh", math.Asinh, gmath.Asinh}, {"Acosh", math.Acosh, gmath.Acosh},
		{"Atanh", math.Atanh, gmath.Atanh}, {"Cbrt", math.Cbrt, gmath.Cbrt}, {"Sqrt", math.Sqrt, gmath.Sqrt},
		{"Pow2", func(x float64) float64 { return math.Pow(x, 2.5) }, func(x float64) float64 { return gmath.Pow(x, 2.5) }},
		{"PowX", func(x float64) float64 { return math.Pow(2.5, x) }, func(x float64) float64 { return gmath.Pow(2.5, x) }},
		{"Pow3", func(x float64) float64 { return math.Pow(x, 3) }, func(x float64) float64 { return gmath.Pow(x, 3) }},
		{"Atan2", func(x float64) float64 { return math.Atan2(x, 1.5) }, func(x float64) float64 { return gmath.Atan2(x, 1.5) }},
		{"Hypot", func(x float64) float64 { return math.Hypot(x, 3) }, func(x float64) float64 { return gmath.Hypot(x, 3) }},
		{"Gamma", math.Gamma, gmath.Gamma}, {"Erf", math.Erf, gmath.Erf},
		{"Mod", func(x float64) float64 { return math.Mod(x, 1.7) }, func(x float64) float64 { return gmath.Mod(x, 1.7) }},
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		b, _ := strconv.ParseUint(sc.Text(), 16, 64)
		x := math.Float64frombits(b)
		for _, f := range fs {
			g := f.r
			if useG {
				g = f.g
			}
			fmt.Fprintf(w, "%s %016x %016x\n", f.name, b, math.Float64bits(g(x)))
		}
	}
}
