// A toy event loop on one goroutine. A task is a generator that yields how long
// it wants to wait ("wake me in d"), like a coroutine awaiting asyncio.sleep.
// The loop runs ready tasks one step each, in FIFO order; a task that waits is
// parked with its wake-up time. When nothing is ready, the loop blocks until
// the earliest timer (a real loop blocks in epoll/kqueue, waiting for IO and
// timers at once). Three waits of 600, 200 and 400ms overlap: about 600ms in
// total, not 1.2s, on a single goroutine.
package main

import (
	"fmt"
	"iter"
	"slices"
	"time"
)

// fetch stands for a request: send, wait for the answer, handle it.
func fetch(name string, latency time.Duration) iter.Seq[time.Duration] {
	return func(wait func(time.Duration) bool) {
		fmt.Printf("%s: request sent, waiting %v\n", name, latency)
		if !wait(latency) { // suspend; the loop resumes us later
			return
		}
		fmt.Printf("%s: response received\n", name)
	}
}

type task struct {
	name string
	next func() (time.Duration, bool)
	wake time.Time
}

func main() {
	start := time.Now()
	var ready, sleeping []*task
	for _, s := range []struct {
		name    string
		latency time.Duration
	}{{"A", 600 * time.Millisecond}, {"B", 200 * time.Millisecond}, {"C", 400 * time.Millisecond}} {
		next, stop := iter.Pull(fetch(s.name, s.latency))
		defer stop()
		ready = append(ready, &task{name: s.name, next: next})
	}

	for len(ready) > 0 || len(sleeping) > 0 {
		if len(ready) == 0 {
			// Nothing can run: sleep until the earliest timer instead of spinning.
			fmt.Println("loop: nothing ready, waiting for the next timer")
			time.Sleep(time.Until(sleeping[0].wake))
		}
		// Move every task whose timer has fired to the ready queue.
		for len(sleeping) > 0 && !time.Now().Before(sleeping[0].wake) {
			ready = append(ready, sleeping[0])
			sleeping = sleeping[1:]
		}
		if len(ready) == 0 {
			continue
		}
		t := ready[0]
		ready = ready[1:]
		d, ok := t.next() // run the task until it waits again or ends
		if !ok {
			continue // the task has finished
		}
		t.wake = time.Now().Add(d)
		sleeping = append(sleeping, t)
		slices.SortStableFunc(sleeping, func(a, b *task) int { return a.wake.Compare(b.wake) })
	}
	fmt.Printf("loop: all tasks done in %v\n", time.Since(start).Round(10*time.Millisecond))
}
