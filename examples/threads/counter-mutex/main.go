// The fix with a lock: sync.Mutex makes x++ a critical section that only one
// goroutine at a time can enter. A zero Mutex is ready to use and unlocked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var (
		mu sync.Mutex
		x  int
	)
	inc := func() {
		for range 1_000_000 {
			mu.Lock()
			x++
			mu.Unlock()
		}
	}

	var wg sync.WaitGroup
	wg.Go(inc)
	wg.Go(inc)
	wg.Wait()
	fmt.Println("final value of x:", x)
}
