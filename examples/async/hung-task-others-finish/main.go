// The notes warn that one hung task can hang all the others. In asyncio that
// is true only if the task blocks the event loop itself (a blocking call).
// A goroutine that is stuck parks only itself: the others finish on time.
// The danger that remains is waiting for the stuck one without a deadline.
package main

import (
	"context"
	"fmt"
	"time"
)

const unit = 200 * time.Millisecond

// Task is a minimal asyncio.Task: a goroutine, a done channel and a result.
type Task[T any] struct {
	name   string
	done   chan struct{} // closed when fn has returned
	result T
	err    error
}

// CreateTask runs fn in a new goroutine, runnable at once, and returns its handle.
func CreateTask[T any](name string, fn func() (T, error)) *Task[T] {
	t := &Task[T]{name: name, done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.result, t.err = fn()
	}()
	return t
}

// Wait blocks until the task has finished and returns its result: await task.
func (t *Task[T]) Wait() (T, error) {
	<-t.done
	return t.result, t.err
}

// work stands for a call that takes n units.
func work(n int, name string) (string, error) {
	time.Sleep(time.Duration(n) * unit)
	return name + " done", nil
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	start := time.Now()

	// stuck waits for an answer that never comes (until ctx is cancelled).
	stuck := CreateTask("stuck", func() (string, error) {
		<-ctx.Done()
		return "", ctx.Err()
	})
	a := CreateTask("a", func() (string, error) { return work(2, "a") })
	b := CreateTask("b", func() (string, error) { return work(2, "b") })

	ra, _ := a.Wait()
	rb, _ := b.Wait()
	took := time.Since(start)
	fmt.Printf("%s, %s after %v, less than %v (one after the other): %v\n",
		ra, rb, took.Round(10*time.Millisecond), 4*unit, took < 4*unit)

	// Never wait for a task without a way out: here a deadline of 2 units.
	select {
	case <-stuck.done:
		fmt.Println("stuck finished")
	case <-time.After(2 * unit):
		fmt.Println("stuck: still not done, giving up waiting")
	}

	cancel() // ask it to stop, then it can be waited for
	_, err := stuck.Wait()
	fmt.Println("stuck after cancel:", err)
}
