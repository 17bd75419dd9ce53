package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func deposit(a *Account, amt int) {
	a.Balance += amt
}

func depositCopy(a Account, amt int) {
	a.Balance += amt
}

func main() {
	acc := Account{"ann", 100}
	deposit(&acc, 50)
	depositCopy(acc, 1000)
	fmt.Println(acc.Balance)
	p := &acc
	p.Owner = "Ann"
	(*p).Balance *= 2
	fmt.Println(acc, *p)
	fmt.Println(p)
	accs := []*Account{{"x", 1}, {"y", 2}}
	for _, a := range accs {
		a.Balance *= 10
	}
	fmt.Println(*accs[0], *accs[1])
	vals := []Account{{"x", 1}, {"y", 2}}
	for i := range vals {
		p := &vals[i]
		p.Balance += 5
	}
	fmt.Println(vals)
	pp := &p
	(*pp).Balance = 0
	fmt.Println(acc.Balance)
}

// Output:
// 150
// {Ann 300} {Ann 300}
// &{Ann 300}
// {x 10} {y 20}
// [{x 6} {y 7}]
// 0
