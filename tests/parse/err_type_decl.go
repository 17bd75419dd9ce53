// Errors:
// err_type_decl.go:7:7: syntax error: unexpected newline in type declaration
// err_type_decl.go:8:16: syntax error: missing type constraint
// err_type_decl.go:10:22: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }
package p

type T
type U[P any, Q] int
type V[] int
type W struct { a int, b int }
