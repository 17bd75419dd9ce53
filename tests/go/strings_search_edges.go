// Searching and ASCII case mapping at the edges: empty strings and
// separators, separators longer than the text, matches at the start and
// the end, overlapping candidates, NUL and high bytes, non-ASCII text.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	texts := []string{"", "a", "aaa", "abcabcabd", "\x00x\x00", "\xff\xfe\xff", "héllo wörld", "xyzxyzxy", "ab", "ABCdefGHI"}
	seps := []string{"", "a", "ab", "abd", "aaaa", "\x00", "\xff", "ö", "xy", "xyzxy", "abcabcabdX", "GHI"}
	for _, s := range texts {
		for _, sep := range seps {
			fmt.Printf("%q %q: Index=%d LastIndex=%d Count=%d Contains=%v\n", s, sep,
				strings.Index(s, sep), strings.LastIndex(s, sep), strings.Count(s, sep), strings.Contains(s, sep))
			fmt.Printf("  bytes: Index=%d Count=%d %q\n", bytes.Index([]byte(s), []byte(sep)),
				bytes.Count([]byte(s), []byte(sep)), strings.Split(s, sep))
		}
		for _, c := range []byte{0, 'a', 'x', 0xff, 'I'} {
			fmt.Printf("%q %q: IndexByte=%d LastIndexByte=%d bytes.IndexByte=%d\n", s, c,
				strings.IndexByte(s, c), strings.LastIndexByte(s, c), bytes.IndexByte([]byte(s), c))
		}
		fmt.Printf("%q: Upper=%q Lower=%q Title=%q\n", s, strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s))
		fmt.Printf("  bytes: Upper=%q Lower=%q\n", bytes.ToUpper([]byte(s)), bytes.ToLower([]byte(s)))
	}
	long := strings.Repeat("ab", 1000) + "abc" + strings.Repeat("ab", 10)
	fmt.Println(strings.Index(long, "abc"), strings.LastIndex(long, "ab"), strings.Count(long, "ab"), strings.Count(long, "b"))
	fmt.Println(strings.Replace(long[1990:], "ab", "<>", 3), len(strings.Fields(strings.Repeat("w ", 500))))
}

// Output:
// "" "": Index=0 LastIndex=0 Count=1 Contains=true
//   bytes: Index=0 Count=1 []
// "" "a": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 [""]
// "" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "" 'a': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "": Upper="" Lower="" Title=""
//   bytes: Upper="" Lower=""
// "a" "": Index=0 LastIndex=1 Count=2 Contains=true
//   bytes: Index=0 Count=2 ["a"]
// "a" "a": Index=0 LastIndex=0 Count=1 Contains=true
//   bytes: Index=0 Count=1 ["" ""]
// "a" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["a"]
// "a" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "a" 'a': IndexByte=0 LastIndexByte=0 bytes.IndexByte=0
// "a" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "a" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "a" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "a": Upper="A" Lower="a" Title="A"
//   bytes: Upper="A" Lower="a"
// "aaa" "": Index=0 LastIndex=3 Count=4 Contains=true
//   bytes: Index=0 Count=4 ["a" "a" "a"]
// "aaa" "a": Index=0 LastIndex=2 Count=3 Contains=true
//   bytes: Index=0 Count=3 ["" "" "" ""]
// "aaa" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["aaa"]
// "aaa" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "aaa" 'a': IndexByte=0 LastIndexByte=2 bytes.IndexByte=0
// "aaa" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "aaa" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "aaa" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "aaa": Upper="AAA" Lower="aaa" Title="AAA"
//   bytes: Upper="AAA" Lower="aaa"
// "abcabcabd" "": Index=0 LastIndex=9 Count=10 Contains=true
//   bytes: Index=0 Count=10 ["a" "b" "c" "a" "b" "c" "a" "b" "d"]
// "abcabcabd" "a": Index=0 LastIndex=6 Count=3 Contains=true
//   bytes: Index=0 Count=3 ["" "bc" "bc" "bd"]
// "abcabcabd" "ab": Index=0 LastIndex=6 Count=3 Contains=true
//   bytes: Index=0 Count=3 ["" "c" "c" "d"]
// "abcabcabd" "abd": Index=6 LastIndex=6 Count=1 Contains=true
//   bytes: Index=6 Count=1 ["abcabc" ""]
// "abcabcabd" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["abcabcabd"]
// "abcabcabd" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "abcabcabd" 'a': IndexByte=0 LastIndexByte=6 bytes.IndexByte=0
// "abcabcabd" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "abcabcabd" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "abcabcabd" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "abcabcabd": Upper="ABCABCABD" Lower="abcabcabd" Title="ABCABCABD"
//   bytes: Upper="ABCABCABD" Lower="abcabcabd"
// "\x00x\x00" "": Index=0 LastIndex=3 Count=4 Contains=true
//   bytes: Index=0 Count=4 ["\x00" "x" "\x00"]
// "\x00x\x00" "a": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "\x00": Index=0 LastIndex=2 Count=2 Contains=true
//   bytes: Index=0 Count=2 ["" "x" ""]
// "\x00x\x00" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\x00x\x00"]
// "\x00x\x00" '\x00': IndexByte=0 LastIndexByte=2 bytes.IndexByte=0
// "\x00x\x00" 'a': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\x00x\x00" 'x': IndexByte=1 LastIndexByte=1 bytes.IndexByte=1
// "\x00x\x00" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\x00x\x00" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\x00x\x00": Upper="\x00X\x00" Lower="\x00x\x00" Title="\x00X\x00"
//   bytes: Upper="\x00X\x00" Lower="\x00x\x00"
// "\xff\xfe\xff" "": Index=0 LastIndex=3 Count=4 Contains=true
//   bytes: Index=0 Count=4 ["�" "�" "\xff"]
// "\xff\xfe\xff" "a": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "\xff": Index=0 LastIndex=2 Count=2 Contains=true
//   bytes: Index=0 Count=2 ["" "\xfe" ""]
// "\xff\xfe\xff" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["\xff\xfe\xff"]
// "\xff\xfe\xff" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\xff\xfe\xff" 'a': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\xff\xfe\xff" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\xff\xfe\xff" 'ÿ': IndexByte=0 LastIndexByte=2 bytes.IndexByte=0
// "\xff\xfe\xff" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "\xff\xfe\xff": Upper="���" Lower="���" Title="���"
//   bytes: Upper="���" Lower="���"
// "héllo wörld" "": Index=0 LastIndex=13 Count=12 Contains=true
//   bytes: Index=0 Count=12 ["h" "é" "l" "l" "o" " " "w" "ö" "r" "l" "d"]
// "héllo wörld" "a": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "ö": Index=8 LastIndex=8 Count=1 Contains=true
//   bytes: Index=8 Count=1 ["héllo w" "rld"]
// "héllo wörld" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["héllo wörld"]
// "héllo wörld" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "héllo wörld" 'a': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "héllo wörld" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "héllo wörld" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "héllo wörld" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "héllo wörld": Upper="HÉLLO WÖRLD" Lower="héllo wörld" Title="HÉLLO WÖRLD"
//   bytes: Upper="HÉLLO WÖRLD" Lower="héllo wörld"
// "xyzxyzxy" "": Index=0 LastIndex=8 Count=9 Contains=true
//   bytes: Index=0 Count=9 ["x" "y" "z" "x" "y" "z" "x" "y"]
// "xyzxyzxy" "a": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "xy": Index=0 LastIndex=6 Count=3 Contains=true
//   bytes: Index=0 Count=3 ["" "z" "z" ""]
// "xyzxyzxy" "xyzxy": Index=0 LastIndex=3 Count=1 Contains=true
//   bytes: Index=0 Count=1 ["" "zxy"]
// "xyzxyzxy" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["xyzxyzxy"]
// "xyzxyzxy" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "xyzxyzxy" 'a': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "xyzxyzxy" 'x': IndexByte=0 LastIndexByte=6 bytes.IndexByte=0
// "xyzxyzxy" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "xyzxyzxy" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "xyzxyzxy": Upper="XYZXYZXY" Lower="xyzxyzxy" Title="XYZXYZXY"
//   bytes: Upper="XYZXYZXY" Lower="xyzxyzxy"
// "ab" "": Index=0 LastIndex=2 Count=3 Contains=true
//   bytes: Index=0 Count=3 ["a" "b"]
// "ab" "a": Index=0 LastIndex=0 Count=1 Contains=true
//   bytes: Index=0 Count=1 ["" "b"]
// "ab" "ab": Index=0 LastIndex=0 Count=1 Contains=true
//   bytes: Index=0 Count=1 ["" ""]
// "ab" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" "GHI": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ab"]
// "ab" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ab" 'a': IndexByte=0 LastIndexByte=0 bytes.IndexByte=0
// "ab" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ab" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ab" 'I': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ab": Upper="AB" Lower="ab" Title="AB"
//   bytes: Upper="AB" Lower="ab"
// "ABCdefGHI" "": Index=0 LastIndex=9 Count=10 Contains=true
//   bytes: Index=0 Count=10 ["A" "B" "C" "d" "e" "f" "G" "H" "I"]
// "ABCdefGHI" "a": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "ab": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "abd": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "aaaa": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "\x00": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "\xff": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "ö": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "xy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "xyzxy": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "abcabcabdX": Index=-1 LastIndex=-1 Count=0 Contains=false
//   bytes: Index=-1 Count=0 ["ABCdefGHI"]
// "ABCdefGHI" "GHI": Index=6 LastIndex=6 Count=1 Contains=true
//   bytes: Index=6 Count=1 ["ABCdef" ""]
// "ABCdefGHI" '\x00': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ABCdefGHI" 'a': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ABCdefGHI" 'x': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ABCdefGHI" 'ÿ': IndexByte=-1 LastIndexByte=-1 bytes.IndexByte=-1
// "ABCdefGHI" 'I': IndexByte=8 LastIndexByte=8 bytes.IndexByte=8
// "ABCdefGHI": Upper="ABCDEFGHI" Lower="abcdefghi" Title="ABCDEFGHI"
//   bytes: Upper="ABCDEFGHI" Lower="abcdefghi"
// 2000 2021 1011 1011
// <><><>abababcabababababababababab 500
