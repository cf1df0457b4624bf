// Waiting and computing scale differently. Jobs that wait (here: HTTP requests
// to a local server that answers after 300ms) overlap for free: many at once
// take about as long as one. Jobs that compute need a core each: four times as
// many computations as there are cores take about four times as long as one.
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"time"
)

const latency = 300 * time.Millisecond

// countdown is CPU work: 100 million additions.
func countdown() int {
	i := 0
	for i < 100_000_000 {
		i++
	}
	return i
}

// atOnce runs job n times in separate goroutines and waits for all of them.
func atOnce(n int, job func()) time.Duration {
	start := time.Now()
	var wg sync.WaitGroup
	for range n {
		wg.Go(job)
	}
	wg.Wait()
	return time.Since(start)
}

// fastest times one job and n jobs at once three times, taking turns, and keeps
// the shortest time of each: other programs on the machine can only slow a run
// down, never speed it up.
func fastest(n int, job func()) (one, all time.Duration) {
	one, all = atOnce(1, job), atOnce(n, job)
	for range 2 {
		one, all = min(one, atOnce(1, job)), min(all, atOnce(n, job))
	}
	return one, all
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency) // a slow server: the client just waits
		fmt.Fprintln(w, "done")
	}))
	defer srv.Close()
	wait := func() {
		resp, err := http.Get(srv.URL)
		if err != nil {
			log.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	compute := func() {
		if countdown() != 100_000_000 {
			panic("countdown is broken")
		}
	}

	cores := runtime.NumCPU()
	jobs := 4 * cores
	fmt.Printf("cores: %d, jobs: %d\n", cores, jobs)

	wait1, waitN := fastest(jobs, wait)
	fmt.Printf("one wait: %v\n", wait1.Round(10*time.Millisecond))
	fmt.Printf("%d waits at once: %v\n", jobs, waitN.Round(10*time.Millisecond))

	compute1, computeN := fastest(jobs, compute)
	fmt.Printf("one computation: %v\n", compute1.Round(10*time.Millisecond))
	fmt.Printf("%d computations at once: %v\n", jobs, computeN.Round(10*time.Millisecond))

	fmt.Println("waiting: all jobs took about as long as one (under 2x):", waitN < wait1*2)
	fmt.Println("computing: all jobs took at least 2x as long as one:", computeN >= compute1*2)
}
