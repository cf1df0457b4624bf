// runtime/trace records what the scheduler did: when each goroutine ran, blocked
// and woke up, plus the tasks, regions and log messages the program marks. The
// trace is written to a temporary file here; `go tool trace FILE` opens it in a
// browser, with a timeline per thread and the time spent in each region.
package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime/trace"
	"sync"
	"time"
)

func fetch(ctx context.Context, id int) {
	trace.WithRegion(ctx, "fetch", func() {
		time.Sleep(20 * time.Millisecond) // the waiting shows up as a blocked goroutine
	})
	trace.Logf(ctx, "fetched", "item %d", id)
}

func main() {
	f, err := os.CreateTemp("", "trace-*.out")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(f.Name())
	defer f.Close()

	if err := trace.Start(f); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("tracing is on:", trace.IsEnabled())
	ctx, task := trace.NewTask(context.Background(), "fetchAll") // a task groups the work
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() { fetch(ctx, i) })
	}
	wg.Wait()
	task.End()
	trace.Stop()
	fmt.Println("tracing is on:", trace.IsEnabled())

	data, err := os.ReadFile(f.Name())
	if err != nil {
		fmt.Println(err)
		return
	}
	header, _, _ := bytes.Cut(data, []byte{0})
	fmt.Printf("trace header: %q, size > 1 KiB: %t\n", header, len(data) > 1024)
	// The names of the task and the log messages are stored as plain text in the
	// file: a rough look inside (go tool trace reads the events properly).
	holds := func(s string) bool { return bytes.Contains(data, []byte(s)) }
	fmt.Printf("the trace holds the task fetchAll and the messages item 0, 1, 2: %t\n",
		holds("fetchAll") && holds("item 0") && holds("item 1") && holds("item 2"))
}
