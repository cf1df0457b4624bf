// A toy GIL: one global mutex that a goroutine must hold while it runs
// "bytecode". A ticker asks the holder to let go every switch interval (5ms,
// like CPython's sys.getswitchinterval()), and the holder does so between two
// bytecodes, so that a waiting goroutine can take the GIL.
//
// The same CPU work is done by 1 goroutine and then split over 4, without and
// with the GIL. Each is timed 21 times, in turns, and the fastest run of each
// counts: load on the machine can only slow a run down.
package main

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const (
	switchInterval = 5 * time.Millisecond
	work           = 600 // bytecodes per run, split between the goroutines
	runs           = 21
)

// GIL is the toy global interpreter lock.
type GIL struct {
	mu       sync.Mutex
	drop     atomic.Bool  // set by the ticker: "holder, please release the GIL"
	running  atomic.Int32 // goroutines executing a bytecode right now
	maxSeen  atomic.Int32 // the most ever seen in running
	switches atomic.Int32 // releases forced by the switch interval
}

// tick asks the holder to release the GIL every switch interval until stop closes.
func (g *GIL) tick(stop <-chan struct{}) {
	t := time.NewTicker(switchInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			g.drop.Store(true)
		case <-stop:
			return
		}
	}
}

// bytecode is one step of pure CPU work.
func bytecode(x uint64) uint64 {
	for range 2000 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

// thread runs steps bytecodes; with a GIL (g != nil) it must hold it to do so.
func thread(g *GIL, steps int) uint64 {
	x := uint64(88172645463325252)
	if g == nil {
		for range steps {
			x = bytecode(x)
		}
		return x
	}
	g.mu.Lock()
	for range steps {
		if g.drop.CompareAndSwap(true, false) {
			g.mu.Unlock() // forced switch: a waiting goroutine may take the GIL now
			g.switches.Add(1)
			g.mu.Lock()
		}
		n := g.running.Add(1)
		g.maxSeen.Store(max(g.maxSeen.Load(), n)) // only a GIL holder gets here
		x = bytecode(x)
		g.running.Add(-1)
	}
	g.mu.Unlock()
	return x
}

// run splits the work over k goroutines and returns how long it took.
func run(g *GIL, k int) time.Duration {
	start := time.Now()
	var wg sync.WaitGroup
	for range k {
		wg.Go(func() { thread(g, work/k) })
	}
	wg.Wait()
	return time.Since(start)
}

// speedup is how many times faster 4 goroutines finish the work than 1.
func speedup(g *GIL) float64 {
	one, four := time.Hour, time.Hour
	for range runs {
		// A short random pause before each run, and a random order, keep the
		// runs from falling into step with other programs on a busy machine.
		time.Sleep(time.Duration(1+rand.IntN(3)) * time.Millisecond)
		if rand.IntN(2) == 0 {
			one = min(one, run(g, 1))
			four = min(four, run(g, 4))
		} else {
			four = min(four, run(g, 4))
			one = min(one, run(g, 1))
		}
	}
	return one.Seconds() / four.Seconds()
}

func main() {
	fmt.Printf("GOMAXPROCS=%d, CPUs: %d\n", runtime.GOMAXPROCS(0), runtime.NumCPU())
	fmt.Printf("no GIL:  4 goroutines finish %.1fx as fast as 1\n", speedup(nil))

	g := &GIL{}
	stop := make(chan struct{})
	go g.tick(stop)
	s := speedup(g)
	close(stop)
	fmt.Printf("toy GIL: 4 goroutines finish %.1fx as fast as 1\n", s)
	fmt.Printf("toy GIL: goroutines running bytecode at the same moment, at most: %d\n", g.maxSeen.Load())
	fmt.Printf("toy GIL: the switch interval forced releases: %v\n", g.switches.Load() > 0)
}
