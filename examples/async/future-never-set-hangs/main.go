// A pitfall: the goroutine that should set a future returns early on an
// error path, and the caller waits for the future with no deadline. Nothing
// can ever wake it: the caller hangs. The fixes: set the error on the error
// path too (a SetException), and wait with a context that has a deadline.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
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

// fetch stands for a request that fails.
func fetch() (int, error) { return 0, errors.New("connection refused") }

func main() {
	// A watchdog, only so that this demonstration ends: a real program
	// would wait forever.
	time.AfterFunc(time.Second, func() {
		fmt.Fprintln(os.Stderr, "watchdog: main still waiting after 1s; nobody will ever set the future")
		os.Exit(1)
	})

	future := NewFuture[int]()
	var wg sync.WaitGroup
	wg.Go(func() {
		v, err := fetch()
		if err != nil {
			fmt.Println("producer:", err, "- returning without setting the future")
			return // the bug: the future stays unset
		}
		future.SetResult(v)
	})
	wg.Wait()

	fmt.Println("main: waiting for the future with no deadline")
	v, err := future.Wait(context.Background())
	fmt.Println("never printed:", v, err)
}
