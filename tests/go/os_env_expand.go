// os.Setenv, Getenv, LookupEnv, Unsetenv, ExpandEnv and Expand (${var},
// $var, special names, unterminated braces), and Environ.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("GOLDEN_NAME", "gopher"), os.Setenv("GOLDEN_EMPTY", ""))
	fmt.Println(os.Getenv("GOLDEN_NAME"))
	v, ok := os.LookupEnv("GOLDEN_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOLDEN_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.ExpandEnv("Hello $GOLDEN_NAME, ${GOLDEN_NAME}s! [$GOLDEN_UNSET_VAR] $$ $ end$"))
	mapping := func(k string) string { return "<" + k + ">" }
	fmt.Println(os.Expand("$a ${b} ${} ${unterminated $1 $* $@x ${#} x$", mapping))
	found := false
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOLDEN_NAME=") {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.Unsetenv("GOLDEN_NAME"), os.Getenv("GOLDEN_NAME") == "")
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Getenv("GOLDEN_FROM_TEST"))
}

// Env: GOLDEN_FROM_TEST=given

// Output:
// <nil> <nil>
// gopher
// "" true
// "" false
// Hello gopher, gophers! []  $ end$
// <a> <b>  <unterminated $1 $* $@x ${#> x$
// true
// <nil> true
// setenv: invalid argument
// setenv: invalid argument
// given
