// The notes call p1.start() twice (and never start p2). In Python the second
// call raises AssertionError "cannot start a process twice"; in Go an exec.Cmd
// is also single-use, and each misuse comes back as an error.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"strings"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		fmt.Printf("child %s is running\n", os.Args[2])
		return
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}

	var out strings.Builder // the child's output, printed once it has exited
	p1 := exec.Command(self, "child", "p1")
	p1.Stdout = &out
	p2 := exec.Command(self, "child", "p2")

	fmt.Println("p1 first Start:", p1.Start())
	fmt.Println("p1 second Start:", p1.Start()) // the notes' typo: p1 instead of p2
	fmt.Println("p1 Wait:", p1.Wait())
	fmt.Print("p1 printed: ", out.String())
	fmt.Println("p1 second Wait:", p1.Wait())
	fmt.Println("p2 Wait without Start:", p2.Wait()) // Python: "can only join a started process"

	// A finished command cannot be run again either: build a new one.
	again, err := exec.Command(self, "child", "p1 again").Output()
	fmt.Printf("a new Cmd: %q, error %v\n", again, err)
}
