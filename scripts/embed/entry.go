package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
	"github.com/concurrency-verified/site/scripts/expect"
)

// Entry is what a page needs to show one example.
type Entry struct {
	Path   string  `json:"path"`   // "threads/counter-mutex"
	File   string  `json:"file"`   // "examples/threads/counter-mutex/main.go"
	Code   string  `json:"code"`   // the verified main.go, byte for byte
	HTML   string  `json:"html"`   // the same, highlighted
	Calls  []Call  `json:"calls"`  // the program's runs in the script, in order
	Go     string  `json:"go"`     // the Go version that verified it
	Runs   int     `json:"runs"`   // how many checked runs passed
	Stress *Stress `json:"stress"` // the last make stress, if it ran this very code
}

// Call is one run of the program in its script, with what it must print.
type Call struct {
	Command string   `json:"command"` // how a reader runs it
	Exit    int      `json:"exit"`    // the exit status it must end with
	Outputs []Output `json:"outputs"` // the expected output, per stream
}

// Stress is what make stress found for an example.
type Stress struct {
	Go        string `json:"go"`
	Runs      int    `json:"runs"`
	Orderings int    `json:"orderings"`
	Repeated  int    `json:"repeated"` // runs repeated because they failed while the machine paused
	Procs     []int  `json:"procs"`    // GOMAXPROCS values
	Hog       bool   `json:"hog"`      // with a CPU hog running
}

// Output is the expected output of one stream, as structured rows for the page.
type Output struct {
	Stream string `json:"stream"`
	Rows   []Row  `json:"rows"`
}

// Row is one item of a spec: a line, a repeated line, or an unordered block.
type Row struct {
	Kind  string   `json:"kind"` // "line", "count", "unordered"
	Parts []Part   `json:"parts,omitempty"`
	Min   int      `json:"min,omitempty"`
	Max   int      `json:"max,omitempty"`
	Rows  []Row    `json:"rows,omitempty"`  // unordered: its lines
	Order [][]Part `json:"order,omitempty"` // unordered: before, after, before, after…
	Line  int      `json:"line"`
}

// Part is one span of an expected line.
type Part struct {
	Kind string `json:"kind"` // "text", "re", "dur"
	Text string `json:"text"`
	Tol  int    `json:"tol,omitempty"` // dur: tolerance in percent
}

func newEntry(root string, e examples.Example, rec examples.Record, goVersion string) (*Entry, error) {
	src, err := os.ReadFile(e.Source())
	if err != nil {
		return nil, err
	}
	html, err := highlight(string(src))
	if err != nil {
		return nil, err
	}
	script, err := examples.ReadScript(e.Script())
	if err != nil {
		return nil, err
	}
	entry := &Entry{
		Path: e.Path, File: filepath.ToSlash(filepath.Join(root, e.Path, "main.go")),
		Code: string(src), HTML: html, Go: goVersion, Runs: rec.Runs,
	}
	if err := entry.readScript(root, e, script); err != nil {
		return nil, err
	}
	return entry, nil
}

// readScript takes the command and the expected outputs from the script. When the
// script runs the program differently under the race detector ("[race] run …"), the page
// shows the race run: such a script is about what -race reports.
func (en *Entry) readScript(root string, e examples.Example, s *examples.Script) error {
	race := slices.ContainsFunc(s.Commands, func(l string) bool { return strings.HasPrefix(l, "[race] run ") })
	for _, line := range s.Commands {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if cond, rest, ok := strings.Cut(line, "] "); ok && strings.HasPrefix(cond, "[") {
			if (cond == "[race") != race {
				continue
			}
			line = rest
		}
		args := strings.Fields(line)
		switch args[0] {
		case "run": // run [-exit N] SLUG [ARGS...], checked by the verifier
			var call Call
			if args[1] == "-exit" {
				call.Exit, _ = strconv.Atoi(args[2])
				args = args[2:]
			}
			run := []string{"go", "run"}
			if race {
				run = append(run, "-race")
			}
			run = append(run, "./"+filepath.ToSlash(filepath.Join(root, e.Path)))
			call.Command = strings.Join(append(run, args[2:]...), " ")
			en.Calls = append(en.Calls, call)
		case "want":
			if len(en.Calls) == 0 {
				return fmt.Errorf("%s: want before any run", e.Script())
			}
			sec, ok := s.Section(args[2])
			if !ok {
				return fmt.Errorf("%s: no section %q", e.Script(), args[2])
			}
			spec, err := expect.Parse(e.Script(), sec.Line, sec.Text)
			if err != nil {
				return err
			}
			last := &en.Calls[len(en.Calls)-1]
			last.Outputs = append(last.Outputs, Output{Stream: args[1], Rows: rows(spec.Items)})
		}
	}
	if len(en.Calls) == 0 {
		return fmt.Errorf("%s: no run command", e.Script())
	}
	return nil
}

func rows(items []expect.Item) []Row {
	var out []Row
	for _, it := range items {
		r := Row{Line: it.Line}
		switch it.Kind {
		case expect.Exact:
			r.Kind, r.Parts = "line", parts(it.Pattern)
		case expect.Count:
			r.Kind, r.Parts, r.Min, r.Max = "count", parts(it.Pattern), it.Min, it.Max
		case expect.Unordered:
			r.Kind, r.Rows = "unordered", rows(it.Block)
			for _, o := range it.Order {
				r.Order = append(r.Order, parts(o.Before), parts(o.After))
			}
		}
		out = append(out, r)
	}
	return out
}

func parts(p *expect.Pattern) []Part {
	var out []Part
	for _, sp := range p.Parts {
		switch sp.Kind {
		case expect.Literal:
			out = append(out, Part{Kind: "text", Text: sp.Text})
		case expect.Regexp:
			out = append(out, Part{Kind: "re", Text: sp.Text})
		case expect.Duration:
			out = append(out, Part{Kind: "dur", Text: sp.Text, Tol: int(sp.Tolerance*100 + 0.5)})
		}
	}
	return out
}
