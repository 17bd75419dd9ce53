package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{
		{"Widget", 3, 2.5},
		{"Gadget", 12, 10.125},
		{"Thingamajig", 1, 999.99},
		{"Nut", 1000, 0.015},
	}
	header := fmt.Sprintf("| %-12s | %5s | %9s | %10s |", "Item", "Qty", "Price", "Total")
	sep := "+" + strings.Repeat("-", len(header)-2) + "+"
	fmt.Println(sep)
	fmt.Println(header)
	fmt.Println(sep)
	var grand float64
	for _, it := range items {
		total := float64(it.Qty) * it.Price
		grand += total
		fmt.Printf("| %-12.12s | %5d | %9.3f | %10.2f |\n", it.Name, it.Qty, it.Price, total)
	}
	fmt.Println(sep)
	fmt.Printf("| %-12s | %5s | %9s | %10.2f |\n", "TOTAL", "", "", grand)
	fmt.Println(sep)
	fmt.Printf("%08.3f|%+.2e|%x|%o|%q\n", grand, grand, int(grand), int(grand), items[0].Name)
}

// Output:
// +-----------------------------------------------+
// | Item         |   Qty |     Price |      Total |
// +-----------------------------------------------+
// | Widget       |     3 |     2.500 |       7.50 |
// | Gadget       |    12 |    10.125 |     121.50 |
// | Thingamajig  |     1 |   999.990 |     999.99 |
// | Nut          |  1000 |     0.015 |      15.00 |
// +-----------------------------------------------+
// | TOTAL        |       |           |    1143.99 |
// +-----------------------------------------------+
// 1143.990|+1.14e+03|477|2167|"Widget"
