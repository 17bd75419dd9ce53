// Run-length encoding and decoding of byte data with bytes.Buffer and
// bufio, with a round-trip check on binary input.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

func encode(data []byte) []byte {
	var out bytes.Buffer
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out.WriteByte(byte(j - i))
		out.WriteByte(data[i])
		i = j
	}
	return out.Bytes()
}

func decode(enc []byte) ([]byte, error) {
	r := bufio.NewReader(bytes.NewReader(enc))
	var out bytes.Buffer
	for {
		n, err := r.ReadByte()
		if err == io.EOF {
			return out.Bytes(), nil
		}
		b, err := r.ReadByte()
		if err != nil {
			return nil, errors.New("truncated input")
		}
		out.Write(bytes.Repeat([]byte{b}, int(n)))
	}
}

func main() {
	inputs := [][]byte{[]byte("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"), []byte(""), []byte("abc"),
		bytes.Repeat([]byte{0}, 600), {1, 1, 2, 2, 2, 255, 255}}
	for _, in := range inputs {
		enc := encode(in)
		dec, err := decode(enc)
		fmt.Printf("%d -> %d %v %v\n", len(in), len(enc), bytes.Equal(in, dec), err)
	}
	enc := encode(inputs[0])
	var sb bytes.Buffer
	for i := 0; i < len(enc); i += 2 {
		sb.WriteString(strconv.Itoa(int(enc[i])))
		sb.WriteByte(enc[i+1])
	}
	fmt.Println(sb.String())
	_, err := decode([]byte{3})
	fmt.Println(err)
}

// Output:
// 67 -> 14 true <nil>
// 0 -> 0 true <nil>
// 3 -> 6 true <nil>
// 600 -> 6 true <nil>
// 7 -> 6 true <nil>
// 12W1B12W3B24W1B14W
// truncated input
