// For a single counter, an atomic integer is simpler and faster than a mutex:
// Add is one indivisible read-modify-write.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var x atomic.Int64
	inc := func() {
		for range 1_000_000 {
			x.Add(1)
		}
	}

	var wg sync.WaitGroup
	wg.Go(inc)
	wg.Go(inc)
	wg.Wait()
	fmt.Println("final value of x:", x.Load())
}
