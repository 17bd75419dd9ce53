// Errors:
// err_go_defer.go:8:8: expression in defer must be function call
// err_go_defer.go:9:5: expression in go must not be parenthesized
// err_go_defer.go:11:5: expression in go must be function call
package p

func f() {
	defer f
	go (g())
	defer (h)()
	go x.y
}
