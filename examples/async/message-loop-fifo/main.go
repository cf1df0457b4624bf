// The event-loop pattern: a queue of messages and a loop that handles them as
// they come. A channel is a real FIFO queue; `for range` blocks (without using
// the CPU) while the queue is empty and ends when the channel is closed and
// drained.
package main

import (
	"fmt"
	"time"
)

func processMessage(m string) {
	fmt.Println("processing:", m)
}

func main() {
	messages := make(chan string, 10) // the queue

	// Producer: messages arrive over time, then the producer says "no more".
	go func() {
		for _, m := range []string{"first", "second", "third"} {
			messages <- m
			time.Sleep(20 * time.Millisecond)
		}
		close(messages)
	}()

	// The loop: first in, first out; it sleeps while the queue is empty.
	for m := range messages {
		processMessage(m)
	}
	fmt.Println("loop: queue closed and empty, exiting")
}
