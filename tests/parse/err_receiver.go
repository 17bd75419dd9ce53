// Errors:
// err_receiver.go:9:9: method has no receiver
// err_receiver.go:10:15: method has multiple receivers
// err_receiver.go:11:12: syntax error: unexpected (, expected name
// err_receiver.go:12:9: method has no receiver
// err_receiver.go:12:9: syntax error: unexpected {, expected name
package p

func () f() {}
func (a, b T) g() {}
func (r T) () {}
func () {}
