// Package expect checks the output of a concurrent program against a spec that states
// exactly the orderings the program guarantees: exact lines, regexp and duration spans,
// repeated lines, unordered blocks and happens-before constraints inside them.
// The format is described in the project README.
package expect

import (
	"fmt"
	"strconv"
	"strings"
)

// ItemKind is the kind of one step of a spec.
type ItemKind int

const (
	Exact     ItemKind = iota // one line
	Count                     // Min..Max lines matching one pattern
	Unordered                 // a block of lines in any order
)

// Item is one step of a spec: it claims a run of consecutive output lines.
type Item struct {
	Kind     ItemKind
	Line     int      // where the item starts in the spec file
	End      int      // Unordered: the line of its %end
	Pattern  *Pattern // Exact and Count
	Min, Max int      // Count
	Block    []Item   // Unordered: Exact and Count (Min == Max) items
	Order    []Order  // Unordered: happens-before constraints
}

// Order says that every output line of a block matching Before comes before every
// output line of the block matching After.
type Order struct {
	Line          int
	Before, After *Pattern
}

// Spec is a parsed expected-output file.
type Spec struct {
	Name  string // file name used in messages
	Items []Item
}

// SpecError is a mistake in the spec itself.
type SpecError struct {
	Name string
	Line int
	Msg  string
}

func (e *SpecError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// Parse reads a spec. name is used in messages; firstLine is the line number of the
// spec's first line in that file (1 unless the spec is embedded in a larger file).
func Parse(name string, firstLine int, text string) (*Spec, error) {
	s := &Spec{Name: name}
	var block *Item // the open %unordered block, if any
	lines := splitLines(text)
	for i, raw := range lines {
		ln := firstLine + i
		fail := func(format string, args ...any) error {
			return &SpecError{Name: name, Line: ln, Msg: fmt.Sprintf(format, args...)}
		}
		item, directive, err := parseLine(ln, raw)
		if err != nil {
			return nil, fail("%v", err)
		}
		switch directive {
		case "#":
			continue
		case "unordered":
			if block != nil {
				return nil, fail("%%unordered inside the %%unordered block opened at line %d (blocks do not nest)", block.Line)
			}
			block = &Item{Kind: Unordered, Line: ln}
			continue
		case "end":
			if block == nil {
				return nil, fail("%%end without %%unordered")
			}
			if len(block.Block) == 0 {
				return nil, fail("empty %%unordered block (opened at line %d)", block.Line)
			}
			block.End = ln
			s.Items = append(s.Items, *block)
			block = nil
			continue
		case "order":
			if block == nil {
				return nil, fail("%%order outside an %%unordered block")
			}
			orders, err := parseOrder(ln, raw, block)
			if err != nil {
				return nil, fail("%v", err)
			}
			block.Order = append(block.Order, orders...)
			continue
		}
		if block == nil {
			s.Items = append(s.Items, item)
			continue
		}
		if item.Kind == Count && item.Min != item.Max {
			return nil, fail("%%count %d..%d inside an %%unordered block: a block must have a fixed size, use %%count N", item.Min, item.Max)
		}
		block.Block = append(block.Block, item)
	}
	if block != nil {
		return nil, &SpecError{Name: name, Line: block.Line, Msg: "%unordered block is never closed with %end"}
	}
	return s, nil
}

// parseLine parses one spec line. For a directive that is not an output line it
// returns the directive's name ("#", "unordered", "end", "order").
func parseLine(ln int, raw string) (Item, string, error) {
	text := strings.TrimRight(raw, " \t\r")
	if !strings.HasPrefix(text, "%") {
		p, err := parsePattern(ln, text)
		return Item{Kind: Exact, Line: ln, Pattern: p}, "", err
	}
	if lit, ok := strings.CutPrefix(text, "%%"); ok {
		p, err := parsePattern(ln, "%"+lit)
		return Item{Kind: Exact, Line: ln, Pattern: p}, "", err
	}
	if strings.HasPrefix(text, "%#") {
		return Item{}, "#", nil
	}
	word, rest, _ := strings.Cut(text[1:], " ")
	switch word {
	case "unordered", "end":
		if strings.TrimSpace(rest) != "" {
			return Item{}, "", fmt.Errorf("%%%s takes no arguments", word)
		}
		return Item{}, word, nil
	case "order":
		return Item{}, word, nil
	case "count":
		return parseCount(ln, rest)
	}
	return Item{}, "", fmt.Errorf("unknown directive %%%s (known: %%count, %%unordered, %%end, %%order, %%#; write %%%% for a line that starts with %%)", word)
}

// maxCount bounds %count: no example prints a million lines.
const maxCount = 1_000_000

func parseCount(ln int, rest string) (Item, string, error) {
	n, line, ok := strings.Cut(rest, " ")
	if !ok || line == "" {
		return Item{}, "", fmt.Errorf("%%count needs a number and a line: %%count N LINE or %%count M..N LINE")
	}
	lo, hi, isRange := strings.Cut(n, "..")
	if !isRange {
		hi = lo
	}
	minN, err1 := strconv.Atoi(lo)
	maxN, err2 := strconv.Atoi(hi)
	switch {
	case err1 != nil || err2 != nil:
		return Item{}, "", fmt.Errorf("%%count %s: not a number or a range M..N", n)
	case minN < 0 || maxN < 1 || minN > maxN || maxN > maxCount:
		return Item{}, "", fmt.Errorf("%%count %s: impossible count (want 1 ≤ N ≤ %d, or 0 ≤ M ≤ N)", n, maxCount)
	}
	p, err := parsePattern(ln, line)
	return Item{Kind: Count, Line: ln, Pattern: p, Min: minN, Max: maxN}, "", err
}

// parseOrder reads "%order A => B [=> C ...]": each name must be a line of the block.
func parseOrder(ln int, raw string, block *Item) ([]Order, error) {
	_, rest, _ := strings.Cut(strings.TrimRight(raw, " \t\r"), " ")
	names := strings.Split(rest, " => ")
	if len(names) < 2 {
		return nil, fmt.Errorf("%%order needs at least two lines: %%order A => B")
	}
	pats := make([]*Pattern, len(names))
	for i, name := range names {
		name = strings.TrimSpace(name)
		for _, it := range block.Block {
			if it.Pattern.Src == name {
				pats[i] = it.Pattern
			}
		}
		if pats[i] == nil {
			return nil, fmt.Errorf("%%order names %q, which is not a line of the %%unordered block opened at line %d", name, block.Line)
		}
	}
	orders := make([]Order, 0, len(pats)-1)
	for i := range len(pats) - 1 {
		orders = append(orders, Order{Line: ln, Before: pats[i], After: pats[i+1]})
	}
	return orders, nil
}

// splitLines splits output or a spec into lines; a final newline ends the last line.
func splitLines(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}
