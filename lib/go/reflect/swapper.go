package reflect

import "unsafe"

// Swapper returns a function exchanging elements i and j of slice, which
// must hold a slice (anything else panics).
//
// Common element types get a closure over the typed slice; the others
// exchange the elements' memory through a temporary of the element type.
func Swapper(slice any) func(i, j int) {
	switch s := slice.(type) {
	case []int:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []string:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []float64:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []int64:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []int32:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []uint:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []byte:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	case []any:
		return func(i, j int) { s[i], s[j] = s[j], s[i] }
	}
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	hdr := *(*sliceHeader)(v.ptr)
	switch hdr.Len {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	et := typeElem(v.typ.t)
	size := typeSize(et)
	tmp := newObject(et)
	return func(i, j int) {
		if uint(i) >= uint(hdr.Len) || uint(j) >= uint(hdr.Len) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Pointer(uintptr(hdr.Data) + uintptr(i)*size)
		pj := unsafe.Pointer(uintptr(hdr.Data) + uintptr(j)*size)
		typedmemmove(et, tmp, pi)
		typedmemmove(et, pi, pj)
		typedmemmove(et, pj, tmp)
	}
}
