// asyncio.to_thread in Go terms: run a blocking function in its own goroutine and
// collect its result from a channel later. Meanwhile the caller keeps working.
// Reading a file (what aiofiles does through a thread pool) is one more blocking call
// that a goroutine can make without holding anyone up.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// result is what a blocking call returns.
type result[T any] struct {
	val T
	err error
}

// toThread starts f in a new goroutine and returns a channel that will deliver
// its result exactly once (buffered, so the goroutine never waits for a reader).
func toThread[T any](f func() (T, error)) <-chan result[T] {
	ch := make(chan result[T], 1)
	go func() {
		v, err := f()
		ch <- result[T]{v, err}
	}()
	return ch
}

// slowLookup is a blocking library call with no async version (think requests.get).
func slowLookup(name string) (int, error) {
	time.Sleep(300 * time.Millisecond)
	return len(name) * 7, nil
}

func main() {
	dir, err := os.MkdirTemp("", "to-thread")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "greeting.txt")
	if err := os.WriteFile(path, []byte("hello, file"), 0o600); err != nil {
		fmt.Println(err)
		return
	}

	start := time.Now()
	var lookupTook time.Duration // written by the goroutine, read after its result arrives
	lookup := toThread(func() (int, error) {
		defer func(t time.Time) { lookupTook = time.Since(t) }(time.Now())
		return slowLookup("gopher")
	})
	file := toThread(func() ([]byte, error) { return os.ReadFile(path) })
	fmt.Println("main: started the lookup and the file read")

	f := <-file
	ownStart := time.Now()
	fmt.Printf("main: file read: %q, error: %v\n", f.val, f.err)
	for i := range 3 { // the caller's own work, while the lookup blocks its goroutine
		time.Sleep(100 * time.Millisecond)
		fmt.Printf("main: own work, step %d\n", i+1)
	}
	ownTook := time.Since(ownStart)
	l := <-lookup
	total := time.Since(start)
	fmt.Printf("main: lookup: %d, error: %v\n", l.val, l.err)
	r := func(d time.Duration) time.Duration { return d.Round(10 * time.Millisecond) }
	fmt.Printf("main: lookup took %v, own work took %v, all done after %v\n", r(lookupTook), r(ownTook), r(total))
	// Run one after the other they would take the sum; side by side, about the longer one.
	fmt.Printf("main: they overlapped (total well below their sum): %t\n", total < (lookupTook+ownTook)*3/4)
}
