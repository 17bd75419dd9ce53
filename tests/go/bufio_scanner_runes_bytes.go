// bufio.ScanRunes (invalid UTF-8 becomes U+FFFD, one byte at a time) and
// bufio.ScanBytes.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("aé世🎉\xff\xe4\xb8z"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q %x\n", sc.Text(), sc.Bytes())
	}
	sc = bufio.NewScanner(strings.NewReader("hé"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%x ", sc.Bytes())
	}
	fmt.Println(sc.Err())
}

// Output:
// "a" 61
// "é" c3a9
// "世" e4b896
// "🎉" f09f8e89
// "�" efbfbd
// "�" efbfbd
// "�" efbfbd
// "z" 7a
// 68 c3 a9 <nil>
