package main

func f() int {
	return 1, 2
}

func g() (int, string) {
	return 1
}

func h() {
	return 3
}

func main() {
	f()
	g()
	h()
}

// Errors:
// error_return_count.go:4:12: too many return values
// 	have (number, number)
// 	want (int)
// error_return_count.go:8:9: not enough return values
// 	have (number)
// 	want (int, string)
// error_return_count.go:12:9: too many return values
// 	have (number)
// 	want ()
