// An INI-style configuration parser built on bufio.Scanner and strings:
// sections, comments, quoted values with escapes, typed getters with
// defaults, and errors reported with line numbers.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `# server configuration
name = demo server
[http]
port = 8080
timeout_ms=2500
; a comment
greeting = "hello, \"world\"\n"
enabled = yes

[database]
host = db.local
port = 5432
max_conns = 20
bad line without equals
ratio = 0.75
[broken
`

type config map[string]map[string]string

func parse(src string) (config, []string) {
	cfg := config{"": {}}
	var errs []string
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, fmt.Sprintf("line %d: unterminated section %q", n, line))
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Sprintf("line %d: expected key = value, got %q", n, line))
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if strings.HasPrefix(value, `"`) {
			if uq, err := strconv.Unquote(value); err == nil {
				value = uq
			} else {
				errs = append(errs, fmt.Sprintf("line %d: bad quoted value: %v", n, err))
			}
		}
		cfg[section][key] = value
	}
	return cfg, errs
}

func (c config) Int(section, key string, def int) int {
	if v, err := strconv.Atoi(c[section][key]); err == nil {
		return v
	}
	return def
}

func (c config) Bool(section, key string) bool {
	switch strings.ToLower(c[section][key]) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func main() {
	cfg, errs := parse(input)
	var sections []string
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s]\n", s)
		var keys []string
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	fmt.Println(cfg.Int("http", "port", 80), cfg.Int("http", "missing", 80), cfg.Bool("http", "enabled"), cfg.Bool("database", "host"))
	ratio, _ := strconv.ParseFloat(cfg["database"]["ratio"], 64)
	fmt.Printf("conns*ratio = %.1f\n", float64(cfg.Int("database", "max_conns", 0))*ratio)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
}

// Output:
// []
//   name = "demo server"
// [database]
//   host = "db.local"
//   max_conns = "20"
//   port = "5432"
//   ratio = "0.75"
// [http]
//   enabled = "yes"
//   greeting = "hello, \"world\"\n"
//   port = "8080"
//   timeout_ms = "2500"
// 8080 80 true false
// conns*ratio = 15.0
// error: line 14: expected key = value, got "bad line without equals"
// error: line 16: unterminated section "[broken"
