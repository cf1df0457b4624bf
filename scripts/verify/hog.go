package main

import (
	"os"
	"os/exec"
	"runtime"
)

// hogEnv makes this program a CPU hog instead of the verifier: the other process that
// keeps one CPU busy while the examples run.
const hogEnv = "VERIFY_CPU_HOG"

// hog spins until the verifier that started it is gone, even if it was killed and
// could not stop the hog itself.
func hog() {
	runtime.GOMAXPROCS(1)
	parent := os.Getppid()
	for n := 1; ; n++ {
		if n%(1<<24) == 0 && os.Getppid() != parent {
			os.Exit(0)
		}
	}
}

// startHog starts the hog process; stop kills it.
func startHog() (stop func(), err error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(os.Environ(), hogEnv+"=1")
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return func() {
		cmd.Process.Kill()
		cmd.Wait()
	}, nil
}
