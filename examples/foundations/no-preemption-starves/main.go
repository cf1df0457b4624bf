// What cooperative multitasking does with a task that never yields. The
// program runs itself twice as a child with one P and a tight loop. Normally
// the runtime preempts the loop and the child's main wakes up from its sleep.
// With GODEBUG=asyncpreemptoff=1 (as Go was before 1.14) a goroutine can be
// switched only where it makes a call; the loop makes none, so main never
// runs again and the parent has to kill the child.
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"os/exec"
	"runtime"
	"time"
)

func child() {
	runtime.GOMAXPROCS(1)
	// Print first: once the loop runs, main may not get the CPU back even to print.
	fmt.Println("child: starting a loop, main sleeps 100ms")
	go func() {
		for i := 0; ; i++ { // no function call: no place to switch cooperatively
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("child: main woke up") // the program exits, stopping the loop
}

// runChild runs this program as a child with the extra environment variables
// and shows its output; it kills the child if main has not woken up within 1s.
func runChild(env ...string) {
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), append(env, "ROLE=child")...)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()

	var deadline <-chan time.Time // set when the loop has started: a nil channel never fires
	for {
		select {
		case line, ok := <-lines:
			if !ok { // the child closed its output: it has exited
				if err := cmd.Wait(); err != nil {
					log.Fatal(err)
				}
				fmt.Println("  finished by itself")
				return
			}
			fmt.Println("  " + line)
			switch line {
			case "child: starting a loop, main sleeps 100ms":
				deadline = time.After(time.Second) // from now on, not from the process start
			case "child: main woke up":
				deadline = nil // no more time limit
			}
		case <-deadline:
			cmd.Process.Kill()
			for range lines { // let the reader see the end of the output
			}
			cmd.Wait() // reports "signal: killed", as expected
			fmt.Println("  main still asleep after 1s: killed")
			return
		}
	}
}

func main() {
	if os.Getenv("ROLE") == "child" {
		child()
		return
	}
	fmt.Println("with asynchronous preemption (the default):")
	runChild()
	fmt.Println("with GODEBUG=asyncpreemptoff=1:")
	runChild("GODEBUG=asyncpreemptoff=1")
}
