// Cancelling a running task, done callbacks, and a registry of the tasks that
// have not finished (asyncio.all_tasks). The Task type below is built from a
// goroutine, a done channel and a result.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

const unit = 100 * time.Millisecond

var taskCount atomic.Int64 // for the default names Task-1, Task-2, ...

// The registry of unfinished tasks, whatever their result type.
var (
	registryMu sync.Mutex
	registry   = map[interface{ Name() string }]struct{}{}
)

// AllTasks returns the names of the tasks that have not finished, sorted.
func AllTasks() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	var names []string
	for t := range registry {
		names = append(names, t.Name())
	}
	slices.Sort(names)
	return names
}

// Task is a small asyncio.Task: a goroutine with a name, a done channel,
// a result and a way to cancel it.
type Task[T any] struct {
	name   string
	cancel context.CancelFunc
	done   chan struct{} // closed when fn has returned
	result T
	err    error
}

// CreateTask registers fn as a task and runs it in a new goroutine, runnable at once.
// fn gets a context that Cancel cancels.
func CreateTask[T any](ctx context.Context, fn func(ctx context.Context) (T, error)) *Task[T] {
	ctx, cancel := context.WithCancel(ctx)
	t := &Task[T]{
		name:   fmt.Sprintf("Task-%d", taskCount.Add(1)),
		cancel: cancel,
		done:   make(chan struct{}),
	}
	registryMu.Lock()
	registry[t] = struct{}{}
	registryMu.Unlock()
	go func() {
		defer close(t.done) // runs last: the task leaves the registry first
		defer func() {
			registryMu.Lock()
			delete(registry, t)
			registryMu.Unlock()
		}()
		defer cancel()
		t.result, t.err = fn(ctx)
	}()
	return t
}

func (t *Task[T]) Name() string { return t.name }

// Done reports without blocking whether the task has finished in any way.
func (t *Task[T]) Done() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// Wait blocks until the task has finished: await task.
func (t *Task[T]) Wait() (T, error) {
	<-t.done
	return t.result, t.err
}

// Cancel asks the task to stop and reports whether it could still be asked:
// like task.cancel(), it returns false for a task that has already finished.
func (t *Task[T]) Cancel() bool {
	if t.Done() {
		return false
	}
	t.cancel()
	return true
}

// Cancelled reports whether the task has ended by giving up on cancellation.
func (t *Task[T]) Cancelled() bool {
	return t.Done() && errors.Is(t.err, context.Canceled)
}

// AddDoneCallback calls fn(t) in a new goroutine once t has finished, even if
// it has finished already.
func (t *Task[T]) AddDoneCallback(fn func(*Task[T])) {
	go func() {
		<-t.done
		fn(t)
	}()
}

func main() {
	ctx := context.Background()
	started := make(chan struct{})
	long := CreateTask(ctx, func(ctx context.Context) (string, error) {
		fmt.Println("Task-1: started, going to sleep for 10 units")
		close(started)
		select {
		case <-time.After(10 * unit):
			return "slept", nil
		case <-ctx.Done(): // the await point where cancellation is noticed
			fmt.Println("Task-1: cancelled while sleeping")
			return "", ctx.Err()
		}
	})
	short := CreateTask(ctx, func(ctx context.Context) (string, error) {
		time.Sleep(2 * unit)
		return "short", nil
	})

	callbacks := make(chan string)
	report := func(t *Task[string]) {
		callbacks <- fmt.Sprintf("callback: %s finished, cancelled=%v", t.Name(), t.Cancelled())
	}
	long.AddDoneCallback(report)

	<-started
	fmt.Println("all tasks:", AllTasks())
	short.Wait()
	fmt.Println("after Task-2 ended, all tasks:", AllTasks())

	fmt.Println("main: cancelling Task-1 while it runs")
	ok := long.Cancel()
	_, err := long.Wait()
	fmt.Printf("Task-1: Cancel returned %v; Wait error %q, is context.Canceled: %v\n",
		ok, err, errors.Is(err, context.Canceled))
	fmt.Println(<-callbacks)
	fmt.Printf("Task-1: done %v, cancelled %v\n", long.Done(), long.Cancelled())
	fmt.Println("all tasks:", AllTasks())

	fmt.Println("Cancel Task-2 (finished):", short.Cancel())
	short.AddDoneCallback(report) // added after the end: still called
	fmt.Println(<-callbacks)
}
