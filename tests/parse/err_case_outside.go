// Errors:
// err_case_outside.go:6:2: syntax error: unexpected case, expected }
package p

func f() {
	case 1:
}
