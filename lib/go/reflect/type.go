// Package reflect lets a program inspect and change values whose types
// are known only at run time: a subset of Go's reflect package, enough for
// fmt, errors and typical programs.
//
// Representation. A Type is a *rtype wrapping the runtime's type
// descriptor (an unsafe.Pointer to the VM's Type, canonical per type, so
// Type values compare with ==). A Value is (type, pointer to the value's
// memory form, flags): the value always lives in memory (a heap copy made
// by ValueOf, or the real location for values reached through pointers,
// which are then addressable). Memory is read and written directly with
// unsafe; everything that needs the runtime's knowledge of types, maps and
// interfaces goes through the natives at the end of this file
// (lib/reflect.c).
package reflect

import (
	"sync"
	"unsafe"
)

// Kind says which sort of type a Type is: int, struct, slice and so on.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is Pointer's earlier name.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns k's name as Go writes it ("int", "struct", ...).
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// ChanDir says which way a channel type lets values flow.
type ChanDir int

const (
	RecvDir ChanDir             = 1 << iota // receive only: <-chan
	SendDir                                 // send only: chan<-
	BothDir = RecvDir | SendDir             // both ways: chan
)

// Type describes a Go type. Methods that only make sense for some kinds
// panic when called on a type of another kind.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// Method describes one method of a type.
type Method struct {
	Name    string
	PkgPath string
	Type    Type // the method's function type
	Index   int  // its number, as passed to Type.Method
}

// IsExported reports whether m's name is exported (PkgPath is empty).
func (m Method) IsExported() bool { return m.PkgPath == "" }

// StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // "" when Name is exported
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether f's name is exported (PkgPath is empty).
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// StructTag is the tag of a struct field: by convention key:"value"
// pairs separated by spaces.
type StructTag string

// Get returns the value tag gives key, or "" when key is absent (use
// Lookup to tell an absent key from an empty value).
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value tag gives key and whether key is there at
// all. Values are written as double-quoted Go string literals.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		// Key: up to ':' with no space, quote or control character.
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		name := s[:i]
		s = s[i+1:]
		// Quoted value.
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		qvalue := s[:i+1]
		s = s[i+1:]
		if key == name {
			v, err := unquote(qvalue)
			if !err {
				break
			}
			return v, true
		}
	}
	return "", false
}

// unquote decodes a double-quoted Go string with the common escapes.
func unquote(q string) (string, bool) {
	if len(q) < 2 {
		return "", false
	}
	q = q[1 : len(q)-1]
	b := make([]byte, 0, len(q))
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		if i >= len(q) {
			return "", false
		}
		switch q[i] {
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		case '\\', '"', '\'':
			b = append(b, q[i])
		default:
			return "", false
		}
	}
	return string(b), true
}

// rtype implements Type. One rtype exists per type
// descriptor (typeCache), so Type values compare with ==.
type rtype struct {
	t unsafe.Pointer
}

// typeCache is shared by all goroutines: typeCacheMu guards it.
var (
	typeCacheMu sync.RWMutex
	typeCache   = map[unsafe.Pointer]*rtype{}
)

func toRType(t unsafe.Pointer) *rtype {
	if t == nil {
		return nil
	}
	typeCacheMu.RLock()
	r, ok := typeCache[t]
	typeCacheMu.RUnlock()
	if ok {
		return r
	}
	typeCacheMu.Lock()
	defer typeCacheMu.Unlock()
	if r, ok := typeCache[t]; ok {
		return r
	}
	r = &rtype{t}
	typeCache[t] = r
	return r
}

// toType converts to a Type, keeping a nil descriptor a nil interface.
func toType(t unsafe.Pointer) Type {
	if t == nil {
		return nil
	}
	return toRType(t)
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(typeKind(t.t)) }

func (t *rtype) String() string { return typeString(t.t) }

func (t *rtype) Name() string { return typeName(t.t) }

func (t *rtype) PkgPath() string { return typePkgPath(t.t) }

func (t *rtype) Size() uintptr { return typeSize(t.t) }

func (t *rtype) Align() int { return typeAlign(t.t) }

func (t *rtype) FieldAlign() int { return typeAlign(t.t) }

func (t *rtype) Comparable() bool { return typeComparable(t.t) }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return int(typeSize(t.t)) * 8
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(typeElem(t.t))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(typeKey(t.t))
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return typeLen(t.t)
}

func (t *rtype) ChanDir() ChanDir {
	if t.Kind() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.String())
	}
	return ChanDir(typeChanDir(t.t))
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return typeNumField(t.t)
}

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= typeNumField(t.t) {
		panic("reflect: Field index out of bounds")
	}
	name, ft, off, tag, embedded, pkg := typeField(t.t, i)
	return StructField{
		Name:      name,
		PkgPath:   pkg,
		Type:      toType(ft),
		Tag:       StructTag(tag),
		Offset:    off,
		Index:     []int{i},
		Anonymous: embedded,
	}
}

// FieldByName returns the struct field with the given name, searching
// embedded structs breadth first; ok is false if none or several at the
// shallowest depth.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	type cand struct {
		t     *rtype
		index []int
	}
	level := []cand{{t, nil}}
	seen := map[*rtype]bool{}
	for len(level) > 0 {
		var found StructField
		count := 0
		var next []cand
		for _, c := range level {
			if seen[c.t] {
				continue
			}
			seen[c.t] = true
			for i := 0; i < c.t.NumField(); i++ {
				f := c.t.Field(i)
				idx := append(append([]int(nil), c.index...), i)
				if f.Name == name {
					count++
					if count == 1 {
						found = f
						found.Index = idx
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = ft.Elem().common()
					}
					if ft.Kind() == Struct {
						next = append(next, cand{ft, idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

func (t *rtype) NumMethod() int { return typeNumMethod(t.t) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= typeNumMethod(t.t) {
		panic("reflect: Method index out of range")
	}
	name, pkg, mt := typeMethod(t.t, i)
	return Method{Name: name, PkgPath: pkg, Type: toType(mt), Index: i}
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	n := typeNumMethod(t.t)
	for i := 0; i < n; i++ {
		if m := t.Method(i); m.Name == name {
			return m, true
		}
	}
	return Method{}, false
}

func (t *rtype) IsVariadic() bool {
	if t.Kind() != Func {
		panic("reflect: IsVariadic of non-func type " + t.String())
	}
	_, _, v := typeFuncCounts(t.t)
	return v
}

func (t *rtype) NumIn() int {
	if t.Kind() != Func {
		panic("reflect: NumIn of non-func type " + t.String())
	}
	n, _, _ := typeFuncCounts(t.t)
	return n
}

func (t *rtype) NumOut() int {
	if t.Kind() != Func {
		panic("reflect: NumOut of non-func type " + t.String())
	}
	_, n, _ := typeFuncCounts(t.t)
	return n
}

func (t *rtype) In(i int) Type {
	if t.Kind() != Func {
		panic("reflect: In of non-func type " + t.String())
	}
	return toType(typeIn(t.t, i))
}

func (t *rtype) Out(i int) Type {
	if t.Kind() != Func {
		panic("reflect: Out of non-func type " + t.String())
	}
	return toType(typeOut(t.t, i))
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(t.t, u.common().t)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeAssignableTo(t.t, u.common().t)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	if typeAssignableTo(t.t, u.common().t) {
		return true
	}
	a, b := t.Kind(), u.Kind()
	num := func(k Kind) bool { return k >= Int && k <= Float64 }
	switch {
	case num(a) && num(b):
		return true
	case (a == Complex64 || a == Complex128) && (b == Complex64 || b == Complex128):
		return true
	case b == String && (a >= Int && a <= Uintptr):
		return true
	}
	return false
}

// TypeOf returns the Type of the value inside i, or nil for a nil
// interface.
func TypeOf(i any) Type {
	return toType(efaceType(i))
}

// PtrTo is PointerTo's earlier name.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo returns the type *t.
func PointerTo(t Type) Type { return toType(typePtrTo(t.common().t)) }

// SliceOf returns the type []t.
func SliceOf(t Type) Type { return toType(typeSliceOf(t.common().t)) }
