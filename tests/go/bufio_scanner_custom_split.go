// A custom bufio.SplitFunc: comma-separated values parsed as integers,
// with an error ending the scan, and a split function wrapping ScanWords
// to validate tokens.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	onComma := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		if len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("1,2,3,,40,5"))
	sc.Split(onComma)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("1234 5678 1234567901234567890 42"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			if _, err := strconv.ParseInt(string(tok), 10, 32); err != nil {
				return 0, nil, errors.New("bad number " + string(tok))
			}
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println("error:", sc.Err())
}

// Output:
// "1" "2" "3" "" "40" "5" <nil>
// 1234
// 5678
// error: bad number 1234567901234567890
