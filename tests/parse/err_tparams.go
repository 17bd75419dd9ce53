// Errors:
// err_tparams.go:8:8: syntax error: empty type parameter list
// err_tparams.go:9:11: syntax error: method must have no type parameters
// err_tparams.go:10:13: syntax error: function type must have no type parameters
// err_tparams.go:11:12: syntax error: missing type constraint
package p

func f[]() {}
func (T) m[P any]() {}
var f = func[P any]() {}
type T[P, Q] int
