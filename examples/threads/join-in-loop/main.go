// A common mistake: waiting for each goroutine right after starting it.
// Each goroutine runs alone, so the loop takes as long as all of them together.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(n int) {
	time.Sleep(200 * time.Millisecond) // stands for a slow call
	fmt.Printf("I am goroutine %d\n", n)
}

func main() {
	start := time.Now()
	for n := range 4 {
		var wg sync.WaitGroup
		wg.Go(func() { worker(n) })
		wg.Wait() // wrong place: the next goroutine starts only after this one ends
	}
	fmt.Printf("took %v\n", time.Since(start).Round(10*time.Millisecond))
}
