// asyncio's debug mode in a toy event loop: with debugging on, the loop times every
// step of every task and reports the steps that held it longer than a threshold
// (100ms by default, like slow_callback_duration). Debugging is switched on by an
// environment variable, as PYTHONASYNCIODEBUG=1 does for asyncio, and LOOPSLOW
// changes the threshold. The program runs itself three times to show the settings.
package main

import (
	"fmt"
	"iter"
	"os"
	"os/exec"
	"time"
)

type task struct {
	name  string
	steps iter.Seq[struct{}]
}

// config is read from the environment, like asyncio's debug settings.
type config struct {
	debug bool
	slow  time.Duration
}

func configFromEnv() (config, error) {
	c := config{debug: os.Getenv("LOOPDEBUG") == "1", slow: 100 * time.Millisecond}
	if s := os.Getenv("LOOPSLOW"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			return c, fmt.Errorf("LOOPSLOW: %w", err)
		}
		c.slow = d
	}
	return c, nil
}

// runLoop resumes the tasks round-robin; in debug mode it times every step.
func runLoop(c config, tasks ...task) {
	type running struct {
		name string
		next func() (struct{}, bool)
	}
	var queue []running
	for _, t := range tasks {
		next, stop := iter.Pull(t.steps)
		defer stop()
		queue = append(queue, running{t.name, next})
	}
	for len(queue) > 0 {
		t := queue[0]
		queue = queue[1:]
		start := time.Now()
		_, more := t.next() // one step: up to the task's next yield
		if took := time.Since(start); c.debug && took >= c.slow {
			fmt.Printf("debug: task %q held the loop for %v in one step (threshold %v)\n",
				t.name, took.Round(10*time.Millisecond), c.slow)
		}
		if more {
			queue = append(queue, t)
		}
	}
}

// busy keeps the CPU busy for d without yielding.
func busy(d time.Duration) {
	for t := time.Now(); time.Since(t) < d; {
	}
}

func child() error {
	c, err := configFromEnv()
	if err != nil {
		return err
	}
	poll := func(yield func(struct{}) bool) { // alive all the time, but every step is short
		for range 10 {
			if !yield(struct{}{}) {
				return
			}
		}
	}
	resize := func(yield func(struct{}) bool) { busy(120 * time.Millisecond) }
	report := func(yield func(struct{}) bool) { time.Sleep(450 * time.Millisecond) } // blocking
	runLoop(c, task{"poll", poll}, task{"resize", resize}, task{"report", report})
	fmt.Println("loop: all tasks done")
	return nil
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		if err := child(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, env := range [][]string{nil, {"LOOPDEBUG=1"}, {"LOOPDEBUG=1", "LOOPSLOW=400ms"}} {
		fmt.Printf("== run with %q\n", env)
		cmd := exec.Command(self, "child")
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("child:", err)
		}
	}
}
