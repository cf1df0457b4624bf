// A pool that is never closed. In the notes, Pool(5).map returns its results,
// but the pool is neither closed nor joined, so its five workers live on. The
// Go version of the mistake: the results are collected, but the jobs channel
// is never closed, so the workers wait for more jobs forever - a goroutine leak.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type result struct{ i, v int }

// leakyMap returns as soon as it has all the results, like Pool.map.
// Its mistake: it never closes jobs.
func leakyMap(workers int, inputs []int) []int {
	jobs := make(chan int)
	done := make(chan result)
	for range workers {
		go func() {
			for i := range jobs { // ends only when jobs is closed
				done <- result{i, inputs[i] * inputs[i]}
			}
		}()
	}
	go func() {
		for i := range inputs {
			jobs <- i
		}
		// Missing: close(jobs)
	}()
	results := make([]int, len(inputs))
	for range inputs {
		r := <-done
		results[r.i] = r.v
	}
	return results
}

// closedMap is the fix: close(jobs) ends the workers' loops, and Wait makes
// sure they are gone before Map returns (pool.close() and pool.join()).
func closedMap(workers int, inputs []int) []int {
	jobs := make(chan int)
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				results[i] = inputs[i] * inputs[i]
			}
		})
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// alive counts the goroutines, after giving those that have finished their
// work a moment to exit completely.
func alive() int {
	time.Sleep(100 * time.Millisecond)
	return runtime.NumGoroutine()
}

func main() {
	inputs := []int{1, 2, 3, 4, 5}
	fmt.Println("closed pool:", closedMap(5, inputs))
	fmt.Println("goroutines alive:", alive())
	fmt.Println("leaky pool:", leakyMap(5, inputs))
	fmt.Println("goroutines alive:", alive()) // main and five stuck workers
}
