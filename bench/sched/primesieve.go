// primesieve: the concurrent prime sieve, one goroutine per prime. A
// generator goroutine sends 2, 3, 4, ... down a channel; each prime found
// starts a filter goroutine that passes on the numbers it does not divide,
// so the chain grows to one goroutine (and one unbuffered channel) per
// prime and every number crosses as many channels as it survives filters.
// Prints checksums only (bench/run times the whole process).
package main

import "fmt"

const nprimes = 3000 // primes to find: 3000 filter goroutines in the end

// generate sends 2, 3, 4, ... to ch forever.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies the numbers from in that prime does not divide to out.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < nprimes; i++ {
		prime := <-ch
		sum += prime
		last = prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Printf("primes: %d\n", nprimes)
	fmt.Printf("last prime: %d\n", last)
	fmt.Printf("sum of primes: %d\n", sum)
}
