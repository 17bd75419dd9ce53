package main

type Code int

func main() {
	panic(Code(42))
}

// Panic: main.Code(42)
