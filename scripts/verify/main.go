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
		report  = flag.String("report", "site/data/verified.json", "where to write the report of what passed (empty: nowhere)")
	)
	flag.Parse()
	if err := verify(*root, *run, *count, *timeout, *report); err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
}

func verify(root, run string, count int, timeout time.Duration, report string) error {
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
	modes := []mode{
		{name: "plain", bin: filepath.Join(bin, "plain"), budget: timeout},
		{name: "race", bin: filepath.Join(bin, "race"), race: true, budget: timeout},
	}
	for _, m := range modes {
		if err := build(root, m); err != nil {
			return err
		}
	}
	fmt.Printf("built the examples in %d modes in %v\n", len(modes), time.Since(start).Round(time.Millisecond))

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
		names := make([]string, len(modes))
		for j, m := range modes {
			names[j] = m.name
		}
		verified.Examples[e.Path] = examples.Record{Hash: hashes[i], Modes: names, Runs: count * len(modes)}
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

// build compiles every example of the tree into m.bin, in one go command.
func build(root string, m mode) error {
	args := []string{"build", "-o", m.bin + string(filepath.Separator)}
	if m.race {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, "./"+filepath.ToSlash(root)+"/...")...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the examples (%s): %w", m.name, err)
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
				fmt.Fprintf(&b, ": HUNG, killed after %v (the goroutine dump is in its stderr)", m.budget)
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
