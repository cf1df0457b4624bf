// The notes' message loop, ported as written: messages are appended at the
// right end and taken with pop(), also from the right end (deque.pop()), so
// the newest message is handled first: a stack, not a queue. And the loop
// `while True: if messages: ...` never ends: once the queue is empty it keeps
// checking it, burning a CPU core. A deadline stops this demo after 100ms.
package main

import (
	"fmt"
	"time"
)

func processMessage(m string) {
	fmt.Println("processing:", m)
}

func main() {
	// Three messages arrived in this order; deque.append put each on the right.
	messages := []string{"first", "second", "third"}

	idle := 0
	deadline := time.Now().Add(100 * time.Millisecond) // the notes' loop has no exit at all
	for time.Now().Before(deadline) {
		if len(messages) > 0 {
			m := messages[len(messages)-1] // deque.pop(): take from the right (LIFO)
			messages = messages[:len(messages)-1]
			processMessage(m)
		} else {
			idle++ // busy-waiting: nothing to do, check again at once
		}
	}
	fmt.Printf("queue empty, loop still spinning: %d idle checks in 100ms\n", idle)
}
