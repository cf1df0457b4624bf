// Pitfall: cancellation in Go is cooperative. Task a sleeps with time.Sleep
// and never looks at ctx, so the group's cancellation cannot stop it, and
// g.Wait waits the whole second even though b failed at 300ms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	start := time.Now()
	g, _ := errgroup.WithContext(context.Background()) // BUG: a never receives ctx
	g.Go(func() error {
		time.Sleep(time.Second) // deaf to cancellation
		fmt.Println("a: finished anyway")
		return nil
	})
	g.Go(func() error {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("b: failing")
		return errors.New("b: service unavailable")
	})
	err := g.Wait()
	fmt.Printf("Wait after %v: %v\n", time.Since(start).Round(10*time.Millisecond), err)
}
