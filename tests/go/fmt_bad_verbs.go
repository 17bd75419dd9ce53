package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "extra", 3.5)
	fmt.Printf("no verbs\n", 7)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%v %v\n")
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%.*d\n", "x", 5)
	s := fmt.Sprintf("%d %s", 1.5, []int{1})
	fmt.Println(s)
}

// Output:
// %!d(string=x)
// %!s(int=42)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)1
// %!(EXTRA string=extra, float64=3.5)no verbs
// %!(EXTRA int=7)%!z(int=3)
// %!!(MISSING)
// %!t(int=1)
// %!x(bool=true)
// %!v(MISSING) %!v(MISSING)
// %!d(BADINDEX)
// %!d(BADINDEX)
// trailing %!(NOVERB)
// %!d(<nil>)
// %!s(<nil>)
// %!(BADPREC)5
// %!d(float64=1.5) [%!s(int=1)]
