// The notes' loop over asyncio.wait(FIRST_COMPLETED), fixed: wait on the
// pending tasks again and again until none is left, handling each finished
// task (its result or its error) as soon as it is done.
package main

import (
	"errors"
	"fmt"
	"time"
)

// Task is work running in its own goroutine, like an asyncio.Task.
type Task struct {
	Name   string
	done   chan struct{} // closed when the work has ended
	result string
	err    error
}

// start runs work in a new goroutine and returns its Task at once.
func start(name string, work func() (string, error)) *Task {
	t := &Task{Name: name, done: make(chan struct{})}
	go func() {
		defer close(t.done)
		t.result, t.err = work()
	}()
	return t
}

// Done reports without waiting whether the task has ended.
func (t *Task) Done() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

type ReturnWhen int

const (
	FirstCompleted ReturnWhen = iota
	FirstException
	AllCompleted
)

// wait blocks until the condition when holds or the timeout expires (0: no
// timeout) and splits tasks into done and pending. It cancels nothing.
func wait(tasks []*Task, when ReturnWhen, timeout time.Duration) (done, pending []*Task) {
	ended := make(chan *Task, len(tasks)) // fan-in: each task's end on one channel
	for _, t := range tasks {
		go func() {
			<-t.done
			ended <- t
		}()
	}
	var expired <-chan time.Time // nil: a case that is never ready
	if timeout > 0 {
		expired = time.After(timeout)
	}
waiting:
	for range tasks {
		select {
		case t := <-ended:
			if when == FirstCompleted || when == FirstException && t.err != nil {
				break waiting
			}
		case <-expired:
			break waiting
		}
	}
	for _, t := range tasks {
		if t.Done() {
			done = append(done, t)
		} else {
			pending = append(pending, t)
		}
	}
	return done, pending
}

// fetchStatus stands for an HTTP request that takes delay and then
// returns status 200, or fails with err.
func fetchStatus(delay time.Duration, err error) func() (string, error) {
	return func() (string, error) {
		time.Sleep(delay)
		if err != nil {
			return "", err
		}
		return "status 200", nil
	}
}

func main() {
	begin := time.Now()
	// Listed in another order than they finish (3, then 1, then 2).
	pending := []*Task{
		start("request 1", fetchStatus(800*time.Millisecond, errors.New("connection reset by peer"))),
		start("request 2", fetchStatus(1300*time.Millisecond, nil)),
		start("request 3", fetchStatus(300*time.Millisecond, nil)),
	}
	var done []*Task
	for len(pending) > 0 {
		done, pending = wait(pending, FirstCompleted, 0)
		fmt.Printf("after %v: %d done, %d pending\n",
			time.Since(begin).Round(10*time.Millisecond), len(done), len(pending))
		for _, t := range done {
			if t.err == nil {
				fmt.Printf("  %s: %s\n", t.Name, t.result)
			} else {
				fmt.Printf("  %s failed: %v\n", t.Name, t.err)
			}
		}
	}
}
