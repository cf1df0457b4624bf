// A panic in a goroutine ends the whole program, not just that goroutine, and
// nobody outside it can catch it: recover sees only the panics of its own
// goroutine. So main's recover does nothing, and main's deferred calls never
// run. wg.Go (Go 1.26) does not count a task that panicked as done, so
// wg.Wait never returns; the runtime prints the panic and the stack of the
// goroutine that panicked, and exits with status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("main: deferred cleanup") // never printed
	defer func() {
		if r := recover(); r != nil { // sees panics of main's goroutine only
			fmt.Println("main: recovered:", r)
		}
	}()

	items := []string{"apple", "pear", "plum"}
	fmt.Println("main: starting the worker")
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; i <= len(items); i++ { // the bug: <= goes one past the end
			fmt.Println("worker:", items[i])
		}
	})
	wg.Wait()                                // never returns
	fmt.Println("main: all items processed") // never printed
}
