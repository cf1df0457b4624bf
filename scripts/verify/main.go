// Command verify builds the programs under examples/, runs each one's spec.txtar with
// testscript (plainly and under the race detector, at the GOMAXPROCS values asked
// for), checks the output against the expected-output specs, tests the checker on
// mutants of the real outputs, and writes a report of what passed for the embed step.
//
//	go run ./scripts/verify [-run REGEXP] [-count N] [-procs 1,2,8] [-hog] [-orderings] [-report FILE]
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/concurrency-verified/site/scripts/examples"
	"github.com/concurrency-verified/site/scripts/expect"
)

type options struct {
	root, run, procs, report string
	count                    int
	timeout                  time.Duration
	hog, orderings, mutate   bool
}

func main() {
	if os.Getenv(hogEnv) != "" {
		hog()
	}
	var o options
	flag.StringVar(&o.root, "examples", "examples", "the examples folder")
	flag.StringVar(&o.run, "run", "", "verify only the examples whose path matches this regexp")
	flag.IntVar(&o.count, "count", 1, "runs of each example in each mode")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit of one run of one example")
	flag.StringVar(&o.procs, "procs", "", "comma-separated GOMAXPROCS values to run each example with (default: Go's default)")
	flag.BoolVar(&o.hog, "hog", false, "keep one CPU busy with another process while the examples run")
	flag.BoolVar(&o.orderings, "orderings", false, "print one output of each distinct ordering seen")
	flag.BoolVar(&o.mutate, "mutate", true, "check the checker on mutants of each example's first output")
	flag.StringVar(&o.report, "report", "site/data/verified.json", "the report of what passed, updated for the examples run (empty: none)")
	flag.Parse()
	if err := verify(o); err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
}

// outcome is what the runs of one example showed.
type outcome struct {
	failure   string            // the logs of the first failed run; "" if all passed
	repeats   []string          // the logs of runs that failed while the machine paused
	orderings map[string]string // distinct normalised outputs → one output with it
	mutation  expect.Mutation
}

func verify(o options) error {
	filter, err := regexp.Compile(o.run)
	if err != nil {
		return err
	}
	all, err := examples.List(o.root)
	if err != nil {
		return err
	}
	list := slices.DeleteFunc(slices.Clone(all), func(e examples.Example) bool { return !filter.MatchString(e.Path) })
	if len(list) == 0 {
		return fmt.Errorf("no example under %s matches %q", o.root, o.run)
	}
	bin, err := os.MkdirTemp("", "verify-bin")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	start := time.Now()
	modes, err := makeModes(bin, o.procs, o.timeout)
	if err != nil {
		return err
	}
	for _, race := range []bool{false, true} {
		if err := build(list, binDir(bin, race), race); err != nil {
			return err
		}
	}
	fmt.Printf("built %d examples, plainly and with -race, in %v\n", len(list), time.Since(start).Round(time.Millisecond))
	if o.hog {
		stop, err := startHog()
		if err != nil {
			return err
		}
		defer stop()
		fmt.Println("a CPU hog process is running")
	}
	pauses := watchPauses()

	hashes := make([]string, len(list)) // taken before running: what passed is what was run
	for i, e := range list {
		if hashes[i], err = e.Hash(); err != nil {
			return err
		}
	}
	outcomes := make([]outcome, len(list))
	alone, err := aloneSet(list)
	if err != nil {
		return err
	}
	runOne := func(i int) {
		e := list[i]
		outcomes[i] = runExample(e, modes, o, pauses)
		status := "ok  "
		if outcomes[i].failure != "" {
			status = "FAIL"
		}
		fmt.Printf("%s %s (%d runs, %d orderings)\n", status, e.Path, o.count*len(modes), len(outcomes[i].orderings))
	}
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i := range list {
		if !alone[i] {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				runOne(i)
			})
		}
	}
	wg.Wait()
	for i := range list { // examples that measure the machine's parallelism run by themselves
		if alone[i] {
			runOne(i)
		}
	}
	if longest, n := pauses.longest(start, time.Now()); n > 0 {
		fmt.Printf("the machine paused the verifier %d times for %v or more, at most for %v\n", n, pauseMin, longest)
	}
	return summarise(o, all, list, hashes, modes, outcomes, time.Since(start))
}

func summarise(o options, all, list []examples.Example, hashes []string, modes []mode, outcomes []outcome, took time.Duration) error {
	report := previousReport(o.report, all, examples.Verified{Go: runtime.Version(), Procs: procsOf(modes), Hog: o.hog})
	var mutation expect.Mutation
	passed, failed, repeated := 0, 0, 0
	for i, e := range list {
		out := outcomes[i]
		mutation.Add(out.mutation)
		if o.orderings {
			fmt.Printf("\n%s: %d distinct orderings\n", e.Path, len(out.orderings))
			for _, key := range slices.Sorted(maps.Keys(out.orderings)) {
				fmt.Println(indent(out.orderings[key]))
			}
		}
		if len(out.repeats) > 0 {
			repeated += len(out.repeats)
			fmt.Printf("\n--- REPEATED: %s (%s)\n%s\n", e.Path, e.Dir, strings.Join(out.repeats, "\n"))
		}
		if out.failure != "" {
			delete(report.Examples, e.Path)
			failed++
			fmt.Printf("\n--- FAIL: %s (%s)\n%s", e.Path, e.Dir, out.failure)
			continue
		}
		passed++
		report.Examples[e.Path] = examples.Record{Hash: hashes[i], Runs: o.count * len(modes), Orderings: len(out.orderings), Repeated: len(out.repeats)}
	}
	fmt.Printf("\nverified %d examples in %v\n", len(list), took.Round(time.Millisecond))
	if o.mutate {
		fmt.Printf("checker on mutants of the real outputs: %d of %d mutants that break their spec rejected, %d of %d allowed reorderings accepted\n",
			mutation.Killed, mutation.Breaking, mutation.Passed, mutation.Allowed)
		for _, w := range mutation.Wrong {
			fmt.Println(indent(w))
		}
	}
	if len(mutation.Wrong) > 0 {
		failed++ // the checker itself is wrong: nothing it passed can be trusted
	}
	fmt.Printf("%d passed, %d failed", passed, failed)
	if repeated > 0 {
		fmt.Printf("; %d repeated after failing during a machine pause", repeated)
	}
	fmt.Println()
	if o.report != "" {
		if err := examples.WriteVerified(o.report, report); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d failed", failed)
	}
	return nil
}

// aloneSet marks the examples whose script says "alone": they measure how much the
// machine runs in parallel, so no other example may run beside them.
func aloneSet(list []examples.Example) ([]bool, error) {
	alone := make([]bool, len(list))
	for i, e := range list {
		s, err := examples.ReadScript(e.Script())
		if err != nil {
			return nil, err
		}
		alone[i] = slices.Contains(s.Commands, "alone")
	}
	return alone, nil
}

// previousReport returns the report to update: the one at path if it was made the same
// way (Go version and settings), without the examples that no longer exist; else a new
// one. Each record holds the hash of what passed, so a kept record stays true.
func previousReport(path string, all []examples.Example, want examples.Verified) *examples.Verified {
	old, err := examples.ReadVerified(path)
	if err != nil || old.Go != want.Go || old.Hog != want.Hog || !slices.Equal(old.Procs, want.Procs) {
		want.Examples = map[string]examples.Record{}
		return &want
	}
	maps.DeleteFunc(old.Examples, func(path string, _ examples.Record) bool {
		return !slices.ContainsFunc(all, func(e examples.Example) bool { return e.Path == path })
	})
	return old
}

// runExample runs the example o.count times in every mode, stopping at the first failure.
// A run that failed while the machine paused is repeated (see repeatIfPaused).
func runExample(e examples.Example, modes []mode, o options, pauses *pauseWatch) outcome {
	out := outcome{orderings: map[string]string{}}
	for mi, m := range modes {
		for n := range o.count {
			mutate := o.mutate && mi == 0 && n == 0
			r, repeats, paused := pauses.repeatIfPaused(func() result { return runScript(e, m, mutate) }, maxRepeats-len(out.repeats))
			for _, rep := range repeats {
				out.repeats = append(out.repeats, fmt.Sprintf("    mode %s, run %d of %d: %s", m.name, n+1, o.count, rep))
			}
			out.mutation.Add(r.mutation)
			if !r.ok {
				var b strings.Builder
				fmt.Fprintf(&b, "    mode %s, run %d of %d", m.name, n+1, o.count)
				if r.hung {
					fmt.Fprintf(&b, ": hung, killed after %v", m.budget)
				}
				if paused > 0 && !r.hung { // a hang is never repeated, so only a failure used them up
					fmt.Fprintf(&b, "; the machine paused the verifier for %v meanwhile, and the %d repeats allowed were used up", paused, maxRepeats)
				}
				fmt.Fprintf(&b, "\n%s\n", indent(r.log))
				out.failure = b.String()
				return out
			}
			if _, seen := out.orderings[r.ordering]; !seen {
				out.orderings[r.ordering] = r.output
			}
		}
	}
	return out
}

// makeModes lists the ways every example is run: plain and with -race, at each
// GOMAXPROCS value asked for.
func makeModes(bin, procs string, timeout time.Duration) ([]mode, error) {
	values := []int{0}
	if procs != "" {
		values = nil
		for f := range strings.SplitSeq(procs, ",") {
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

func procsOf(modes []mode) []int {
	var procs []int
	for _, m := range modes {
		if m.procs > 0 && !slices.Contains(procs, m.procs) {
			procs = append(procs, m.procs)
		}
	}
	return procs
}

// binDir is where the examples built plainly or with -race go.
func binDir(bin string, race bool) string {
	if race {
		return filepath.Join(bin, "race")
	}
	return filepath.Join(bin, "plain")
}

// build compiles the examples into dir, in one go command.
func build(list []examples.Example, dir string, race bool) error {
	args := []string{"build", "-o", dir + string(filepath.Separator)}
	if race {
		args = append(args, "-race")
	}
	for _, e := range list {
		pkg := e.Dir
		if !filepath.IsAbs(pkg) {
			pkg = "./" + filepath.ToSlash(pkg)
		}
		args = append(args, pkg)
	}
	cmd := exec.Command("go", args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the examples (race=%v): %w", race, err)
	}
	return nil
}

func indent(s string) string {
	return "        " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n        ")
}
