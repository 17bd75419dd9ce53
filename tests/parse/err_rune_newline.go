// Errors:
// err_rune_newline.go:5:10: newline in rune literal
package p

var a = '
var b = 1
