// Errors:
// err_slice.go:9:12: final index required in 3-index slice
// err_slice.go:10:9: middle index required in 3-index slice
// err_slice.go:11:10: syntax error: unexpected literal 2, expected ]
// err_slice.go:12:8: syntax error: unexpected ], expected operand
package p

func f() {
	_ = s[1:2:]
	_ = s[::3]
	_ = s[1,2:3]
	_ = s[]
}
