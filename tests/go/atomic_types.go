package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

// The typed atomics: zero values, Load/Store/Swap/CompareAndSwap/Add with
// wrap-around at the type's limits, Bool, atomics as struct fields shared
// between goroutines, and fmt's view of them (Go's field layout).

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
	active   atomic.Bool
	last     atomic.Uintptr
}

func main() {
	var i32 atomic.Int32
	i32.Store(math.MaxInt32)
	fmt.Println(i32.Add(1), i32.Swap(-5), i32.Load())
	fmt.Println(i32.CompareAndSwap(5, 6), i32.CompareAndSwap(-5, 6), i32.Load())

	var i64 atomic.Int64
	fmt.Println(i64.Add(math.MinInt64), i64.Add(-1), i64.Load())
	fmt.Println(i64.Swap(42), i64.CompareAndSwap(42, 43), i64.Load())

	var u32 atomic.Uint32
	fmt.Println(u32.Add(^uint32(0)), u32.Add(2), u32.Swap(7), u32.Load())
	fmt.Println(u32.CompareAndSwap(7, 8), u32.Load())

	var u64 atomic.Uint64
	u64.Store(math.MaxUint64)
	fmt.Println(u64.Add(1), u64.Add(^uint64(9)), u64.Load())
	fmt.Println(u64.Swap(1<<63), u64.CompareAndSwap(1<<63, 3), u64.Load())

	var up atomic.Uintptr
	fmt.Println(up.Add(10), up.Swap(3), up.CompareAndSwap(3, 4), up.Load())

	var b atomic.Bool
	fmt.Println(b.Load(), b.CompareAndSwap(true, false), b.CompareAndSwap(false, true), b.Load())
	fmt.Println(b.Swap(false), b.Swap(false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	fmt.Println(i32, i64, u32, u64, up, b)
	fmt.Printf("%+v\n", u64)

	// the plain functions on ordinary variables and struct fields
	var n struct {
		a int32
		b int64
		c uint32
		d uint64
		e uintptr
	}
	atomic.StoreInt32(&n.a, -1)
	atomic.StoreInt64(&n.b, -2)
	atomic.StoreUint32(&n.c, 3)
	atomic.StoreUint64(&n.d, 4)
	atomic.StoreUintptr(&n.e, 5)
	fmt.Println(n, atomic.SwapInt32(&n.a, 1), atomic.SwapInt64(&n.b, 2), atomic.SwapUint32(&n.c, 30),
		atomic.SwapUint64(&n.d, 40), atomic.SwapUintptr(&n.e, 50))
	fmt.Println(atomic.CompareAndSwapInt32(&n.a, 1, 11), atomic.CompareAndSwapUint32(&n.c, 3, 33),
		atomic.CompareAndSwapUint64(&n.d, 40, 44), atomic.CompareAndSwapUintptr(&n.e, 50, 55), n)
	fmt.Println(atomic.AddUint32(&n.c, ^uint32(29)), atomic.AddInt64(&n.b, -4))
	arr := []int64{1, 2, 3}
	atomic.AddInt64(&arr[1], 40)
	fmt.Println(arr)

	// a struct of atomics shared by goroutines
	var st Stats
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			st.active.Store(true)
			for k := 0; k < 10; k++ {
				st.requests.Add(1)
				st.bytes.Add(uint64(g))
				if k == g%10 {
					st.errors.Add(1)
				}
			}
			st.last.Store(uintptr(g + 1))
		}(g)
	}
	wg.Wait()
	fmt.Println(st.requests.Load(), st.errors.Load(), st.bytes.Load(), st.active.Load(), st.last.Load() > 0)

	// a nil *atomic value panics like any nil dereference
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *atomic.Int64
	np.Add(1)
}

// Output:
// -2147483648 -2147483648 -5
// false true 6
// -9223372036854775808 9223372036854775807 9223372036854775807
// 9223372036854775807 true 43
// 4294967295 1 1 7
// true 8
// 0 18446744073709551606 18446744073709551606
// 18446744073709551606 true 3
// 10 10 true 4
// false false true true
// true false false
// true
// {{} 6} {{} {} 43} {{} 8} {{} {} 3} {{} 4} {{} 1}
// {_:{} _:{} v:3}
// {-1 -2 3 4 5} -1 -2 3 4 5
// true false true true {11 2 30 44 55}
// 0 -2
// [1 42 3]
// 1000 100 49500 true true
// recovered: runtime error: invalid memory address or nil pointer dereference
