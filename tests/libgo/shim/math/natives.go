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

func Exp(x float64) float64      { return rm.Exp(x) }
func Exp2(x float64) float64     { return rm.Exp2(x) }
func Expm1(x float64) float64    { return rm.Expm1(x) }
func Log(x float64) float64      { return rm.Log(x) }
func Log1p(x float64) float64    { return rm.Log1p(x) }
func Pow(x, y float64) float64   { return rm.Pow(x, y) }
func Sin(x float64) float64      { return rm.Sin(x) }
func Cos(x float64) float64      { return rm.Cos(x) }
func Tan(x float64) float64      { return rm.Tan(x) }
func Asin(x float64) float64     { return rm.Asin(x) }
func Acos(x float64) float64     { return rm.Acos(x) }
func Atan(x float64) float64     { return rm.Atan(x) }
func Atan2(y, x float64) float64 { return rm.Atan2(y, x) }
func Sinh(x float64) float64     { return rm.Sinh(x) }
func Cosh(x float64) float64     { return rm.Cosh(x) }
func Tanh(x float64) float64     { return rm.Tanh(x) }
func Asinh(x float64) float64    { return rm.Asinh(x) }
func Acosh(x float64) float64    { return rm.Acosh(x) }
func Atanh(x float64) float64    { return rm.Atanh(x) }
func Cbrt(x float64) float64     { return rm.Cbrt(x) }
func Hypot(p, q float64) float64 { return rm.Hypot(p, q) }
