// Errors:
// err_package_name.go:4:1: syntax error: unexpected func, expected name
package
func main() {}
