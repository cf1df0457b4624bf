// Command measure reports the budgets that are timed rather than checked, each against
// its budget and as a ratio to a fresh verification timed in the same run (the machine
// is noisy; ratios travel better than seconds):
//
//   - make verify -fresh: every example built (binaries up to date are kept) and run;
//   - make verify on an unchanged tree: everything cached;
//   - make verify after one example was edited;
//   - make serve on an unchanged tree, until the site answers;
//   - the Hugo build of the whole site, both languages (fastest and median of -runs).
//
// It edits one example (a comment at its end) and puts it back.
//
//	go run ./scripts/measure [-runs 5] [-edit examples/threads/counter-mutex/main.go]
package main

import (
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "how many Hugo builds to time")
	edit := flag.String("edit", "examples/threads/counter-mutex/main.go", "the example file to edit")
	flag.Parse()
	if err := measure(*runs, *edit); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func measure(runs int, edit string) error {
	fresh, err := timed("make", "verify", "VERIFYFLAGS=-fresh")
	if err != nil {
		return err
	}
	report := func(what string, took, budget time.Duration) {
		fmt.Printf("%-42s %8v  budget %-5v (%.2f of it)  %.3f × fresh verify\n",
			what, took.Round(10*time.Millisecond), budget, took.Seconds()/budget.Seconds(), took.Seconds()/fresh.Seconds())
	}
	report("make verify -fresh", fresh, 60*time.Second)
	unchanged, err := timed("make", "verify")
	if err != nil {
		return err
	}
	report("make verify, unchanged tree", unchanged, 15*time.Second)
	edited, err := afterEdit(edit)
	if err != nil {
		return err
	}
	report("make verify, one example edited", edited, 15*time.Second)
	serving, err := untilServing()
	if err != nil {
		return err
	}
	report("make serve, unchanged tree, until it serves", serving, 10*time.Second)
	return hugoBuilds(runs)
}

// timed runs a command, its output hidden unless it fails, and returns how long it took.
func timed(name string, args ...string) (time.Duration, error) {
	start := time.Now()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return time.Since(start), nil
}

// afterEdit times make verify after adding a comment to one example, then puts the
// file back and verifies again, so the report is left as it was.
func afterEdit(file string) (time.Duration, error) {
	orig, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	if err := os.WriteFile(file, append(slices.Clone(orig), "\n// edited by scripts/measure\n"...), 0o644); err != nil {
		return 0, err
	}
	took, err := timed("make", "verify")
	if werr := os.WriteFile(file, orig, 0o644); err == nil {
		err = werr
	}
	if err == nil {
		_, err = timed("make", "verify")
	}
	return took, err
}

// untilServing starts make serve and returns how long it took until the site answered.
func untilServing() (time.Duration, error) {
	start := time.Now()
	cmd := exec.Command("make", "serve")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	defer func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		cmd.Wait()
	}()
	for time.Since(start) < 5*time.Minute {
		if resp, err := http.Get("http://127.0.0.1:1313/ru/"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Since(start), nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return 0, fmt.Errorf("make serve did not serve within 5 minutes")
}

func hugoBuilds(runs int) error {
	path, err := exec.Command("go", "tool", "-n", "hugo").Output() // the cached binary
	if err != nil {
		return fmt.Errorf("locating hugo: %w", err)
	}
	hugo := strings.TrimSpace(string(path))
	dest, err := os.MkdirTemp("", "measure-site")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dest)
	var times []time.Duration
	for range runs {
		took, err := timed(hugo, "--source", "site", "--destination", dest, "--minify")
		if err != nil {
			return err
		}
		times = append(times, took)
	}
	slices.Sort(times)
	fmt.Printf("hugo build of the whole site, both languages: fastest %v, median %v over %d runs (budget 2s)\n",
		times[0].Round(time.Millisecond), times[len(times)/2].Round(time.Millisecond), runs)
	return nil
}
