package math

import rm "math"

func Float32bits(f float32) uint32     { return rm.Float32bits(f) }
func Float32frombits(b uint32) float32 { return rm.Float32frombits(b) }
func Float64bits(f float64) uint64     { return rm.Float64bits(f) }
func Float64frombits(b uint64) float64 { return rm.Float64frombits(b) }
func Sqrt(x float64) float64           { return rm.Sqrt(x) }
func Floor(x float64) float64          { return rm.Floor(x) }
func Ceil(x float64) float64           { return rm.Ceil(x) }
func Trunc(x float64) float64          { return rm.Trunc(x) }
func Mod(x, y float64) float64         { return rm.Mod(x, y) }
func Remainder(x, y float64) float64   { return rm.Remainder(x, y) }
func Ldexp(f float64, e int) float64   { return rm.Ldexp(f, e) }
func FMA(x, y, z float64) float64      { return rm.FMA(x, y, z) }
func Nextafter(x, y float64) float64   { return rm.Nextafter(x, y) }
func Gamma(x float64) float64          { return rm.Gamma(x) }
func Erf(x float64) float64            { return rm.Erf(x) }
func Erfc(x float64) float64           { return rm.Erfc(x) }

func Expm1(x float64) float64 { return rm.Expm1(x) }
func Log1p(x float64) float64 { return rm.Log1p(x) }
func Asinh(x float64) float64 { return rm.Asinh(x) }
func Acosh(x float64) float64 { return rm.Acosh(x) }
func Atanh(x float64) float64 { return rm.Atanh(x) }
