// Errors:
// err_map_type.go:5:16: syntax error: unexpected newline, expected type
package p

type T map[int]
