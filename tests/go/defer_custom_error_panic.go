package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

func validate(age int) {
	if age < 0 {
		panic(&ValidationError{"age", age})
	}
	fmt.Println("valid", age)
}

func safeValidate(age int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(*ValidationError); ok {
				err = ve
				return
			}
			panic(r)
		}
	}()
	validate(age)
	return nil
}

func main() {
	fmt.Println(safeValidate(30))
	err := safeValidate(-5)
	fmt.Println(err)
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
}

// Output:
// valid 30
// <nil>
// invalid age: -5
// true age
