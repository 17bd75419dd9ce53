// Errors:
// err_embedded.go:8:3: syntax error: cannot parenthesize embedded type
// err_embedded.go:9:2: syntax error: cannot parenthesize embedded type
// err_embedded.go:10:2: syntax error: unexpected literal 1, expected field name or embedded type
package p

type T struct {
	*(U)
	(V)
	1
}
