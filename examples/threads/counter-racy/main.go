// Two goroutines increment a shared counter with no synchronisation: a data race.
// x++ is a read, an add and a write; increments from the two goroutines can
// overwrite each other, so the total is unreliable. Run it with -race to be told.
package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	inc := func() {
		for range 1_000_000 {
			x++ // unsynchronised read-modify-write
		}
	}

	var wg sync.WaitGroup
	wg.Go(inc)
	wg.Go(inc)
	wg.Wait()
	fmt.Println("final value of x:", x)
}
