// run does for a Go program what asyncio.run does for a coroutine: it gives the
// root function a fresh root context, returns its result and error, and before
// returning cancels every task the root left running and waits for them.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"time"
)

const unit = 100 * time.Millisecond

// spawnFunc starts a task that run will cancel and wait for (asyncio.create_task).
type spawnFunc func(task func(ctx context.Context))

func run[T any](root func(ctx context.Context, spawn spawnFunc) (T, error)) (T, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var wg sync.WaitGroup
	spawn := func(task func(ctx context.Context)) {
		wg.Go(func() { task(ctx) })
	}
	result, err := root(ctx, spawn)
	stop()    // like asyncio.run: cancel the tasks that are still running...
	wg.Wait() // ...and wait until they have handled the cancellation
	return result, err
}

// background would run for 100 units if nobody cancelled it. Cancelled, it
// takes one more unit to clean up, and run waits for that too.
func background(ctx context.Context) {
	select {
	case <-time.After(100 * unit):
		fmt.Println("background: finished")
	case <-ctx.Done():
		time.Sleep(unit) // cleaning up, e.g. closing a connection
		fmt.Println("background: cancelled:", ctx.Err(), "- cleaned up")
	}
}

func main() {
	start := time.Now()
	result, err := run(func(ctx context.Context, spawn spawnFunc) (int, error) {
		spawn(background)
		time.Sleep(2 * unit) // the root's own work
		fmt.Println("root: returning 42, the background task is still running")
		return 42, nil
	})
	// The background task alone would take 100 units; run took about 3.
	fmt.Printf("run #1: result %d, error %v; returned long before 100 units: %v\n",
		result, err, time.Since(start) < 20*unit)

	// run can be called again once the previous call has returned;
	// the root's error comes back to the caller.
	result, err = run(func(ctx context.Context, spawn spawnFunc) (int, error) {
		return 0, errors.New("connection refused")
	})
	fmt.Printf("run #2: result %d, error %v\n", result, err)
}
