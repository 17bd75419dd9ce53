package main

import "fmt"

type MyInt int

func kind(v interface{}) string {
	switch x := v.(type) {
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed %T %v", x, x)
	case uint, uint8, uint16:
		return fmt.Sprintf("unsigned %T", x)
	case nil, bool:
		return fmt.Sprintf("nil-or-bool %v", x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", x*2)
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func main() {
	fmt.Println(kind(1))
	fmt.Println(kind(int8(-2)))
	fmt.Println(kind(int64(3)))
	fmt.Println(kind(rune('a')))
	fmt.Println(kind(byte(1)))
	fmt.Println(kind(uint32(1)))
	fmt.Println(kind(nil))
	fmt.Println(kind(true))
	fmt.Println(kind(MyInt(21)))
	fmt.Println(kind("s"))
	var e error
	switch e.(type) {
	case nil:
		fmt.Println("nil error")
	}
	var i interface{} = 3.5
	switch i.(type) {
	case int:
		fmt.Println("int")
	case float32, float64:
		fmt.Println("float")
	}
}

// Output:
// signed int 1
// signed int8 -2
// signed int64 3
// signed int32 97
// unsigned uint8
// default uint32
// nil-or-bool <nil>
// nil-or-bool true
// MyInt 42
// default string
// nil error
// float
