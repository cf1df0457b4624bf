// A process has memory of its own. The program changes a variable from a
// goroutine (same process: the change is seen) and then from a child process,
// a second copy of this program started with os/exec: the child changes its
// own copy, and the parent's variable stays as it was.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"strings"
	"sync"
)

var counter = 1 // every process running this program has its own counter

func main() {
	if os.Getenv("ROLE") == "child" {
		counter = 100
		fmt.Printf("child: pid %d, parent %d, counter set to %d\n", os.Getpid(), os.Getppid(), counter)
		return
	}

	fmt.Printf("parent: pid %d, counter is %d\n", os.Getpid(), counter)

	var wg sync.WaitGroup
	wg.Go(func() { counter = 2 }) // a goroutine shares the process's memory
	wg.Wait()
	fmt.Println("parent: after the goroutine, counter is", counter)

	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), "ROLE=child")
	out, err := cmd.Output() // start the child, wait for it, collect its stdout
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	fmt.Println("parent: after the child, counter is", counter)

	// The child reported its parent's PID: it must be ours.
	mine := fmt.Sprintf("parent %d,", os.Getpid())
	fmt.Println("parent: the child's parent is me:", strings.Contains(string(out), mine))
}
