// A Go pitfall of the as_completed pattern: the results channel is unbuffered
// and the reader leaves at the timeout. The slow goroutine finishes its work,
// then blocks for ever on a send that nobody will receive: a goroutine leak.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	delays := []time.Duration{300 * time.Millisecond, 300 * time.Millisecond, 1100 * time.Millisecond}
	results := make(chan int) // BUG: unbuffered; make(chan int, len(delays)) fixes it
	sending := make(chan struct{})
	for i, d := range delays {
		go func() {
			time.Sleep(d) // stands for a request
			if i == 2 {
				close(sending) // the slow one is about to send
			}
			results <- i
		}()
	}

	timeout := time.After(600 * time.Millisecond)
loop:
	for range len(delays) {
		select {
		case i := <-results:
			fmt.Printf("request %d done\n", i)
		case <-timeout:
			fmt.Println("timeout: stop reading results")
			break loop
		}
	}

	<-sending
	time.Sleep(200 * time.Millisecond) // give it time: the send can never complete
	fmt.Printf("goroutines still alive besides main: %d\n", runtime.NumGoroutine()-1)
}
