// Errors:
// err_struct_field.go:6:6: syntax error: unexpected c in struct type; possibly missing semicolon or newline or }
package p

type T struct {
	a b c
}
