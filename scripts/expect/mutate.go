package expect

import (
	"fmt"
	"slices"
	"strings"
)

// Mutant is an output made from one that matches a spec by a small change.
type Mutant struct {
	Kind    string // swap, drop, duplicate, change, move-out
	Lines   []string
	Allowed bool // the reference matcher accepts it: the spec allows this output
}

// Mutation is the outcome of checking the mutants of one output.
type Mutation struct {
	Breaking, Killed int      // mutants the spec forbids, and how many of them Check rejected
	Allowed, Passed  int      // mutants the spec allows, and how many of them Check accepted
	Wrong            []string // every mutant the checker judged differently from the reference
}

// maxMutationLines bounds the outputs mutated: the reference matcher is exponential.
const maxMutationLines = 60

// Mutate checks the mutants of output, an output that satisfies the spec: lines swapped,
// dropped, duplicated, changed by one character, and moved out of their %unordered
// block. Each mutant is judged by the naive reference matcher and by Check; the two
// must agree. Outputs longer than maxMutationLines are skipped (ok is false).
func (s *Spec) Mutate(output string) (r Mutation, ok bool) {
	lines := splitLines(output)
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	claims, err := s.Claims("output", output)
	if err != nil || len(lines) > maxMutationLines {
		return r, false
	}
	for _, m := range mutants(s, lines, claims) {
		m.Allowed = reference(s.Items, m.Lines)
		accepted := s.Check("output", strings.Join(m.Lines, "\n")) == nil
		if m.Allowed {
			r.Allowed++
		} else {
			r.Breaking++
		}
		switch {
		case m.Allowed && accepted:
			r.Passed++
		case !m.Allowed && !accepted:
			r.Killed++
		default:
			verdict := "accepted an output the spec forbids"
			if m.Allowed {
				verdict = "rejected an output the spec allows"
			}
			r.Wrong = append(r.Wrong, fmt.Sprintf("%s mutant: the checker %s:\n  %s", m.Kind, verdict, strings.Join(m.Lines, "\n  ")))
		}
	}
	return r, true
}

func mutants(s *Spec, lines []string, claims []int) []Mutant {
	var out []Mutant
	add := func(kind string, l []string) {
		if !slices.Equal(l, lines) {
			out = append(out, Mutant{Kind: kind, Lines: l})
		}
	}
	for i := range lines {
		for j := i + 1; j < len(lines); j++ {
			l := slices.Clone(lines)
			l[i], l[j] = l[j], l[i]
			add("swap", l)
		}
		add("drop", slices.Delete(slices.Clone(lines), i, i+1))
		add("duplicate", slices.Insert(slices.Clone(lines), i, lines[i]))
		add("change", slices.Replace(slices.Clone(lines), i, i+1, changeOne(lines[i])))
	}
	for _, it := range s.Items { // move each line of a block just before and after it
		if it.Kind != Unordered {
			continue
		}
		first, last := -1, -1
		for li, c := range claims {
			if c > it.Line && c < it.End {
				if first < 0 {
					first = li
				}
				last = li
			}
		}
		for li := first; li >= 0 && li <= last; li++ {
			rest := slices.Delete(slices.Clone(lines), li, li+1)
			add("move-out", slices.Insert(slices.Clone(rest), first, lines[li]))
			add("move-out", slices.Insert(slices.Clone(rest), last, lines[li]))
		}
	}
	return out
}

// changeOne changes the character in the middle of a line (or adds one to an empty line).
func changeOne(line string) string {
	r := []rune(line)
	if len(r) == 0 {
		return "x"
	}
	i := len(r) / 2
	switch {
	case r[i] >= '0' && r[i] <= '8':
		r[i]++
	case r[i] == 'x':
		r[i] = 'y'
	default:
		r[i] = 'x'
	}
	return string(r)
}

// Add sums two outcomes.
func (r *Mutation) Add(o Mutation) {
	r.Breaking += o.Breaking
	r.Killed += o.Killed
	r.Allowed += o.Allowed
	r.Passed += o.Passed
	r.Wrong = append(r.Wrong, o.Wrong...)
}
