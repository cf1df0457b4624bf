// asyncio.create_task returns a Task at once; awaiting it gives the result.
// In Go the task is a goroutine with a handle; it is runnable at once and needs
// no await to run, so its first line and main's next line come in either order.
package main

import (
	"fmt"
	"time"
)

const unit = 100 * time.Millisecond

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
	sleepForThree := CreateTask("delay(3)", func() (int, error) { return delay(3) })
	fmt.Printf("got a %T named %q, main goes on\n", sleepForThree, sleepForThree.name)
	result, err := sleepForThree.Wait()
	fmt.Printf("result %d, error %v\n", result, err)
}
