package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A shell that starts a child and then waits for it stands for an example that
// runs itself as a child and hangs.
func TestExecKillsTheChildrenOfAHungExample(t *testing.T) {
	r := runEnv{dir: t.TempDir(), env: os.Environ(), deadline: time.Now().Add(300 * time.Millisecond)}
	var stdout strings.Builder
	hung, err := r.exec("/bin/sh", []string{"-c", "sleep 60 & echo $!; wait"}, &stdout, &stdout)
	if !hung || err == nil {
		t.Fatalf("exec = %v, %v; want hung and an error", hung, err)
	}
	assertGone(t, stdout.String())
}

func TestExecKillsTheChildrenLeftByAnExample(t *testing.T) {
	r := runEnv{dir: t.TempDir(), env: os.Environ(), deadline: time.Now().Add(time.Minute)}
	var stdout strings.Builder
	hung, err := r.exec("/bin/sh", []string{"-c", "sleep 60 & echo $!"}, &stdout, &stdout)
	if hung || !errors.Is(err, exec.ErrWaitDelay) {
		t.Fatalf("exec = %v, %v; want exec.ErrWaitDelay: the child holds the output", hung, err)
	}
	assertGone(t, stdout.String())
}

// assertGone checks that the process whose PID was printed dies within a second
// (a zombie nobody has reaped yet counts as dead).
func assertGone(t *testing.T, printedPID string) {
	t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(printedPID))
	if err != nil {
		t.Fatalf("no PID in the output %q", printedPID)
	}
	for range 100 {
		stat, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
		if err != nil || strings.Contains(string(stat), ") Z ") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("the child %d still runs a second after the example ended", pid)
}
