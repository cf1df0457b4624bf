// Five children doing real CPU work instead of the notes' sleep: each child
// counts primes by trial division. Run one after another, their times add up;
// run at once, they overlap, and how much faster that is depends on the cores.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync"
	"time"
)

const limit = 30_000 // primes below it: the CPU work of one child

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		i, err := strconv.Atoi(os.Args[2])
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("child %d: square %d, %d primes below %d\n", i, slowSquare(i), countPrimes(limit), limit)
		return
	}

	fmt.Println("one after another:")
	seq, _ := run(true)
	fmt.Println("all five at once:")
	par, lives := run(false)
	fmt.Printf("sequential %v, parallel %v, speed-up %.1fx on %d CPUs\n",
		seq.Round(time.Millisecond), par.Round(time.Millisecond), float64(seq)/float64(par), runtime.NumCPU())
	// The children's lifetimes all lie inside the run; if they add up to more
	// than the run took, some of them were alive at the same time.
	fmt.Println("the children overlapped:", lives > par)
}

// run starts five children; with sequential set it waits for each one before
// starting the next (join inside the loop), otherwise it starts them all, then
// waits. It returns the time of the whole run and the sum of the children's
// lifetimes (from Start to the end of Wait).
func run(sequential bool) (total, lives time.Duration) {
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	var (
		mu sync.Mutex
		wg sync.WaitGroup
	)
	start := time.Now()
	for i := range 5 {
		cmd := exec.Command(self, "child", strconv.Itoa(i))
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		born := time.Now()
		if err := cmd.Start(); err != nil {
			log.Fatal(err)
		}
		wait := func() {
			if err := cmd.Wait(); err != nil {
				log.Fatal(err)
			}
			mu.Lock()
			lives += time.Since(born)
			mu.Unlock()
		}
		if sequential {
			wait()
		} else {
			wg.Go(wait)
		}
	}
	wg.Wait()
	return time.Since(start), lives
}

func slowSquare(i int) int { return i * i }

// countPrimes is deliberately slow: trial division by every odd number.
func countPrimes(n int) int {
	count := 0
	for k := 2; k < n; k++ {
		prime := k == 2 || k%2 != 0
		for d := 3; d*d <= k && prime; d += 2 {
			prime = k%d != 0
		}
		if prime {
			count++
		}
	}
	return count
}
