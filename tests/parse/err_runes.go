// Errors:
// err_runes.go:10:7: empty rune literal or unescaped '
// err_runes.go:11:6: more than one character in rune literal
// err_runes.go:12:11: octal escape value 256 > 255
// err_runes.go:13:17: escape is invalid Unicode code point U+110000
// err_runes.go:14:13: escape is invalid Unicode code point U+D800
package p

var (
	a = ''
	b = 'ab'
	c = '\400'
	d = '\U00110000'
	e = '\uD800'
)
