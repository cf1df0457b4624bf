// GODEBUG switches runtime behaviour on and off without rebuilding. Here it turns
// off asynchronous preemption, the mechanism that lets Go interrupt a goroutine in
// the middle of a loop. On one thread (GOMAXPROCS=1) a loop with no function calls
// then holds the thread until it ends, and nothing else runs: exactly asyncio's
// "CPU-bound code in a coroutine" problem. The program runs itself twice.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sync/atomic"
	"time"
)

// spin is a tight loop with no function calls in it: no place where a goroutine
// would give up the thread by itself.
func spin(n int) uint64 {
	x := uint64(1)
	for range n {
		x = x*6364136223846793005 + 1442695040888963407
	}
	return x
}

func child() {
	// Another goroutine wants to run every 5ms and records its longest pause.
	var maxPause atomic.Int64
	go func() {
		last := time.Now()
		for {
			time.Sleep(5 * time.Millisecond)
			now := time.Now()
			if p := int64(now.Sub(last)); p > maxPause.Load() {
				maxPause.Store(p)
			}
			last = now
		}
	}()
	time.Sleep(20 * time.Millisecond) // let it run a few rounds

	start := time.Now()
	x := spin(300_000_000) // a few hundred milliseconds of pure computation
	loop := time.Since(start)
	runtime.KeepAlive(x)              // the result is used, so the loop cannot be left out
	time.Sleep(20 * time.Millisecond) // let it notice the pause

	paused := time.Duration(maxPause.Load()) >= loop*3/4
	fmt.Printf("GODEBUG=%q: the other goroutine was stopped for the whole loop: %t\n",
		os.Getenv("GODEBUG"), paused)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		child()
		return
	}
	self, err := os.Executable()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, godebug := range []string{"", "asyncpreemptoff=1"} {
		cmd := exec.Command(self, "child")
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1", "GODEBUG="+godebug)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Println("child:", err)
		}
	}
}
