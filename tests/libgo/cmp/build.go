// build: compiles every govmlib package (through the imports below).
package main

import (
	"fmt"
	_ "govmlib/errors"
	_ "govmlib/fmt"
	_ "govmlib/io"
	_ "govmlib/math"
	_ "govmlib/os"
	_ "govmlib/reflect"
	_ "govmlib/strconv"
	_ "govmlib/strings"
	_ "govmlib/unicode"
	_ "govmlib/unicode/utf8"
)

func main() { fmt.Println("build: 1 passed, 0 failed") }
