// errgroup does not turn a panic into an error: a panic in a function given to
// g.Go ends the whole program, as with wg.Go. One difference: errgroup
// (x/sync v0.23.0) marks its goroutine done in a deferred call, which runs
// while the panic unwinds, so g.Wait may return - with a nil error - and main
// may run on for a moment before the runtime ends the program.
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	items := []string{"apple", "pear", "plum"}
	fmt.Println("main: starting the task")
	var g errgroup.Group
	g.Go(func() error {
		for i := 0; i <= len(items); i++ { // the same bug: one past the end
			fmt.Println("task:", items[i])
		}
		return nil
	})
	err := g.Wait() // the panic is not an error: err is nil, if Wait returns at all
	fmt.Println("main: Wait returned", err)
	// The rest of main's work. Had main returned here instead, the program
	// could exit with status 0 before the runtime reported the panic.
	time.Sleep(time.Second)
	fmt.Println("main: done") // never printed
}
