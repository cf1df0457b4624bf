// asyncio.wait_for(asyncio.shield(task), 5) in Go. The work runs under
// context.WithoutCancel(ctx): it keeps the caller's values (here a request ID)
// but not its deadline. The caller stops waiting at its own deadline, tells
// the user, and then still collects the late result from the channel.
package main

import (
	"context"
	"fmt"
	"time"
)

type requestIDKey struct{}

// delay sleeps for d unless ctx ends first, and returns d (the notes' util.delay).
func delay(ctx context.Context, d time.Duration) (time.Duration, error) {
	id := ctx.Value(requestIDKey{})
	fmt.Printf("delay [%v]: sleeping for %v\n", id, d)
	select {
	case <-time.After(d):
		fmt.Printf("delay [%v]: finished sleeping for %v\n", id, d)
		return d, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func main() {
	start := time.Now()
	ctx := context.WithValue(context.Background(), requestIDKey{}, "req-42")
	ctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond) // the caller's patience
	defer cancel()

	type result struct {
		d   time.Duration
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := delay(context.WithoutCancel(ctx), 800*time.Millisecond) // the shield
		done <- result{d, err}
	}()

	select {
	case r := <-done:
		fmt.Println("main: result", r.d, r.err)
	case <-ctx.Done():
		fmt.Printf("main: %v after %v; the work takes longer, it will finish soon!\n",
			ctx.Err(), time.Since(start).Round(10*time.Millisecond))
		r := <-done // the work was not cancelled: wait for it after all
		fmt.Printf("main: result %v, error %v, after %v\n",
			r.d, r.err, time.Since(start).Round(10*time.Millisecond))
	}
}
