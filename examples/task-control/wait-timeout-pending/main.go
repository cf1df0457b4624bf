// asyncio.wait with a timeout: when it expires, wait simply returns what is
// done and what is still pending. There is no error, and nothing is
// cancelled: the pending task keeps running while main does other things.
package main

import (
	"fmt"
	"strings"
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

func names(tasks []*Task) string {
	var s []string
	for _, t := range tasks {
		s = append(s, t.Name)
	}
	return "{" + strings.Join(s, ", ") + "}"
}

func main() {
	begin := time.Now()
	elapsed := func() time.Duration { return time.Since(begin).Round(10 * time.Millisecond) }
	task := func(name string, d time.Duration) func() (string, error) {
		return func() (string, error) {
			fmt.Printf("Starting %s task...\n", name)
			time.Sleep(d)
			fmt.Printf("%s task completed at %v\n", name, elapsed())
			return name, nil
		}
	}

	slow := start("slow", task("slow", 1300*time.Millisecond))
	fast := start("fast", task("fast", 300*time.Millisecond))

	done, pending := wait([]*Task{slow, fast}, AllCompleted, 800*time.Millisecond)
	fmt.Printf("wait returned at %v: done=%s pending=%s\n", elapsed(), names(done), names(pending))

	fmt.Println("main: busy with something else for 900ms")
	time.Sleep(900 * time.Millisecond) // the slow task finishes meanwhile

	fmt.Println("main: now awaiting the pending tasks")
	wait(pending, AllCompleted, 0)
	fmt.Printf("everything done at %v\n", elapsed())
}
