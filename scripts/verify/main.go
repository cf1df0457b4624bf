// Command verify builds every program under examples/, runs its spec.txtar with
// testscript (plainly and under the race detector), checks the output against the
// expected-output specs, and writes the report of what passed for the embed step.
//
//	go run ./scripts/verify [-run REGEXP] [-count N] [-timeout D] [-report FILE]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/concurrency-verified/site/scripts/examples"
)

func main() {
	var (
		root    = flag.String("examples", "examples", "the examples folder")
		run     = flag.String("run", "", "verify only the examples whose path matches this regexp")
		count   = flag.Int("count", 1, "runs of each example in each mode")
		timeout = flag.Duration("timeout", 30*time.Second, "time limit of one run of one example")
		procs   = flag.String("procs", "", "comma-separated GOMAXPROCS values to run each example with (default: Go's default)")
		report  = flag.String("report", "site/data/verified.json", "where to write the report of what passed (empty: nowhere)")
	)
	flag.Parse()
	if err := verify(*root, *run, *count, *timeout, *procs, *report); err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
}

func verify(root, run string, count int, timeout time.Duration, procs, report string) error {
	filter, err := regexp.Compile(run)
	if err != nil {
		return err
	}
	all, err := examples.List(root)
	if err != nil {
		return err
	}
	var list []examples.Example
	for _, e := range all {
		if filter.MatchString(e.Path) {
			list = append(list, e)
		}
	}
	if len(list) == 0 {
		return fmt.Errorf("no example under %s matches %q", root, run)
	}

	bin, err := os.MkdirTemp("", "verify-bin")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	start := time.Now()
	modes, err := makeModes(bin, procs, timeout)
	if err != nil {
		return err
	}
	for _, race := range []bool{false, true} {
		if err := build(root, binDir(bin, race), race); err != nil {
			return err
		}
	}
	fmt.Printf("built the examples, plain and with -race, in %v\n", time.Since(start).Round(time.Millisecond))

	hashes := make([]string, len(list)) // taken before running: what passed is what was run
	for i, e := range list {
		if hashes[i], err = e.Hash(); err != nil {
			return err
		}
	}
	failures := make([]string, len(list))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, e := range list {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			failures[i] = runExample(e, modes, count)
			status := "ok  "
			if failures[i] != "" {
				status = "FAIL"
			}
			fmt.Printf("%s %s\n", status, e.Path)
		})
	}
	wg.Wait()

	verified := &examples.Verified{Go: runtime.Version(), Examples: map[string]examples.Record{}}
	passed, failed := 0, 0
	for i, e := range list {
		if failures[i] != "" {
			failed++
			fmt.Printf("\n--- FAIL: %s (%s)\n%s", e.Path, e.Dir, failures[i])
			continue
		}
		passed++
		verified.Examples[e.Path] = examples.Record{Hash: hashes[i], Modes: modeNames(modes), Runs: count * len(modes)}
	}
	fmt.Printf("\nverified %d examples in %v\n", len(list), time.Since(start).Round(time.Millisecond))
	fmt.Printf("%d passed, %d failed\n", passed, failed)
	if report != "" && len(list) == len(all) {
		if err := examples.WriteVerified(report, verified); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d examples failed", failed, len(list))
	}
	return nil
}

// makeModes lists the ways every example is run: plain and with -race, at each
// GOMAXPROCS value asked for.
func makeModes(bin, procs string, timeout time.Duration) ([]mode, error) {
	values := []int{0}
	if procs != "" {
		values = nil
		for _, f := range strings.Split(procs, ",") {
			n, err := strconv.Atoi(f)
			if err != nil || n < 1 {
				return nil, fmt.Errorf("-procs %s: %q is not a positive number", procs, f)
			}
			values = append(values, n)
		}
	}
	var modes []mode
	for _, race := range []bool{false, true} {
		for _, n := range values {
			m := mode{name: filepath.Base(binDir(bin, race)), bin: binDir(bin, race), race: race, procs: n, budget: timeout}
			if n > 0 {
				m.name += fmt.Sprintf(" GOMAXPROCS=%d", n)
			}
			modes = append(modes, m)
		}
	}
	return modes, nil
}

// binDir is where the examples built plainly or with -race go.
func binDir(bin string, race bool) string {
	if race {
		return filepath.Join(bin, "race")
	}
	return filepath.Join(bin, "plain")
}

// build compiles every example of the tree into dir, in one go command.
func build(root, dir string, race bool) error {
	args := []string{"build", "-o", dir + string(filepath.Separator)}
	if race {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, "./"+filepath.ToSlash(root)+"/...")...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the examples (race=%v): %w", race, err)
	}
	return nil
}

// runExample runs the example count times in every mode; it returns "" when every
// run passed, or the logs of the runs that failed.
func runExample(e examples.Example, modes []mode, count int) string {
	var b strings.Builder
	for _, m := range modes {
		for n := range count {
			r := runScript(e, m)
			if r.ok {
				continue
			}
			fmt.Fprintf(&b, "    mode %s, run %d of %d", m.name, n+1, count)
			if r.hung {
				fmt.Fprintf(&b, ": hung, killed after %v", m.budget)
			}
			fmt.Fprintf(&b, "\n%s\n", indent(r.log))
			return b.String()
		}
	}
	return ""
}

func indent(s string) string {
	return "        " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n        ")
}

func modeNames(modes []mode) []string {
	names := make([]string, len(modes))
	for i, m := range modes {
		names[i] = m.name
	}
	return names
}
