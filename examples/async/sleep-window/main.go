// A sleep stands for a slow call (a database, a web API). While hwMessage
// sleeps, only its goroutine is parked: the rocket goroutine counts down in
// that window. time.Sleep in Go behaves like await asyncio.sleep: it blocks
// this goroutine, not the program.
package main

import (
	"fmt"
	"sync"
	"time"
)

const unit = 100 * time.Millisecond

// hwMessage simulates a slow operation: it waits, then returns its result.
func hwMessage() string {
	time.Sleep(5 * unit) // park hwMessage's goroutine for 5 units
	return "Hello world!"
}

// rocket prints 1, 2, 3, Go! one unit apart.
func rocket() {
	for _, s := range []string{"1", "2", "3"} {
		fmt.Println("rocket:", s)
		time.Sleep(unit)
	}
	fmt.Println("rocket: Go!")
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	wg.Go(rocket) // other code that runs while main waits

	message := hwMessage() // main waits for the result
	fmt.Println(message)
	fmt.Printf("main: got the message after %v\n", time.Since(start).Round(10*time.Millisecond))
	wg.Wait()
}
