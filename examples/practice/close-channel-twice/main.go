// Closing a channel twice: the producer closes its channel when it is done, and
// main "makes sure" by closing it again after the work. The second close panics.
// Only the sender closes a channel, and exactly once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(jobs) // the producer closes: correct
		for i := range 3 {
			jobs <- i
		}
	})
	for j := range jobs {
		fmt.Println("got job", j)
	}
	wg.Wait()
	fmt.Println("main: closing jobs once more, to be safe")
	close(jobs) // the mistake: panic: close of closed channel
}
