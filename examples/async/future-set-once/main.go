// A future is a box for one result that arrives later. It is set once: a
// second SetResult is an error, and of several goroutines racing to set it
// exactly one succeeds.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

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

func main() {
	myFuture := NewFuture[int]()
	fmt.Println("done:", myFuture.Done())
	_, err := myFuture.Result()
	fmt.Println("Result before SetResult:", err)

	fmt.Println("SetResult(42):", myFuture.SetResult(42))
	fmt.Println("done:", myFuture.Done())
	v, err := myFuture.Result()
	fmt.Printf("Result: %d, error %v\n", v, err)

	err = myFuture.SetResult(43)
	fmt.Printf("SetResult(43): %v (is ErrInvalidState: %v)\n", err, errors.Is(err, ErrInvalidState))
	v, _ = myFuture.Result()
	fmt.Println("Result is still", v)

	// Eight goroutines race to set a fresh future: exactly one wins.
	raced := NewFuture[int]()
	var wins, losses atomic.Int32
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			if raced.SetResult(i) == nil {
				wins.Add(1)
			} else {
				losses.Add(1)
			}
		})
	}
	wg.Wait()
	v, _ = raced.Wait(context.Background())
	fmt.Printf("8 goroutines set one future: %d won, %d got ErrInvalidState, value in 0..7: %v\n",
		wins.Load(), losses.Load(), 0 <= v && v < 8)
}
