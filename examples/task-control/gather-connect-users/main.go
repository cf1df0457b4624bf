// The two error modes of asyncio.gather, on the notes' connect_to_user example.
// return_exceptions=False: the caller gets the first error as soon as it happens,
// and the other calls are not cancelled: they keep running. return_exceptions=True:
// the caller waits for all and gets one error per call, in input order.
package main

import (
	"fmt"
	"sync"
	"time"
)

// connectToUser connects to a user and sends a test command; unreachable fails at once.
func connectToUser(id, unreachable int) error {
	fmt.Printf("connecting to %d\n", id)
	if id == unreachable {
		return fmt.Errorf("cannot connect to %d", id)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Printf("sending command test to user %d\n", id)
	time.Sleep(200 * time.Millisecond)
	return nil
}

// gatherFirstError is gather(return_exceptions=False): it returns the first error
// as soon as one arrives, without cancelling the other calls. wg lets the caller
// wait for them later. The channel has room for every call, so the calls that
// finish after we stop reading can still send and end.
func gatherFirstError(wg *sync.WaitGroup, calls ...func() error) error {
	errc := make(chan error, len(calls))
	for _, call := range calls {
		wg.Go(func() { errc <- call() })
	}
	for range calls {
		if err := <-errc; err != nil {
			return err
		}
	}
	return nil
}

// gatherErrors is gather(return_exceptions=True): it waits for all the calls and
// returns their errors in input order, nil where a call succeeded.
func gatherErrors(calls ...func() error) []error {
	errs := make([]error, len(calls))
	var wg sync.WaitGroup
	for i, call := range calls {
		wg.Go(func() { errs[i] = call() })
	}
	wg.Wait()
	return errs
}

// connectAll builds one call per user; the user unreachable cannot be reached.
func connectAll(unreachable int) []func() error {
	var calls []func() error
	for id := 1; id <= 4; id++ {
		calls = append(calls, func() error { return connectToUser(id, unreachable) })
	}
	return calls
}

func main() {
	fmt.Println("== all users reachable, return_exceptions=False ==")
	var wg sync.WaitGroup
	err := gatherFirstError(&wg, connectAll(0)...)
	fmt.Println("gather returned:", err)

	fmt.Println("== user 4 unreachable, return_exceptions=False ==")
	err = gatherFirstError(&wg, connectAll(4)...)
	fmt.Println("gather returned the first error:", err)
	wg.Wait() // the others were not cancelled; wait for them before going on
	fmt.Println("the other calls have finished too")

	fmt.Println("== user 4 unreachable, return_exceptions=True ==")
	errs := gatherErrors(connectAll(4)...)
	fmt.Println("gather returned:", errs)
}
