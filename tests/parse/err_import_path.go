// Errors:
// err_import_path.go:6:8: syntax error: import path must be a string
// err_import_path.go:7:9: syntax error: missing import path
package p

import 42
import x
import (
	"a"
	)
