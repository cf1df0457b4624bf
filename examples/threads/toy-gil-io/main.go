// A toy GIL around waiting. Four goroutines each run a little "bytecode" and
// then wait 100ms for "IO", twice. CPython releases the GIL around blocking
// IO and time.sleep, so the waits of different threads overlap and the whole
// run takes about 2 waits. Code that keeps the GIL while it waits (a C
// extension that does not release it) makes every thread wait for the
// others: the waits happen one at a time, 4 × 2 of them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var gil sync.Mutex // the toy global interpreter lock

const wait = 100 * time.Millisecond

var waiting, maxWaiting atomic.Int32 // threads inside a wait now, and the most seen

// bytecode is a short piece of CPU work; the GIL must be held to run it.
func bytecode() (x uint64) {
	for i := range uint64(20_000) {
		x += i * i
	}
	return x
}

// blockingIO waits like a blocking read would, counting how many threads wait at once.
func blockingIO() {
	n := waiting.Add(1)
	for m := maxWaiting.Load(); n > m && !maxWaiting.CompareAndSwap(m, n); m = maxWaiting.Load() {
	}
	time.Sleep(wait)
	waiting.Add(-1)
}

// thread runs bytecode and waits twice. With release, it lets go of the GIL
// while it waits, as CPython does around IO and sleep.
func thread(release bool) (x uint64) {
	gil.Lock()
	for range 2 {
		x += bytecode()
		if release {
			gil.Unlock()
			blockingIO() // other threads may run bytecode meanwhile
			gil.Lock()
		} else {
			blockingIO() // waiting with the GIL held: everyone else waits too
		}
	}
	gil.Unlock()
	return x
}

// run starts 4 threads and returns the most that waited at once and the time taken.
func run(release bool) (int32, time.Duration) {
	maxWaiting.Store(0)
	start := time.Now()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { thread(release) })
	}
	wg.Wait()
	return maxWaiting.Load(), time.Since(start)
}

func report(label string, most int32, elapsed time.Duration) {
	fmt.Printf("%s: threads waiting at the same time, at most: %d\n", label, most)
	fmt.Printf("%s: took less than 8 waits one after another: %v\n", label, elapsed < 8*wait)
}

func main() {
	// A busy machine can only slow a run down: of two runs, the faster one counts.
	most, elapsed := run(true)
	if m, e := run(true); e < elapsed {
		most, elapsed = m, e
	}
	report("GIL released while waiting", most, elapsed)
	most, elapsed = run(false)
	report("GIL held while waiting", most, elapsed)
}
