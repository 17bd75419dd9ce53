#!/usr/bin/env gorun
package main

func main() {
	println("hello") // comment
}
