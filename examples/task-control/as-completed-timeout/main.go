// as_completed with a timeout, done right: three requests, two take about
// 300ms and one takes 1.5s; we stop waiting after 800ms. The timeout ends our
// loop, but it does not stop the slow request: its goroutine keeps running.
package main

import (
	"fmt"
	"sync"
	"time"
)

type result struct {
	index  int
	status int
}

// fetchStatus stands for an HTTP request that takes delay and returns a status.
func fetchStatus(delay time.Duration) int {
	time.Sleep(delay)
	return 200
}

func main() {
	delays := []time.Duration{300 * time.Millisecond, 300 * time.Millisecond, 1500 * time.Millisecond}
	start := time.Now()
	elapsed := func() time.Duration { return time.Since(start).Round(10 * time.Millisecond) }

	results := make(chan result, len(delays))
	var wg sync.WaitGroup
	for i, d := range delays {
		wg.Go(func() { results <- result{i, fetchStatus(d)} })
	}

	timeout := time.After(800 * time.Millisecond) // one deadline for the whole loop
	received := 0
loop:
	for received < len(delays) {
		select {
		case r := <-results:
			received++
			fmt.Printf("request %d: status %d after %v\n", r.index, r.status, elapsed())
		case <-timeout:
			fmt.Printf("timeout after %v: %d request(s) still running\n", elapsed(), len(delays)-received)
			break loop
		}
	}

	// Nobody cancelled the slow request, so it runs to the end anyway.
	wg.Wait()
	fmt.Printf("all request goroutines ended after %v\n", elapsed())
	fmt.Printf("results nobody read: %d\n", len(results))
}
