package examples

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
)

// Record is the verifier's word on one example.
type Record struct {
	Hash     string    `json:"hash"`               // Snapshot.Hash of the files that passed
	Runs     int       `json:"runs"`               // checked runs, all passed
	Repeated int       `json:"repeated,omitempty"` // runs repeated because they failed while the machine paused
	Mutants  int       `json:"mutants,omitempty"`  // mutants of the lesson, each rejected in every run
	Observed           // what the Go program's checked streams printed in those runs
	Python   *Observed `json:"python,omitempty"` // the same for the Python twin, if there is one
}

// Observed is what one program's checked streams printed in the runs of a record.
type Observed struct {
	Orderings int      `json:"orderings"`         // distinct normalised outputs seen in those runs
	Samples   []Sample `json:"samples,omitempty"` // some of those outputs, when there was more than one
}

// Sample is one ordering seen, with one output that had it and how many runs did.
type Sample struct {
	Runs    int      `json:"runs"`
	Streams []Stream `json:"streams"` // every checked stream of the run, in script order
}

// Stream is one checked stream of a run: its lines, and the spec line that claimed each
// (the same claims make the same ordering, whatever the durations printed).
type Stream struct {
	Name   string   `json:"name"`             // stdout or stderr
	Python bool     `json:"python,omitempty"` // of the Python twin, not the Go program
	Lines  []string `json:"lines"`
	Claims []int    `json:"claims"`
}

// Key is the ordering a sample shows: the claims of its streams.
func (s Sample) Key() string {
	var b strings.Builder
	for _, st := range s.Streams {
		fmt.Fprintf(&b, "%s%v;", st.Name, st.Claims)
	}
	return b.String()
}

// MaxSamples bounds what a record keeps: the most frequent orderings and the rarest.
const MaxSamples = 4

// Choose returns at most MaxSamples of the orderings seen: the most frequent first,
// and the rarest last, so that a reader sees what is usual and what can happen.
func Choose(seen []Sample) []Sample {
	sorted := slices.Clone(seen)
	slices.SortStableFunc(sorted, func(a, b Sample) int { return cmp.Compare(b.Runs, a.Runs) })
	if len(sorted) <= MaxSamples {
		return sorted
	}
	return append(sorted[:MaxSamples-1:MaxSamples-1], sorted[len(sorted)-1])
}

// Verified is the verifier's report: only examples that passed are in it.
type Verified struct {
	Go       string            `json:"go"`
	Python   string            `json:"python,omitempty"` // the version of the Python twins' interpreter
	Procs    []int             `json:"procs"`            // the GOMAXPROCS values set (none: Go's default)
	Hog      bool              `json:"hog"`              // whether a CPU hog ran alongside
	Examples map[string]Record `json:"examples"`         // by Example.Path
}

// WriteVerified writes the report as JSON.
func WriteVerified(path string, v *Verified) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// ReadVerified reads a report written by WriteVerified.
func ReadVerified(path string) (*Verified, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w (run make verify first)", err)
	}
	var v Verified
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &v, nil
}

// Check returns the record of the example at path, unless it did not pass
// verification or its files, whose digest is hash (Snapshot.Hash), changed since.
func (v *Verified) Check(path, hash string) (Record, error) {
	rec, ok := v.Examples[path]
	if !ok {
		return rec, fmt.Errorf("example %s has not passed verification (run make verify)", path)
	}
	if hash != rec.Hash {
		return rec, fmt.Errorf("example %s changed since it was verified (run make verify)", path)
	}
	return rec, nil
}
