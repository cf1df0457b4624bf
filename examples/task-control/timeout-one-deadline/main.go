// asyncio.timeout(...) puts one deadline over a whole block of awaits. In Go
// that is one context with a deadline, passed to every call in the block: the
// calls share the time, instead of each getting its own timeout as with wait_for.
package main

import (
	"context"
	"fmt"
	"time"
)

// fetch stands for one remote call that takes 400ms unless ctx ends first.
func fetch(ctx context.Context, name string) error {
	select {
	case <-time.After(400 * time.Millisecond):
		fmt.Printf("  %s: done\n", name)
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", name, ctx.Err())
	}
}

var names = []string{"weather", "currencies", "news"}

func main() {
	since := func(t time.Time) time.Duration { return time.Since(t).Round(10 * time.Millisecond) }

	fmt.Println("a 1s timeout for each call (wait_for around each one):")
	start := time.Now()
	for _, name := range names {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := fetch(ctx, name)
		cancel()
		if err != nil {
			fmt.Println("  failed:", err)
		}
	}
	fmt.Printf("  all three done after %v\n", since(start))

	fmt.Println("one 1s deadline for the whole block (async with asyncio.timeout):")
	start = time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	for _, name := range names {
		if err := fetch(ctx, name); err != nil {
			fmt.Printf("  the block failed after %v: %v\n", since(start), err)
			break
		}
	}
}
