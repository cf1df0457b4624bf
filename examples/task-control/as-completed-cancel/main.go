// The same timeout, but now the requests take a context and the caller cancels
// what is still running when it stops waiting. A goroutine cannot be killed:
// it stops because it watches ctx.Done() while it waits.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type result struct {
	index  int
	status int
	err    error
}

// fetchStatus stands for an HTTP request that takes delay; it gives up
// as soon as ctx is cancelled.
func fetchStatus(ctx context.Context, delay time.Duration) (int, error) {
	select {
	case <-time.After(delay):
		return 200, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	delays := []time.Duration{300 * time.Millisecond, 300 * time.Millisecond, 1500 * time.Millisecond}
	start := time.Now()
	elapsed := func() time.Duration { return time.Since(start).Round(10 * time.Millisecond) }

	results := make(chan result, len(delays))
	var wg sync.WaitGroup
	for i, d := range delays {
		wg.Go(func() {
			status, err := fetchStatus(ctx, d)
			results <- result{i, status, err}
		})
	}

	timeout := time.After(800 * time.Millisecond)
	received := 0
loop:
	for received < len(delays) {
		select {
		case r := <-results:
			received++
			fmt.Printf("request %d: status %d after %v\n", r.index, r.status, elapsed())
		case <-timeout:
			fmt.Printf("timeout after %v: cancelling %d request(s)\n", elapsed(), len(delays)-received)
			cancel()
			break loop
		}
	}

	wg.Wait() // returns at once: the slow request saw the cancellation
	fmt.Printf("all request goroutines ended after %v\n", elapsed())
	close(results)
	for r := range results { // what the cancelled requests reported
		fmt.Printf("request %d: %v\n", r.index, r.err)
	}
}
