// A pool of worker processes, like multiprocessing.Pool(3).map: three children
// are started once and fed jobs over their stdin, one JSON object per job; they
// answer on their stdout. The jobs differ in length, so the workers finish them
// in another order than they receive them; Map stores each answer at its
// input's index, so the results still come back in input order.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

type job struct {
	Index int
	Msg   string
}

type answer struct {
	Index int
	PID   int
	Out   string
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "worker" {
		if err := serve(os.Stdin, os.Stdout); err != nil {
			log.Fatal(err)
		}
		return
	}

	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	pool, err := NewPool(3)
	if err != nil {
		return err
	}
	defer pool.Terminate() // like leaving `with Pool(3) as p:`

	fruits := []string{"Orange", "Apple", "Banana", "Grapes", "Pears"}
	start := time.Now()
	results, err := pool.Map(fruits)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	fmt.Println("map returned:", results)
	var sum time.Duration // the time the jobs take one after another
	for _, f := range fruits {
		sum += work[f]
	}
	fmt.Printf("took less than the %v the jobs add up to: %v\n", sum, elapsed < sum)
	fmt.Println("Exiting the main process")
	return nil
}

// work is how long each fruit takes: it stands for slow work of different sizes.
var work = map[string]time.Duration{
	"Orange": 500 * time.Millisecond,
	"Apple":  300 * time.Millisecond,
	"Banana": 400 * time.Millisecond,
	"Grapes": 300 * time.Millisecond,
	"Pears":  300 * time.Millisecond,
}

// serve is the worker's loop: read a job, do it, write the answer, until EOF.
func serve(r io.Reader, w io.Writer) error {
	dec, enc := json.NewDecoder(r), json.NewEncoder(w)
	for {
		var j job
		if err := dec.Decode(&j); err != nil {
			if errors.Is(err, io.EOF) {
				return nil // the pool closed our stdin: no more work
			}
			return err
		}
		time.Sleep(work[j.Msg])
		if err := enc.Encode(answer{j.Index, os.Getpid(), strings.ToUpper(j.Msg)}); err != nil {
			return err
		}
	}
}

// Pool is a fixed set of worker processes.
type Pool struct {
	workers []*worker
}

type worker struct {
	name string
	cmd  *exec.Cmd
	enc  *json.Encoder
	dec  *json.Decoder
}

// NewPool starts n workers: this program itself, run with the argument "worker".
func NewPool(n int) (*Pool, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	p := &Pool{}
	for i := range n {
		cmd := exec.Command(self, "worker")
		cmd.Stderr = os.Stderr
		stdin, err := cmd.StdinPipe()
		if err != nil {
			p.Terminate()
			return nil, err
		}
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			p.Terminate()
			return nil, err
		}
		if err := cmd.Start(); err != nil {
			p.Terminate()
			return nil, err
		}
		p.workers = append(p.workers, &worker{
			name: fmt.Sprintf("worker #%d", i+1),
			cmd:  cmd,
			enc:  json.NewEncoder(stdin),
			dec:  json.NewDecoder(stdout),
		})
	}
	return p, nil
}

// Map sends every input to a free worker and blocks until all the answers are
// in; the results are in input order.
func (p *Pool) Map(inputs []string) ([]string, error) {
	results := make([]string, len(inputs))
	jobs := make(chan int)
	errs := make([]error, len(p.workers))
	var (
		mu   sync.Mutex
		pids = map[int]bool{} // the processes that did the jobs
		wg   sync.WaitGroup
	)
	for k, w := range p.workers {
		wg.Go(func() {
			for i := range jobs { // a worker takes the next job only when it is free
				var a answer
				if err := w.enc.Encode(job{i, inputs[i]}); err != nil {
					errs[k] = err
					continue // keep draining jobs so that the sender never blocks
				}
				if err := w.dec.Decode(&a); err != nil {
					errs[k] = err
					continue
				}
				fmt.Printf("%s (pid %d): %s -> %s\n", w.name, a.PID, inputs[i], a.Out)
				results[a.Index] = a.Out
				mu.Lock()
				pids[a.PID] = true
				mu.Unlock()
			}
		})
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	fmt.Printf("%d jobs done by %d processes\n", len(inputs), len(pids))
	return results, errors.Join(errs...)
}

// Terminate kills the workers and waits for them, as Pool.terminate() does when
// a `with Pool` block ends. Waiting also frees each child's process table entry.
func (p *Pool) Terminate() {
	for _, w := range p.workers {
		w.cmd.Process.Kill()
		fmt.Printf("%s stopped: %v\n", w.name, w.cmd.Wait())
	}
}
