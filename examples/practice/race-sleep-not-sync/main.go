// A data race that every ordinary run hides: the worker writes result, and main
// reads it after a generous sleep. The output is always right, yet the program is
// wrong: a sleep orders nothing in Go's memory model. The race detector
// (go run -race) reports it; a channel, a WaitGroup or a mutex would fix it.
package main

import (
	"fmt"
	"time"
)

func main() {
	var result int
	go func() {
		result = 6 * 7 // write
	}()
	time.Sleep(200 * time.Millisecond) // "surely done by now"
	fmt.Println("result:", result)     // read: a data race with the write
}
