// Command measure reports the budgets that are timed rather than checked: the Hugo
// build of the whole site in both languages (budget: under 2 s). It runs the build
// several times into a temporary folder and prints the fastest and the median run.
//
//	go run ./scripts/measure [-runs 5]
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("runs", 5, "how many builds to time")
	flag.Parse()
	if err := measure(*runs); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

func measure(runs int) error {
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
		start := time.Now()
		out, err := exec.Command(hugo, "--source", "site", "--destination", dest, "--minify").CombinedOutput()
		if err != nil {
			return fmt.Errorf("hugo: %v\n%s", err, out)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	fmt.Printf("hugo build of the whole site, both languages: fastest %v, median %v over %d runs (budget 2s)\n",
		times[0].Round(time.Millisecond), times[len(times)/2].Round(time.Millisecond), runs)
	return nil
}
