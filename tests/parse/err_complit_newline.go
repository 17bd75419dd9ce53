// Errors:
// err_complit_newline.go:6:17: syntax error: unexpected newline in composite literal; possibly missing comma or }
package p

func f() {
	x := []int{1, 2
	}
}
