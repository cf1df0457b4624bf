// Three tasks of 3 units each, awaited one after another, take about 3 units
// in all, not 9: they wait at the same time.
package main

import (
	"fmt"
	"time"
)

const unit = 200 * time.Millisecond

// Task is a minimal asyncio.Task: a goroutine, a done channel and a result.
type Task[T any] struct {
	name   string
	done   chan struct{} // closed when fn has returned
	result T
	err    error
}

// CreateTask runs fn in a new goroutine, runnable at once, and returns its handle.
func CreateTask[T any](name string, fn func() (T, error)) *Task[T] {
	t := &Task[T]{name: name, done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.result, t.err = fn()
	}()
	return t
}

// Wait blocks until the task has finished and returns its result: await task.
func (t *Task[T]) Wait() (T, error) {
	<-t.done
	return t.result, t.err
}

// delay is the notes' delay coroutine: it sleeps n units and returns n.
func delay(n int) (int, error) {
	fmt.Printf("sleeping for %d units\n", n)
	time.Sleep(time.Duration(n) * unit)
	fmt.Printf("finished sleeping %d units\n", n)
	return n, nil
}

func main() {
	start := time.Now()
	task1 := CreateTask("task1", func() (int, error) { return delay(3) })
	task2 := CreateTask("task2", func() (int, error) { return delay(3) })
	task3 := CreateTask("task3", func() (int, error) { return delay(3) })

	task1.Wait()
	task2.Wait()
	task3.Wait()
	fmt.Printf("all three done after %v (one after another: %v)\n",
		time.Since(start).Round(10*time.Millisecond), 9*unit)
}
