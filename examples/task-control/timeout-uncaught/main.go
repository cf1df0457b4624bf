// In Python a TimeoutError that nobody catches ends the program with a traceback.
// Go has no exceptions: the error is returned up to main, which reports it on
// stderr and exits with a non-zero status.
package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

// myCoro needs 500ms to produce its greeting.
func myCoro(ctx context.Context) (string, error) {
	select {
	case <-time.After(500 * time.Millisecond):
		return "Hello, world!", nil
	case <-ctx.Done():
		return "", fmt.Errorf("myCoro: %w", ctx.Err())
	}
}

func run() error {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	msg, err := myCoro(ctx)
	if err != nil {
		return err // not handled here: passed up, as an exception would propagate
	}
	fmt.Println(msg)
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
