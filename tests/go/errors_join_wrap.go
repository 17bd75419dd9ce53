// errors.Join (Go 1.20) and fmt.Errorf with several %w (Go 1.20): the
// messages, errors.Is and errors.As through both, and Unwrap() []error.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func main() {
	e1 := errors.New("first")
	e2 := codeErr{42}
	j := errors.Join(e1, nil, e2)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, e1), errors.Is(j, fs.ErrNotExist))
	var ce codeErr
	fmt.Println(errors.As(j, &ce), ce.code)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}

	w := fmt.Errorf("open config: %w (and %w)", os.ErrNotExist, e2)
	fmt.Println(w)
	fmt.Println(errors.Is(w, fs.ErrNotExist), errors.As(w, &ce), errors.Unwrap(w) == nil)
	single := fmt.Errorf("wrap: %w", e1)
	fmt.Println(errors.Unwrap(single) == e1, errors.Is(single, e1))
	nested := fmt.Errorf("outer: %w", errors.Join(single, errors.New("second")))
	fmt.Printf("%q %v\n", nested.Error(), errors.Is(nested, e1))
}

// Output:
// "first\ncode 42"
// true false
// true 42
// true true
// 2
// open config: file does not exist (and code 42)
// true true true
// true true
// "outer: wrap: first\nsecond" true
