// Errors:
// err_raw_eof.go:5:9: string not terminated
package p

var a = `abc
