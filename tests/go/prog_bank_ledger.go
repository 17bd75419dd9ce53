// A bank ledger: transactions with timestamps parsed from text, sorted
// by time (stable for equal times), running balances, monthly interest
// with time arithmetic, and an overdraft error.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type tx struct {
	at     time.Time
	amount int64 // cents
	memo   string
}

var errOverdraft = errors.New("overdraft")

func parseTx(line string) (tx, error) {
	f := strings.SplitN(line, "|", 3)
	if len(f) != 3 {
		return tx{}, fmt.Errorf("bad line %q", line)
	}
	at, err := time.Parse("2006-01-02 15:04", strings.TrimSpace(f[0]))
	if err != nil {
		return tx{}, err
	}
	amt, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
	if err != nil {
		return tx{}, fmt.Errorf("amount: %w", err)
	}
	return tx{at, int64(amt*100 + 0.5*sign(amt)), strings.TrimSpace(f[2])}, nil
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

func cents(c int64) string {
	s := "+"
	if c < 0 {
		s = "-"
		c = -c
	}
	return fmt.Sprintf("%s%d.%02d", s, c/100, c%100)
}

func main() {
	input := `2024-01-15 09:30 | 1500.00 | salary
2024-01-03 12:00 | -45.99 | groceries
2024-01-15 09:30 | -1200 | rent
2024-02-01 00:00 | -0.01 | fee
2024-01-20 18:45 | 250.5 | refund
garbage line
2024-02-10 10:00 | abc | broken
2024-02-14 20:00 | -600 | flowers`
	var txs []tx
	for _, line := range strings.Split(input, "\n") {
		t, err := parseTx(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		txs = append(txs, t)
	}
	sort.SliceStable(txs, func(i, j int) bool { return txs[i].at.Before(txs[j].at) })
	var balance int64 = 10000
	for _, t := range txs {
		if balance+t.amount < 0 {
			fmt.Printf("%s %-10s %s rejected: %v\n", t.at.Format("Jan _2 15:04"), t.memo, cents(t.amount), errOverdraft)
			continue
		}
		balance += t.amount
		fmt.Printf("%s %-10s %10s %10s\n", t.at.Format("Jan _2 15:04"), t.memo, cents(t.amount), cents(balance))
	}
	start := txs[0].at
	end := start.AddDate(0, 3, 0)
	months := 0
	for d := start; d.Before(end); d = d.AddDate(0, 1, 0) {
		months++
		balance += balance * 5 / 1000
	}
	fmt.Println("after", months, "months of interest:", cents(balance), "until", end.Format("2006-01-02"))
}

// Output:
// skip: bad line "garbage line"
// skip: amount: strconv.ParseFloat: parsing "abc": invalid syntax
// Jan  3 12:00 groceries      -45.99     +54.01
// Jan 15 09:30 salary       +1500.00   +1554.01
// Jan 15 09:30 rent         -1200.00    +354.01
// Jan 20 18:45 refund        +250.50    +604.51
// Feb  1 00:00 fee             -0.01    +604.50
// Feb 14 20:00 flowers       -600.00      +4.50
// after 3 months of interest: +4.56 until 2024-04-03
