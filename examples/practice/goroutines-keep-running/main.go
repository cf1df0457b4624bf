// The same situation with real goroutines, on a single OS thread for Go code
// (GOMAXPROCS=1, the closest Go gets to asyncio's one thread): a goroutine that
// sleeps or computes for 300ms does not stop a ticker goroutine. A blocking call
// parks only its own goroutine, and the scheduler preempts a long computation.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// busy keeps the CPU busy for d; it never blocks and never yields on purpose.
func busy(d time.Duration) (n int) {
	for t := time.Now(); time.Since(t) < d; n++ {
	}
	return n
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

	// during runs work in another goroutine and counts the ticks seen meanwhile.
	during := func(what string, work func()) {
		before := ticks.Load()
		var wg sync.WaitGroup
		wg.Go(work)
		wg.Wait()
		n := ticks.Load() - before
		fmt.Printf("%s: the ticker kept ticking meanwhile: %t\n", what, n > 0)
	}
	during("time.Sleep(300ms) in one goroutine", func() { time.Sleep(300 * time.Millisecond) })
	during("300ms of computation in one goroutine", func() { busy(300 * time.Millisecond) })

	close(stop)
	ticker.Wait()
}
