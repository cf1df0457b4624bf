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

	"github.com/rogpeppe/go-internal/txtar"
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

// Script is the path of the example's testscript file.
func (e Example) Script() string { return filepath.Join(e.Dir, ScriptName) }

// Source is the path of the example's program.
func (e Example) Source() string { return filepath.Join(e.Dir, "main.go") }

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

// Hash is a digest of every file in the example's folder: what was verified is
// exactly what gets embedded.
func (e Example) Hash() (string, error) {
	entries, err := os.ReadDir(e.Dir)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, ent := range entries { // ReadDir sorts by name
		if ent.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(e.Dir, ent.Name()))
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", ent.Name(), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Section is one file embedded in a script, with the line where its text starts.
type Section struct {
	Name string
	Line int // line number in the script of the section's first line
	Text string
}

// Script is a parsed spec.txtar: its commands and its sections.
type Script struct {
	Commands []string // the script's lines before the first section
	Sections []Section
}

// ReadScript parses an example's spec.txtar.
func ReadScript(path string) (*Script, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a := txtar.Parse(data)
	s := &Script{Commands: strings.Split(strings.TrimRight(string(a.Comment), "\n"), "\n")}
	line := 1 + bytes.Count(a.Comment, []byte("\n"))
	for _, f := range a.Files {
		line++ // the "-- name --" marker
		s.Sections = append(s.Sections, Section{Name: f.Name, Line: line, Text: string(f.Data)})
		line += bytes.Count(f.Data, []byte("\n"))
	}
	return s, nil
}

// Section returns the named section.
func (s *Script) Section(name string) (Section, bool) {
	for _, sec := range s.Sections {
		if sec.Name == name {
			return sec, true
		}
	}
	return Section{}, false
}
