package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	Owner   string
	Balance int64
	History []string
}

type TxError struct {
	Op     string
	Amount int64
	Err    error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) Deposit(amt int64) error {
	if amt <= 0 {
		return &TxError{"deposit", amt, errors.New("invalid amount")}
	}
	a.Balance += amt
	a.History = append(a.History, fmt.Sprintf("+%d", amt))
	return nil
}

func (a *Account) Withdraw(amt int64) error {
	if amt > a.Balance {
		return &TxError{"withdraw", amt, ErrInsufficient}
	}
	a.Balance -= amt
	a.History = append(a.History, fmt.Sprintf("-%d", amt))
	return nil
}

func Transfer(from, to *Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %d->%d: %w", from.ID, to.ID, err)
	}
	return to.Deposit(amt)
}

func (a Account) String() string {
	return fmt.Sprintf("#%d %-6s %6d %v", a.ID, a.Owner, a.Balance, a.History)
}

func main() {
	alice := &Account{ID: 1, Owner: "alice"}
	bob := &Account{ID: 2, Owner: "bob"}
	steps := []error{
		alice.Deposit(100),
		bob.Deposit(50),
		Transfer(alice, bob, 30),
		Transfer(bob, alice, 500),
		alice.Deposit(-5),
		alice.Withdraw(70),
	}
	for i, err := range steps {
		if err != nil {
			fmt.Printf("step %d failed: %v (insufficient=%t)\n", i, err, errors.Is(err, ErrInsufficient))
			var te *TxError
			if errors.As(err, &te) {
				fmt.Println("  op:", te.Op)
			}
		}
	}
	fmt.Println(alice)
	fmt.Println(bob)
	fmt.Println(*alice)
}

// Output:
// step 3 failed: transfer 2->1: withdraw 500: insufficient funds (insufficient=true)
//   op: withdraw
// step 4 failed: deposit -5: invalid amount (insufficient=false)
//   op: deposit
// #1 alice       0 [+100 -30 -70]
// #2 bob        80 [+50 +30]
// #1 alice       0 [+100 -30 -70]
