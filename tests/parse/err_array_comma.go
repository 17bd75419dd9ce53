// Errors:
// err_array_comma.go:7:10: syntax error: unexpected comma; expected ]
// err_array_comma.go:8:9: syntax error: unexpected ], expected type argument list
// err_array_comma.go:9:11: syntax error: unexpected ], expected operand
package p

type T [3,]int
var x T[]
var y = T[]{}
