package expect

import "strings"

// block matches the %unordered item i against the lines starting at pos: the block's
// lines must be a permutation of the output lines (a perfect bipartite matching, so that
// a broad pattern cannot steal a line a literal needs), and its %order rules must hold.
func (m *matcher) block(i, pos int) bool {
	it := &m.spec.Items[i]
	size := blockSize(it)
	if size > len(m.lines)-pos {
		return m.fail(i, len(m.lines), "%s:%d-%d %%unordered block of %d lines: %s has only %d line(s) left",
			m.spec.Name, it.Line, it.End, size, m.stream, len(m.lines)-pos)
	}
	lines := m.lines[pos : pos+size]
	owner := matchBlock(it.Block, lines) // owner[line] = index into it.Block, or -1
	load := make([]int, len(it.Block))
	var extra []string
	for li, bi := range owner {
		if bi < 0 {
			extra = append(extra, "  "+m.at(pos+li))
			continue
		}
		load[bi]++
		m.claim[pos+li] = it.Block[bi].Line
	}
	ok := false
	defer func() {
		if !ok {
			clear(m.claim[pos : pos+size])
		}
	}()
	if extra != nil {
		var missing []string
		for bi, b := range it.Block {
			for range max(b.Min, 1) - load[bi] {
				missing = append(missing, "  "+m.want(b.Pattern))
			}
		}
		return m.fail(i, pos, "%s:%d-%d %%unordered block: no output line for\n%s\nbecause these lines match no line left in the block:\n%s",
			m.spec.Name, it.Line, it.End, strings.Join(missing, "\n"), strings.Join(extra, "\n"))
	}
	for _, o := range it.Order {
		if a, b, ok := violation(o, lines); ok {
			return m.fail(i, pos, "%s:%d %%order %q => %q violated:\n  %s comes before %s",
				m.spec.Name, o.Line, o.Before.Src, o.After.Src, m.at(pos+a), m.at(pos+b))
		}
	}
	ok = m.seq(i+1, pos+size)
	return ok
}

// blockSize is the number of output lines a block claims (a %count N inside counts N).
func blockSize(it *Item) int {
	n := 0
	for _, b := range it.Block {
		n += max(b.Min, 1)
	}
	return n
}

// violation finds a line matching o.After that comes before a different line matching
// o.Before, in one pass.
func violation(o Order, lines []string) (after, before int, found bool) {
	after = -1
	for j, l := range lines {
		if after >= 0 && o.Before.Matches(l) {
			return after, j, true
		}
		if after < 0 && o.After.Matches(l) {
			after = j
		}
	}
	return 0, 0, false
}

// matchBlock assigns the lines of a block to its entries, entry b taking max(b.Min, 1)
// lines, so that as many lines as possible are assigned (a bipartite b-matching by
// augmenting paths, after a greedy start). It returns, per line, the entry's index or -1.
func matchBlock(block []Item, lines []string) []int {
	owner := make([]int, len(lines))
	for i := range owner {
		owner[i] = -1
	}
	edges := make([][]int, len(block)) // the lines each entry matches
	for bi, b := range block {
		for li, l := range lines {
			if b.Pattern.Matches(l) {
				edges[bi] = append(edges[bi], li)
			}
		}
	}
	load := make([]int, len(block))
	for bi, b := range block { // greedy: most lines match one entry only
		for _, li := range edges[bi] {
			if load[bi] == max(b.Min, 1) {
				break
			}
			if owner[li] < 0 {
				owner[li] = bi
				load[bi]++
			}
		}
	}
	var seen []bool
	var augment func(bi int) bool // find a free line for bi, moving others along
	augment = func(bi int) bool {
		for _, li := range edges[bi] {
			if seen[li] {
				continue
			}
			seen[li] = true
			if owner[li] < 0 || augment(owner[li]) {
				owner[li] = bi
				return true
			}
		}
		return false
	}
	for bi, b := range block {
		for load[bi] < max(b.Min, 1) {
			seen = make([]bool, len(lines))
			if !augment(bi) {
				break
			}
			load[bi]++
		}
	}
	return owner
}
