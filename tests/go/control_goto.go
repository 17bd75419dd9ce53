package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(" ", i)
		i++
		goto loop
	}
	fmt.Println()

	n := 27
	steps := 0
next:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto next
done:
	fmt.Println("collatz steps:", steps)

	for j := 0; j < 3; j++ {
		if j == 1 {
			goto skip
		}
		fmt.Println("j =", j)
	skip:
	}
	fmt.Println("end")
}

// Output:
//  0 1 2 3 4
// collatz steps: 111
// j = 0
// j = 2
// end
