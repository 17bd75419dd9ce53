// A hexdump -C style dump of bytes with offsets, hex columns and an ASCII
// gutter, written to a bufio.Writer.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func dump(w *bufio.Writer, data []byte) {
	for off := 0; off < len(data); off += 16 {
		end := off + 16
		if end > len(data) {
			end = len(data)
		}
		fmt.Fprintf(w, "%08x ", off)
		for i := off; i < off+16; i++ {
			if i == off+8 {
				w.WriteByte(' ')
			}
			if i < end {
				fmt.Fprintf(w, " %02x", data[i])
			} else {
				w.WriteString("   ")
			}
		}
		w.WriteString("  |")
		for _, b := range data[off:end] {
			if b >= 0x20 && b < 0x7f {
				w.WriteByte(b)
			} else {
				w.WriteByte('.')
			}
		}
		w.WriteString("|\n")
	}
	fmt.Fprintf(w, "%08x\n", len(data))
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	data := []byte("Hello, hexdump!\nBinary:\x00\x01\x02\xff\xfe and UTF-8: héllo 世界")
	dump(w, data)
	all := make([]byte, 40)
	for i := range all {
		all[i] = byte(i * 7)
	}
	dump(w, all)
}

// Output:
// 00000000  48 65 6c 6c 6f 2c 20 68  65 78 64 75 6d 70 21 0a  |Hello, hexdump!.|
// 00000010  42 69 6e 61 72 79 3a 00  01 02 ff fe 20 61 6e 64  |Binary:..... and|
// 00000020  20 55 54 46 2d 38 3a 20  68 c3 a9 6c 6c 6f 20 e4  | UTF-8: h..llo .|
// 00000030  b8 96 e7 95 8c                                    |.....|
// 00000035
// 00000000  00 07 0e 15 1c 23 2a 31  38 3f 46 4d 54 5b 62 69  |.....#*18?FMT[bi|
// 00000010  70 77 7e 85 8c 93 9a a1  a8 af b6 bd c4 cb d2 d9  |pw~.............|
// 00000020  e0 e7 ee f5 fc 03 0a 11                           |........|
// 00000028
