// The notes' slow_square "CPU-bound" function slept for a second instead of
// computing. Here are both versions: one waits (time.Sleep), the other really
// computes (the notes' countdown loop, made big enough to take a while).
// The process's CPU time tells them apart: waiting uses almost none.
//
// CPU time is read with syscall.Getrusage, so this program runs on Linux and
// macOS, not on Windows.
package main

import (
	"fmt"
	"log"
	"syscall"
	"time"
)

// countdown is the notes' CPU-bound example (001-04): add one until n.
func countdown(n int) int {
	i := 0
	for i < n {
		i++
	}
	return i
}

// sleepySquare is the notes' slow_square: it only waits, like an I/O call.
func sleepySquare(x int) int {
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
	return x * x
}

// busySquare is slow because it computes: 300 million additions, enough CPU
// time to stand far above the few milliseconds the Go runtime uses meanwhile.
func busySquare(x int) int {
	if countdown(300_000_000) != 300_000_000 {
		panic("countdown is broken")
	}
	fmt.Println(x)
	return x * x
}

// measure calls square for 0..4 in a row, as the notes' loop does, and
// returns the wall time and the CPU time that took.
func measure(square func(int) int) (wall, cpu time.Duration) {
	start, cpuStart := time.Now(), cpuTime()
	for num := range 5 {
		fmt.Println(square(num))
	}
	return time.Since(start), cpuTime() - cpuStart
}

func main() {
	fmt.Println("slow_square that sleeps:")
	sleepWall, sleepCPU := measure(sleepySquare)
	fmt.Printf("took %v, CPU time %v\n", sleepWall.Round(10*time.Millisecond), sleepCPU.Round(10*time.Millisecond))

	fmt.Println("slow_square that computes:")
	busyWall, busyCPU := measure(busySquare)
	fmt.Printf("took %v, CPU time %v\n", busyWall.Round(10*time.Millisecond), busyCPU.Round(10*time.Millisecond))

	fmt.Println("sleeping used the CPU for under 5% of its time:", sleepCPU < sleepWall/20)
	fmt.Println("computing used the CPU for over a quarter of its time:", busyCPU > busyWall/4)
	fmt.Println("computing used over 10 times more CPU than sleeping:", busyCPU > 10*sleepCPU)
}

// cpuTime is the CPU time (user + system) the whole process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		log.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
