// Errors:
// err_unicode.go:7:5: invalid character U+20AC '€' in identifier
// err_unicode.go:8:5: identifier cannot begin with digit U+0661 '١'
// err_unicode.go:9:6: invalid character U+20AC '€' in identifier
package p

var € = 1
var ١x = 2
var x€y = 3
