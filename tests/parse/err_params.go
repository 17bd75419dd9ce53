// Errors:
// err_params.go:9:15: syntax error: mixed named and unnamed parameters
// err_params.go:10:18: syntax error: mixed named and unnamed parameters
// err_params.go:11:11: syntax error: ... is missing type
// err_params.go:12:14: syntax error: unexpected b in parameter list; possibly missing comma or )
// err_params.go:13:18: syntax error: mixed named and unnamed parameters
package p

func f(a int, string) {}
func g(a, b int, c) {}
func h(...) {}
func i(a int b int) {}
func j() (a int, string) {}
