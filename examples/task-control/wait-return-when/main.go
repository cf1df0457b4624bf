// asyncio.wait in Go: a Task type whose end can be awaited, and a wait
// function that returns the done and the pending tasks according to
// return_when: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
package main

import (
	"errors"
	"fmt"
	"net/http"
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

// sleeper sleeps d, prints msg and returns it; fail makes it return an error instead.
func sleeper(d time.Duration, msg string, fail error) func() (string, error) {
	return func() (string, error) {
		time.Sleep(d)
		if fail != nil {
			return "", fail
		}
		fmt.Println(msg)
		return msg, nil
	}
}

func main() {
	const ms = time.Millisecond

	fmt.Println("== FIRST_COMPLETED")
	start0 := time.Now()
	tasks := []*Task{
		start("foo", sleeper(300*ms, "hello ...", nil)),
		start("bar", sleeper(800*ms, "... world!", nil)),
	}
	done, pending := wait(tasks, FirstCompleted, 0)
	fmt.Printf("after %v done=%s pending=%s\n", time.Since(start0).Round(10*ms), names(done), names(pending))
	wait(pending, AllCompleted, 0) // bar was not stopped: let it finish

	fmt.Println("== FIRST_EXCEPTION")
	start0 = time.Now()
	tasks = []*Task{
		start("a", sleeper(300*ms, "a: ok", nil)),
		start("b", sleeper(800*ms, "", errors.New("b: connection refused"))),
		start("c", sleeper(1300*ms, "c: ok", nil)),
	}
	done, pending = wait(tasks, FirstException, 0)
	fmt.Printf("after %v done=%s pending=%s\n", time.Since(start0).Round(10*ms), names(done), names(pending))
	wait(pending, AllCompleted, 0)

	fmt.Println("== ALL_COMPLETED")
	start0 = time.Now()
	tasks = []*Task{
		start("good", sleeper(300*ms, "status 200", nil)),
		start("bad", func() (string, error) {
			// net/http rejects the scheme at once, before any network access.
			resp, err := http.Get("bad://example.com")
			if err != nil {
				return "", err
			}
			resp.Body.Close()
			return resp.Status, nil
		}),
	}
	done, pending = wait(tasks, AllCompleted, 0)
	fmt.Printf("after %v done=%s pending=%s\n", time.Since(start0).Round(10*ms), names(done), names(pending))
	for _, t := range done { // a done task may have ended with an error
		if t.err == nil {
			fmt.Printf("%s: result %q\n", t.Name, t.result)
		} else {
			fmt.Printf("%s: error: %v\n", t.Name, t.err)
		}
	}
}
