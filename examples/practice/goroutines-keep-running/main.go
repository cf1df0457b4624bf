// The same situation with real goroutines, on a single OS thread for Go code
// (GOMAXPROCS=1, the closest Go gets to asyncio's one thread): a goroutine that
// sleeps or computes for 300ms does not stop a ticker goroutine: it ticks on, every
// 10ms. A blocking call parks only its own goroutine, and the scheduler preempts a
// long computation.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// busy computes for d; it never blocks and never yields on purpose. It looks at
// the clock only every million steps: almost all of its time is pure arithmetic.
func busy(d time.Duration) (x uint64) {
	for t := time.Now(); time.Since(t) < d; {
		for range 1_000_000 {
			x = x*6364136223846793005 + 1442695040888963407
		}
	}
	return x
}

func main() {
	runtime.GOMAXPROCS(1)

	var ticks atomic.Int64
	stop := make(chan struct{})
	var ticker sync.WaitGroup
	ticker.Go(func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				ticks.Add(1)
			case <-stop:
				return
			}
		}
	})

	// during runs work in another goroutine, which counts the ticks from its first
	// step to its last: a tick that the ticker gets only after the work is not counted.
	during := func(what string, work func()) {
		var n int64
		var wg sync.WaitGroup
		wg.Go(func() {
			before := ticks.Load()
			work()
			n = ticks.Load() - before
		})
		wg.Wait()
		fmt.Printf("%s: the ticker ticked %d times meanwhile, at least 5: %t\n", what, n, n >= 5)
	}
	during("time.Sleep(300ms) in one goroutine", func() { time.Sleep(300 * time.Millisecond) })
	during("300ms of computation in one goroutine", func() { busy(300 * time.Millisecond) })

	close(stop)
	ticker.Wait()
}
