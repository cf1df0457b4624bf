// A goroutine cannot be killed from outside (like a Python thread, which has no
// terminate()). It is asked to stop through a context and then waited for.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, started chan<- struct{}) {
	fmt.Println("worker: started")
	close(started)
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			// one step of periodic work
		case <-ctx.Done():
			fmt.Println("worker: stopping:", ctx.Err())
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	started := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { worker(ctx, started) })

	<-started
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main: asking the worker to stop")
	cancel()
	wg.Wait() // unlike a daemon, the worker gets to finish cleanly
	fmt.Println("main: worker has stopped")
}
