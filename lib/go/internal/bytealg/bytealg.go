// Package bytealg holds the byte-string primitives that packages strings
// and bytes build their searching and case mapping on. They are natives
// (lib/bytealg.c): a loop over bytes costs an instruction dispatch per byte
// in the interpreter, where C's memchr and memmem are word-at-a-time.
package bytealg

// IndexByteString returns the position of the first c in s, or -1.
func IndexByteString(s string, c byte) int

// LastIndexByteString returns the position of the last c in s, or -1.
func LastIndexByteString(s string, c byte) int

// CountString returns how many bytes of s equal c.
func CountString(s string, c byte) int

// IndexString returns where the first sep in s starts, or -1 (sep must
// not be empty).
func IndexString(s, sep string) int

// ASCIICase reports whether s is all ASCII and, if so, whether it holds a
// lower-case letter (upper) or an upper-case one (!upper).
func ASCIICase(s string, upper bool) (isASCII, has bool)

// CopyASCIICase copies the ASCII string s into dst (len(dst) >= len(s)),
// mapping letters to upper case (upper) or lower case.
func CopyASCIICase(dst []byte, s string, upper bool)
