// Package examples finds the example programs and reads their specs. It is shared by
// the verifier, which runs them, and the embed step, which puts them into the site.
package examples

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ScriptName is the testscript file of every example: the commands that run the
// program and, as txtar sections, its expected output.
const ScriptName = "spec.txtar"

// Example is one program under examples/.
type Example struct {
	Path string // relative to the examples root, with slashes: "threads/counter-mutex"
	Dir  string // the folder on disk
}

// Slug is the last element of the path; it is unique and names the binary.
func (e Example) Slug() string { return filepath.Base(e.Dir) }

// SpecPath is the path of the example's spec.txtar.
func (e Example) SpecPath() string { return filepath.Join(e.Dir, ScriptName) }

// Source is the path of the example's program.
func (e Example) Source() string { return filepath.Join(e.Dir, "main.go") }

// PythonPath is the path of the example's Python twin, if it has one.
func (e Example) PythonPath() string { return filepath.Join(e.Dir, PythonSource) }

// List returns the examples under root (folders holding a spec.txtar), sorted by path.
// Two examples with the same slug are an error: the slug names the binary.
func List(root string) ([]Example, error) {
	var list []Example
	slugs := map[string]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != ScriptName {
			return err
		}
		dir := filepath.Dir(path)
		rel, err := filepath.Rel(root, dir)
		if err != nil {
			return err
		}
		e := Example{Path: filepath.ToSlash(rel), Dir: dir}
		if _, err := os.Stat(e.Source()); err != nil {
			return fmt.Errorf("%s: no main.go beside %s", dir, ScriptName)
		}
		if other, dup := slugs[e.Slug()]; dup {
			return fmt.Errorf("examples %s and %s have the same slug %q", other, e.Path, e.Slug())
		}
		slugs[e.Slug()] = e.Path
		list = append(list, e)
		return nil
	})
	slices.SortFunc(list, func(a, b Example) int { return strings.Compare(a.Path, b.Path) })
	return list, err
}

// Snapshot is an example's files as read at one moment, with their digest: the
// verifier hashes, builds and runs one snapshot, so what passed is what was hashed.
type Snapshot struct {
	Hash   string            // a digest of every file of the folder, names included
	Files  map[string][]byte // by file name
	Script *Script           // its spec.txtar, read
}

// Snapshot reads every file of the example's folder once, hashes them and reads the
// script.
func (e Example) Snapshot() (*Snapshot, error) {
	entries, err := os.ReadDir(e.Dir)
	if err != nil {
		return nil, err
	}
	snap := &Snapshot{Files: map[string][]byte{}}
	h := sha256.New()
	for _, ent := range entries { // ReadDir sorts by name
		if ent.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(e.Dir, ent.Name()))
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(h, "%s %d\n", ent.Name(), len(data))
		h.Write(data)
		snap.Files[ent.Name()] = data
	}
	snap.Hash = hex.EncodeToString(h.Sum(nil))
	if snap.Script, err = ParseScript(e.SpecPath(), e.Slug(), snap.Files[ScriptName]); err != nil {
		return nil, err
	}
	_, twin := snap.Files[PythonSource]
	if twin != snap.Script.Python() {
		return nil, fmt.Errorf("%s: a %s beside main.go needs a python command in the script, and a python command needs the file", e.SpecPath(), PythonSource)
	}
	for _, m := range snap.Script.Mutants {
		src, ok := snap.Files[m.File]
		if !ok {
			return nil, fmt.Errorf("%s: mutant %s changes %s, which is not there", e.SpecPath(), m.Name, m.File)
		}
		mutated, err := m.Apply(src)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.SpecPath(), err)
		}
		if bytes.Equal(mutated, src) {
			return nil, fmt.Errorf("%s: mutant %s changes nothing", e.SpecPath(), m.Name)
		}
	}
	return snap, nil
}
