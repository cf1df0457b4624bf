//go:build !unix

package main

import "os/exec"

// Without process groups, a timed-out example is killed alone.
func newProcessGroup(*exec.Cmd)  {}
func killProcessGroup(*exec.Cmd) {}
