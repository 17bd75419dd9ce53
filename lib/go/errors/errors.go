// Package errors creates errors (New, Join) and looks inside errors that
// wrap others (Unwrap, Is, As).
//
// An error wraps another when it has a method Unwrap() error, or several
// when it has Unwrap() []error. Is and As walk that tree depth first,
// pre-order.
package errors

import "reflect"

// New returns an error whose Error method returns text. Every call makes
// a different error, so two with the same text are not equal.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns err.Unwrap() when err has an Unwrap method with a single
// error result, and nil otherwise (including for Unwrap() []error).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is searches err's tree for an error that equals target (when target's
// type is comparable) or whose Is(error) bool method says yes for it, and
// reports whether there is one.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	comparable := reflect.TypeOf(target).Comparable()
	return is(err, target, comparable)
}

func is(err, target error, comparable bool) bool {
	for err != nil {
		if comparable && err == target {
			return true
		}
		if m, ok := err.(interface{ Is(error) bool }); ok && m.Is(target) {
			return true
		}
		if u, ok := err.(interface{ Unwrap() error }); ok {
			err = u.Unwrap()
			continue
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range u.Unwrap() {
				if is(e, target, comparable) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// As searches err's tree for the first error that can be stored in
// *target, either by assignment or through its own As(any) bool method;
// if it finds one it stores it and returns true, otherwise it returns
// false. target must be a non-nil pointer to an interface type or to a
// type implementing error; anything else panics.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		panic("errors: target must be a non-nil pointer")
	}
	targetType := typ.Elem()
	// (error's reflect.Type is looked up here rather than kept in a package
	// variable: every program importing errors would build it at start-up)
	if targetType.Kind() != reflect.Interface && !targetType.Implements(reflect.TypeOf((*error)(nil)).Elem()) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target, val, targetType)
}

func as(err error, target any, val reflect.Value, targetType reflect.Type) bool {
	for err != nil {
		if reflect.TypeOf(err).AssignableTo(targetType) {
			val.Elem().Set(reflect.ValueOf(err))
			return true
		}
		if m, ok := err.(interface{ As(any) bool }); ok && m.As(target) {
			return true
		}
		if u, ok := err.(interface{ Unwrap() error }); ok {
			err = u.Unwrap()
			continue
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range u.Unwrap() {
				if e != nil && as(e, target, val, targetType) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// Join wraps the non-nil errors of errs in one error (nil if there are
// none). Its text is their texts, one per line, and its Unwrap returns
// them as a []error.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// ErrUnsupported reports an operation that is not supported.
var ErrUnsupported = New("unsupported operation")
