package main

import (
	"fmt"
	"maps"
	"path/filepath"
	"strings"
)

// buildMutants builds the mutants of the examples toRun: the k-th mutant of every
// example in one go command per build, from a copy of the snapshot whose main.go (or
// main.py) has the mutant's change. It returns, for each k, the folders of the plain
// and the -race builds; the copies are in src/mutant-k (mutantSrc).
func buildMutants(snaps []snapshot, toRun []int, src string, o options) ([][2]string, error) {
	var bins [][2]string
	for k := 0; ; k++ {
		var list []snapshot
		dir := mutantSrc(src, k)
		for _, i := range toRun {
			s := snaps[i]
			if k >= len(s.Script.Mutants) {
				continue
			}
			m := s.Script.Mutants[k]
			mutated, err := m.Apply(s.Files[m.File])
			if err != nil {
				return nil, err
			}
			files := maps.Clone(s.Files)
			files[m.File] = mutated
			if err := writeFiles(filepath.Join(dir, filepath.FromSlash(s.Path)), files); err != nil {
				return nil, err
			}
			list = append(list, s)
		}
		if len(list) == 0 {
			return bins, nil
		}
		set, err := binDirs(o.cache, o.root, fmt.Sprintf("mutant-%d", k))
		if err != nil {
			return nil, err
		}
		for i, race := range []bool{false, true} {
			if err := build(list, dir, set[i], race); err != nil {
				return nil, err
			}
		}
		bins = append(bins, set)
	}
}

// mutantSrc is the folder of the copies of the snapshots with their k-th mutant.
func mutantSrc(src string, k int) string { return filepath.Join(src, fmt.Sprintf("mutant-%d", k)) }

// runMutants runs every mutant of the example o.mutantRuns times in each mode it is
// judged in; the spec must reject it in every run. It returns how many mutants were
// rejected, and a report of those that were not.
func runMutants(s snapshot, modes []mode, bins [][2]string, o options) (rejected int, survived string) {
	var b strings.Builder
	for k, m := range s.Script.Mutants {
		passed := ""
	runs:
		for _, md := range modes {
			if !m.InMode(md.race) {
				continue
			}
			md.bin, md.src, md.only = bins[k][0], mutantSrc(md.src, k), m.File // the other program is unchanged
			if md.race {
				md.bin = bins[k][1]
			}
			for n := range o.mutantRuns {
				if r := runScript(s, md, o.python, false); r.ok {
					passed = fmt.Sprintf("mode %s, run %d of %d passed:\n%s", md.name, n+1, o.mutantRuns, indent(r.log))
					break runs
				}
			}
		}
		if passed != "" {
			fmt.Fprintf(&b, "    mutant %s (%s) survived: %s\n", m.Name, m.Description, passed)
			continue
		}
		rejected++
	}
	return rejected, b.String()
}
