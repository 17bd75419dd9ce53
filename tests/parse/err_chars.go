// Errors:
// err_chars.go:8:2: invalid character U+0023 '#'
// err_chars.go:9:2: invalid character U+0024 '$'
// err_chars.go:10:2: invalid character U+003F '?'
package p

func f() {
	# x
	$
	?
}
