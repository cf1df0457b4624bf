package expect

// reference is a deliberately naive second implementation of the matching rules, used
// to judge mutants: plain backtracking over counts and over every assignment of a
// block's lines, and a check of every pair for %order. It shares only Pattern.Matches
// with the real matcher. Exponential in the worst case: use it on small outputs.
func reference(items []Item, lines []string) bool {
	if len(items) == 0 {
		return len(lines) == 0
	}
	it := items[0]
	switch it.Kind {
	case Exact:
		return len(lines) > 0 && it.Pattern.Matches(lines[0]) && reference(items[1:], lines[1:])
	case Count:
		for n := it.Min; n <= it.Max && n <= len(lines); n++ {
			all := true
			for _, l := range lines[:n] {
				all = all && it.Pattern.Matches(l)
			}
			if all && reference(items[1:], lines[n:]) {
				return true
			}
		}
		return false
	}
	size := 0
	for _, b := range it.Block {
		size += max(b.Min, 1)
	}
	if size > len(lines) {
		return false
	}
	block := lines[:size]
	left := make([]int, len(it.Block)) // how many more lines each entry takes
	for i, b := range it.Block {
		left[i] = max(b.Min, 1)
	}
	var assign func(li int) bool
	assign = func(li int) bool {
		if li == len(block) {
			return true
		}
		for bi, b := range it.Block {
			if left[bi] > 0 && b.Pattern.Matches(block[li]) {
				left[bi]--
				ok := assign(li + 1)
				left[bi]++
				if ok {
					return true
				}
			}
		}
		return false
	}
	if !assign(0) {
		return false
	}
	for _, o := range it.Order {
		for a := range block {
			for b := range block {
				if a != b && o.Before.Matches(block[a]) && o.After.Matches(block[b]) && b < a {
					return false
				}
			}
		}
	}
	return reference(items[1:], lines[size:])
}
