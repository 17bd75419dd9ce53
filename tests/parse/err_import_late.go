// Errors:
// err_import_late.go:9:1: syntax error: imports must appear before other declarations
package p

import "fmt"

var x = 1

import "os"
