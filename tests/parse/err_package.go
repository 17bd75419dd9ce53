// Errors:
// err_package.go:3:1: syntax error: package statement must be first
func main() {}
