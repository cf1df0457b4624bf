// Cooperative hand-off: two goroutines pass a turn back and forth over
// unbuffered channels. Each one runs until it decides to hand over, as an
// asyncio task runs until its next await, so the order is fixed, whatever
// GOMAXPROCS is.
package main

import "fmt"

func task(name string, myTurn <-chan struct{}, next chan<- struct{}, done chan<- struct{}) {
	for step := range 3 {
		<-myTurn // wait until the other task hands over
		fmt.Printf("%s: step %d, handing over\n", name, step+1)
		next <- struct{}{} // give the turn away and wait for it again
	}
	close(done)
}

func main() {
	turnA, turnB := make(chan struct{}), make(chan struct{})
	doneA, doneB := make(chan struct{}), make(chan struct{})
	go task("task A", turnA, turnB, doneA)
	go task("task B", turnB, turnA, doneB)

	turnA <- struct{}{} // start: A goes first
	<-doneA
	<-turnA // B's last hand-over, which A no longer takes
	<-doneB
	fmt.Println("both tasks finished")
}
