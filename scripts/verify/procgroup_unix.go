//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// newProcessGroup starts cmd as the leader of a new process group, and has the
// cancellation of its context ask it for a goroutine dump instead of killing it.
func newProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGQUIT) }
}

// killProcessGroup kills what is left of cmd's process group once cmd has ended.
func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
