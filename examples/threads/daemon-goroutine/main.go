// Every goroutine behaves like a Python daemon thread: when main returns,
// the program exits and the goroutines still running are stopped mid-way.
// Their deferred calls do not run.
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan struct{})
	go func() {
		defer fmt.Println("background: cleanup") // never printed
		fmt.Println("background: started")
		close(started)
		for {
			time.Sleep(time.Hour) // e.g. a periodic flush that never ends
		}
	}()

	<-started
	fmt.Println("main: returning")
}
