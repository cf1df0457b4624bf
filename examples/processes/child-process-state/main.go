// What the operating system keeps about a process (its process control block,
// PCB) and shows to others: a PID, a parent, a state, the CPU time it used and,
// when it has ended, its exit status. The parent starts a child, sees its PID
// while it runs, reads its result through a pipe (processes share no memory,
// so data must be sent), and after Wait reads what the OS recorded.
//
// ProcessState.UserTime is not recorded on every OS; on Linux and macOS it is.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
	"time"
)

func child() {
	// CPU work, so that the OS has some CPU time to record for this process.
	sum := 0
	for i := range 300_000_000 {
		sum += i % 7
	}
	fmt.Println(sum) // the result goes to the parent through the pipe
	os.Exit(3)       // an exit status the parent can read
}

func main() {
	if os.Getenv("ROLE") == "child" {
		child()
	}

	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), "ROLE=child")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("parent %d: started child %d\n", os.Getpid(), cmd.Process.Pid)

	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		fmt.Println("parent: the child sent", sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}

	err = cmd.Wait() // the child has exited: the OS reports how
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		log.Fatalf("want an exit error, got %v", err)
	}
	st := cmd.ProcessState
	fmt.Printf("child %d: exited %v, exit code %d\n", st.Pid(), st.Exited(), st.ExitCode())
	// A Go program that only sleeps uses a few ms (about 15ms with -race).
	fmt.Println("child used more than 100ms of CPU time:", st.UserTime()+st.SystemTime() > 100*time.Millisecond)
}
