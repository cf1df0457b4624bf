package expect

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// PartKind says how one span of an expected line is matched.
type PartKind int

const (
	Literal  PartKind = iota // text that must appear as written
	Regexp                   // a {{RE2}} span
	Duration                 // a {{dur 2s}} span: a Go duration within a tolerance
)

// Part is one span of an expected line.
type Part struct {
	Kind      PartKind
	Text      string        // the literal text, the regexp, or the duration as written
	Want      time.Duration // Duration only
	Tolerance float64       // Duration only: 0.25 means ±25 %
}

// DefaultTolerance is the tolerance of a {{dur}} span that names none.
const DefaultTolerance = 0.25

// Pattern is one expected output line.
type Pattern struct {
	Line  int    // line number in the spec file
	Src   string // the line as written in the spec
	Parts []Part
	re    *regexp.Regexp
	durs  []durGroup
}

// durGroup ties a {{dur}} span to its capture group in the line's regexp.
type durGroup struct{ part, group int }

// goDuration matches what time.Duration.String prints.
const goDuration = `(?:\d+(?:\.\d+)?(?:ns|µs|us|ms|s|m|h))+`

func parsePattern(line int, src string) (*Pattern, error) {
	p := &Pattern{Line: line, Src: src}
	var re strings.Builder
	re.WriteString("^")
	rest := src
	for rest != "" {
		open := strings.Index(rest, "{{")
		if open < 0 {
			p.Parts = append(p.Parts, Part{Kind: Literal, Text: rest})
			re.WriteString(regexp.QuoteMeta(rest))
			break
		}
		if open > 0 {
			p.Parts = append(p.Parts, Part{Kind: Literal, Text: rest[:open]})
			re.WriteString(regexp.QuoteMeta(rest[:open]))
		}
		end := strings.Index(rest[open+2:], "}}")
		if end < 0 {
			return nil, fmt.Errorf("unclosed {{ in %q", src)
		}
		inner := rest[open+2 : open+2+end]
		// A regexp may itself end in '}' (e.g. \d{2}}}): take the longest run of '}'.
		for strings.HasPrefix(rest[open+2+end+2:], "}") {
			end++
			inner = rest[open+2 : open+2+end]
		}
		rest = rest[open+2+end+2:]
		if spec, ok := strings.CutPrefix(inner, "dur "); ok {
			part, err := parseDur(spec)
			if err != nil {
				return nil, err
			}
			p.durs = append(p.durs, durGroup{part: len(p.Parts)})
			p.Parts = append(p.Parts, part)
			fmt.Fprintf(&re, "(?P<d%d>%s)", len(p.durs)-1, goDuration)
			continue
		}
		if inner == "" {
			return nil, fmt.Errorf("empty {{}} in %q", src)
		}
		if _, err := regexp.Compile(inner); err != nil {
			return nil, fmt.Errorf("bad regexp {{%s}}: %v", inner, err)
		}
		p.Parts = append(p.Parts, Part{Kind: Regexp, Text: inner})
		re.WriteString("(?:" + inner + ")")
	}
	re.WriteString("$")
	var err error
	if p.re, err = regexp.Compile(re.String()); err != nil {
		return nil, fmt.Errorf("bad pattern %q: %v", src, err)
	}
	for i := range p.durs {
		p.durs[i].group = p.re.SubexpIndex(fmt.Sprintf("d%d", i))
	}
	return p, nil
}

// parseDur reads the inside of {{dur 2s}} or {{dur 2s 50%}}.
func parseDur(spec string) (Part, error) {
	fields := strings.Fields(spec)
	if len(fields) < 1 || len(fields) > 2 {
		return Part{}, fmt.Errorf("{{dur %s}}: want {{dur DURATION}} or {{dur DURATION PERCENT%%}}", spec)
	}
	d, err := time.ParseDuration(fields[0])
	if err != nil || d <= 0 {
		return Part{}, fmt.Errorf("{{dur %s}}: %q is not a positive Go duration", spec, fields[0])
	}
	tol := DefaultTolerance
	if len(fields) == 2 {
		pct, ok := strings.CutSuffix(fields[1], "%")
		n, err := strconv.ParseFloat(pct, 64)
		if !ok || err != nil || n <= 0 || n >= 1000 {
			return Part{}, fmt.Errorf("{{dur %s}}: tolerance %q must be a percentage such as 50%%", spec, fields[1])
		}
		tol = n / 100
	}
	return Part{Kind: Duration, Text: fields[0], Want: d, Tolerance: tol}, nil
}

// Matches reports whether an output line satisfies the pattern.
func (p *Pattern) Matches(line string) bool {
	if !p.re.MatchString(line) {
		return false
	}
	if len(p.durs) == 0 {
		return true
	}
	m := p.re.FindStringSubmatch(line)
	for _, d := range p.durs {
		got, err := time.ParseDuration(m[d.group])
		part := p.Parts[d.part]
		if err != nil || !within(got, part.Want, part.Tolerance) {
			return false
		}
	}
	return true
}

func within(got, want time.Duration, tol float64) bool {
	delta := float64(want) * tol
	return float64(got) >= float64(want)-delta && float64(got) <= float64(want)+delta
}
