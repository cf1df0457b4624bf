// A forgotten Wait: main starts three workers and returns at once. The program
// ends with main, so the workers never finish and their lines are never printed.
// (A -race build lingers for 1s at exit, GORACE's atexit_sleep_ms; the jobs take
// 2s so that they are cut off in both builds.)
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var finished atomic.Int32
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			time.Sleep(2 * time.Second) // a slow job
			finished.Add(1)
			fmt.Printf("worker %d: saved its result\n", i) // never printed
		})
	}
	fmt.Println("main: started 3 workers")
	// wg.Wait() is missing here.
	fmt.Printf("main: returning, workers finished: %d of 3\n", finished.Load())
}
