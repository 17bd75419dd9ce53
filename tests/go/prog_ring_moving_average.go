// A moving average over a sliding window kept in a container/ring, and a
// round-robin player rotation.
package main

import (
	"container/ring"
	"fmt"
)

func main() {
	window := ring.New(4)
	count := 0
	for _, v := range []float64{10, 20, 30, 40, 50, 10, 0, 5} {
		window.Value = v
		window = window.Next()
		if count < window.Len() {
			count++
		}
		sum := 0.0
		window.Do(func(x any) {
			if x != nil {
				sum += x.(float64)
			}
		})
		fmt.Printf("after %4.0f: avg %.2f\n", v, sum/float64(count))
	}
	players := ring.New(3)
	for _, name := range []string{"ann", "bob", "cy"} {
		players.Value = name
		players = players.Next()
	}
	for turn := 1; turn <= 7; turn++ {
		fmt.Print(players.Value, " ")
		players = players.Next()
		if turn == 4 {
			players.Prev().Unlink(1)
		}
	}
	fmt.Println(players.Len())
}

// Output:
// after   10: avg 10.00
// after   20: avg 15.00
// after   30: avg 20.00
// after   40: avg 25.00
// after   50: avg 35.00
// after   10: avg 32.50
// after    0: avg 25.00
// after    5: avg 16.25
// ann bob cy ann bob bob bob 1
