// asyncio.sleep can be interrupted: cancelling the task ends the sleep at
// once. In Go, time.Sleep cannot be interrupted; a sleep that should stop on
// cancellation waits on a timer and on ctx.Done() at the same time.
package main

import (
	"context"
	"fmt"
	"time"
)

// sleep waits for d or until ctx is cancelled, whichever comes first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func since(start time.Time) time.Duration {
	return time.Since(start).Round(10 * time.Millisecond)
}

func main() {
	// 1. Nobody cancels: the sleep lasts at least the requested time.
	start := time.Now()
	err := sleep(context.Background(), 200*time.Millisecond)
	fmt.Printf("sleep(200ms): err=%v after %v, at least 200ms: %v\n",
		err, since(start), time.Since(start) >= 200*time.Millisecond)

	// 2. A 10s sleep under a 200ms deadline ends at the deadline.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start = time.Now()
	err = sleep(ctx, 10*time.Second)
	fmt.Printf("sleep(10s) with a 200ms deadline: err=%v after %v\n", err, since(start))

	// 3. time.Sleep ignores cancellation: cancelled at 200ms, it still sleeps 600ms.
	ctx, cancel = context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start = time.Now()
	time.Sleep(600 * time.Millisecond)
	fmt.Printf("time.Sleep(600ms), cancelled at 200ms: ctx.Err()=%v, returned after %v, at least 600ms: %v\n",
		ctx.Err(), since(start), time.Since(start) >= 600*time.Millisecond)
}
