package expect

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Match checks output against the spec text want. It returns nil when the output
// satisfies the spec, a *SpecError when the spec is invalid, and a *Mismatch otherwise.
func Match(want, got string) error {
	s, err := Parse("want", 1, want)
	if err != nil {
		return err
	}
	return s.Check("output", got)
}

// Mismatch explains why an output does not satisfy a spec.
type Mismatch struct {
	Spec    *Spec
	Stream  string   // "stdout", "stderr", or "output"
	Lines   []string // the output
	Reason  string   // the broken rule and the lines involved
	Claimed []int    // for each output line, the spec line that claimed it (0: none)
}

func (m *Mismatch) Error() string {
	var b strings.Builder
	b.WriteString(m.Reason)
	fmt.Fprintf(&b, "\n%s, each line with the %s line that claimed it (? for none):\n", m.Stream, filepath.Base(m.Spec.Name))
	if len(m.Lines) == 0 {
		b.WriteString("  (no output)\n")
	}
	for i, line := range m.Lines {
		who := "       ?"
		if m.Claimed[i] > 0 {
			who = fmt.Sprintf("%8d", m.Claimed[i])
		}
		fmt.Fprintf(&b, "  %s  %s:%d | %s\n", who, m.Stream, i+1, line)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Check matches output against the spec; stream names the output in messages.
func (s *Spec) Check(stream, output string) error {
	_, err := s.Claims(stream, output)
	return err
}

// Claims matches output against the spec like Check and, when it matches, returns for
// each output line the spec line that claimed it: the output's ordering, normalised.
func (s *Spec) Claims(stream, output string) ([]int, error) {
	lines := Lines(output)
	m := &matcher{spec: s, stream: stream, lines: lines, failed: map[[2]int]bool{},
		claim: make([]int, len(lines)), best: failure{pos: -1}}
	if m.seq(0, 0) {
		return m.claim, nil
	}
	return nil, &Mismatch{Spec: s, Stream: stream, Lines: lines, Reason: m.best.reason, Claimed: m.best.claim}
}

// Lines splits an output into the lines a spec is matched against, without trailing
// blanks and \r.
func Lines(output string) []string {
	lines := splitLines(output)
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	return lines
}

type failure struct {
	item, pos int // how far the match got
	reason    string
	claim     []int
}

type matcher struct {
	spec   *Spec
	stream string
	lines  []string
	failed map[[2]int]bool // (item, pos) pairs known to fail
	claim  []int           // the current partial assignment
	best   failure         // the failure that got furthest
}

// fail records why the match cannot go on at output line pos (item i) and returns false.
func (m *matcher) fail(i, pos int, format string, args ...any) bool {
	if pos > m.best.pos || pos == m.best.pos && i > m.best.item {
		m.best = failure{item: i, pos: pos, reason: fmt.Sprintf(format, args...), claim: append([]int(nil), m.claim...)}
	}
	return false
}

func (m *matcher) at(pos int) string {
	return fmt.Sprintf("%s:%d %q", m.stream, pos+1, m.lines[pos])
}

func (m *matcher) want(p *Pattern) string {
	return fmt.Sprintf("%s:%d %q", m.spec.Name, p.Line, p.Src)
}

// seq reports whether items[i:] match lines[pos:] exactly.
func (m *matcher) seq(i, pos int) bool {
	if i == len(m.spec.Items) {
		if pos == len(m.lines) {
			return true
		}
		return m.fail(i, pos, "%s is not expected: the spec ends before it (every output line must be accounted for)", m.at(pos))
	}
	key := [2]int{i, pos}
	if m.failed[key] {
		return false
	}
	ok := m.item(i, pos)
	if !ok {
		m.failed[key] = true
	}
	return ok
}

func (m *matcher) item(i, pos int) bool {
	it := &m.spec.Items[i]
	switch it.Kind {
	case Exact:
		if pos == len(m.lines) {
			return m.fail(i, pos, "%s: %s ended before this line", m.want(it.Pattern), m.stream)
		}
		if !it.Pattern.Matches(m.lines[pos]) {
			return m.fail(i, pos, "%s does not match %s", m.want(it.Pattern), m.at(pos))
		}
		m.claim[pos] = it.Line
		if m.seq(i+1, pos+1) {
			return true
		}
		m.claim[pos] = 0
		return false
	case Count:
		run := 0
		for pos+run < len(m.lines) && run < it.Max && it.Pattern.Matches(m.lines[pos+run]) {
			m.claim[pos+run] = it.Line
			run++
		}
		if run < it.Min {
			defer clear(m.claim[pos : pos+run])
			next := fmt.Sprintf("%s ended", m.stream)
			if pos+run < len(m.lines) {
				next = m.at(pos+run) + " does not match"
			}
			return m.fail(i, pos+run, "%s:%d %%count %d..%d %q: %d matching line(s), then %s", m.spec.Name, it.Line, it.Min, it.Max, it.Pattern.Src, run, next)
		}
		for n := run; n >= it.Min; n-- { // the longest run first
			if n < run {
				m.claim[pos+n] = 0
			}
			if m.seq(i+1, pos+n) {
				return true
			}
		}
		clear(m.claim[pos : pos+run])
		return false
	default:
		return m.block(i, pos)
	}
}
