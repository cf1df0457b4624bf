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

	var started atomic.Bool
	var wg sync.WaitGroup
	fmt.Println("main: go rocket()")
	wg.Go(func() {
		fmt.Println("rocket: 1, 2, 3, Go!")
		started.Store(true)
	})

	// Busy work with no waiting and no yield: main never hands over control.
	spins := 0
	for deadline := time.Now().Add(2 * time.Second); !started.Load() && time.Now().Before(deadline); {
		spins++
	}
	fmt.Printf("main: rocket ran while main was busy: %v\n", started.Load())
	wg.Wait()
}
