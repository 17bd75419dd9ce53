package main

import (
	"errors"
	"fmt"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type CodeError int

func (c CodeError) Error() string { return fmt.Sprintf("code %d", int(c)) }

func open(p string) error {
	if p == "" {
		return CodeError(400)
	}
	return fmt.Errorf("open layer: %w", &PathError{"open", p})
}

func main() {
	err := open("/tmp/x")
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path)
	}
	var ce CodeError
	fmt.Println(errors.As(err, &ce), ce)
	err = fmt.Errorf("wrapped twice: %w", fmt.Errorf("once: %w", open("")))
	fmt.Println(err)
	if errors.As(err, &ce) {
		fmt.Println("as CodeError:", int(ce), ce)
	}
	pe = nil
	fmt.Println(errors.As(err, &pe), pe == nil)
	var target interface{ Error() string }
	fmt.Println(errors.As(err, &target), target)
}

// Output:
// as PathError: open /tmp/x
// false code 0
// wrapped twice: once: code 400
// as CodeError: 400 code 400
// false true
// true wrapped twice: once: code 400
