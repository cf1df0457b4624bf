// The same CPU work, done by as many goroutines as there are cores, once with
// GOMAXPROCS=1 and once with GOMAXPROCS set to the number of cores. With one
// the goroutines are concurrent but take turns on a single core: the process
// never gets more CPU time than wall time. With all cores they run in
// parallel, and the work finishes sooner.
//
// CPU time is read with syscall.Getrusage, so this program runs on Linux and
// macOS, not on Windows.
package main

import (
	"fmt"
	"log"
	"runtime"
	"sync"
	"syscall"
	"time"
)

const (
	pieces    = 40        // the work, cut into pieces that idle workers take
	pieceSize = 3_000_000 // additions per piece
)

// countdown is one piece of CPU work.
func countdown(n int) int {
	i := 0
	for i < n {
		i++
	}
	return i
}

// run does all the pieces with the given GOMAXPROCS and as many worker
// goroutines as the machine has cores; it returns the wall and CPU time taken,
// and the GOMAXPROCS value the workers ran under.
func run(procs int) (wall, cpu time.Duration, setting int) {
	runtime.GOMAXPROCS(procs)
	work := make(chan int, pieces)
	for range pieces {
		work <- pieceSize
	}
	close(work)

	start, cpuStart := time.Now(), cpuTime()
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for n := range work {
				if countdown(n) != n {
					panic("countdown is broken")
				}
			}
		})
	}
	wg.Wait()
	return time.Since(start), cpuTime() - cpuStart, runtime.GOMAXPROCS(0)
}

func main() {
	cores := runtime.NumCPU()
	fmt.Println("cores:", cores)

	// Other programs on the machine can only slow a run down, so each setting
	// is run nine times, alternately, and its fastest run is kept.
	one, all := time.Duration(1<<62), time.Duration(1<<62)
	oneCore := true // with GOMAXPROCS=1, CPU time never exceeded wall time
	setting := 0    // the GOMAXPROCS of the one-core runs, as the runtime reports it
	for range 9 {
		wall, cpu, procs := run(1)
		one, setting = min(one, wall), max(setting, procs)
		oneCore = oneCore && cpu <= wall+wall/10 // 10% for clock granularity
		wall, _, _ = run(cores)
		all = min(all, wall)
	}
	speedup := float64(one) / float64(all)

	fmt.Printf("GOMAXPROCS=1: fastest run %v\n", one.Round(time.Millisecond))
	fmt.Printf("GOMAXPROCS=%d: fastest run %v\n", cores, all.Round(time.Millisecond))
	fmt.Printf("speed-up: %.1fx\n", speedup)
	fmt.Println("GOMAXPROCS in the one-core runs:", setting)
	fmt.Println("GOMAXPROCS=1 never used more than one core at a time:", oneCore)
}

// cpuTime is the CPU time (user + system) the whole process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		log.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
