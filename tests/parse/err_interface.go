// Errors:
// err_interface.go:9:3: interface method must have no type parameters
// err_interface.go:10:4: empty type parameter list
// err_interface.go:11:4: empty type argument list
// err_interface.go:12:2: syntax error: unexpected literal 1, expected ~ term or type
package p

type T interface {
	m[P any]()
	n[]()
	o[]
	1
}
