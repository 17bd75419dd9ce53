package reflect

import "unsafe"

type flag uint

const (
	flagAddr flag = 1 << iota // addressable (reached through a pointer)
	flagRO                    // obtained via an unexported field
)

// Value gives reflective access to one Go value. The zero Value stands
// for no value: IsValid reports false and most methods panic. ptr always
// points to the value's memory form.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	flag flag
}

// ValueError is the panic value of a Value method called on a Value of a
// kind it does not handle.
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

// ValueOf returns a Value holding (a copy of) the value inside i, or the
// zero Value for a nil interface.
func ValueOf(i any) Value {
	t, p := unpackEface(i)
	if t == nil {
		return Value{}
	}
	return Value{toRType(t), p, 0}
}

// Zero returns a Value holding typ's zero value; it is neither
// addressable nor settable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, newObject(t.t), 0}
}

// New allocates a zero value of type typ and returns a Value holding a
// pointer to it.
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	cell := new(unsafe.Pointer)
	*cell = newObject(t.t)
	return Value{toRType(typePtrTo(t.t)), unsafe.Pointer(cell), 0}
}

// Indirect returns v.Elem() when v is a pointer (the zero Value for a nil
// one) and v itself otherwise.
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

// Kind returns the kind of v's type, or Invalid for the zero Value.
func (v Value) Kind() Kind { return v.kind() }

// Type returns v's type; it panics for the zero Value.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// IsValid reports whether v holds a value at all (is not the zero Value).
func (v Value) IsValid() bool { return v.typ != nil }

// CanAddr reports whether Addr may be called: whether v was reached
// through a pointer.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether v may be assigned to: it is addressable and
// was not reached through an unexported field.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface may be called (v was not
// reached through an unexported field). It panics for the zero Value.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's value as an interface value. It panics for the
// zero Value and for values reached through unexported fields.
func (v Value) Interface() (i any) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v.typ.t, v.ptr)
}

// Addr returns a Value holding v's address; v must be addressable.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	cell := new(unsafe.Pointer)
	*cell = v.ptr
	return Value{toRType(typePtrTo(v.typ.t)), unsafe.Pointer(cell), v.flag & flagRO}
}

// Bool returns the value of v, which must be a bool.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

// CanInt reports whether v is of a signed integer kind, so that Int
// works.
func (v Value) CanInt() bool {
	k := v.kind()
	return k >= Int && k <= Int64
}

// Int returns the value of v, which must be a signed integer, widened to
// int64.
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

// CanUint reports whether v is of an unsigned integer kind, so that Uint
// works.
func (v Value) CanUint() bool {
	k := v.kind()
	return k >= Uint && k <= Uintptr
}

// Uint returns the value of v, which must be an unsigned integer, widened
// to uint64.
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

// CanFloat reports whether v is a float32 or float64, so that Float
// works.
func (v Value) CanFloat() bool {
	k := v.kind()
	return k == Float32 || k == Float64
}

// Float returns the value of v, which must be a float, as a float64.
func (v Value) Float() float64 {
	switch v.kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.kind()})
}

// CanComplex reports whether v is a complex64 or complex128, so that
// Complex works.
func (v Value) CanComplex() bool {
	k := v.kind()
	return k == Complex64 || k == Complex128
}

// Complex returns the value of v, which must be complex, as a
// complex128.
func (v Value) Complex() complex128 {
	switch v.kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.kind()})
}

// String returns the value of a string v. For any other kind it does not
// panic but returns "<T Value>", T being v's type ("<invalid Value>" for
// the zero Value).
func (v Value) String() string {
	switch v.kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.typ.String() + " Value>"
}

// Len returns the length of v, which must be an array, slice, string,
// map, channel or pointer to array.
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

// Cap returns the capacity of v, an array, slice, channel or pointer to
// array.
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

// Index returns element i of v, an array, slice or string; a wrong kind
// or an i out of range panics.
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

// Elem returns what the pointer v points to or what the interface v
// holds, or the zero Value when v is nil. Other kinds panic.
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

// NumField returns how many fields the struct v has.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return typeNumField(v.typ.t)
}

// Field returns field number i of the struct v.
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

// FieldByName returns the field of the struct v called name (looking
// into embedded structs as Type.FieldByName does), or the zero Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	f, ok := v.typ.FieldByName(name)
	if !ok {
		return Value{}
	}
	return v.FieldByIndex(f.Index)
}

// FieldByIndex follows the path of field numbers index through nested
// structs and returns the field it ends at.
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

// NumMethod returns how many methods v's type has, counted as
// Type.NumMethod counts them.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeNumMethod(v.typ.t)
}

// IsNil reports whether v, a channel, function, interface, map, pointer
// or slice, is nil; other kinds panic.
func (v Value) IsNil() bool {
	switch v.kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.kind()})
}

// IsZero reports whether v holds its type's zero value; it panics for the
// zero Value.
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

// Pointer returns the address held by v, a channel, function, map,
// pointer, slice or unsafe.Pointer, as a uintptr; other kinds panic.
func (v Value) Pointer() uintptr {
	return uintptr(v.UnsafePointer())
}

// UnsafePointer is Pointer returning an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.kind() {
	case Chan, Map, Pointer, UnsafePointer, Func, Slice:
		return *(*unsafe.Pointer)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.UnsafePointer", v.kind()})
}

// UnsafeAddr returns the address of v, which must be addressable.
func (v Value) UnsafeAddr() uintptr {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// Bytes returns the bytes of v, which must be a byte slice or an
// addressable byte array; the result shares v's memory.
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

// Slice returns v[i:j] for a slice, string or addressable array v; any
// other v, or bad indexes, panic.
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

// Set stores x in v. v must be settable (CanSet), and x must be
// assignable to v's type and not reached through an unexported field;
// otherwise Set panics.
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

// SetBool stores x in v, a settable bool.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt stores x in v, a settable signed integer (truncating to its
// size).
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

// SetUint stores x in v, a settable unsigned integer (truncating to its
// size).
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

// SetFloat stores x in v, a settable float (rounded for a float32).
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

// SetString stores x in v, a settable string.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// MapKeys returns the keys of the map v, in no particular order.
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

// MapIndex looks key up in the map v and returns its value, or the zero
// Value when the key is absent (or v is a nil map).
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

// MapIter walks the entries of a map; Value.MapRange makes one.
type MapIter struct {
	m     Value
	it    unsafe.Pointer
	key   unsafe.Pointer
	value unsafe.Pointer
	done  bool
}

// MapRange returns a MapIter over the map v. Call Next before the first
// Key or Value.
func (v Value) MapRange() *MapIter {
	if v.kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.kind()})
	}
	return &MapIter{m: v}
}

// Next moves to the next entry and reports whether there was one;
// calling it again after it returned false panics.
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

// Key returns the current entry's key.
func (iter *MapIter) Key() Value {
	if iter.key == nil {
		panic("MapIter.Key called before Next")
	}
	return Value{toRType(typeKey(iter.m.typ.t)), iter.key, iter.m.flag & flagRO}
}

// Value returns the current entry's value.
func (iter *MapIter) Value() Value {
	if iter.key == nil {
		panic("MapIter.Value called before Next")
	}
	return Value{toRType(typeElem(iter.m.typ.t)), iter.value, iter.m.flag & flagRO}
}

// Reset makes iter start over on the map v.
func (iter *MapIter) Reset(v Value) {
	*iter = MapIter{m: v}
}

// DeepEqual compares x and y recursively: they must have identical types,
// and their elements, fields or pointees must in turn be deeply equal.
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
