// time.Parse error messages (*time.ParseError): out-of-range fields,
// extra text, mismatched literals, bad month names, day of year, and the
// quoting of unusual bytes.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	tests := [][2]string{
		{"2006-01-02", "2023-02-29"}, {"2006-01-02", "2023-13-01"}, {"2006-01-02", "2023-00-10"},
		{"2006-01-02 15:04", "2023-01-01 24:00"}, {"2006-01-02 15:04", "2023-01-01 12:60"},
		{"2006-01-02", "2023-01-01 extra"}, {"2006-01-02", "2023/01/01"}, {"2006-01-02", "x023-01-01"},
		{"Jan 2 2006", "Foo 2 2006"}, {"2006-002", "2023-366"}, {"2006-01-02 002", "2024-01-05 006"},
		{"2006-01-02", "2023-01-\xff"}, {time.RFC3339, "2024-01-01"},
		{"15:04:05.000", "10:00:00.12"}, {"Mon Jan 2", "Xyz Jan 2"}, {"2006 MST", "2024 lowercase"},
	}
	for _, tc := range tests {
		_, err := time.Parse(tc[0], tc[1])
		fmt.Println(err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  layout=%q value=%q elem=%q valueElem=%q msg=%q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}

// Output:
// parsing time "2023-02-29": day out of range
//   layout="2006-01-02" value="2023-02-29" elem="" valueElem="" msg=": day out of range"
// parsing time "2023-13-01": month out of range
//   layout="2006-01-02" value="2023-13-01" elem="01" valueElem="-01" msg=": month out of range"
// parsing time "2023-00-10": month out of range
//   layout="2006-01-02" value="2023-00-10" elem="01" valueElem="-10" msg=": month out of range"
// parsing time "2023-01-01 24:00": hour out of range
//   layout="2006-01-02 15:04" value="2023-01-01 24:00" elem="15" valueElem=":00" msg=": hour out of range"
// parsing time "2023-01-01 12:60": minute out of range
//   layout="2006-01-02 15:04" value="2023-01-01 12:60" elem="04" valueElem="" msg=": minute out of range"
// parsing time "2023-01-01 extra": extra text: " extra"
//   layout="2006-01-02" value="2023-01-01 extra" elem="" valueElem=" extra" msg=": extra text: \" extra\""
// parsing time "2023/01/01" as "2006-01-02": cannot parse "/01/01" as "-"
//   layout="2006-01-02" value="2023/01/01" elem="-" valueElem="/01/01" msg=""
// parsing time "x023-01-01" as "2006-01-02": cannot parse "x023-01-01" as "2006"
//   layout="2006-01-02" value="x023-01-01" elem="2006" valueElem="x023-01-01" msg=""
// parsing time "Foo 2 2006" as "Jan 2 2006": cannot parse "Foo 2 2006" as "Jan"
//   layout="Jan 2 2006" value="Foo 2 2006" elem="Jan" valueElem="Foo 2 2006" msg=""
// parsing time "2023-366": day-of-year out of range
//   layout="2006-002" value="2023-366" elem="" valueElem="" msg=": day-of-year out of range"
// parsing time "2024-01-05 006": day-of-year does not match day
//   layout="2006-01-02 002" value="2024-01-05 006" elem="" valueElem="" msg=": day-of-year does not match day"
// parsing time "2023-01-\xff" as "2006-01-02": cannot parse "\xff" as "02"
//   layout="2006-01-02" value="2023-01-\xff" elem="02" valueElem="\xff" msg=""
// parsing time "2024-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"
//   layout="2006-01-02T15:04:05Z07:00" value="2024-01-01" elem="T" valueElem="" msg=""
// parsing time "10:00:00.12" as "15:04:05.000": cannot parse ".12" as ".000"
//   layout="15:04:05.000" value="10:00:00.12" elem=".000" valueElem=".12" msg=""
// parsing time "Xyz Jan 2" as "Mon Jan 2": cannot parse "Xyz Jan 2" as "Mon"
//   layout="Mon Jan 2" value="Xyz Jan 2" elem="Mon" valueElem="Xyz Jan 2" msg=""
// parsing time "2024 lowercase" as "2006 MST": cannot parse "lowercase" as "MST"
//   layout="2006 MST" value="2024 lowercase" elem="MST" valueElem="lowercase" msg=""
