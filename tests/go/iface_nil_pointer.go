package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func find(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func findGood(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	err := find(false)
	fmt.Println(err == nil, err)
	err = findGood(false)
	fmt.Println(err == nil, err)
	var p *MyErr
	var i interface{} = p
	fmt.Println(i == nil, i == (*MyErr)(nil))
	fmt.Printf("%T %v\n", i, i)
	var e error
	fmt.Printf("%T %v\n", e, e)
	err = find(true)
	fmt.Println(err)
}

// Output:
// false nil MyErr
// true <nil>
// false true
// *main.MyErr nil MyErr
// <nil> <nil>
// failed
