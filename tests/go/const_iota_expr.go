package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	FlagA = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	s0 = iota * iota
	s1
	s2
	s3
)

const (
	neg = -iota
	neg1
	neg2
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	fmt.Println(s0, s1, s2, s3)
	fmt.Println(neg, neg1, neg2)
}

// Output:
// 1024 1.048576e+06 1.073741824e+09 1.099511627776e+12
// 1 2 4 8 5
// 0 1 4 9
// 0 -1 -2
