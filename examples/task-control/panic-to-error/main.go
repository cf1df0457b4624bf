// Turning a panic into an error. The recover must run in the goroutine that
// panics, so it goes inside the function given to g.Go: safe wraps a task so
// that a panic in it becomes the task's error. errgroup then treats it like
// any other error: it cancels ctx, and g.Wait returns it. The program goes on.
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// safe returns a task that runs f and turns a panic in f into an error.
func safe(f func() error) func() error {
	return func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered panic: %v", r)
			}
		}()
		return f()
	}
}

func main() {
	items := []string{"apple", "pear", "plum"}
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(safe(func() error {
		for i := 0; i <= len(items); i++ { // the same bug: one past the end
			fmt.Println("task a:", items[i])
		}
		return nil
	}))
	g.Go(safe(func() error {
		select {
		case <-time.After(time.Second): // stands for a long request
			fmt.Println("task b: finished")
			return nil
		case <-ctx.Done():
			fmt.Println("task b: stopped:", ctx.Err())
			return ctx.Err()
		}
	}))
	err := g.Wait()
	fmt.Println("main: Wait returned:", err)
	fmt.Println("main: going on")
}
