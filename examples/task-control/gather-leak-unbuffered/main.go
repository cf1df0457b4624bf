// A Go pitfall of "return the first error": if the results channel has no room,
// the calls that finish after the caller has stopped reading block on their send
// forever. Those goroutines leak: they are never freed while the program runs.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

func call(i int) error {
	if i == 0 {
		return errors.New("call 0 failed")
	}
	time.Sleep(200 * time.Millisecond)
	return nil
}

// firstError returns the first error; errc has no buffer (the mistake).
func firstError(n int) error {
	errc := make(chan error) // should be make(chan error, n)
	for i := range n {
		go func() { errc <- call(i) }()
	}
	for range n {
		if err := <-errc; err != nil {
			return err // nobody receives from errc any more
		}
	}
	return nil
}

func main() {
	fmt.Println("first error:", firstError(4))
	time.Sleep(500 * time.Millisecond) // the other calls have long finished their work
	fmt.Println("goroutines besides main still alive:", runtime.NumGoroutine()-1)
}
