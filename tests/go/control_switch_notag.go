package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func main() {
	for _, s := range []int{95, 85, 72, 10, 90, 80} {
		fmt.Print(" ", grade(s))
	}
	fmt.Println()
	fmt.Println(sign(-5), sign(0), sign(8))
	x := 5
	switch x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium")
	default:
		fmt.Println("large")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	switch {
	}
	switch x {
	default:
		fmt.Println("default first")
	case 5:
		fmt.Println("five")
	}
}

// Output:
//  A B C F A B
// -1 0 1
// medium
// matched golang
// five
