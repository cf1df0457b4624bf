// The notes' make_request: a function returns a future at once, and a
// goroutine it started sets the result a moment later. Waiting takes a
// context, so a future that is never set cannot hang the caller.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

const unit = 300 * time.Millisecond

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

// SetException completes the future with err; a second call is an error.
func (f *Future[T]) SetException(err error) error {
	var zero T
	return f.set(zero, err)
}

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

// makeRequest returns a future that a background goroutine completes after
// one unit: with 42, or with an error if fail is true.
func makeRequest(fail bool) *Future[int] {
	future := NewFuture[int]()
	go func() {
		time.Sleep(unit)
		if fail {
			future.SetException(errors.New("server answered 503"))
			return
		}
		future.SetResult(42)
	}()
	return future
}

func main() {
	ctx := context.Background()
	start := time.Now()

	future := makeRequest(false)
	fmt.Println("future done:", future.Done())
	value, err := future.Wait(ctx)
	fmt.Println("future done:", future.Done())
	fmt.Printf("value %d, error %v, after %v\n", value, err, time.Since(start).Round(10*time.Millisecond))

	_, err = makeRequest(true).Wait(ctx)
	fmt.Println("failed request:", err)

	// Nobody will ever set this one: wait with a deadline of 2 units.
	ctx2, cancel := context.WithTimeout(ctx, 2*unit)
	defer cancel()
	_, err = NewFuture[int]().Wait(ctx2)
	fmt.Printf("future nobody sets: %v (is DeadlineExceeded: %v)\n", err, errors.Is(err, context.DeadlineExceeded))
}
