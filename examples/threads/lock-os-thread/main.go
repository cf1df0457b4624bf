//go:build linux

// runtime.LockOSThread wires a goroutine to the OS thread it is running on:
// until UnlockOSThread, the goroutine runs only there and no other goroutine
// runs on that thread. The kernel's thread ID (Linux gettid) makes this
// visible. Without the lock, the scheduler may resume a goroutine on any thread.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"time"
)

// threadIDs records the thread a goroutine runs on after each of 50 pauses.
func threadIDs(lock bool) map[int]bool {
	if lock {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
	}
	seen := map[int]bool{syscall.Gettid(): true}
	for range 50 {
		time.Sleep(time.Millisecond) // the goroutine is parked and later resumed
		seen[syscall.Gettid()] = true
	}
	return seen
}

func main() {
	var locked, free map[int]bool
	var wg sync.WaitGroup
	wg.Go(func() { locked = threadIDs(true) })
	wg.Go(func() { free = threadIDs(false) })
	// Busy goroutines keep the scheduler moving goroutines between threads.
	for range 4 {
		wg.Go(func() {
			deadline := time.Now().Add(60 * time.Millisecond)
			for time.Now().Before(deadline) {
			}
		})
	}
	wg.Wait()

	fmt.Printf("locked goroutine: OS threads used: %d\n", len(locked))
	fmt.Printf("unlocked goroutine: OS threads used: %d\n", len(free))
}
