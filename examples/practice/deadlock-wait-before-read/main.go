// A deadlock: the workers send their results on an unbuffered channel, and main
// waits for the workers before it starts reading. Each worker waits for a reader,
// main waits for the workers: nobody can move. Go's runtime notices that every
// goroutine is blocked and stops the program with a fatal error (exit status 2).
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int) // unbuffered: a send waits for a receive
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() { results <- i * i })
	}
	fmt.Println("main: waiting for the workers")
	wg.Wait() // the mistake: read the results first (or close the channel from a goroutine)
	close(results)
	for r := range results {
		fmt.Println("result:", r)
	}
}
