// Errors:
// err_three_index.go:7:10: middle index required in 3-index slice
// err_three_index.go:7:11: final index required in 3-index slice
package p

func f() {
	_ = s[1::]
}
