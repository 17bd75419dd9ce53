package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// slowQuery answers after delay unless ctx ends first.
func slowQuery(ctx context.Context, q string, delay time.Duration) (string, error) {
	res := make(chan string, 1) // buffered: the goroutine never leaks
	go func() {
		time.Sleep(delay)
		res <- "result of " + q
	}()
	select {
	case r := <-res:
		return r, nil
	case <-ctx.Done():
		return "", fmt.Errorf("query %q: %w", q, ctx.Err())
	}
}

// handle serves one request with a time budget.
func handle(parent context.Context, q string, budget, delay time.Duration) {
	ctx, cancel := context.WithTimeout(parent, budget)
	defer cancel()
	r, err := slowQuery(ctx, q, delay)
	switch {
	case err == nil:
		fmt.Println("ok:", r)
	case errors.Is(err, context.DeadlineExceeded):
		fmt.Println("timeout:", err)
	case errors.Is(err, context.Canceled):
		fmt.Println("canceled:", err)
	default:
		fmt.Println("error:", err)
	}
}

// firstOf runs the same query on several replicas and keeps the first
// answer, canceling the others.
func firstOf(ctx context.Context, delays []time.Duration) string {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answers := make(chan string, len(delays))
	errs := make(chan error, len(delays))
	for i, d := range delays {
		go func(i int, d time.Duration) {
			r, err := slowQuery(ctx, fmt.Sprintf("replica %d", i), d)
			if err != nil {
				errs <- err
				return
			}
			answers <- r
		}(i, d)
	}
	first := <-answers
	cancel()
	for i := 0; i < len(delays)-1; i++ {
		if err := <-errs; !errors.Is(err, context.Canceled) {
			fmt.Println("unexpected:", err)
		}
	}
	return first
}

func main() {
	bg := context.Background()
	handle(bg, "fast", 2*time.Second, 5*time.Millisecond)
	handle(bg, "slow", 20*time.Millisecond, 2*time.Second)

	// The whole request is canceled by its caller.
	parent, cancel := context.WithCancel(bg)
	time.AfterFunc(20*time.Millisecond, cancel)
	handle(parent, "abandoned", 5*time.Second, 5*time.Second)

	// A parent deadline shorter than the budget wins.
	short, cancelShort := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancelShort()
	handle(short, "nested", 5*time.Second, 5*time.Second)

	fmt.Println("first:", firstOf(bg, []time.Duration{3 * time.Second, 10 * time.Millisecond, 3 * time.Second}))

	// Elapsed time follows the timeout, not the slow work.
	start := time.Now()
	handle(bg, "bounded", 30*time.Millisecond, 3*time.Second)
	el := time.Since(start)
	fmt.Println("bounded by timeout:", el >= 30*time.Millisecond && el < 2*time.Second)
}

// Output:
// ok: result of fast
// timeout: query "slow": context deadline exceeded
// canceled: query "abandoned": context canceled
// timeout: query "nested": context deadline exceeded
// first: result of replica 1
// timeout: query "bounded": context deadline exceeded
// bounded by timeout: true
