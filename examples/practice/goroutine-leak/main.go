// A goroutine leak: first asks three replicas and returns the fastest answer. With
// an unbuffered channel the two slower replicas block forever on their send, since
// nobody will ever receive again. A buffer with room for every answer fixes it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// first returns the first of three answers; buffer is the channel's capacity.
func first(buffer int) int {
	answers := make(chan int, buffer)
	for i := range 3 {
		go func() {
			time.Sleep(time.Duration(i+1) * 10 * time.Millisecond) // replica i is slower
			answers <- i                                           // blocks forever if nobody receives
		}()
	}
	return <-answers
}

// leftOver waits up to 500ms for the goroutines to finish and returns how many
// goroutines besides main are still there.
func leftOver() int {
	deadline := time.Now().Add(500 * time.Millisecond)
	for runtime.NumGoroutine() > 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	return runtime.NumGoroutine() - 1
}

func main() {
	for range 10 {
		first(3)
	}
	fmt.Println("buffered (room for 3 answers), 10 calls: goroutines left:", leftOver())

	for range 10 {
		first(0)
	}
	fmt.Println("unbuffered, 10 calls: goroutines left:", leftOver())
}
