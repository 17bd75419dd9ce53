// Errors:
// err_for_header.go:9:20: syntax error: unexpected {, expected semicolon or newline
// err_for_header.go:10:2: syntax error: unexpected }, expected expression
// err_for_header.go:11:10: syntax error: var declaration not allowed in for initializer
// err_for_header.go:13:18: syntax error: cannot declare in post statement of for loop
package p

func f() {
	for i := 0; i < 3 {
	}
	for var i = 0; i < 3; i++ {
	}
	for i := 0; ; i := 1 {
	}
}
