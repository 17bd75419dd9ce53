package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			fmt.Println("break at 2 only leaves the switch")
			break
		case 4:
			fmt.Println("four")
		}
		fmt.Println("i =", i)
	}
	n := 0
	for {
		n++
		switch {
		case n == 3:
			continue
		case n > 5:
			goto end
		}
		fmt.Println("n =", n)
	}
end:
	fmt.Println("end", n)
	var x interface{} = 1
	for j := 0; j < 2; j++ {
		switch x.(type) {
		case int:
			if j == 0 {
				break
			}
			fmt.Println("int at", j)
		}
	}
}

// Output:
// i = 0
// i = 1
// break at 2 only leaves the switch
// i = 2
// i = 3
// four
// i = 4
// n = 1
// n = 2
// n = 4
// n = 5
// end 6
// int at 1
