// A JSON-like pretty printer for nested map[string]any / []any values
// with sorted keys, escaping strings with strconv.Quote, and number
// formatting with strconv.FormatFloat.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func pretty(b *strings.Builder, v any, indent string) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(indent + "  ")
			pretty(b, e, indent+"  ")
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", indent, k)
			pretty(b, x[k], indent+"  ")
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	default:
		fmt.Fprintf(b, "%q", fmt.Sprintf("<%T>", x))
	}
}

func main() {
	doc := map[string]any{
		"name":    "govm",
		"version": 1.5,
		"tags":    []any{"vm", "go", "bytecode"},
		"stable":  false,
		"owner":   nil,
		"limits":  map[string]any{"stack": 1 << 30, "procs": 8, "ratio": 0.25, "nested": map[string]any{}},
		"empty":   []any{},
		"quote":   "line1\n\"line2\"\ttab é",
		"odd":     struct{}{},
		"big":     1e21,
	}
	var b strings.Builder
	pretty(&b, doc, "")
	fmt.Println(b.String())
}

// Output:
// {
//   "big": 1e+21,
//   "empty": [],
//   "limits": {
//     "nested": {
//     },
//     "procs": 8,
//     "ratio": 0.25,
//     "stack": 1073741824
//   },
//   "name": "govm",
//   "odd": "<struct {}>",
//   "owner": null,
//   "quote": "line1\n\"line2\"\ttab é",
//   "stable": false,
//   "tags": [
//     "vm",
//     "go",
//     "bytecode"
//   ],
//   "version": 1.5
// }
