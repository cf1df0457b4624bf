// Preemptive multitasking inside Go. With a single P (GOMAXPROCS=1) two
// goroutines spin in tight loops that never call a function, never block and
// never yield. Since Go 1.14 the runtime preempts a goroutine that has run for
// about 10ms, so the loops take turns and main still wakes up on time.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

// spin counts until stop is set: a loop with no function calls in it.
func spin(stop *atomic.Bool) int {
	n := 0
	for !stop.Load() {
		n++
	}
	return n
}

func main() {
	runtime.GOMAXPROCS(1) // one P: only one goroutine runs Go code at a time
	var stop atomic.Bool
	counts := [2]chan int{make(chan int, 1), make(chan int, 1)}
	for _, c := range counts {
		go func() { c <- spin(&stop) }()
	}

	fmt.Println("main: two tight loops started; main sleeps 300ms")
	start := time.Now()
	time.Sleep(300 * time.Millisecond)
	fmt.Printf("main: woke up after %v, while the loops were still spinning\n", time.Since(start).Round(10*time.Millisecond))
	stop.Store(true)
	for i, c := range counts {
		fmt.Printf("loop %d got CPU time: %v\n", i+1, <-c > 0)
	}
}
