// Errors:
// err_else.go:7:9: syntax error: else must be followed by if or statement block
package p

func f() {
	if x {
	} else for {
	}
}
