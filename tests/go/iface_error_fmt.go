package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

func lookup(name string) error {
	if name == "x" {
		return nil
	}
	return NotFound{name}
}

func main() {
	err := lookup("y")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Println(lookup("x"))
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	e := errors.New("plain")
	fmt.Printf("%v %T\n", e, e)
	errs := []error{e, NotFound{"z"}, nil}
	fmt.Println(errs)
	fmt.Printf("%+v\n", struct{ E error }{NotFound{"q"}})
	s := fmt.Sprintf("wrapped: %v", err)
	fmt.Println(s)
}

// Output:
// not found: y
// not found: y|not found: y|"not found: y"
// <nil>
// as error
// as error as error
// plain *errors.errorString
// [plain not found: z <nil>]
// {E:not found: q}
// wrapped: not found: y
