// math/rand's derived values for a fixed seed: Intn (small and huge n),
// Int31n, Int63n, Float64, Float32 and Perm.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	for i := 0; i < 5; i++ {
		fmt.Println(r.Intn(6)+1, r.Intn(100), r.Intn(1<<40), r.Int31n(1000), r.Int63n(1e18))
	}
	for i := 0; i < 4; i++ {
		fmt.Println(r.Float64(), r.Float32())
	}
	fmt.Println(r.Perm(10))
	fmt.Println(r.Perm(0), r.Perm(1))
	// Dice histogram.
	var counts [6]int
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)]++
	}
	fmt.Println(counts)
}

// Output:
// 6 0 1074161264061 638 79895562650129957
// 4 69 620124545104 560 601269064959409779
// 1 86 800065791559 74 551316797475810818
// 3 60 138669420489 747 844204797462450073
// 1 45 720880475842 347 582814141741209533
// 0.16256353434794163 0.014837588
// 0.3087924609859586 0.44013545
// 0.46823720021031123 0.5793077
// 0.3557873070696498 0.71791476
// [8 2 9 4 6 0 3 7 5 1]
// [] [0]
// [993 981 967 1044 1013 1002]
