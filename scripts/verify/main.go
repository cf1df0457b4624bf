// Command verify builds the programs under examples/, runs each one's spec.txtar with
// testscript (plainly and under the race detector, at the GOMAXPROCS values asked
// for), checks the output against the expected-output specs, tests the checker on
// mutants of the real outputs, and writes a report of what passed for the embed step.
//
//	go run ./scripts/verify [-run REGEXP] [-count N] [-procs 1,2,8] [-hog] [-orderings]
//	    [-fresh] [-mutants N] [-parallel N] [-cache DIR] [-timeout D] [-mutate=false]
//	    [-examples DIR] [-report FILE] [-python PATH]
package main

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
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
	root, run, procs, report, cache string
	python, pythonVersion           string // the interpreter of the Python twins (given, then found by findPython), its version
	count, parallel, mutantRuns     int
	timeout                         time.Duration
	hog, orderings, mutate, fresh   bool
	out                             io.Writer // the report
	sources                         []string  // the verifier's own Go files, for the cache key
}

func main() {
	if os.Getenv(hogEnv) != "" {
		hog()
	}
	o := options{out: os.Stdout}
	flag.StringVar(&o.root, "examples", "examples", "the examples folder")
	flag.StringVar(&o.run, "run", "", "verify only the examples whose path matches this regexp")
	flag.IntVar(&o.count, "count", 1, "runs of each example in each mode")
	flag.IntVar(&o.mutantRuns, "mutants", 0, "runs of each mutant of a lesson in each mode it is judged in, each of which must fail (0: none)")
	flag.IntVar(&o.parallel, "parallel", 3*runtime.NumCPU(), "examples run at the same time (those that say alone run by themselves); most of them sleep")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Second, "time limit of one run of one example")
	flag.StringVar(&o.procs, "procs", "", "comma-separated GOMAXPROCS values to run each example with (default: Go's default)")
	flag.BoolVar(&o.hog, "hog", false, "keep one CPU busy with another process while the examples run")
	flag.BoolVar(&o.orderings, "orderings", false, "print one output of each distinct ordering seen (implies -fresh)")
	flag.BoolVar(&o.mutate, "mutate", true, "check the checker on mutants of each example's first output")
	flag.BoolVar(&o.fresh, "fresh", false, "run every example, even one that passed as it is now with the same settings")
	flag.StringVar(&o.python, "python", "", "the interpreter of the Python twins (default: the first of python3 and /usr/bin/python3 that imports what they import)")
	flag.StringVar(&o.cache, "cache", defaultCache(), "where built programs and passing results are kept between runs")
	flag.StringVar(&o.report, "report", "site/data/verified.json", "the report of what passed, updated for the examples run (empty: none)")
	flag.Parse()
	o.fresh = o.fresh || o.orderings
	var err error
	if o.sources, err = ownSources(); err == nil {
		err = verify(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(1)
	}
}

func defaultCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "concurrency-verified")
}

// outcome is what the runs of one example showed.
type outcome struct {
	cached    bool     // a passing record of the same key was reused; nothing ran
	failure   string   // the logs of the first failed run; "" if all passed
	repeats   []string // the logs of runs that failed while the machine paused
	orderings [2]seen  // of the Go program and of the Python twin
	mutation  expect.Mutation
	record    examples.Record // what passed
}

func verify(o options) error {
	if o.count < 1 || o.mutantRuns < 0 {
		return fmt.Errorf("-count %d -mutants %d: at least 1 run of each example, and no negative count", o.count, o.mutantRuns)
	}
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
	start := time.Now()
	src, err := os.MkdirTemp("", "verify-src")
	if err != nil {
		return err
	}
	defer os.RemoveAll(src)
	snaps, err := takeSnapshots(list, src) // hashed before anything is built
	if err != nil {
		return err
	}
	var python string
	if o.python, python, err = findPython(o.python, all); err != nil {
		return err
	}
	if f := strings.Fields(python); len(f) >= 2 {
		o.pythonVersion = f[1] // the identity starts with the path and the version
	}
	bins, err := binDirs(o.cache, o.root, "")
	if err != nil {
		return err
	}
	modes, err := makeModes(bins, src, o.procs, o.timeout)
	if err != nil {
		return err
	}
	cache, err := openCache(o.cache, o, modes, python)
	if err != nil {
		return err
	}
	outcomes := make([]outcome, len(snaps))
	var toRun []int
	for i, s := range snaps {
		if rec, ok := cache.get(s.Path, s.Hash, s.Script.Python()); ok && !o.fresh {
			outcomes[i] = outcome{cached: true, record: rec}
			continue
		}
		toRun = append(toRun, i)
	}
	if len(toRun) > 0 {
		if err := buildAll(snaps, toRun, src, bins); err != nil {
			return err
		}
		var mutantBins [][2]string
		if o.mutantRuns > 0 {
			if mutantBins, err = buildMutants(snaps, toRun, src, o); err != nil {
				return err
			}
		}
		fmt.Fprintf(o.out, "built %d examples, plainly and with -race, in %v\n", len(toRun), time.Since(start).Round(time.Millisecond))
		if err := runAll(snaps, toRun, outcomes, modes, mutantBins, o); err != nil {
			return err
		}
	}
	for i, out := range outcomes {
		if !out.cached && out.failure == "" {
			if err := cache.put(snaps[i].Path, out.record, snaps[i].Script.Python()); err != nil {
				return err
			}
		}
	}
	return summarise(o, all, snaps, modes, outcomes, time.Since(start))
}

func buildAll(snaps []snapshot, toRun []int, src string, bins [2]string) error {
	var list []snapshot
	for _, i := range toRun {
		list = append(list, snaps[i])
	}
	for i, race := range []bool{false, true} {
		if err := build(list, src, bins[i], race); err != nil {
			return err
		}
	}
	return nil
}

// runAll runs the examples toRun, o.parallel at a time; the examples that say alone
// measure how much the machine runs in parallel, so they run afterwards, one by one.
func runAll(snaps []snapshot, toRun []int, outcomes []outcome, modes []mode, mutantBins [][2]string, o options) error {
	if o.hog {
		stop, err := startHog()
		if err != nil {
			return err
		}
		defer stop()
		fmt.Fprintln(o.out, "a CPU hog process is running")
	}
	start := time.Now()
	pauses := watchPauses()
	runOne := func(i int) {
		s := snaps[i]
		outcomes[i] = runExample(s, modes, mutantBins, o, pauses)
		status := "ok  "
		if outcomes[i].failure != "" {
			status = "FAIL"
		}
		orderings := fmt.Sprintf("%d orderings", len(outcomes[i].orderings[0]))
		if s.Script.Python() {
			orderings = fmt.Sprintf("orderings: %d in Go, %d in Python", len(outcomes[i].orderings[0]), len(outcomes[i].orderings[1]))
		}
		fmt.Fprintf(o.out, "%s %s (%d runs, %s)\n", status, s.Path, o.count*len(modes), orderings)
	}
	sem := make(chan struct{}, max(o.parallel, 1))
	var wg sync.WaitGroup
	for _, i := range toRun {
		if !snaps[i].Script.Alone {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				runOne(i)
			})
		}
	}
	wg.Wait()
	for _, i := range toRun {
		if snaps[i].Script.Alone {
			runOne(i)
		}
	}
	if longest, n := pauses.longest(start, time.Now()); n > 0 {
		fmt.Fprintf(o.out, "the machine paused the verifier %d times for %v or more, at most for %v\n", n, pauseMin, longest)
	}
	return nil
}

func summarise(o options, all []examples.Example, snaps []snapshot, modes []mode, outcomes []outcome, took time.Duration) error {
	report := previousReport(o.report, all, examples.Verified{Go: runtime.Version(), Python: o.pythonVersion, Procs: procsOf(modes), Hog: o.hog})
	var mutation expect.Mutation
	passed, cached, failed, repeated, mutants, rejected := 0, 0, 0, 0, 0, 0
	for i, s := range snaps {
		out := outcomes[i]
		mutants += len(s.Script.Mutants)
		rejected += out.record.Mutants
		mutation.Add(out.mutation)
		for lang, seen := range out.orderings {
			if !o.orderings || len(seen) == 0 {
				continue
			}
			fmt.Fprintf(o.out, "\n%s (%s): %d distinct orderings\n", s.Path, []string{"Go", "Python"}[lang], len(seen))
			for _, key := range slices.Sorted(maps.Keys(seen)) {
				sample := seen[key]
				fmt.Fprintf(o.out, "    seen in %d runs:\n", sample.Runs)
				for _, st := range sample.Streams {
					fmt.Fprintf(o.out, "%s\n", indent("["+st.Name+"]\n"+strings.Join(st.Lines, "\n")))
				}
			}
		}
		if len(out.repeats) > 0 {
			repeated += len(out.repeats)
			fmt.Fprintf(o.out, "\n--- REPEATED: %s (%s)\n%s\n", s.Path, s.Dir, strings.Join(out.repeats, "\n"))
		}
		if out.failure != "" {
			delete(report.Examples, s.Path)
			failed++
			fmt.Fprintf(o.out, "\n--- FAIL: %s (%s)\n%s", s.Path, s.Dir, out.failure)
			continue
		}
		passed++
		if out.cached {
			cached++
		}
		report.Examples[s.Path] = out.record
	}
	fmt.Fprintf(o.out, "\nverified %d examples in %v\n", len(snaps), took.Round(time.Millisecond))
	if o.mutate && mutation.Breaking+mutation.Allowed > 0 {
		fmt.Fprintf(o.out, "checker on mutants of the real outputs: %d of %d mutants that break their spec rejected, %d of %d allowed reorderings accepted\n",
			mutation.Killed, mutation.Breaking, mutation.Passed, mutation.Allowed)
		for _, w := range mutation.Wrong {
			fmt.Fprintln(o.out, indent(w))
		}
	}
	if len(mutation.Wrong) > 0 {
		failed++ // the checker itself is wrong: nothing it passed can be trusted
	}
	if o.mutantRuns > 0 {
		fmt.Fprintf(o.out, "%d of %d mutants of the lessons rejected in every run\n", rejected, mutants)
	}
	fmt.Fprintf(o.out, "%d passed", passed)
	if cached > 0 {
		fmt.Fprintf(o.out, " (%d cached)", cached)
	}
	fmt.Fprintf(o.out, ", %d failed", failed)
	if repeated > 0 {
		fmt.Fprintf(o.out, "; %d repeated after failing during a machine pause", repeated)
	}
	fmt.Fprintln(o.out)
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

// previousReport returns the report to update: the one at path if it was made the same
// way (Go version and settings), without the examples that no longer exist; else a new
// one. Each record holds the hash of what passed, so a kept record stays true.
func previousReport(path string, all []examples.Example, want examples.Verified) *examples.Verified {
	old, err := examples.ReadVerified(path)
	if err != nil || old.Go != want.Go || old.Python != want.Python || old.Hog != want.Hog || !slices.Equal(old.Procs, want.Procs) {
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
func runExample(s snapshot, modes []mode, mutantBins [][2]string, o options, pauses *pauseWatch) outcome {
	out := outcome{orderings: [2]seen{{}, {}}}
	for mi, m := range modes {
		for n := range o.count {
			mutate := o.mutate && mi == 0 && n == 0
			r, repeats, paused := pauses.repeatIfPaused(func() result { return runScript(s, m, o.python, mutate) }, maxRepeats-len(out.repeats))
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
			var streams [2][]examples.Stream
			for _, st := range r.streams {
				lang := 0
				if st.Python {
					lang = 1
				}
				streams[lang] = append(streams[lang], st)
			}
			for lang, seen := range out.orderings {
				if len(streams[lang]) > 0 {
					seen.add(streams[lang])
				}
			}
		}
	}
	rejected, survived := 0, ""
	if o.mutantRuns > 0 {
		rejected, survived = runMutants(s, modes, mutantBins, o)
	}
	out.record = examples.Record{Hash: s.Hash, Runs: o.count * len(modes), Repeated: len(out.repeats), Mutants: rejected, Observed: out.orderings[0].observed()}
	if s.Script.Python() {
		py := out.orderings[1].observed()
		out.record.Python = &py
	}
	if survived != "" {
		out.failure = "    the spec did not reject every mutant:\n" + survived
	}
	return out
}

// seen is the distinct orderings one program's checked streams printed: their keys
// (examples.Sample.Key), each with one output that had it and its count.
type seen map[string]*examples.Sample

func (s seen) add(streams []examples.Stream) {
	sample := examples.Sample{Streams: streams}
	if old, ok := s[sample.Key()]; ok {
		old.Runs++
		return
	}
	sample.Runs = 1
	s[sample.Key()] = &sample
}

// observed is what the record keeps: the count, and samples when there was a choice.
func (s seen) observed() examples.Observed {
	obs := examples.Observed{Orderings: len(s)}
	if len(s) > 1 {
		var list []examples.Sample
		for _, key := range slices.Sorted(maps.Keys(s)) { // a stable order for equal counts
			list = append(list, *s[key])
		}
		obs.Samples = examples.Choose(list)
	}
	return obs
}

// makeModes lists the ways every example is run: plain and with -race (built into
// bins[0] and bins[1]), at each GOMAXPROCS value asked for; src holds the snapshots.
func makeModes(bins [2]string, src, procs string, timeout time.Duration) ([]mode, error) {
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
	for i, race := range []bool{false, true} {
		for _, n := range values {
			m := mode{name: filepath.Base(bins[i]), bin: bins[i], src: src, race: race, procs: n, budget: timeout}
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

func indent(s string) string {
	return "        " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n        ")
}
