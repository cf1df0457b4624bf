// A round-robin scheduler over two generators, as in the notes. Each generator
// prints something and pauses (yield); the scheduler resumes them in turn from
// a FIFO queue. iter.Pull turns a push iterator into a "next" function that runs
// the generator until its next yield: a coroutine, all on one goroutine at a
// time, so the output is fully deterministic.
package main

import (
	"fmt"
	"iter"
)

// counter prints 0, 1, 2, ... one number per step.
func counter(yield func(struct{}) bool) {
	defer fmt.Println("counter: stopped")
	for cnt := 0; ; cnt++ {
		fmt.Println(cnt)
		if !yield(struct{}{}) { // pause; false means "you will not be resumed"
			return
		}
	}
}

// printer prints "Go!" on every third step.
func printer(yield func(struct{}) bool) {
	defer fmt.Println("printer: stopped")
	for cnt := 1; ; cnt++ {
		if cnt%3 == 0 {
			fmt.Println("Go!")
		}
		if !yield(struct{}{}) {
			return
		}
	}
}

func main() {
	nextCounter, stopCounter := iter.Pull(iter.Seq[struct{}](counter))
	nextPrinter, stopPrinter := iter.Pull(iter.Seq[struct{}](printer))

	// The run queue: take from the front, put back at the end.
	queue := []func() (struct{}, bool){nextCounter, nextPrinter}
	for range 10 {
		next := queue[0]
		queue = queue[1:]
		next() // run one step: until the generator's next yield
		queue = append(queue, next)
	}

	// Like generator.close() in Python: the paused generators see yield
	// return false, run their deferred calls and end.
	stopCounter()
	stopPrinter()
	fmt.Println("scheduler: 10 steps done")
}
