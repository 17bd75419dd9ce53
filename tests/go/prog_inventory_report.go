// An inventory report from CSV-like text: parsing with strings and
// strconv, validation errors, sorting by category then value, and
// per-category subtotals printed as a table.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type item struct {
	sku      string
	category string
	qty      int
	price    float64
}

func main() {
	data := `sku,category,qty,price
A-100,tools,12,9.99
B-200,garden,3,24.50
A-101,tools,0,15.00
C-300,kitchen,40,2.25
B-201,garden,7,3.75
X-999,tools,-1,5
A-102,tools,5,not-a-price
C-301,kitchen,1,199.00`
	lines := strings.Split(data, "\n")
	var items []item
	for n, line := range lines[1:] {
		f := strings.Split(line, ",")
		qty, err1 := strconv.Atoi(f[2])
		price, err2 := strconv.ParseFloat(f[3], 64)
		switch {
		case err1 != nil || err2 != nil:
			fmt.Printf("line %d: %v %v\n", n+2, err1, err2)
			continue
		case qty < 0:
			fmt.Printf("line %d: negative quantity %d\n", n+2, qty)
			continue
		}
		items = append(items, item{f[0], f[1], qty, price})
	}
	value := func(it item) float64 { return float64(it.qty) * it.price }
	sort.Slice(items, func(i, j int) bool {
		if items[i].category != items[j].category {
			return items[i].category < items[j].category
		}
		if value(items[i]) != value(items[j]) {
			return value(items[i]) > value(items[j])
		}
		return items[i].sku < items[j].sku
	})
	fmt.Printf("%-6s %-8s %4s %8s %9s\n", "SKU", "CATEGORY", "QTY", "PRICE", "VALUE")
	cat, sub, total := "", 0.0, 0.0
	flush := func() {
		if cat != "" {
			fmt.Printf("%29s %9.2f\n", "subtotal "+cat+":", sub)
		}
	}
	for _, it := range items {
		if it.category != cat {
			flush()
			cat, sub = it.category, 0
		}
		v := value(it)
		sub += v
		total += v
		fmt.Printf("%-6s %-8s %4d %8.2f %9.2f\n", it.sku, it.category, it.qty, it.price, v)
	}
	flush()
	fmt.Printf("%29s %9.2f\n", "TOTAL:", total)
}

// Output:
// line 7: negative quantity -1
// line 8: <nil> strconv.ParseFloat: parsing "not-a-price": invalid syntax
// SKU    CATEGORY  QTY    PRICE     VALUE
// B-200  garden      3    24.50     73.50
// B-201  garden      7     3.75     26.25
//              subtotal garden:     99.75
// C-301  kitchen     1   199.00    199.00
// C-300  kitchen    40     2.25     90.00
//             subtotal kitchen:    289.00
// A-100  tools      12     9.99    119.88
// A-101  tools       0    15.00      0.00
//               subtotal tools:    119.88
//                        TOTAL:    508.63
