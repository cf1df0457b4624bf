// The fix: start every goroutine first, then wait for all of them once.
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
	var wg sync.WaitGroup
	for n := range 4 {
		wg.Add(1) // count the goroutine before it starts
		go func() {
			defer wg.Done() // and uncount it when it returns
			worker(n)
		}()
	}
	wg.Wait() // one wait, after the loop
	fmt.Printf("took %v\n", time.Since(start).Round(10*time.Millisecond))
}
