// Sequential waits add up. sayAfter waits, then prints; main calls it twice,
// one call after the other, just like two awaits in a row: 1 unit + 2 units
// = 3 units. Nothing overlaps, because the second call starts only when the
// first has returned.
package main

import (
	"fmt"
	"time"
)

const unit = 200 * time.Millisecond

func sayAfter(delay time.Duration, msg string) {
	time.Sleep(delay)
	fmt.Println(msg)
}

func main() {
	started := time.Now()

	sayAfter(1*unit, "hello")
	sayAfter(2*unit, "world")

	took := time.Since(started)
	fmt.Printf("Time: %v (3 units of %v), at least 3 units: %v\n", took.Round(10*time.Millisecond), unit, took >= 3*unit)
}
