// Errors:
// err_string_newline.go:5:13: newline in string
package p

var a = "abc
var b = 2
