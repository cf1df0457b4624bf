// A deadline is only a value in the context: code that never looks at ctx is
// not stopped by it. time.Sleep here plays the part of Python's blocking
// time.sleep inside a coroutine, which wait_for cannot interrupt either.
package main

import (
	"context"
	"fmt"
	"time"
)

// ignoresCtx takes a ctx but never looks at it.
func ignoresCtx(ctx context.Context) (string, error) {
	time.Sleep(time.Second)
	return "done", nil
}

// honoursCtx waits for its result or for the end of ctx, whichever comes first.
func honoursCtx(ctx context.Context) (string, error) {
	select {
	case <-time.After(time.Second):
		return "done", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, f := range []struct {
		name string
		call func(context.Context) (string, error)
	}{{"ignoresCtx", ignoresCtx}, {"honoursCtx", honoursCtx}} {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		start := time.Now()
		res, err := f.call(ctx)
		fmt.Printf("%s: result %q, error %v, after %v (ctx: %v)\n",
			f.name, res, err, time.Since(start).Round(10*time.Millisecond), ctx.Err())
		cancel()
	}
}
