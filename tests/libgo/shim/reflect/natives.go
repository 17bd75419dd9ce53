package reflect

// Real-Go implementations of govm's reflect natives: a type descriptor is
// the real runtime's *rtype (the word reflect.Type values and empty
// interfaces carry), and memory is real Go memory, laid out as in govm.

import (
	rr "reflect"
	"unsafe"
)

var tmpl = rr.TypeOf(0)

func rt(p unsafe.Pointer) rr.Type {
	t := tmpl
	(*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1] = p
	return t
}

func fromRT(t rr.Type) unsafe.Pointer {
	if t == nil {
		return nil
	}
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1]
}

func at(t, p unsafe.Pointer) rr.Value { return rr.NewAt(rt(t), p).Elem() }

func copyOut(v rr.Value) unsafe.Pointer {
	n := rr.New(v.Type())
	n.Elem().Set(v)
	return n.UnsafePointer()
}

func efaceType(i any) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&i))[0] }

func unpackEface(i any) (t, p unsafe.Pointer) {
	if i == nil {
		return nil, nil
	}
	v := rr.ValueOf(i)
	return fromRT(v.Type()), copyOut(v)
}

func packEface(t, p unsafe.Pointer) any { return at(t, p).Interface() }

func ifaceElem(t, p unsafe.Pointer) (et, ep unsafe.Pointer) {
	v := at(t, p)
	if v.IsNil() {
		return nil, nil
	}
	e := v.Elem()
	return fromRT(e.Type()), copyOut(e)
}

func storeIface(t, dst, vt, src unsafe.Pointer) { at(t, dst).Set(at(vt, src)) }
func typedmemmove(t, dst, src unsafe.Pointer)   { at(t, dst).Set(at(t, src)) }
func newObject(t unsafe.Pointer) unsafe.Pointer { return rr.New(rt(t)).UnsafePointer() }
func valuesEqual(t, p, q unsafe.Pointer) bool   { return at(t, p).Interface() == at(t, q).Interface() }

func typeKind(t unsafe.Pointer) int                  { return int(rt(t).Kind()) }
func typeString(t unsafe.Pointer) string             { return rt(t).String() }
func typeName(t unsafe.Pointer) string               { return rt(t).Name() }
func typePkgPath(t unsafe.Pointer) string            { return rt(t).PkgPath() }
func typeSize(t unsafe.Pointer) uintptr              { return rt(t).Size() }
func typeAlign(t unsafe.Pointer) int                 { return rt(t).Align() }
func typeElem(t unsafe.Pointer) unsafe.Pointer       { return fromRT(rt(t).Elem()) }
func typeKey(t unsafe.Pointer) unsafe.Pointer        { return fromRT(rt(t).Key()) }
func typeLen(t unsafe.Pointer) int                   { return rt(t).Len() }
func typeChanDir(t unsafe.Pointer) int               { return int(rt(t).ChanDir()) }
func typeNumField(t unsafe.Pointer) int              { return rt(t).NumField() }
func typeNumMethod(t unsafe.Pointer) int             { return rt(t).NumMethod() }
func typeIn(t unsafe.Pointer, i int) unsafe.Pointer  { return fromRT(rt(t).In(i)) }
func typeOut(t unsafe.Pointer, i int) unsafe.Pointer { return fromRT(rt(t).Out(i)) }
func typeImplements(t, u unsafe.Pointer) bool        { return rt(t).Implements(rt(u)) }
func typeAssignableTo(t, u unsafe.Pointer) bool      { return rt(t).AssignableTo(rt(u)) }
func typeComparable(t unsafe.Pointer) bool           { return rt(t).Comparable() }
func typePtrTo(t unsafe.Pointer) unsafe.Pointer      { return fromRT(rr.PtrTo(rt(t))) }
func typeSliceOf(t unsafe.Pointer) unsafe.Pointer    { return fromRT(rr.SliceOf(rt(t))) }

func typeField(t unsafe.Pointer, i int) (string, unsafe.Pointer, uintptr, string, bool, string) {
	f := rt(t).Field(i)
	return f.Name, fromRT(f.Type), f.Offset, string(f.Tag), f.Anonymous, f.PkgPath
}

func typeMethod(t unsafe.Pointer, i int) (string, string, unsafe.Pointer) {
	m := rt(t).Method(i)
	return m.Name, m.PkgPath, fromRT(m.Type)
}

func typeFuncCounts(t unsafe.Pointer) (int, int, bool) {
	ft := rt(t)
	return ft.NumIn(), ft.NumOut(), ft.IsVariadic()
}

func mapLen(t, m unsafe.Pointer) int { return at(t, m).Len() }

func mapAccess(t, m, key unsafe.Pointer) unsafe.Pointer {
	r := at(t, m).MapIndex(at(fromRT(rt(t).Key()), key))
	if !r.IsValid() {
		return nil
	}
	return copyOut(r)
}

type iterBox struct{ it *rr.MapIter }

func mapIterStart(t, m unsafe.Pointer) unsafe.Pointer {
	return unsafe.Pointer(&iterBox{at(t, m).MapRange()})
}

func mapIterNext(it unsafe.Pointer) bool            { return (*iterBox)(it).it.Next() }
func mapIterKey(it unsafe.Pointer) unsafe.Pointer   { return copyOut((*iterBox)(it).it.Key()) }
func mapIterValue(it unsafe.Pointer) unsafe.Pointer { return copyOut((*iterBox)(it).it.Value()) }
func chanLen(c unsafe.Pointer) int                  { return 0 }
func chanCap(c unsafe.Pointer) int                  { return 0 }
