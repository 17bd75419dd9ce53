// Errors:
// err_rune_eof.go:5:9: rune literal not terminated
package p

var a = '\