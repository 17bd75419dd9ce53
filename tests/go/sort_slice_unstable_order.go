// sort.Slice is not stable: the order it leaves equal elements in comes
// from Go's pattern-defeating quicksort and is printed here for inputs
// long enough to use every part of it (insertion sort, ninther pivots,
// partitioning around equal pivots).
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key int
	id  int
}

func main() {
	for _, n := range []int{10, 13, 30, 60, 200} {
		rs := make([]rec, n)
		x := uint32(12345)
		for i := range rs {
			x = x*1103515245 + 12345
			rs[i] = rec{int(x>>16) % 4, i}
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
		fmt.Print(n, ":")
		for _, r := range rs {
			fmt.Print(" ", r.id)
		}
		fmt.Println()
	}
}

// Output:
// 10: 0 1 2 5 6 9 3 7 8 4
// 13: 0 1 10 9 5 6 2 7 8 3 12 4 11
// 30: 26 25 19 17 27 1 15 0 23 10 5 18 24 2 21 6 16 28 9 7 12 8 3 29 20 14 22 13 11 4
// 60: 15 1 50 47 45 0 40 32 27 26 10 25 23 19 17 44 6 53 18 52 51 21 2 49 24 48 9 16 28 5 42 41 8 3 34 35 58 57 38 56 7 31 55 43 29 12 4 14 11 33 22 20 13 46 54 30 39 37 36 59
// 200: 60 1 199 196 194 192 185 184 181 179 10 165 160 158 157 15 151 17 150 19 147 144 143 23 140 25 26 27 137 135 133 132 32 125 124 120 108 104 100 97 40 96 91 90 89 45 86 47 80 0 50 79 70 69 66 65 49 111 2 198 193 61 62 63 5 190 189 188 68 53 52 6 183 9 178 174 171 168 78 51 48 81 82 167 84 166 164 156 153 44 16 42 18 21 24 95 41 28 98 134 116 101 112 127 152 58 197 107 3 109 110 103 102 195 56 191 38 117 118 119 35 121 122 55 34 67 126 57 187 129 7 131 31 72 99 29 8 180 73 139 94 141 142 74 93 177 176 173 169 149 77 43 83 163 161 12 87 145 155 159 22 154 162 88 46 11 85 37 92 148 170 76 138 20 75 175 146 59 13 172 39 136 182 30 130 71 186 128 33 54 123 115 64 114 4 113 36 106 14 105
