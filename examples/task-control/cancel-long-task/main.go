// A long task is checked on a ticker and cancelled after five checks, as in the
// notes' asyncio example with task.done() and task.cancel(). Cancelling a context
// only asks: the task stops where it looks at ctx.Done(), here inside delay.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Task is work running in its own goroutine that can be checked, cancelled and awaited.
type Task struct {
	done   chan struct{}
	err    error
	cancel context.CancelFunc
}

// startTask runs f in a new goroutine under a context that Cancel cancels.
func startTask(parent context.Context, f func(context.Context) error) *Task {
	ctx, cancel := context.WithCancel(parent)
	t := &Task{done: make(chan struct{}), cancel: cancel}
	go func() {
		defer close(t.done)
		t.err = f(ctx)
	}()
	return t
}

// Cancel asks the task to stop, like task.cancel(); it does not wait.
func (t *Task) Cancel() { t.cancel() }

// Wait blocks until the task has ended and returns its error, like await task.
func (t *Task) Wait() error {
	<-t.done
	t.cancel() // release the context
	return t.err
}

// delay sleeps for d unless ctx is cancelled first (the notes' util.delay).
func delay(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("delay(%v): %w", d, ctx.Err())
	}
}

func main() {
	begin := time.Now()
	longTask := startTask(context.Background(), func(ctx context.Context) error {
		return delay(ctx, 2*time.Second)
	})

	ticker := time.NewTicker(200 * time.Millisecond)
	defer ticker.Stop()
poll:
	for check := 1; ; check++ {
		select {
		case <-longTask.done: // the task has finished (task.done() is True)
			break poll
		case <-ticker.C:
		}
		fmt.Printf("check %d: the task is not finished, next check in 200ms\n", check)
		if check == 5 {
			fmt.Println("cancelling the task")
			longTask.Cancel()
		}
	}

	err := longTask.Wait()
	fmt.Println("the task returned:", err)
	if errors.Is(err, context.Canceled) { // task.cancelled() / except CancelledError
		fmt.Printf("our task was cancelled after %v of its 2s\n", time.Since(begin).Round(10*time.Millisecond))
	}
}
