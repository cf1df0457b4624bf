// Like asyncio.as_completed: handle each result as soon as its task finishes,
// not in the order the tasks were started. Every goroutine sends its result,
// tagged with its index, to one channel; receiving from that channel yields
// the results in completion order, and the index says whose result it is.
package main

import (
	"fmt"
	"slices"
	"time"
)

type result struct {
	index int
	value string
}

// task stands for I/O of unknown length.
func task(delay time.Duration) string {
	time.Sleep(delay)
	return fmt.Sprintf("slept %v", delay)
}

func main() {
	// The notes draw random delays; fixed ones make the run checkable.
	delays := []time.Duration{
		1400 * time.Millisecond,
		200 * time.Millisecond,
		2000 * time.Millisecond,
		1400 * time.Millisecond,
		800 * time.Millisecond,
	}
	start := time.Now()
	elapsed := func() time.Duration { return time.Since(start).Round(10 * time.Millisecond) }

	results := make(chan result, len(delays)) // room for every result: no sender ever blocks
	for i, d := range delays {
		go func() { results <- result{i, task(d)} }()
	}

	for range len(delays) {
		r := <-results // the next task to finish, whichever it is
		fmt.Printf("after %v: task %d %s\n", elapsed(), r.index, r.value)
	}
	total := time.Since(start)
	fmt.Printf("all %d results after %v, no sooner than the slowest task: %v\n",
		len(delays), total.Round(10*time.Millisecond), total >= slices.Max(delays))
}
