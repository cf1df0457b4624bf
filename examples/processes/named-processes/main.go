// Three named child processes, as with multiprocessing.Process: start them all,
// then wait for them all. Go has no fork-a-function: the program runs itself
// again with os/exec, and the argument "child" selects the child's code.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	// The equivalent of `if __name__ == '__main__':` - a child must not start children.
	if len(os.Args) > 1 && os.Args[1] == "child" {
		child(os.Args[2], os.Args[3], os.Args[4])
		return
	}

	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("main process: pid %d\n", os.Getpid())

	// Create the processes: a name, a sleep and a message, passed as plain strings.
	cmds := []*exec.Cmd{
		exec.Command(self, "child", "Process #1", "800ms", "Hello"),
		exec.Command(self, "child", "Process #2", "800ms", "Hello"),
		exec.Command(self, "child", "Process #3", "200ms", "Good morning"),
	}

	// Start them all (p.start()): Start returns as soon as the child is running.
	// Each child's output goes to ours, and a copy to its report.
	reports := make([]strings.Builder, len(cmds))
	for i, cmd := range cmds {
		cmd.Stdout, cmd.Stderr = io.MultiWriter(os.Stdout, &reports[i]), os.Stderr
		if err := cmd.Start(); err != nil {
			log.Fatal(err)
		}
	}

	// Then wait for them all (p.join()).
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			log.Fatal(err)
		}
	}

	// Each child reported its parent: is it this process? And is every PID new?
	mine := fmt.Sprintf("(parent %d)", os.Getpid())
	sameParent := true
	pids := map[int]bool{os.Getpid(): true}
	for i, cmd := range cmds {
		fmt.Printf("%s had pid %d\n", cmd.Args[2], cmd.Process.Pid)
		sameParent = sameParent && strings.Contains(reports[i].String(), mine)
		pids[cmd.Process.Pid] = true
	}
	fmt.Println("every child's parent is the main process:", sameParent)
	fmt.Println("the main process and the children have distinct PIDs:", len(pids) == 1+len(cmds))
	fmt.Println("Exiting the main process")
}

// child is the code of one child process.
func child(name, sleep, msg string) {
	d, err := time.ParseDuration(sleep)
	if err != nil {
		log.Fatal(err)
	}
	time.Sleep(d)
	fmt.Printf("%d-%s: %s (parent %d)\n", os.Getpid(), name, msg, os.Getppid())
}
