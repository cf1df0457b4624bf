// done() answers "has the task finished?" at the moment it is asked. A task
// that sleeps 10 units is not done right after it is created, nor 3 units
// later; it is done only once it has ended.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const unit = 100 * time.Millisecond

// ErrInvalidState is Result's error while the task is still running
// (asyncio raises InvalidStateError).
var ErrInvalidState = errors.New("invalid state: result is not set")

var taskCount atomic.Int64 // for the default names Task-1, Task-2, ...

// Task is a small asyncio.Task: a goroutine with a name, a done channel,
// a result and a way to cancel it.
type Task[T any] struct {
	mu     sync.Mutex
	name   string
	cancel context.CancelFunc
	done   chan struct{} // closed when fn has returned
	result T
	err    error
}

// CreateTask runs fn in a new goroutine, runnable at once. fn gets a context that
// Cancel cancels; it should return ctx.Err() when it stops because of it.
func CreateTask[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) *Task[T] {
	ctx, cancel := context.WithCancel(ctx)
	t := &Task[T]{
		name:   fmt.Sprintf("Task-%d", taskCount.Add(1)),
		cancel: cancel,
		done:   make(chan struct{}),
	}
	go func() {
		defer close(t.done)
		defer cancel()
		t.result, t.err = fn(ctx)
	}()
	return t
}

func (t *Task[T]) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// SetName accepts any value and stores it as a string, like set_name.
func (t *Task[T]) SetName(v any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.name = fmt.Sprint(v)
}

// Done reports without blocking whether the task has finished in any way.
func (t *Task[T]) Done() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// Result returns the result without waiting, or ErrInvalidState.
func (t *Task[T]) Result() (T, error) {
	if !t.Done() {
		var zero T
		return zero, ErrInvalidState
	}
	return t.result, t.err
}

// Wait blocks until the task has finished: await task.
func (t *Task[T]) Wait() (T, error) {
	<-t.done
	return t.result, t.err
}

// sayAfter is the notes' say_after: wait n units (or until cancelled), then print.
func sayAfter(ctx context.Context, n int, what string) (string, error) {
	select {
	case <-time.After(time.Duration(n) * unit):
		fmt.Println(what)
		return what, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	start := time.Now()
	elapsed := func() time.Duration { return time.Since(start).Round(10 * time.Millisecond) }

	longTask := CreateTask(context.Background(), func(ctx context.Context) (string, error) {
		return sayAfter(ctx, 10, "hello")
	})
	fmt.Printf("just created: done: %v\n", longTask.Done())
	time.Sleep(3 * unit)
	fmt.Printf("after %v: done: %v\n", elapsed(), longTask.Done())
	longTask.Wait()
	fmt.Printf("after %v: done: %v\n", elapsed(), longTask.Done())
}
