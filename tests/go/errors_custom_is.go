package main

import (
	"errors"
	"fmt"
)

type StatusError struct{ Code int }

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func (e StatusError) Is(target error) bool {
	t, ok := target.(StatusError)
	if !ok {
		return false
	}
	return t.Code == 0 || t.Code/100 == e.Code/100
}

func main() {
	err := fmt.Errorf("request: %w", StatusError{404})
	fmt.Println(errors.Is(err, StatusError{404}))
	fmt.Println(errors.Is(err, StatusError{410}))
	fmt.Println(errors.Is(err, StatusError{500}))
	fmt.Println(errors.Is(err, StatusError{}))
	fmt.Println(err == error(StatusError{404}), errors.Unwrap(err) == error(StatusError{404}))
}

// Output:
// true
// true
// false
// true
// false true
