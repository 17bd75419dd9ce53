// Errors:
// err_comment_eof.go:5:11: comment not terminated
package p

var a = 1 /* unterminated
