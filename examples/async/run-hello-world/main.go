// The Go shape of a Python asyncio entry point:
//
//	if __name__ == "__main__":
//	    asyncio.run(main())
//
// main creates the root context (cancelled on Ctrl+C), runs the root function
// and turns its error into an exit status. There is no loop to start: the Go
// runtime schedules goroutines from the first line of main.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

// myCoroutine is the notes' my_coroutine: it only prints.
func myCoroutine(ctx context.Context) error {
	fmt.Println("Hello world!")
	return ctx.Err() // nil unless Ctrl+C arrived before we got here
}

// run owns the root context, as asyncio.run owns the event loop.
func run() error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return myCoroutine(ctx)
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
