// Command embed hands the verified examples to the Hugo site. For every example that
// passed verification as it is now on disk, it writes the code, the command that runs
// it and its expected output, parsed from the spec, into site/data/examples.json: data
// only; the pages' look, highlighting included, lives under site/. It adds what make
// stress saw and the mutants make mutants saw rejected, each only while the example is
// unchanged. An example that was not verified, or changed since, stops the build.
//
//	go run ./scripts/embed [-examples DIR] [-verified FILE] [-stress FILE] [-mutants FILE] [-data FILE]
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/concurrency-verified/site/scripts/examples"
)

func main() {
	var (
		root     = flag.String("examples", "examples", "the examples folder")
		verified = flag.String("verified", "site/data/verified.json", "the verifier's report")
		stress   = flag.String("stress", "site/data/stress.json", "the stress report, if any (make stress)")
		mutants  = flag.String("mutants", "site/data/mutants.json", "the mutants report, if any (make mutants)")
		data     = flag.String("data", "site/data/examples.json", "where to write the examples for Hugo")
	)
	flag.Parse()
	if err := run(*root, *verified, *stress, *mutants, *data); err != nil {
		fmt.Fprintln(os.Stderr, "embed:", err)
		os.Exit(1)
	}
}

func run(root, verifiedPath, stressPath, mutantsPath, dataPath string) error {
	list, err := examples.List(root)
	if err != nil {
		return err
	}
	verified, err := examples.ReadVerified(verifiedPath)
	if err != nil {
		return err
	}
	stress, err := readOptional(stressPath)
	if err != nil {
		return err
	}
	mutants, err := readOptional(mutantsPath)
	if err != nil {
		return err
	}
	out := map[string]*Entry{}
	for _, e := range list {
		snap, err := e.Snapshot()
		if err != nil {
			return err
		}
		rec, err := verified.Check(e.Path, snap.Hash)
		if err != nil {
			return err
		}
		entry := newEntry(root, e, snap, rec, verified.Go, verified.Python)
		if rec, err := mutants.Check(e.Path, snap.Hash); err != nil || rec.Mutants != len(snap.Script.Mutants) {
			entry.Mutants = nil // shown only when make mutants saw each one rejected
		}
		if rec, err := stress.Check(e.Path, snap.Hash); err == nil { // a stale stress result is not shown
			entry.Stress = &Stress{Runs: rec.Runs, Orderings: rec.Orderings, Repeated: rec.Repeated, Procs: stress.Procs, Hog: stress.Hog, Version: stress.Go,
				Samples: seen(rec.Samples)}
			if entry.Python != nil && rec.Python != nil {
				entry.Python.Stress = &Stress{Runs: rec.Runs, Orderings: rec.Python.Orderings, Repeated: rec.Repeated, Procs: stress.Procs, Hog: stress.Hog,
					Version: stress.Python, Samples: seen(rec.Python.Samples)}
			}
		}
		out[e.Path] = entry
	}
	data, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return err
	}
	return writeFile(dataPath, data)
}

// readOptional reads a report that may not have been made yet: then it is empty.
func readOptional(path string) (*examples.Verified, error) {
	v, err := examples.ReadVerified(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &examples.Verified{}, nil
	}
	return v, err
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}
