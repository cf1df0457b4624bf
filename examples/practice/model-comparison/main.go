// Processes, goroutines, or one goroutine: the same two workloads run each way.
//
//   - CPU-bound: the sum of i*i for i in 1..N (the notes' multiprocessing example),
//     in one goroutine, in a pool of GOMAXPROCS goroutines, and split across child
//     processes (this program run again with os/exec).
//   - I/O-bound: 10 requests to a local server that answers after 50ms, one by one,
//     one goroutine per request, and through a pool of 3 workers.
//
// Timings depend on the machine and its load, so the program prints them for the
// reader and checks only what must hold everywhere: at any GOMAXPROCS, under the race
// detector and on a busy machine.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sync/errgroup"
)

const n = 100_000_000 // the CPU workload: sum of i*i for i in [1, n]

// sumSquares works only on registers: the race detector does not slow it down.
func sumSquares(lo, hi uint64) uint64 {
	var s uint64
	for i := lo; i < hi; i++ {
		s += i * i // wraps around modulo 2^64, the same in every variant
	}
	return s
}

// split cuts [1, n] into k ranges.
func split(k int) [][2]uint64 {
	var parts [][2]uint64
	for i := range k {
		parts = append(parts, [2]uint64{1 + uint64(i)*n/uint64(k), 1 + uint64(i+1)*n/uint64(k)})
	}
	return parts
}

// Each variant returns the sum and the CPU time of its child processes, if any.
func cpuSequential() (uint64, time.Duration, error) { return sumSquares(1, n+1), 0, nil }

// cpuPool hands 32 chunks to a pool of GOMAXPROCS workers: as many goroutines as
// may run at once, each taking the next chunk when it is done with one.
func cpuPool() (uint64, time.Duration, error) {
	chunks := make(chan [2]uint64)
	go func() {
		defer close(chunks)
		for _, p := range split(32) {
			chunks <- p
		}
	}()
	sums := make([]uint64, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := range sums {
		wg.Go(func() {
			for p := range chunks {
				sums[w] += sumSquares(p[0], p[1])
			}
		})
	}
	wg.Wait()
	var total uint64
	for _, s := range sums {
		total += s
	}
	return total, 0, nil
}

func cpuProcesses() (uint64, time.Duration, error) {
	self, err := os.Executable()
	if err != nil {
		return 0, 0, err
	}
	parts := split(runtime.NumCPU())
	cmds := make([]*exec.Cmd, len(parts))
	outs := make([]bytes.Buffer, len(parts))
	for i, p := range parts {
		cmds[i] = child(self, "sum", strconv.FormatUint(p[0], 10), strconv.FormatUint(p[1], 10))
		cmds[i].Stdout = &outs[i]
		if err := cmds[i].Start(); err != nil {
			return 0, 0, err
		}
	}
	var total uint64
	var cpu time.Duration
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			return 0, 0, err
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		s, err := strconv.ParseUint(strings.TrimSpace(outs[i].String()), 10, 64)
		if err != nil {
			return 0, 0, err
		}
		total += s
	}
	return total, cpu, nil
}

// cpuTime is the CPU time this process has used so far, in all its threads
// (getrusage, Unix). Child processes report theirs in their ProcessState.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// measure is one variant's fastest run: its wall time and how many cores were busy
// on average (CPU time / wall time) while it ran.
type measure struct {
	wall  time.Duration
	cores float64
	sum   uint64
}

// child prepares a run of this program in a child mode. (A -race build sleeps 1s
// at exit by default, for reports to be flushed; GORACE turns that off, and a
// plain build ignores it.)
func child(self string, args ...string) *exec.Cmd {
	cmd := exec.Command(self, args...)
	cmd.Env = append(os.Environ(), "GORACE=atexit_sleep_ms=0")
	return cmd
}

// best runs each variant reps times, interleaved so that they share the
// machine's ups and downs, and keeps each one's fastest time and its result.
func best(reps int, variants ...func() (uint64, time.Duration, error)) ([]measure, error) {
	out := make([]measure, len(variants))
	for r := range reps {
		for i, v := range variants {
			start, cpu0 := time.Now(), cpuTime()
			s, childCPU, err := v()
			wall, cpu := time.Since(start), cpuTime()-cpu0+childCPU
			if err != nil {
				return nil, err
			}
			if r == 0 || wall < out[i].wall {
				out[i] = measure{wall, float64(cpu) / float64(wall), s}
			}
		}
	}
	return out, nil
}

// The I/O workload: requests to a server that takes 50ms to answer.
const requests, latency = 10, 50 * time.Millisecond

func get(client *http.Client, url string) error {
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return nil
}

func ioRun(client *http.Client, url string, limit int) (time.Duration, error) {
	start := time.Now()
	g, _ := errgroup.WithContext(context.Background())
	g.SetLimit(limit) // at most limit requests at a time
	for range requests {
		g.Go(func() error { return get(client, url) })
	}
	err := g.Wait()
	return time.Since(start), err
}

func ms(d time.Duration) string { return d.Round(time.Millisecond).String() }

func run() error {
	procs, cpus := runtime.GOMAXPROCS(0), runtime.NumCPU()
	usable := min(procs, cpus)
	fmt.Printf("GOMAXPROCS=%d, CPUs=%d\n", procs, cpus)

	// CPU-bound.
	m, err := best(3, cpuSequential, cpuPool, cpuProcesses)
	if err != nil {
		return err
	}
	seq, gor, proc := m[0], m[1], m[2]
	fmt.Printf("CPU, one goroutine: %s, cores busy %.1f\n", ms(seq.wall), seq.cores)
	fmt.Printf("CPU, a pool of %d goroutines: %s, cores busy %.1f, speed-up %.1fx\n",
		procs, ms(gor.wall), gor.cores, float64(seq.wall)/float64(gor.wall))
	fmt.Printf("CPU, %d processes: %s, cores busy %.1f, speed-up %.1fx\n",
		cpus, ms(proc.wall), proc.cores, float64(seq.wall)/float64(proc.wall))
	fmt.Printf("CPU: the three sums are equal: %t\n", seq.sum == gor.sum && gor.sum == proc.sum)
	// Go code runs on at most GOMAXPROCS threads at once: one goroutine keeps one
	// core busy, and the pool no more cores than GOMAXPROCS and the CPUs allow
	// (with a margin for the runtime's own threads and for measurement).
	fmt.Printf("CPU: one goroutine kept at most 1 core busy: %t\n", seq.cores <= 1.2)
	fmt.Printf("CPU: the pool kept at most %d core(s) busy: %t\n", usable, gor.cores <= float64(usable)+0.2)

	// I/O-bound.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency)
	}))
	defer srv.Close()
	client := &http.Client{Timeout: 5 * time.Second}
	defer client.CloseIdleConnections()
	oneByOne, err := ioRun(client, srv.URL, 1)
	if err != nil {
		return err
	}
	each, err := ioRun(client, srv.URL, requests)
	if err != nil {
		return err
	}
	pool, err := ioRun(client, srv.URL, 3)
	if err != nil {
		return err
	}
	fmt.Printf("I/O, one by one: %s, one goroutine each: %s, pool of 3: %s\n", ms(oneByOne), ms(each), ms(pool))
	fmt.Printf("I/O: one goroutine per request is at least 3x faster than one by one: %t\n", 3*each <= oneByOne)
	fmt.Printf("I/O: the pool of 3 needs at least 4 rounds of 50ms: %t\n", pool >= 4*latency)
	fmt.Printf("I/O: the pool of 3 is faster than one by one: %t\n", pool < oneByOne)

	// Starting a process against starting a goroutine.
	self, err := os.Executable()
	if err != nil {
		return err
	}
	start := time.Now()
	for range 5 {
		if err := child(self, "noop").Run(); err != nil {
			return err
		}
	}
	perProcess := time.Since(start) / 5
	start = time.Now()
	for range 1000 {
		done := make(chan struct{})
		go func() { close(done) }()
		<-done
	}
	perGoroutine := time.Since(start) / 1000
	fmt.Printf("start and wait: a process %s, a goroutine %v\n", ms(perProcess), perGoroutine)
	fmt.Printf("a process costs at least 100x a goroutine: %t\n", perProcess >= 100*perGoroutine)

	// Isolation: a crash in a child process does not take this one down.
	var stderr bytes.Buffer
	crash := child(self, "crash")
	crash.Stderr = &stderr
	err = crash.Run()
	var exit *exec.ExitError
	fmt.Printf("a child that panics: exit status %d, its first line %q; we carry on\n",
		func() int {
			if errors.As(err, &exit) {
				return exit.ExitCode()
			}
			return -1
		}(), strings.SplitN(stderr.String(), "\n", 2)[0])
	return nil
}

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "sum": // child: sum [lo, hi) and print it
			lo, _ := strconv.ParseUint(os.Args[2], 10, 64)
			hi, _ := strconv.ParseUint(os.Args[3], 10, 64)
			fmt.Println(sumSquares(lo, hi))
			return
		case "noop":
			return
		case "crash":
			panic("child failed")
		}
	}
	if err := run(); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}
