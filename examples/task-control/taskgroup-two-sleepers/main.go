// asyncio.TaskGroup in Go: errgroup.WithContext. g.Go starts each task in its
// own goroutine; g.Wait returns when all of them have returned (the end of
// the "async with" block).
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// sleep waits for d, or less if ctx is cancelled (like asyncio.sleep in a task).
func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func print1(ctx context.Context) error {
	if err := sleep(ctx, 800*time.Millisecond); err != nil {
		return err
	}
	fmt.Println("1")
	return nil
}

func print2(ctx context.Context) error {
	if err := sleep(ctx, 400*time.Millisecond); err != nil {
		return err
	}
	fmt.Println("2")
	return nil
}

func main() {
	start := time.Now()
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error { return print1(ctx) })
	g.Go(func() error { return print2(ctx) })
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("group done after %v, not 1.2s: the tasks ran concurrently\n",
		time.Since(start).Round(10*time.Millisecond))
}
