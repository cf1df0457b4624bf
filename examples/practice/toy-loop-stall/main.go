// A toy single-threaded event loop, built like asyncio's: every task is a generator
// (iter.Seq), and one loop resumes the tasks in turn. A task hands control back only
// at a yield, its "await". A step that blocks (time.Sleep, like requests or
// time.sleep in Python) or computes for long stalls every other task in the loop.
package main

import (
	"fmt"
	"iter"
	"time"
)

// runLoop resumes the tasks round-robin until all of them have finished.
func runLoop(tasks ...iter.Seq[struct{}]) {
	var queue []func() (struct{}, bool)
	for _, t := range tasks {
		next, stop := iter.Pull(t)
		defer stop()
		queue = append(queue, next)
	}
	for len(queue) > 0 {
		next := queue[0]
		queue = queue[1:]
		if _, more := next(); more { // run the task up to its next yield
			queue = append(queue, next)
		}
	}
}

// busy keeps the CPU busy for d and never yields.
func busy(d time.Duration) (n int) {
	for t := time.Now(); time.Since(t) < d; n++ {
	}
	return n
}

func main() {
	// The ticker checks how long it had to wait for its turn after each tick.
	ticker := func(yield func(struct{}) bool) {
		fmt.Println("ticker: tick 1")
		for i, blocked := range []time.Duration{300 * time.Millisecond, 200 * time.Millisecond} {
			start := time.Now()
			if !yield(struct{}{}) {
				return
			}
			fmt.Printf("ticker: tick %d, after a pause of at least %v: %t\n",
				i+2, blocked, time.Since(start) >= blocked)
		}
	}
	sleeper := func(yield func(struct{}) bool) {
		fmt.Println("sleeper: time.Sleep(300ms) inside a step: the whole loop waits")
		time.Sleep(300 * time.Millisecond) // a blocking call, not an await
	}
	cruncher := func(yield func(struct{}) bool) {
		fmt.Println("cruncher: waiting for its turn")
		if !yield(struct{}{}) {
			return
		}
		fmt.Println("cruncher: computing for 200ms inside a step: the whole loop waits")
		busy(200 * time.Millisecond) // CPU-bound work with no yield in it
	}

	runLoop(ticker, sleeper, cruncher)
}
