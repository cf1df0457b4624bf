package examples

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/bluekeyes/go-gitdiff/gitdiff"
)

// MutantPrefix and MutantSuffix frame the name of a mutant's section: mutant/NAME.diff.
const (
	MutantPrefix = "mutant/"
	MutantSuffix = ".diff"
)

// Mutant is a broken version of the lesson: a unified diff of main.go or of its Python
// twin main.py, declared in the
// script's section mutant/NAME.diff. The line before the diff says what it breaks; it
// may start with [race] or [!race] when the lesson lives in one build. The spec must
// reject the mutant in every run.
type Mutant struct {
	Name        string
	Description string
	Race        *bool  // nil: judged in both builds; else only in the -race build (true) or the plain one
	Diff        string // the unified diff, without the description
	File        string // the file it changes: main.go or main.py
	file        *gitdiff.File
}

// InMode tells whether the mutant is judged in the plain or the -race build.
func (m Mutant) InMode(race bool) bool { return m.Race == nil || *m.Race == race }

// Apply returns the program src (the file m.File) with the mutant's change made.
func (m Mutant) Apply(src []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := gitdiff.Apply(&out, bytes.NewReader(src), m.file); err != nil {
		return nil, fmt.Errorf("mutant %s does not apply to %s: %w", m.Name, m.File, err)
	}
	return out.Bytes(), nil
}

// parseMutant reads a mutant section.
func parseMutant(sec Section) (Mutant, error) {
	m := Mutant{Name: strings.TrimSuffix(strings.TrimPrefix(sec.Name, MutantPrefix), MutantSuffix)}
	files, preamble, err := gitdiff.Parse(strings.NewReader(sec.Text))
	if err != nil {
		return m, fmt.Errorf("section %s (line %d): %w", sec.Name, sec.Line, err)
	}
	m.Diff = strings.TrimPrefix(sec.Text, preamble)
	if len(files) == 1 {
		m.File = strings.TrimPrefix(files[0].NewName, "b/")
	}
	if len(files) != 1 || m.File != "main.go" && m.File != PythonSource || files[0].IsNew || files[0].IsDelete {
		return m, fmt.Errorf("section %s (line %d): a mutant is a diff of main.go alone, or of main.py alone", sec.Name, sec.Line)
	}
	m.file = files[0]
	m.Description = strings.TrimSpace(preamble)
	for cond, race := range map[string]bool{"[race]": true, "[!race]": false} {
		if rest, ok := strings.CutPrefix(m.Description, cond); ok {
			m.Race, m.Description = &race, strings.TrimSpace(rest)
		}
	}
	if m.Description == "" || strings.Contains(m.Description, "\n") {
		return m, fmt.Errorf("section %s (line %d): one line before the diff says what the mutant breaks", sec.Name, sec.Line)
	}
	return m, nil
}
