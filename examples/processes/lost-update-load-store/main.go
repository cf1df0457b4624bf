// counter.value += 1 on a multiprocessing.Value is not atomic, even with the
// default lock=True: the lock guards the read and the write separately, and
// another process can write in between. The same holds in Go for Load followed
// by Store: each is atomic, the pair is not. Here channels force the unlucky
// interleaving that otherwise happens only now and then.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v atomic.Int32
	aRead := make(chan struct{})
	bDone := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { // A
		x := v.Load()
		close(aRead) // A has read 0 ...
		<-bDone      // ... and B runs before A writes
		v.Store(x + 1)
	})
	wg.Go(func() { // B
		<-aRead
		x := v.Load()
		v.Store(x + 1)
		close(bDone)
	})
	wg.Wait()
	fmt.Println("two increments with Load and Store:", v.Load())

	// The fix: one indivisible read-modify-write. Nothing can come between
	// its read and its write, so whatever the order, no increment is lost.
	var w atomic.Int32
	wg.Go(func() { w.Add(1) })
	wg.Go(func() { w.Add(1) })
	wg.Wait()
	fmt.Println("two increments with Add:", w.Load())
}
