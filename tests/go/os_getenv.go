package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("%q\n", os.Getenv("GOVM_TEST_GREETING"))
	fmt.Printf("%q\n", os.Getenv("GOVM_TEST_SURELY_UNSET_VAR"))
	v, ok := os.LookupEnv("GOVM_TEST_COUNT")
	fmt.Println(v, ok)
	_, ok = os.LookupEnv("GOVM_TEST_SURELY_UNSET_VAR")
	fmt.Println(ok)
}

// Env: GOVM_TEST_GREETING=hello GOVM_TEST_COUNT=7

// Output:
// "hello"
// ""
// 7 true
// false
