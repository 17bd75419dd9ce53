// A sales report printed as an aligned table with Printf widths,
// precisions, left/right alignment, thousands separators done by hand and
// totals per region (sorted).
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type sale struct {
	region  string
	product string
	units   int
	price   float64
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func main() {
	sales := []sale{
		{"North", "Widget", 1200, 2.5}, {"South", "Gadget", 340, 19.99}, {"North", "Gadget", 75, 19.99},
		{"East", "Widget", 98000, 2.45}, {"South", "Widget", 15, 2.5}, {"East", "Doohickey", 3, 999.0},
		{"West", "Gizmo", 1234567, 0.15},
	}
	sort.Slice(sales, func(i, j int) bool {
		if sales[i].region != sales[j].region {
			return sales[i].region < sales[j].region
		}
		return sales[i].product < sales[j].product
	})
	line := strings.Repeat("-", 50)
	fmt.Printf("%-8s %-10s %12s %8s %10s\n", "Region", "Product", "Units", "Price", "Revenue")
	fmt.Println(line)
	totals := map[string]float64{}
	grand := 0.0
	for _, s := range sales {
		rev := float64(s.units) * s.price
		totals[s.region] += rev
		grand += rev
		fmt.Printf("%-8s %-10s %12s %8.2f %10.2f\n", s.region, s.product, thousands(s.units), s.price, rev)
	}
	fmt.Println(line)
	regions := make([]string, 0, len(totals))
	for r := range totals {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Printf("%-8s %43.2f %5.1f%%\n", r, totals[r], 100*totals[r]/grand)
	}
	fmt.Printf("%-8s %43.2f\n", "TOTAL", grand)
	fmt.Printf("|%6.1e|%-10.3g|%+d|%x|%08.3f|\n", grand, grand, -len(sales), len(sales)*255, 3.14159)
}

// Output:
// Region   Product           Units    Price    Revenue
// --------------------------------------------------
// East     Doohickey             3   999.00    2997.00
// East     Widget           98,000     2.45  240100.00
// North    Gadget               75    19.99    1499.25
// North    Widget            1,200     2.50    3000.00
// South    Gadget              340    19.99    6796.60
// South    Widget               15     2.50      37.50
// West     Gizmo         1,234,567     0.15  185185.05
// --------------------------------------------------
// East                                       243097.00  55.3%
// North                                        4499.25   1.0%
// South                                        6834.10   1.6%
// West                                       185185.05  42.1%
// TOTAL                                      439615.40
// |4.4e+05|4.4e+05   |-7|6f9|0003.142|
