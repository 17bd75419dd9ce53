package os

import "syscall"

// Getenv returns the value of the environment variable key, or "" when it
// is not set (use LookupEnv to tell the two apart).
func Getenv(key string) string {
	v, _ := lookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and true,
// or "" and false when it is not set.
func LookupEnv(key string) (string, bool) { return lookupEnv(key) }

// Environ returns a fresh slice of the environment's "key=value" strings.
func Environ() []string { return environ() }

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if e := setenv(key, value); e != 0 {
		return NewSyscallError("setenv", syscall.Errno(e))
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if e := unsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", syscall.Errno(e))
	}
	return nil
}

// Clearenv empties the environment.
func Clearenv() { clearenv() }

// ExpandEnv is Expand(s, Getenv): each $var or ${var} becomes the
// variable's value, "" if it is not set.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand returns s with every $var and ${var} replaced by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	done := 0 // s[:done] has been copied to buf (or needs no change)
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[done:j]...)
			name, w := shellName(s[j+1:])
			switch {
			case name == "" && w > 0:
				// Invalid syntax (like "${}"): drop it.
			case name == "":
				// Not a variable name: keep the '$'.
				buf = append(buf, s[j])
			default:
				buf = append(buf, mapping(name)...)
			}
			j += w
			done = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

// isShellSpecial reports whether c names a special shell variable ($*,
// $#, $1 ...).
func isShellSpecial(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (after a '$')
// and the number of bytes it takes, braces included.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}": bad syntax
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // no closing brace: bad syntax
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}
