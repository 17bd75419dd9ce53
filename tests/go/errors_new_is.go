package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

func find(key string) error {
	switch key {
	case "missing":
		return ErrNotFound
	case "secret":
		return fmt.Errorf("find %q: %w", key, ErrPermission)
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret"} {
		err := find(k)
		fmt.Println(k, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), err == ErrPermission)
	}
	a := errors.New("same text")
	b := errors.New("same text")
	fmt.Println(a == b, errors.Is(a, b), a.Error() == b.Error())
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
}

// Output:
// ok <nil> false false false
// missing not found true false false
// secret find "secret": permission denied false true false
// false false true
// false true
