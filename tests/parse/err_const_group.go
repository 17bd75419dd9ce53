// Errors:
// err_const_group.go:5:18: syntax error: unexpected b in grouped declaration; possibly missing semicolon or newline or )
package p

const ( a = iota b )
