package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// buildMutants builds the mutants of the examples toRun: the k-th mutant of every
// example in one go command per build, from a copy of the snapshot whose main.go has
// the mutant's change. It returns, for each k, the folders of the plain and the -race
// builds.
func buildMutants(snaps []snapshot, toRun []int, src string, o options) ([][2]string, error) {
	var bins [][2]string
	for k := 0; ; k++ {
		var list []snapshot
		dir := filepath.Join(src, fmt.Sprintf("mutant-%d", k))
		for _, i := range toRun {
			s := snaps[i]
			if k >= len(s.Script.Mutants) {
				continue
			}
			mutated, err := s.Script.Mutants[k].Apply(s.Files["main.go"])
			if err != nil {
				return nil, err
			}
			if err := writeFiles(filepath.Join(dir, filepath.FromSlash(s.Path)), s.Files, mutated); err != nil {
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
			md.bin = bins[k][0]
			if md.race {
				md.bin = bins[k][1]
			}
			for n := range o.mutantRuns {
				if r := runScript(s, md, false); r.ok {
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
