// Bounded concurrency with errgroup: after g.SetLimit(2), g.Go blocks while
// two tasks are running, so six 400ms tasks run two at a time.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var (
		mu            sync.Mutex
		running, peak int // tasks running now, and the most seen at once
	)
	start := time.Now()

	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(2)
	for range 6 {
		g.Go(func() error { // waits here while two tasks are running
			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()
			defer func() {
				mu.Lock()
				running--
				mu.Unlock()
			}()

			select {
			case <-time.After(400 * time.Millisecond): // stands for a request
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("most tasks running at once:", peak)
	fmt.Printf("6 tasks of 400ms took %v: three rounds of two\n", time.Since(start).Round(10*time.Millisecond))
}
