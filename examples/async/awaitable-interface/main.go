// "Awaitable" in Go terms: anything with a Wait(ctx) method. A Future, a Task
// (a Future whose result its own goroutine sets) and a Coroutine (a function
// not called yet) all satisfy the same interface, so one function can await
// any of them.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

const unit = 400 * time.Millisecond

// Awaitable is what await accepts: something that yields a result later.
type Awaitable[T any] interface {
	Wait(ctx context.Context) (T, error)
}

// ErrInvalidState: the result is not there yet, or is set already
// (asyncio raises InvalidStateError).
var ErrInvalidState = errors.New("invalid state")

// Future holds one result that another goroutine sets later, exactly once.
type Future[T any] struct {
	once  sync.Once
	done  chan struct{} // closed when the result is set
	value T
	err   error
}

func NewFuture[T any]() *Future[T] {
	return &Future[T]{done: make(chan struct{})}
}

// SetResult completes the future with v; a second call is an error.
func (f *Future[T]) SetResult(v T) error { return f.set(v, nil) }

func (f *Future[T]) set(v T, err error) error {
	set := false
	f.once.Do(func() {
		f.value, f.err = v, err
		close(f.done)
		set = true
	})
	if !set {
		return fmt.Errorf("%w: result is already set", ErrInvalidState)
	}
	return nil
}

// Done reports without blocking whether the result is set.
func (f *Future[T]) Done() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

// Result returns the result without waiting, or ErrInvalidState.
func (f *Future[T]) Result() (T, error) {
	if !f.Done() {
		var zero T
		return zero, fmt.Errorf("%w: result is not set", ErrInvalidState)
	}
	return f.value, f.err
}

// Wait blocks until the result is set or ctx ends: await future.
func (f *Future[T]) Wait(ctx context.Context) (T, error) {
	select {
	case <-f.done:
		return f.value, f.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Task embeds a Future, as asyncio.Task subclasses Future: Done, Result and
// Wait come from the Future, and the task's goroutine sets the result.
type Task[T any] struct {
	*Future[T]
	name string
}

func CreateTask[T any](ctx context.Context, name string, fn func(ctx context.Context) (T, error)) *Task[T] {
	t := &Task[T]{Future: NewFuture[T](), name: name}
	go func() {
		v, err := fn(ctx)
		t.set(v, err)
	}()
	return t
}

// Coroutine is a function that has not been called yet. Awaiting it calls it
// in the awaiting goroutine, as "await coro()" runs the coroutine in place.
type Coroutine[T any] func(ctx context.Context) (T, error)

func (c Coroutine[T]) Wait(ctx context.Context) (T, error) { return c(ctx) }

// The compiler checks that all three are awaitables.
var (
	_ Awaitable[int] = (*Future[int])(nil)
	_ Awaitable[int] = (*Task[int])(nil)
	_ Awaitable[int] = Coroutine[int](nil)
)

// sumAll awaits each awaitable in turn and adds up the results.
func sumAll(ctx context.Context, aws ...Awaitable[int]) (int, error) {
	total := 0
	for _, aw := range aws {
		v, err := aw.Wait(ctx)
		if err != nil {
			return 0, err
		}
		fmt.Printf("awaited a %T: %d\n", aw, v)
		total += v
	}
	return total, nil
}

func main() {
	ctx := context.Background()
	start := time.Now()

	future := NewFuture[int]()
	go func() {
		time.Sleep(unit)
		future.SetResult(1)
	}()
	task := CreateTask(ctx, "two", func(ctx context.Context) (int, error) {
		time.Sleep(unit)
		return 2, nil
	})
	coro := Coroutine[int](func(ctx context.Context) (int, error) {
		fmt.Println("coroutine: running only now, in the goroutine that awaits it")
		return 3, nil
	})
	fmt.Printf("task %q done: %v (Done comes from the embedded Future)\n", task.name, task.Done())

	total, err := sumAll(ctx, future, task, coro)
	fmt.Printf("total %d, error %v, after %v\n", total, err, time.Since(start).Round(10*time.Millisecond))
}
