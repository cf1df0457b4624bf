// The state methods of a task: name, done, result before and after the end,
// cancelled, set_name. The Task type below is built from a goroutine, a done
// channel and a result.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const unit = 300 * time.Millisecond

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

// Cancelled reports whether the task has ended by giving up on cancellation.
func (t *Task[T]) Cancelled() bool {
	return t.Done() && errors.Is(t.err, context.Canceled)
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
	task := CreateTask(context.Background(), func(ctx context.Context) (string, error) {
		return sayAfter(ctx, 1, "hello")
	})
	fmt.Println("name:", task.Name())
	_, err := task.Result()
	fmt.Println("Result while running:", err)
	fmt.Println("done:", task.Done())

	result, err := task.Wait()
	fmt.Printf("awaited: %q, error %v\n", result, err)
	fmt.Printf("done: %v, cancelled: %v\n", task.Done(), task.Cancelled())
	result, err = task.Result()
	fmt.Printf("Result now: %q, error %v\n", result, err)

	task.SetName(123)
	fmt.Printf("name after SetName(123): %q\n", task.Name())
}
