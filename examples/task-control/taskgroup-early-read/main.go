// Pitfall: reading a task's result before g.Wait. In Python, task.result()
// inside the TaskGroup block raises InvalidStateError; in Go the early read
// is a data race: it may see nothing, and the race detector reports it.
package main

import (
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var weather string
	var g errgroup.Group
	g.Go(func() error {
		time.Sleep(100 * time.Millisecond) // stands for a request
		weather = "+5°C, cloudy"
		return nil
	})
	fmt.Printf("before Wait: %q\n", weather) // BUG: races with the write above
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("after Wait: %q\n", weather) // correct: Wait orders the write before this read
}
