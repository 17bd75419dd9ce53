package reflect

import "unsafe"

type flag uint

const (
	flagAddr flag = 1 << iota // addressable (reached through a pointer)
	flagRO                    // obtained via an unexported field
)

// Value is the reflection interface to a Go value. The zero Value is
// invalid. ptr always points to the value's memory form.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// A ValueError occurs when a Value method is invoked on a Value that does
// not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

type sliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

// ValueOf returns a new Value initialized to the concrete value stored in
// the interface i. ValueOf(nil) returns the zero Value.
func ValueOf(i any) Value {
	t, p := unpackEface(i)
	if t == nil {
		return Value{}
	}
	return Value{toRType(t), p, 0}
}

// Zero returns a Value representing the zero value for the specified type.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, newObject(t.t), 0}
}

// New returns a Value representing a pointer to a new zero value for the
// specified type.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	cell := new(unsafe.Pointer)
	*cell = newObject(t.t)
	return Value{toRType(typePtrTo(t.t)), unsafe.Pointer(cell), 0}
}

// Indirect returns the value that v points to. If v is a nil pointer,
// Indirect returns a zero Value. If v is not a pointer, Indirect returns v.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(typeKind(v.typ.t))
}

func (v Value) mustBe(k Kind, method string) {
	if v.kind() != k {
		panic(&ValueError{method, v.kind()})
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// Kind returns v's Kind. If v is the zero Value (IsValid returns false),
// Kind returns Invalid.
func (v Value) Kind() Kind { return v.kind() }

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != nil }

// CanAddr reports whether the value's address can be obtained with Addr.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() (i any) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v.typ.t, v.ptr)
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	cell := new(unsafe.Pointer)
	*cell = v.ptr
	return Value{toRType(typePtrTo(v.typ.t)), unsafe.Pointer(cell), v.flag & flagRO}
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	k := v.kind()
	return k >= Int && k <= Int64
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.kind()})
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	k := v.kind()
	return k >= Uint && k <= Uintptr
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.kind()})
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the string v's underlying value, as a string. Unlike the
// other getters, it does not panic if v's Kind is not String; it returns a
// string of the form "<T Value>" where T is v's type.
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.typ.String() + " Value>"
}

// Len returns v's length.
func (v Value) Len() int {
	switch v.kind() {
	case Array:
		return typeLen(v.typ.t)
	case Slice:
		return (*sliceHeader)(v.ptr).Len
	case String:
		return (*stringHeader)(v.ptr).Len
	case Map:
		return mapLen(v.typ.t, v.ptr)
	case Chan:
		return chanLen(v.ptr)
	case Pointer:
		if typeKind(typeElem(v.typ.t)) == int(Array) {
			return typeLen(typeElem(v.typ.t))
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.kind()})
}

// Cap returns v's capacity.
func (v Value) Cap() int {
	switch v.kind() {
	case Array:
		return typeLen(v.typ.t)
	case Slice:
		return (*sliceHeader)(v.ptr).Cap
	case Chan:
		return chanCap(v.ptr)
	case Pointer:
		if typeKind(typeElem(v.typ.t)) == int(Array) {
			return typeLen(typeElem(v.typ.t))
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.kind()})
}

// Index returns v's i'th element. It panics if v's Kind is not Array,
// Slice, or String or i is out of range.
func (v Value) Index(i int) Value {
	switch v.kind() {
	case Array:
		n := typeLen(v.typ.t)
		if uint(i) >= uint(n) {
			panic("reflect: array index out of range")
		}
		et := typeElem(v.typ.t)
		return Value{toRType(et), add(v.ptr, uintptr(i)*typeSize(et)), v.flag}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: slice index out of range")
		}
		et := typeElem(v.typ.t)
		return Value{toRType(et), add(s.Data, uintptr(i)*typeSize(et)), flagAddr | v.flag&flagRO}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.Len) {
			panic("reflect: string index out of range")
		}
		return Value{toRType(efaceType(byte(0))), add(s.Data, uintptr(i)), v.flag & flagRO}
	}
	panic(&ValueError{"reflect.Value.Index", v.kind()})
}

func add(p unsafe.Pointer, x uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + x)
}

// Elem returns the value that the interface v contains or that the pointer
// v points to. It panics if v's Kind is not Interface or Pointer. It
// returns the zero Value if v is nil.
func (v Value) Elem() Value {
	switch v.kind() {
	case Interface:
		t, p := ifaceElem(v.typ.t, v.ptr)
		if t == nil {
			return Value{}
		}
		return Value{toRType(t), p, v.flag & flagRO}
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{toRType(typeElem(v.typ.t)), p, flagAddr | v.flag&flagRO}
	}
	panic(&ValueError{"reflect.Value.Elem", v.kind()})
}

// NumField returns the number of fields in the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return typeNumField(v.typ.t)
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	v.mustBe(Struct, "reflect.Value.Field")
	if uint(i) >= uint(typeNumField(v.typ.t)) {
		panic("reflect: Field index out of range")
	}
	_, ft, off, _, _, pkg := typeField(v.typ.t, i)
	fl := v.flag
	if pkg != "" {
		fl |= flagRO
	}
	return Value{toRType(ft), add(v.ptr, off), fl}
}

// FieldByName returns the struct field with the given name. It returns the
// zero Value if no field was found.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	f, ok := v.typ.FieldByName(name)
	if !ok {
		return Value{}
	}
	return v.FieldByIndex(f.Index)
}

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// NumMethod returns the number of methods in the value's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeNumMethod(v.typ.t)
}

// IsNil reports whether its argument v is nil. The argument must be a chan,
// func, interface, map, pointer, or slice value.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32:
		return *(*uint32)(v.ptr) == 0
	case Float64:
		return *(*uint64)(v.ptr) == 0
	case Complex64:
		return *(*uint64)(v.ptr) == 0
	case Complex128:
		p := (*[2]uint64)(v.ptr)
		return p[0] == 0 && p[1] == 0
	case Array:
		n := v.Len()
		for i := 0; i < n; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		n := v.NumField()
		for i := 0; i < n; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Pointer returns v's value as a uintptr. It panics if v's Kind is not
// Chan, Func, Map, Pointer, Slice, or UnsafePointer.
func (v Value) Pointer() uintptr {
	return uintptr(v.UnsafePointer())
}

// UnsafePointer returns v's value as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer, Func, Slice:
		return *(*unsafe.Pointer)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// UnsafeAddr returns a pointer to v's data.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Bytes returns v's underlying value. It panics if v's underlying value is
// not a slice of bytes or an addressable array of bytes.
func (v Value) Bytes() []byte {
	switch v.kind() {
	case Slice:
		if typeKind(typeElem(v.typ.t)) != int(Uint8) {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if typeKind(typeElem(v.typ.t)) != int(Uint8) {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		var b []byte
		h := (*sliceHeader)(unsafe.Pointer(&b))
		h.Data = v.ptr
		h.Len = typeLen(v.typ.t)
		h.Cap = h.Len
		return b
	}
	panic(&ValueError{"reflect.Value.Bytes", v.kind()})
}

// Slice returns v[i:j]. It panics if v's Kind is not Array, Slice or
// String, or if v is an unaddressable array, or if the indexes are out of
// bounds.
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var cap int
	var st unsafe.Pointer
	switch v.kind() {
	case Array:
		if v.flag&flagAddr == 0 {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		base, cap = v.ptr, typeLen(v.typ.t)
		st = typeSliceOf(typeElem(v.typ.t))
	case Slice:
		s := (*sliceHeader)(v.ptr)
		base, cap = s.Data, s.Cap
		st = v.typ.t
	case String:
		s := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > s.Len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		str := new(string)
		*str = (*(*string)(v.ptr))[i:j]
		return Value{v.typ, unsafe.Pointer(str), v.flag & flagRO}
	default:
		panic(&ValueError{"reflect.Value.Slice", v.kind()})
	}
	if i < 0 || j < i || j > cap {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.Len = j - i
	h.Cap = cap - i
	if cap-i > 0 {
		h.Data = add(base, uintptr(i)*typeSize(typeElem(st)))
	} else {
		h.Data = base
	}
	return Value{toRType(st), unsafe.Pointer(h), v.flag & flagRO}
}

// Set assigns x to the value v. It panics if CanSet returns false. As in
// Go, x's value must be assignable to v's type and must not be derived
// from an unexported field.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Set")
	if x.typ == nil {
		panic(&ValueError{"reflect.Set", Invalid})
	}
	if x.flag&flagRO != 0 {
		panic("reflect: reflect.Set using value obtained using unexported field")
	}
	if !typeAssignableTo(x.typ.t, v.typ.t) {
		panic("reflect.Set: value of type " + x.typ.String() + " is not assignable to type " + v.typ.String())
	}
	if v.kind() == Interface && x.typ != v.typ {
		// Converting to another interface type: store the dynamic value.
		if x.kind() == Interface {
			x = x.Elem()
			if !x.IsValid() {
				typedmemmove(v.typ.t, v.ptr, newObject(v.typ.t))
				return
			}
		}
		storeIface(v.typ.t, v.ptr, x.typ.t, x.ptr)
		return
	}
	typedmemmove(v.typ.t, v.ptr, x.ptr)
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	p := v.ptr
	switch v.kind() {
	case Int:
		*(*int)(p) = int(x)
	case Int8:
		*(*int8)(p) = int8(x)
	case Int16:
		*(*int16)(p) = int16(x)
	case Int32:
		*(*int32)(p) = int32(x)
	case Int64:
		*(*int64)(p) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.kind()})
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	p := v.ptr
	switch v.kind() {
	case Uint:
		*(*uint)(p) = uint(x)
	case Uint8:
		*(*uint8)(p) = uint8(x)
	case Uint16:
		*(*uint16)(p) = uint16(x)
	case Uint32:
		*(*uint32)(p) = uint32(x)
	case Uint64:
		*(*uint64)(p) = x
	case Uintptr:
		*(*uintptr)(p) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.kind()})
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.kind()})
	}
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// MapKeys returns a slice containing all the keys present in the map, in
// unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	kt := toRType(typeKey(v.typ.t))
	n := mapLen(v.typ.t, v.ptr)
	keys := make([]Value, 0, n)
	if n == 0 {
		return keys
	}
	it := mapIterStart(v.typ.t, v.ptr)
	for mapIterNext(it) {
		keys = append(keys, Value{kt, mapIterKey(it), v.flag & flagRO})
	}
	return keys
}

// MapIndex returns the value associated with key in the map v. It returns
// the zero Value if key is not found in the map or if v represents a nil
// map.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	kt := typeKey(v.typ.t)
	kp := key.ptr
	if typeKind(kt) == int(Interface) && key.kind() != Interface {
		cell := newObject(kt)
		storeIface(kt, cell, key.typ.t, key.ptr)
		kp = cell
	}
	p := mapAccess(v.typ.t, v.ptr, kp)
	if p == nil {
		return Value{}
	}
	return Value{toRType(typeElem(v.typ.t)), p, (v.flag | key.flag) & flagRO}
}

// A MapIter is an iterator for ranging over a map. See Value.MapRange.
type MapIter struct {
	m     Value
	it    unsafe.Pointer
	key   unsafe.Pointer
	value unsafe.Pointer
	done  bool
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next advances the map iterator and reports whether there is another
// entry. It returns false when iter is exhausted.
func (iter *MapIter) Next() bool {
	if iter.done {
		panic("MapIter.Next called on exhausted iterator")
	}
	if iter.it == nil {
		iter.it = mapIterStart(iter.m.typ.t, iter.m.ptr)
	}
	if !mapIterNext(iter.it) {
		iter.done = true
		iter.key, iter.value = nil, nil
		return false
	}
	iter.key = mapIterKey(iter.it)
	iter.value = mapIterValue(iter.it)
	return true
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value {
	if iter.key == nil {
		panic("MapIter.Key called before Next")
	}
	return Value{toRType(typeKey(iter.m.typ.t)), iter.key, iter.m.flag & flagRO}
}

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value {
	if iter.key == nil {
		panic("MapIter.Value called before Next")
	}
	return Value{toRType(typeElem(iter.m.typ.t)), iter.value, iter.m.flag & flagRO}
}

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value) {
	*iter = MapIter{m: v}
}

// DeepEqual reports whether x and y are "deeply equal": values of
// identical types whose elements, fields or pointees are deeply equal.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, 0)
}

func deepValueEqual(v1, v2 Value, depth int) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if depth > 100 {
		return v1.ptr == v2.ptr
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), depth+1) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), depth+1) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), depth+1)
	case Pointer:
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), depth+1)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), depth+1) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1 := v1.MapIndex(k)
			val2 := v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, depth+1) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	return valuesEqual(v1.typ.t, v1.ptr, v2.ptr)
}

// natives (lib/reflect.c); t is a type descriptor, p a pointer to a value's
// memory form.

func efaceType(i any) unsafe.Pointer
func unpackEface(i any) (t, p unsafe.Pointer)
func packEface(t, p unsafe.Pointer) any
func ifaceElem(t, p unsafe.Pointer) (et, ep unsafe.Pointer)
func storeIface(t, dst, vt, src unsafe.Pointer)
func typedmemmove(t, dst, src unsafe.Pointer)
func newObject(t unsafe.Pointer) unsafe.Pointer
func valuesEqual(t, p, q unsafe.Pointer) bool

func typeKind(t unsafe.Pointer) int
func typeString(t unsafe.Pointer) string
func typeName(t unsafe.Pointer) string
func typePkgPath(t unsafe.Pointer) string
func typeSize(t unsafe.Pointer) uintptr
func typeAlign(t unsafe.Pointer) int
func typeElem(t unsafe.Pointer) unsafe.Pointer
func typeKey(t unsafe.Pointer) unsafe.Pointer
func typeLen(t unsafe.Pointer) int
func typeChanDir(t unsafe.Pointer) int
func typeNumField(t unsafe.Pointer) int
func typeField(t unsafe.Pointer, i int) (name string, ft unsafe.Pointer, offset uintptr, tag string, embedded bool, pkgpath string)
func typeNumMethod(t unsafe.Pointer) int
func typeMethod(t unsafe.Pointer, i int) (name, pkgpath string, mt unsafe.Pointer)
func typeFuncCounts(t unsafe.Pointer) (nin, nout int, variadic bool)
func typeIn(t unsafe.Pointer, i int) unsafe.Pointer
func typeOut(t unsafe.Pointer, i int) unsafe.Pointer
func typeImplements(t, iface unsafe.Pointer) bool
func typeAssignableTo(t, u unsafe.Pointer) bool
func typeComparable(t unsafe.Pointer) bool
func typePtrTo(t unsafe.Pointer) unsafe.Pointer
func typeSliceOf(t unsafe.Pointer) unsafe.Pointer

func mapLen(t, m unsafe.Pointer) int
func mapAccess(t, m, key unsafe.Pointer) unsafe.Pointer
func mapIterStart(t, m unsafe.Pointer) unsafe.Pointer
func mapIterNext(it unsafe.Pointer) bool
func mapIterKey(it unsafe.Pointer) unsafe.Pointer
func mapIterValue(it unsafe.Pointer) unsafe.Pointer
func chanLen(c unsafe.Pointer) int
func chanCap(c unsafe.Pointer) int
