// What a Go program would actually use instead of a process pool: a fixed
// number of worker goroutines draining a channel of jobs. Each result is
// stored at its input's index, so Map keeps the input order, like Pool.map.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Map calls f on every input using at most workers goroutines at a time and
// returns the results in input order. It blocks until all of them are done.
func Map[T, R any](workers int, inputs []T, f func(T) R) []R {
	results := make([]R, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range jobs { // the loop ends when jobs is closed and drained
				results[i] = f(inputs[i]) // each index is written by one goroutine only
			}
		})
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait() // no workers are left running: the pool is "closed and joined"
	return results
}

var running, peak atomic.Int32 // jobs running now, and the most at any one time

// slowSquare takes x times 100ms: the jobs differ in length, so they finish in
// another order than they start.
func slowSquare(x int) int {
	n := running.Add(1)
	for { // raise peak to n, unless another job has raised it already
		p := peak.Load()
		if n <= p || peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(time.Duration(x) * 100 * time.Millisecond) // stands for slow work
	running.Add(-1)
	return x * x
}

func main() {
	// The jobs finish in the order 2, 3, 1, 5, 4; the squares come back in input order.
	squares := Map(3, []int{2, 5, 3, 4, 1}, slowSquare)
	fmt.Println(squares)
	// Five jobs, three at a time.
	fmt.Printf("at most %d jobs at once\n", peak.Load())
}
