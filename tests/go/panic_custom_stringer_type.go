package main

type S struct{ N int }

func (s S) String() string { return "S-stringer" }

func main() {
	panic(S{1})
}

// Panic: S-stringer
