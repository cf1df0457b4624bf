// Ten thousand goroutines on a handful of OS threads. The kernel knows only
// threads; the Go runtime multiplexes goroutines onto them (M:N scheduling),
// with at most GOMAXPROCS threads running Go code at the same moment.
package main

import (
	"fmt"
	"runtime"
	"runtime/pprof"
	"sync"
)

func main() {
	const n = 10_000
	fmt.Printf("GOMAXPROCS (threads running Go code at once, at most): %d\n", runtime.GOMAXPROCS(0))
	fmt.Printf("goroutines at start: %d\n", runtime.NumGoroutine())

	var started, finished sync.WaitGroup
	release := make(chan struct{})
	for range n {
		started.Add(1)
		finished.Go(func() {
			started.Done()
			<-release // parked: a blocked goroutine holds no OS thread
		})
	}
	started.Wait()
	fmt.Printf("goroutines while all %d are blocked: %d\n", n, runtime.NumGoroutine())

	// The "threadcreate" profile counts the OS threads this process has created.
	threads := pprof.Lookup("threadcreate").Count()
	fmt.Printf("OS threads created: %d\n", threads)
	// One thread per P running Go code, a few for the runtime and for system
	// calls: the number follows GOMAXPROCS, not the number of goroutines.
	fmt.Printf("at most GOMAXPROCS + 20 threads, not one per goroutine: %v\n", threads <= runtime.GOMAXPROCS(0)+20)

	// Every goroutine has its own stack, but it starts at a few KiB and grows
	// only when needed; an OS thread's stack is reserved in MiB.
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	perGoroutine := ms.StackInuse / n
	fmt.Printf("stack memory per goroutine: %d KiB\n", perGoroutine>>10)
	fmt.Printf("each stack is a few KiB: %v\n", perGoroutine <= 16<<10)

	close(release)
	finished.Wait()
}
