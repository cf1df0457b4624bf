package expect

import "strings"

// block matches the %unordered item i against the lines starting at pos: the block's
// lines must be a permutation of the output lines (a perfect bipartite matching, so that
// a broad pattern cannot steal a line a literal needs), and its %order rules must hold.
func (m *matcher) block(i, pos int) bool {
	it := &m.spec.Items[i]
	var pats []*Pattern // one entry per expected line, %count N expanded
	for _, b := range it.Block {
		for range max(b.Min, 1) {
			pats = append(pats, b.Pattern)
		}
	}
	if pos+len(pats) > len(m.lines) {
		return m.fail(i, len(m.lines), "%s:%d-%d %%unordered block of %d lines: %s has only %d line(s) left",
			m.spec.Name, it.Line, it.End, len(pats), m.stream, len(m.lines)-pos)
	}
	lines := m.lines[pos : pos+len(pats)]
	owner := matchBipartite(pats, lines) // owner[line] = index into pats, or -1
	var missing []string
	used := make([]bool, len(pats))
	for li, pi := range owner {
		if pi >= 0 {
			used[pi] = true
			m.claim[pos+li] = pats[pi].Line
		}
	}
	defer clear(m.claim[pos : pos+len(pats)])
	for pi, u := range used {
		if !u {
			missing = append(missing, "  "+m.want(pats[pi]))
		}
	}
	if len(missing) > 0 {
		var extra []string
		for li, pi := range owner {
			if pi < 0 {
				extra = append(extra, "  "+m.at(pos+li))
			}
		}
		return m.fail(i, pos, "%s:%d-%d %%unordered block: no output line for\n%s\nbecause these lines match no line left in the block:\n%s",
			m.spec.Name, it.Line, it.End, strings.Join(missing, "\n"), strings.Join(extra, "\n"))
	}
	for _, o := range it.Order {
		for a := range lines {
			for b := range a {
				if o.After.Matches(lines[b]) && o.Before.Matches(lines[a]) {
					return m.fail(i, pos, "%s:%d %%order %q => %q violated:\n  %s comes before %s",
						m.spec.Name, o.Line, o.Before.Src, o.After.Src, m.at(pos+b), m.at(pos+a))
				}
			}
		}
	}
	return m.seq(i+1, pos+len(pats))
}

// matchBipartite assigns lines to patterns (each pattern takes one line) so that as many
// lines as possible are assigned, with Kuhn's augmenting paths. It returns, per line,
// the index of its pattern or -1.
func matchBipartite(pats []*Pattern, lines []string) []int {
	owner := make([]int, len(lines))
	for i := range owner {
		owner[i] = -1
	}
	edges := make([][]int, len(pats)) // lines each pattern matches
	byLine := map[string][]int{}      // literal patterns are matched by a map lookup
	for pi, p := range pats {
		if p.literal() {
			byLine[p.Src] = append(byLine[p.Src], pi)
		}
	}
	for li, l := range lines {
		for _, pi := range byLine[l] {
			edges[pi] = append(edges[pi], li)
		}
	}
	for pi, p := range pats {
		if !p.literal() {
			for li, l := range lines {
				if p.Matches(l) {
					edges[pi] = append(edges[pi], li)
				}
			}
		}
	}
	var seen []bool
	var try func(pi int) bool
	try = func(pi int) bool {
		for _, li := range edges[pi] {
			if seen[li] {
				continue
			}
			seen[li] = true
			if owner[li] < 0 || try(owner[li]) {
				owner[li] = pi
				return true
			}
		}
		return false
	}
	for pi := range pats {
		seen = make([]bool, len(lines))
		try(pi)
	}
	return owner
}
