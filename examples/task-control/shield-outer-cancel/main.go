// What a shield protects from, and what it does not. Work started under
// context.WithoutCancel(callerCtx) is not stopped when the caller's context is
// cancelled. But the work can still have a cancel of its own, and calling that
// stops it: like task.cancel() on the inner task, which shield does not prevent.
package main

import (
	"context"
	"fmt"
	"time"
)

// startTask works for 1s unless ctx ends first, and says how long it ran.
func startTask(ctx context.Context, name string, busy chan<- struct{}) {
	fmt.Printf("%s: started\n", name)
	start := time.Now()
	close(busy)
	select {
	case <-time.After(time.Second):
		fmt.Printf("%s: finished after %v. What did they want to do with me?\n",
			name, time.Since(start).Round(10*time.Millisecond))
	case <-ctx.Done():
		fmt.Printf("%s: stopped after %v: %v\n",
			name, time.Since(start).Round(10*time.Millisecond), ctx.Err())
	}
}

// run starts the work under workCtx, waits until it is busy, sleeps 100ms,
// calls cancel, and waits for the work to end.
func run(workCtx context.Context, name string, cancel context.CancelFunc, what string) {
	busy, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		startTask(workCtx, name, busy)
	}()
	<-busy
	time.Sleep(100 * time.Millisecond)
	cancel()
	fmt.Println("main: cancelled", what)
	<-done
}

func main() {
	// 1. Cancelling the caller does not reach the shielded work.
	callerCtx, cancelCaller := context.WithCancel(context.Background())
	run(context.WithoutCancel(callerCtx), "task 1", cancelCaller, "the caller's context")

	// 2. The shielded work's own cancel does stop it.
	callerCtx, cancelCaller = context.WithCancel(context.Background())
	defer cancelCaller()
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(callerCtx))
	run(workCtx, "task 2", cancelWork, "the work's own context")
}
