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
func threadIDs() map[int]bool {
	seen := map[int]bool{syscall.Gettid(): true}
	for range 50 {
		time.Sleep(time.Millisecond) // the goroutine is parked and later resumed
		seen[syscall.Gettid()] = true
	}
	return seen
}

// spin keeps a core busy for 60ms and records the threads it ran on.
func spin() map[int]bool {
	seen := map[int]bool{}
	for deadline := time.Now().Add(60 * time.Millisecond); time.Now().Before(deadline); {
		seen[syscall.Gettid()] = true
	}
	return seen
}

func main() {
	var locked map[int]bool
	isLocked, othersDone := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		close(isLocked)
		locked = threadIDs()
		<-othersDone // stay locked until the other goroutines have finished
	})
	<-isLocked // the others start only once the thread is locked

	// An unlocked goroutine that pauses in the same way, and busy goroutines
	// that keep the scheduler moving goroutines between threads.
	others := make([]map[int]bool, 5)
	var wgOthers sync.WaitGroup
	wgOthers.Go(func() { others[0] = threadIDs() })
	for i := 1; i < len(others); i++ {
		wgOthers.Go(func() { others[i] = spin() })
	}
	wgOthers.Wait()
	close(othersDone)
	wg.Wait()

	shared := false // did another goroutine run on a thread of the locked one?
	for _, seen := range others {
		for id := range locked {
			shared = shared || seen[id]
		}
	}
	fmt.Printf("locked goroutine: OS threads used: %d\n", len(locked))
	fmt.Printf("locked goroutine: another goroutine ran on its thread: %v\n", shared)
	fmt.Printf("unlocked goroutine: OS threads used: %d\n", len(others[0]))
}
