// A shield keeps the caller's cancellation away from the work, but it does not
// keep the program alive: when main returns, every goroutine stops where it is,
// just as asyncio.run cancels the tasks left over when main() ends. Here main
// stops waiting and returns, and the shielded work never finishes.
package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context, busy chan<- struct{}, done chan<- string) {
	fmt.Println("work: started")
	close(busy)
	select {
	case <-time.After(3 * time.Second):
		fmt.Println("work: finished") // never printed: main has returned by then
		done <- "result"
	case <-ctx.Done(): // never: ctx is shielded, its Done channel is nil
		fmt.Println("work: cancelled")
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	busy, done := make(chan struct{}), make(chan string, 1)
	go work(context.WithoutCancel(ctx), busy, done)
	<-busy

	select {
	case r := <-done:
		fmt.Println("main: got", r)
	case <-ctx.Done():
		fmt.Println("main: gave up waiting:", ctx.Err())
	}
	fmt.Println("main: returning without collecting the result")
}
