// math/rand Shuffle with a seeded source: a deck of cards and a slice of
// words, shuffled the same way as with Go.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(7))
	words := strings.Fields("ink runs from the corners of my mouth")
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)

	var deck []string
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for _, v := range []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"} {
			deck = append(deck, v+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	for h := 0; h < 4; h++ {
		fmt.Println(deck[h*5 : h*5+5])
	}
	numbers := []byte("12345")
	letters := []byte("ABCDE")
	r.Shuffle(len(numbers), func(i, j int) {
		numbers[i], numbers[j] = numbers[j], numbers[i]
		letters[i], letters[j] = letters[j], letters[i]
	})
	for i := range numbers {
		fmt.Printf("%c: %c\n", letters[i], numbers[i])
	}
	r.Shuffle(0, func(i, j int) { panic("never") })
}

// Output:
// [of the ink from corners my runs mouth]
// [10♦ K♣ 9♠ K♦ 7♥]
// [4♥ 7♦ 7♣ 5♠ K♥]
// [J♠ 5♣ 9♣ Q♣ 4♠]
// [J♥ 5♦ 3♥ 2♥ 6♣]
// B: 2
// E: 5
// C: 3
// A: 1
// D: 4
