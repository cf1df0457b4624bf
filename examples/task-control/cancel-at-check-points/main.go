// Cancellation in Go is cooperative: cancel() only asks, and the work stops
// where it next looks at its context (asyncio raises CancelledError at the
// task's next await by itself). A worker waiting in a select on
// ctx.Done() stops at once; a worker that checks ctx only between steps first
// finishes the step it is in.
package main

import (
	"context"
	"fmt"
	"time"
)

// waiting waits in a select, like a coroutine suspended at an await.
func waiting(ctx context.Context, busy chan<- struct{}) error {
	close(busy)
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// stepping checks ctx only between steps. A step that does not look at ctx
// (a blocking call, a CPU loop) stands for code with no await in it.
func stepping(ctx context.Context, busy chan<- struct{}) error {
	close(busy)
	for step := 1; ; step++ {
		time.Sleep(500 * time.Millisecond) // one step; ctx is not looked at here
		fmt.Printf("stepping: step %d finished\n", step)
		if err := ctx.Err(); err != nil { // the check point
			return err
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	type stop struct {
		name string
		err  error
	}
	stopped := make(chan stop)
	workers := []struct {
		name string
		work func(context.Context, chan<- struct{}) error
	}{{"waiting", waiting}, {"stepping", stepping}}
	for _, w := range workers {
		busy := make(chan struct{})
		go func() { stopped <- stop{w.name, w.work(ctx, busy)} }()
		<-busy // the worker is now in its select or in its first step
	}

	fmt.Println("main: both workers are busy; cancel()")
	cancel()
	for range workers {
		s := <-stopped
		fmt.Printf("%s: stopped: %v\n", s.name, s.err)
	}
}
