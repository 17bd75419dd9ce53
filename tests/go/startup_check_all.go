// With GOVM_CHECK_ALL set, every function body of the imported library
// packages is checked and compiled before the run (normally a library
// function is compiled on its first call, see frontend/comp.c): this keeps
// the whole library checked, and since library files are still parsed
// lazily, every signature, body and type the parser skipped is parsed
// here, which tests the skipping. Unused imports are reported then too.

// Env: GOVM_CHECK_ALL=1
package main

import (
	_ "bufio"
	_ "bytes"
	_ "cmp"
	_ "container/heap"
	_ "container/list"
	_ "container/ring"
	_ "context"
	_ "errors"
	_ "io"
	_ "io/fs"
	_ "maps"
	_ "math"
	_ "math/bits"
	_ "math/rand"
	_ "math/rand/v2"
	_ "os"
	_ "path"
	_ "path/filepath"
	_ "reflect"
	_ "runtime"
	_ "runtime/debug"
	_ "slices"
	_ "sort"
	_ "strconv"
	_ "sync"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
	_ "unicode"
	_ "unicode/utf16"
	_ "unicode/utf8"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ok ", 2))
}

// Output:
// ok ok 
