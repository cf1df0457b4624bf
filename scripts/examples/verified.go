package examples

import (
	"encoding/json"
	"fmt"
	"os"
)

// Record is the verifier's word on one example.
type Record struct {
	Hash      string `json:"hash"`               // Example.Hash of the files that passed
	Runs      int    `json:"runs"`               // checked runs, all passed
	Orderings int    `json:"orderings"`          // distinct normalised outputs seen in those runs
	Repeated  int    `json:"repeated,omitempty"` // runs repeated because they failed while the machine paused
}

// Verified is the verifier's report: only examples that passed are in it.
type Verified struct {
	Go       string            `json:"go"`
	Procs    []int             `json:"procs"`    // the GOMAXPROCS values set (none: Go's default)
	Hog      bool              `json:"hog"`      // whether a CPU hog ran alongside
	Examples map[string]Record `json:"examples"` // by Example.Path
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
