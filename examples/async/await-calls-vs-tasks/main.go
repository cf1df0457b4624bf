// Awaiting coroutines directly runs them one after another: 1 + 2 = 3 units.
// Creating tasks first and then awaiting them overlaps the waits: 2 units.
// In Go a direct call is the first case and CreateTask the second.
package main

import (
	"fmt"
	"time"
)

const unit = 300 * time.Millisecond

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

// sayAfter is the notes' say_after: wait n units, then print what.
func sayAfter(n int, what string) (string, error) {
	time.Sleep(time.Duration(n) * unit)
	fmt.Println(what)
	return what, nil
}

// since rounds down, so that "at least 3 units" is not true by rounding alone.
func since(start time.Time) time.Duration {
	return time.Since(start).Truncate(10 * time.Millisecond)
}

func main() {
	// await say_after(1, ...); await say_after(2, ...)
	start := time.Now()
	sayAfter(1, "hello")
	sayAfter(2, "world")
	took := since(start)
	fmt.Printf("direct calls took %v, at least 3 units: %v\n", took, took >= 3*unit)

	// task1 = create_task(...); task2 = create_task(...); await task1; await task2
	start = time.Now()
	task1 := CreateTask("task1", func() (string, error) { return sayAfter(1, "hello") })
	task2 := CreateTask("task2", func() (string, error) { return sayAfter(2, "world") })
	task1.Wait()
	task2.Wait()
	took = since(start)
	fmt.Printf("tasks took %v, less than 3 units: %v\n", took, took < 3*unit)

	// Waiting only for task2 also sees task1's line, but only because
	// task1 is the shorter one: nothing waits for it.
	start = time.Now()
	task1 = CreateTask("task1", func() (string, error) { return sayAfter(1, "hello") })
	task2 = CreateTask("task2", func() (string, error) { return sayAfter(2, "world") })
	task2.Wait()
	took = since(start)
	fmt.Printf("waiting for task2 only took %v, less than 3 units: %v\n", took, took < 3*unit)
	task1.Wait() // returns at once: task1 ended a unit ago
}
