// `go f()` is not a coroutine call: the goroutine is runnable at once and needs
// no await. Even with a single processor (GOMAXPROCS=1) and a main goroutine
// that keeps it busy and never waits for anything, the runtime preempts main
// (after about 10ms) and lets the new goroutine run. An asyncio task in the same situation would
// never get a turn, because the loop switches only at an await.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1) // one thread runs Go code: no parallelism, only switching

	var spins atomic.Int64 // turns of main's busy loop so far
	var spinsSeen int64    // how many turns main had made when the rocket ran
	var started atomic.Bool
	var wg sync.WaitGroup
	fmt.Println("main: go rocket()")
	wg.Go(func() {
		spinsSeen = spins.Load()
		fmt.Println("rocket: 1, 2, 3, Go!")
		started.Store(true)
	})

	// Busy work with no waiting and no yield: main never hands over control.
	for deadline := time.Now().Add(2 * time.Second); !started.Load() && time.Now().Before(deadline); {
		spins.Add(1)
	}
	// The rocket ran, and main was already inside its loop when it did.
	fmt.Printf("main: rocket ran while main was busy: %v\n", started.Load() && spinsSeen > 0)
	wg.Wait()
}
