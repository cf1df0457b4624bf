// Processes are expensive: starting one means a fork, an exec and a whole new
// Go runtime. Here 21 children are started and waited for one by one, then 21
// goroutines, and the median cost of each is compared.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"slices"
	"sync"
	"time"
)

const n = 21

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		return // the child does nothing: we measure only its start and exit
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}

	process := measure(func() {
		if err := exec.Command(self, "child").Run(); err != nil {
			log.Fatal(err)
		}
	})
	goroutine := measure(func() {
		var wg sync.WaitGroup
		wg.Go(func() {}) // an empty goroutine, started and waited for
		wg.Wait()
	})

	fmt.Printf("one process: %v, one goroutine: %v\n", process.Round(10*time.Microsecond), goroutine.Round(10*time.Nanosecond))
	fmt.Println("a process costs more than 100 goroutines:", process > 100*goroutine)
}

// measure runs f n times and returns the median time of one run: unlike the
// mean, the median does not care about a few runs slowed down by a busy machine.
func measure(f func()) time.Duration {
	times := make([]time.Duration, n)
	for i := range n {
		start := time.Now()
		f()
		times[i] = time.Since(start)
	}
	slices.Sort(times)
	return times[n/2]
}
