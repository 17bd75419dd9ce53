package main

import "fmt"

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, cell := range row {
			if cell {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	var g Grid
	// glider
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%v", gen, g)
		g = g.Step()
	}
	alive := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				alive++
			}
		}
	}
	fmt.Println("alive:", alive)
}

// Output:
// gen 0:
// .#......
// ..#.....
// ###.....
// ........
// ........
// ........
// gen 1:
// ........
// #.#.....
// .##.....
// .#......
// ........
// ........
// gen 2:
// ........
// ..#.....
// #.#.....
// .##.....
// ........
// ........
// gen 3:
// ........
// .#......
// ..##....
// .##.....
// ........
// ........
// alive: 5
