// sync/atomic's integer functions, which the compiler turns into ATOMIC
// instructions: every operation at every width, results widened as their
// types say (negative int32s, uint32s with the top bit set), the bool of
// CompareAndSwap, nil addresses, and the typed wrappers built on them.
package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 int32 = -5
	r1 := atomic.AddInt32(&i32, -3)
	fmt.Println(r1, atomic.LoadInt32(&i32))
	r1 = atomic.SwapInt32(&i32, math.MinInt32)
	fmt.Println(r1, atomic.LoadInt32(&i32))
	b1 := atomic.CompareAndSwapInt32(&i32, math.MinInt32, 7)
	b2 := atomic.CompareAndSwapInt32(&i32, 8, 9)
	fmt.Println(b1, b2, i32)

	var u32 uint32 = math.MaxUint32
	r2 := atomic.AddUint32(&u32, 2)
	fmt.Println(r2, atomic.LoadUint32(&u32))
	r2 = atomic.AddUint32(&u32, ^uint32(0)) // subtract 1
	fmt.Println(r2, u32)
	r2 = atomic.SwapUint32(&u32, 1<<31)
	fmt.Println(r2, atomic.LoadUint32(&u32))
	b1 = atomic.CompareAndSwapUint32(&u32, 1<<31, 3)
	fmt.Println(b1, u32)

	var i64 int64 = math.MaxInt64
	r3 := atomic.AddInt64(&i64, 1)
	fmt.Println(r3, atomic.LoadInt64(&i64))
	r3 = atomic.SwapInt64(&i64, -42)
	b1 = atomic.CompareAndSwapInt64(&i64, -42, 1<<40)
	fmt.Println(r3, b1, i64)

	var u64 uint64
	r4 := atomic.AddUint64(&u64, ^uint64(0))
	fmt.Println(r4, atomic.LoadUint64(&u64))
	b1 = atomic.CompareAndSwapUint64(&u64, math.MaxUint64, 0)
	fmt.Println(b1, u64)
	var up uintptr = 10
	r5 := atomic.AddUintptr(&up, 5)
	r6 := atomic.SwapUintptr(&up, 1)
	fmt.Println(r5, r6, atomic.LoadUintptr(&up))
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreUintptr(&up, 99)
	atomic.StoreInt32(&i32, -1)
	atomic.StoreInt64(&i64, -1)
	fmt.Println(u64, up, i32, i64)

	// the result of a call used in expressions and as a statement
	var n int32
	atomic.AddInt32(&n, 2)
	if atomic.AddInt32(&n, 1) == 3 && atomic.LoadInt32(&n)*2 == 6 {
		fmt.Println("expr ok")
	}
	// fields of structs and elements of slices
	type st struct {
		a int8
		b int64
		c uint32
	}
	s := &st{}
	xs := make([]int32, 3)
	atomic.AddInt64(&s.b, 9)
	atomic.StoreUint32(&s.c, 4)
	atomic.AddInt32(&xs[2], -9)
	fmt.Println(*s, xs)

	// many goroutines
	var total int64
	var hits uint32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				atomic.AddInt64(&total, 2)
				for {
					old := atomic.LoadUint32(&hits)
					if atomic.CompareAndSwapUint32(&hits, old, old+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(total, hits)

	// the typed API over the same functions
	var ai atomic.Int32
	ai.Store(-7)
	a1 := ai.Add(2)
	a2 := ai.Swap(4)
	a3 := ai.CompareAndSwap(4, 5)
	fmt.Println(a1, a2, a3, ai.Load())
	var au atomic.Uint64
	au.Add(3)
	c1 := au.CompareAndSwap(2, 9)
	fmt.Println(au.Load(), c1)

	// nil addresses panic like any nil dereference
	for _, f := range []func(){
		func() { var p *int32; atomic.AddInt32(p, 1) },
		func() { var p *uint64; _ = atomic.LoadUint64(p) },
		func() { var p *int64; atomic.CompareAndSwapInt64(p, 0, 1) },
		func() { var p *uint32; atomic.StoreUint32(p, 1) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
	andOr()
	funcValues()
}

// And and Or (Go 1.23) return the old value.
func andOr() {
	var i32 int32 = -1
	o1 := atomic.AndInt32(&i32, 0x0ff0)
	o2 := atomic.OrInt32(&i32, -256)
	fmt.Println(o1, o2, i32)
	var u32 uint32 = 3
	o3 := atomic.OrUint32(&u32, 0xf0000000)
	o4 := atomic.AndUint32(&u32, 0x0000ffff)
	fmt.Println(o3, o4, u32)
	var i64 int64 = -1
	o5 := atomic.AndInt64(&i64, 1<<62|1)
	o6 := atomic.OrInt64(&i64, 6)
	fmt.Println(o5, o6, i64)
	var u64 uint64 = 1 << 63
	o7 := atomic.OrUint64(&u64, 1)
	o8 := atomic.AndUint64(&u64, 1)
	fmt.Println(o7, o8, u64)
	var up uintptr = 12
	o9 := atomic.AndUintptr(&up, 4)
	o10 := atomic.OrUintptr(&up, 3)
	fmt.Println(o9, o10, up)
}

// Function values of the same functions are natives sharing the
// instruction's code.
func funcValues() {
	var x int32 = -4
	var u uint32 = 1 << 31
	add := atomic.AddInt32
	addu := atomic.AddUint32
	cas := atomic.CompareAndSwapInt64
	var y int64 = 5
	r1 := add(&x, -1)
	r2 := addu(&u, 1)
	r3 := cas(&y, 5, 9)
	fmt.Println(r1, r2, r3, y)
	defer func() { fmt.Println(recover()) }()
	load := atomic.LoadInt64
	load(nil)
}

// Output:
// -8 -8
// -8 -2147483648
// true false 7
// 1 1
// 0 0
// 0 2147483648
// true 3
// -9223372036854775808 -9223372036854775808
// -9223372036854775808 true 1099511627776
// 18446744073709551615 18446744073709551615
// true 0
// 15 15 1
// 9223372036854775808 99 -1 -1
// expr ok
// {0 9 4} [0 0 -9]
// 16000 8000
// -5 -5 true 5
// 3 false
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
// runtime error: invalid memory address or nil pointer dereference
// -1 4080 -16
// 3 4026531843 3
// -1 4611686018427387905 4611686018427387911
// 9223372036854775808 9223372036854775809 1
// 12 4 7
// -5 2147483649 true 9
// runtime error: invalid memory address or nil pointer dereference
