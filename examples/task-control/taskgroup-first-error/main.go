// The point of a TaskGroup: when one task fails, the others are cancelled.
// With errgroup.WithContext, the first error cancels ctx; the siblings notice
// it in their select and return, and g.Wait returns that first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// slowTask would take a second, but gives up when ctx is cancelled.
func slowTask(ctx context.Context, name string) error {
	select {
	case <-time.After(time.Second):
		fmt.Printf("%s: finished\n", name)
		return nil
	case <-ctx.Done():
		fmt.Printf("%s: stopped: %v\n", name, ctx.Err())
		return ctx.Err()
	}
}

func main() {
	start := time.Now()
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error { return slowTask(ctx, "a") })
	g.Go(func() error {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("b: failing")
		return errors.New("b: service unavailable")
	})
	g.Go(func() error { return slowTask(ctx, "c") })

	err := g.Wait() // waits for all three, then returns the first error
	fmt.Printf("Wait after %v: %v\n", time.Since(start).Round(10*time.Millisecond), err)
	fmt.Println("why ctx was cancelled:", context.Cause(ctx))
}
