package main

import "fmt"

type Logger interface {
	Log(string) string
}

type prefixLogger struct{ prefix string }

func (p prefixLogger) Log(s string) string { return p.prefix + s }

type Service struct {
	Logger
	name string
}

type loud struct{ Logger }

func (l loud) Log(s string) string { return l.Logger.Log(s + "!") }

func main() {
	s := Service{prefixLogger{"[svc] "}, "api"}
	fmt.Println(s.Log("started " + s.name))
	var l Logger = s
	fmt.Println(l.Log("via interface"))
	s.Logger = loud{prefixLogger{"[loud] "}}
	fmt.Println(s.Log("hello"))
	var empty Service
	fmt.Println(empty.Logger == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	empty.Log("boom")
}

// Output:
// [svc] started api
// [svc] via interface
// [loud] hello!
// true
// recovered: runtime error: invalid memory address or nil pointer dereference
