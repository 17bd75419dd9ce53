package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct {
	data []string
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func main() {
	var rw ReadWriter = &Buffer{}
	fmt.Println(rw.Write("hello"), rw.Write("go"))
	var r Reader = rw
	var w Writer = rw
	w.Write("third")
	fmt.Println(r.Read(), r.Read(), rw.Read(), rw.Read())
	rw2, ok := r.(ReadWriter)
	fmt.Println(ok, rw2 == rw)
	_, ok = interface{}(Buffer{}).(Reader)
	fmt.Println(ok)
}

// Output:
// 5 2
// hello go third <empty>
// true true
// false
