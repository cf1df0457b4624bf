// asyncio.wait_for(aw, timeout) in Go: the work runs under a context with a
// deadline. The deadline reaches the work through ctx, so the work itself is
// cancelled, and the caller gets an error wrapping context.DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// waitFor calls f under a deadline timeout from now, like asyncio.wait_for.
func waitFor[T any](ctx context.Context, timeout time.Duration, f func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	return f(ctx)
}

// delay sleeps for d unless ctx ends first, and returns d (the notes' util.delay).
func delay(ctx context.Context, d time.Duration) (time.Duration, error) {
	fmt.Printf("delay: sleeping for %v\n", d)
	select {
	case <-time.After(d):
		fmt.Printf("delay: finished sleeping for %v\n", d)
		return d, nil
	case <-ctx.Done():
		fmt.Println("delay: cancelled:", ctx.Err())
		return 0, fmt.Errorf("delay(%v): %w", d, ctx.Err())
	}
}

// fastFunc is not fast at all: it would sleep for an hour.
func fastFunc(ctx context.Context) (string, error) {
	if _, err := delay(ctx, time.Hour); err != nil {
		return "", err
	}
	return "I did not take long", nil
}

func main() {
	ctx := context.Background()
	since := func(t time.Time) time.Duration { return time.Since(t).Round(10 * time.Millisecond) }

	// wait_for(delay_task, timeout=1) on a task that needs more: a timeout.
	start := time.Now()
	_, err := waitFor(ctx, 200*time.Millisecond, func(ctx context.Context) (time.Duration, error) {
		return delay(ctx, 800*time.Millisecond)
	})
	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Printf("main: timeout after %v: %v\n", since(start), err)
	}

	// wait_for(fast_func(), timeout=5.0) on an hour-long function.
	start = time.Now()
	if _, err := waitFor(ctx, 200*time.Millisecond, fastFunc); errors.Is(err, context.DeadlineExceeded) {
		fmt.Printf("main: not a very fast function... gave up after %v\n", since(start))
	}

	// Work that fits in its time returns its result as usual.
	start = time.Now()
	d, err := waitFor(ctx, time.Second, func(ctx context.Context) (time.Duration, error) {
		return delay(ctx, 200*time.Millisecond)
	})
	fmt.Printf("main: result %v, error %v, after %v\n", d, err, since(start))
}
