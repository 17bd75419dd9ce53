package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// The And/Or operations (functions and methods, Go 1.23): each returns
// the old value; concurrent Or of distinct bits sets all of them and
// concurrent And clears them again.

func main() {
	var i32 int32 = 0b1100
	fmt.Println(atomic.AndInt32(&i32, 0b1010), i32)
	fmt.Println(atomic.OrInt32(&i32, -16), i32)
	var i64 int64 = -1
	fmt.Println(atomic.AndInt64(&i64, 0xff), i64)
	fmt.Println(atomic.OrInt64(&i64, 1<<40), i64)
	var u32 uint32 = 0xf0f0
	fmt.Println(atomic.AndUint32(&u32, 0xff00), u32)
	fmt.Println(atomic.OrUint32(&u32, 0x000f), u32)
	var u64 uint64 = 1 << 63
	fmt.Println(atomic.OrUint64(&u64, 1), u64)
	fmt.Println(atomic.AndUint64(&u64, 1), u64)
	var up uintptr = 6
	fmt.Println(atomic.AndUintptr(&up, 3), up)
	fmt.Println(atomic.OrUintptr(&up, 8), up)

	var a atomic.Int32
	a.Store(7)
	fmt.Println(a.And(5), a.Or(8), a.Load())
	var b atomic.Int64
	fmt.Println(b.Or(-2), b.And(6), b.Load())
	var c atomic.Uint32
	fmt.Println(c.Or(0x80000000), c.And(0x7fffffff), c.Load())
	var d atomic.Uint64
	fmt.Println(d.Or(12), d.And(4), d.Load())
	var e atomic.Uintptr
	fmt.Println(e.Or(1), e.Or(2), e.And(2), e.Load())

	// 64 goroutines each set their own bit, then clear it again
	var bits atomic.Uint64
	var wg sync.WaitGroup
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			old := bits.Or(1 << g)
			if old&(1<<g) != 0 {
				fmt.Println("bit already set", g)
			}
		}(g)
	}
	wg.Wait()
	fmt.Printf("%#x\n", bits.Load())
	for g := 0; g < 64; g += 2 {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			bits.And(^uint64(1 << g))
		}(g)
	}
	wg.Wait()
	fmt.Printf("%#x\n", bits.Load())
}

// Output:
// 12 8
// 8 -8
// -1 255
// 255 1099511628031
// 61680 61440
// 61440 61455
// 9223372036854775808 9223372036854775809
// 9223372036854775809 1
// 6 2
// 2 10
// 7 5 13
// 0 -2 6
// 0 2147483648 0
// 0 12 4
// 0 1 3 2
// 0xffffffffffffffff
// 0xaaaaaaaaaaaaaaaa
