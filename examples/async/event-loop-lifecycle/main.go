// The manual event-loop lifecycle of asyncio (new_event_loop,
// run_until_complete, is_running, is_closed, close) as a small Loop type,
// and get_running_loop as a lookup in the context that the loop hands to the
// function it runs. Go has no per-thread "current loop": whatever a function
// needs, it receives as an argument, usually through ctx.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

var (
	ErrRunning      = errors.New("this event loop is already running")
	ErrClosed       = errors.New("event loop is closed")
	ErrCloseRunning = errors.New("cannot close a running event loop")
	ErrNoLoop       = errors.New("no running event loop")
)

// Loop keeps only the lifecycle state; the Go runtime does the scheduling.
type Loop struct {
	mu      sync.Mutex
	running bool
	closed  bool
}

type loopKey struct{}

// NewLoop is asyncio.new_event_loop: the loop is neither running nor closed.
func NewLoop() *Loop { return &Loop{} }

func (l *Loop) IsRunning() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.running
}

func (l *Loop) IsClosed() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.closed
}

// RunUntilComplete runs main to the end in the caller's goroutine and returns
// its error. A loop runs one main at a time and cannot run once closed.
func (l *Loop) RunUntilComplete(ctx context.Context, main func(ctx context.Context) error) error {
	l.mu.Lock()
	switch {
	case l.closed:
		l.mu.Unlock()
		return ErrClosed
	case l.running:
		l.mu.Unlock()
		return ErrRunning
	}
	l.running = true
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.running = false
		l.mu.Unlock()
	}()
	return main(context.WithValue(ctx, loopKey{}, l))
}

// Close is loop.close: allowed once the loop has stopped; closing twice is fine.
func (l *Loop) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running {
		return ErrCloseRunning
	}
	l.closed = true
	return nil
}

// RunningLoop is asyncio.get_running_loop: the loop running the caller, found
// in the ctx the caller was given, or ErrNoLoop.
func RunningLoop(ctx context.Context) (*Loop, error) {
	if l, ok := ctx.Value(loopKey{}).(*Loop); ok && l.IsRunning() {
		return l, nil
	}
	return nil, ErrNoLoop
}

func main() {
	ctx := context.Background()
	loop := NewLoop()
	fmt.Printf("new loop: running=%v closed=%v\n", loop.IsRunning(), loop.IsClosed())

	_, err := RunningLoop(ctx)
	fmt.Println("RunningLoop outside the loop:", err)

	err = loop.RunUntilComplete(ctx, func(ctx context.Context) error {
		l, err := RunningLoop(ctx)
		fmt.Printf("inside: RunningLoop found our loop: %v, running=%v\n", err == nil && l == loop, loop.IsRunning())
		fmt.Println("inside: nested RunUntilComplete:", loop.RunUntilComplete(ctx, func(context.Context) error { return nil }))
		fmt.Println("inside: Close:", loop.Close())
		return nil
	})
	fmt.Printf("first run returned %v; running=%v\n", err, loop.IsRunning())

	err = loop.RunUntilComplete(ctx, func(context.Context) error {
		fmt.Println("inside: the second run")
		return errors.New("boom")
	})
	fmt.Println("second run returned", err)

	fmt.Println("Close:", loop.Close())
	fmt.Printf("after Close: running=%v closed=%v\n", loop.IsRunning(), loop.IsClosed())
	fmt.Println("RunUntilComplete after Close:", loop.RunUntilComplete(ctx, func(context.Context) error { return nil }))
}
