package fmt

import "reflect"

// sortedMap returns the map's keys and values ordered as Go's fmt prints
// them: numbers, strings and bools by value (NaN first), pointers and
// channels by address, structs and arrays element by element, interfaces
// by dynamic type then value. The sort is stable, so incomparable keys
// (several NaNs) keep the iteration order.
func sortedMap(m reflect.Value) (keys, values []reflect.Value) {
	n := m.Len()
	keys = make([]reflect.Value, 0, n)
	values = make([]reflect.Value, 0, n)
	it := m.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
		values = append(values, it.Value())
	}
	// Insertion sort for short maps, merge sort otherwise: both stable.
	if len(keys) <= 12 {
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && compare(keys[j], keys[j-1]) < 0; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
				values[j], values[j-1] = values[j-1], values[j]
			}
		}
		return keys, values
	}
	tk := make([]reflect.Value, len(keys))
	tv := make([]reflect.Value, len(keys))
	mergeSort(keys, values, tk, tv)
	return keys, values
}

func mergeSort(k, v, tk, tv []reflect.Value) {
	n := len(k)
	if n <= 1 {
		return
	}
	mid := n / 2
	mergeSort(k[:mid], v[:mid], tk[:mid], tv[:mid])
	mergeSort(k[mid:], v[mid:], tk[mid:], tv[mid:])
	i, j, o := 0, mid, 0
	for i < mid && j < n {
		if compare(k[j], k[i]) < 0 {
			tk[o], tv[o] = k[j], v[j]
			j++
		} else {
			tk[o], tv[o] = k[i], v[i]
			i++
		}
		o++
	}
	for ; i < mid; i++ {
		tk[o], tv[o] = k[i], v[i]
		o++
	}
	for ; j < n; j++ {
		tk[o], tv[o] = k[j], v[j]
		o++
	}
	copy(k, tk[:n])
	copy(v, tv[:n])
}

func cmpOrdered3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

// compare orders two keys of the same map; -1 for values of different
// types (no good answer, but not "equal").
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, y := a.Int(), b.Int()
		return cmpOrdered3(x < y, x > y)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, y := a.Uint(), b.Uint()
		return cmpOrdered3(x < y, x > y)
	case reflect.String:
		x, y := a.String(), b.String()
		return cmpOrdered3(x < y, x > y)
	case reflect.Float32, reflect.Float64:
		return floatCompare(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		x, y := a.Complex(), b.Complex()
		if c := floatCompare(real(x), real(y)); c != 0 {
			return c
		}
		return floatCompare(imag(x), imag(y))
	case reflect.Bool:
		x, y := a.Bool(), b.Bool()
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case reflect.Pointer, reflect.UnsafePointer:
		x, y := a.Pointer(), b.Pointer()
		return cmpOrdered3(x < y, x > y)
	case reflect.Chan:
		if c, ok := nilable(a, b); ok {
			return c
		}
		x, y := a.Pointer(), b.Pointer()
		return cmpOrdered3(x < y, x > y)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, ok := nilable(a, b); ok {
			return c
		}
		c := compare(reflect.ValueOf(a.Elem().Type()), reflect.ValueOf(b.Elem().Type()))
		if c != 0 {
			return c
		}
		return compare(a.Elem(), b.Elem())
	}
	panic("bad type in compare: " + a.Type().String())
}

func nilable(a, b reflect.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}

func floatCompare(a, b float64) int {
	switch {
	case a != a:
		return -1
	case b != b:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
