// When does a new task start? In asyncio, create_task only schedules it: it
// runs when the creator reaches its next await. A goroutine is runnable at once
// and runs even while its creator keeps the CPU busy and never blocks: the Go
// scheduler runs them in parallel or preempts the busy one.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

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

func main() {
	var spins atomic.Int64  // turns of main's busy loop so far
	var started atomic.Bool // set by the task once it has seen main's loop turning
	task := CreateTask("worker", func() (string, error) {
		fmt.Println("task: running")
		// Is main busy rather than blocked? Then its loop is turning. Look for up
		// to a second: a main that blocked would not turn it at all.
		deadline := time.Now().Add(time.Second)
		for spins.Load() == 0 && time.Now().Before(deadline) {
		}
		started.Store(spins.Load() > 0)
		return "ok", nil
	})

	// Busy work with no blocking call and no await point: in asyncio the
	// task could not run before this loop ends. Give up after 2 seconds.
	deadline := time.Now().Add(2 * time.Second)
	for !started.Load() && time.Now().Before(deadline) {
		spins.Add(1) // stands for CPU work between two await points
	}
	fmt.Printf("main: still busy, never blocked; task started meanwhile: %v\n", started.Load())

	result, err := task.Wait()
	fmt.Printf("main: result %q, error %v\n", result, err)
}
