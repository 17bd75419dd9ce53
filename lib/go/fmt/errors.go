package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. Each %w
// verb formats an error operand like %v and marks it as wrapped: with one
// %w the result's Unwrap method returns that error, with several it
// returns them all as a []error, in argument order. A %w operand that is
// not an error is a formatting mistake (reported as %!w(...)).
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	switch len(p.wrappedErrs) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[p.wrappedErrs[0]].(error)
		return w
	}
	idx := p.wrappedErrs
	if p.reordered {
		sortInts(idx)
	}
	var errs []error
	for i, argNum := range idx {
		if i > 0 && idx[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
