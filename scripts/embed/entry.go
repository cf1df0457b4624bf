package main

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
	"github.com/concurrency-verified/site/scripts/expect"
)

// Entry is what a page needs to show one example.
type Entry struct {
	Path   string  `json:"path"`   // "threads/counter-mutex"
	File   string  `json:"file"`   // "examples/threads/counter-mutex/main.go"
	Code   string  `json:"code"`   // the verified main.go, byte for byte
	Calls  []Call  `json:"calls"`  // the program's runs in the script, in order
	Go     string  `json:"go"`     // the Go version that verified it
	Runs   int     `json:"runs"`   // how many checked runs passed
	Stress *Stress `json:"stress"` // the last make stress, if it ran this very code
	// Mutants are the broken versions of the lesson that the spec rejected in every run.
	Mutants []Mutant `json:"mutants"`
	Python  *Twin    `json:"python"` // the Python program beside it, if any
}

// Twin is the example's Python program: the notes' snippet, corrected and verified by
// the same script.
type Twin struct {
	File    string `json:"file"`    // "examples/threads/counter-mutex/main.py"
	Code    string `json:"code"`    // the verified main.py, byte for byte
	Calls   []Call `json:"calls"`   // its runs in the script, in order
	Version string `json:"version"` // the Python that verified it: "3.11.2"
	// Shared: its runs are checked by the same sections as the Go program's, so the
	// page shows the expected output once, for both.
	Shared bool    `json:"shared"`
	Stress *Stress `json:"stress"`
}

// Mutant is one broken version of the lesson.
type Mutant struct {
	Description string `json:"description"`
	File        string `json:"file"` // main.go or main.py
	Diff        string `json:"diff"` // its unified diff
}

// Call is one run of the program in its script, with what it must print.
type Call struct {
	Command string   `json:"command"` // how a reader runs it
	Exit    int      `json:"exit"`    // the exit status it must end with
	Outputs []Output `json:"outputs"` // the expected output, per stream
}

// Stress is what make stress found for an example.
type Stress struct {
	Version   string `json:"version"` // of the Go toolchain, or for a Python twin of the interpreter
	Runs      int    `json:"runs"`
	Orderings int    `json:"orderings"`
	Repeated  int    `json:"repeated"` // runs repeated because they failed while the machine paused
	Procs     []int  `json:"procs"`    // GOMAXPROCS values
	Hog       bool   `json:"hog"`      // with a CPU hog running
	Samples   []Seen `json:"samples"`  // outputs it saw: the most frequent first, the rarest last
}

// Seen is one output that stress saw, with how many runs printed lines in its order.
type Seen struct {
	Runs    int          `json:"runs"`
	Streams []SeenStream `json:"streams"`
}

// SeenStream is one stream of an output seen.
type SeenStream struct {
	Name  string     `json:"name"`
	Lines []SeenLine `json:"lines"`
}

// SeenLine is one line of an output seen. Moved: the spec line that claimed it differs
// from the one that claimed the same line of the first (most frequent) output.
type SeenLine struct {
	Text  string `json:"text"`
	Moved bool   `json:"moved,omitempty"`
}

// seen marks, in each sample, the lines whose place differs from the first sample's.
func seen(samples []examples.Sample) []Seen {
	var out []Seen
	for _, s := range samples {
		shown := Seen{Runs: s.Runs}
		for i, st := range s.Streams {
			var first []int
			if i < len(samples[0].Streams) {
				first = samples[0].Streams[i].Claims
			}
			ss := SeenStream{Name: st.Name}
			for j, line := range st.Lines {
				moved := j >= len(first) || j >= len(st.Claims) || st.Claims[j] != first[j]
				ss.Lines = append(ss.Lines, SeenLine{Text: line, Moved: moved})
			}
			shown.Streams = append(shown.Streams, ss)
		}
		out = append(out, shown)
	}
	return out
}

// Output is the expected output of one stream, as structured rows for the page.
type Output struct {
	Stream string `json:"stream"`
	Rows   []Row  `json:"rows"`
}

// Row is one item of a spec: a line, a repeated line, or an unordered block.
type Row struct {
	Kind  string  `json:"kind"` // "line", "count", "unordered"
	Parts []Part  `json:"parts,omitempty"`
	Min   int     `json:"min"`
	Max   int     `json:"max"`
	Rows  []Row   `json:"rows,omitempty"`  // unordered: its lines
	Order []Order `json:"order,omitempty"` // unordered: its happens-before rules
}

// Order is one %order rule of an unordered block: every line matching Before comes
// before every line matching After.
type Order struct {
	Before []Part `json:"before"`
	After  []Part `json:"after"`
}

// Part is one span of an expected line.
type Part struct {
	Kind string `json:"kind"` // "text", "re", "dur"
	Text string `json:"text"`
	Tol  int    `json:"tol,omitempty"` // dur: tolerance in percent
}

// newEntry makes the entry of a verified example; python is the version of the Python
// that verified its twin, if it has one.
func newEntry(root string, e examples.Example, snap *examples.Snapshot, rec examples.Record, goVersion, python string) *Entry {
	dir := filepath.ToSlash(filepath.Join(root, e.Path))
	entry := &Entry{
		Path: e.Path, File: dir + "/main.go",
		Code: string(snap.Files["main.go"]), Go: goVersion, Runs: rec.Runs,
	}
	for _, m := range snap.Script.Mutants {
		entry.Mutants = append(entry.Mutants, Mutant{Description: m.Description, File: m.File, Diff: m.Diff})
	}
	race := showsRace(snap.Script)
	run := []string{"go", "run"}
	if race {
		run = append(run, "-race")
	}
	run = append(run, "./"+dir)
	var goCalls, pyCalls []examples.Call
	for _, c := range snap.Script.Mode(race).Calls {
		if c.Python {
			pyCalls = append(pyCalls, c)
			continue
		}
		goCalls = append(goCalls, c)
		entry.Calls = append(entry.Calls, newCall(run, c))
	}
	if snap.Script.Python() {
		twin := &Twin{File: dir + "/" + examples.PythonSource, Code: string(snap.Files[examples.PythonSource]), Version: python,
			Shared: slices.EqualFunc(goCalls, pyCalls, sameChecks)}
		for _, c := range pyCalls {
			twin.Calls = append(twin.Calls, newCall([]string{"python3", twin.File}, c))
		}
		entry.Python = twin
	}
	return entry
}

func newCall(command []string, c examples.Call) Call {
	call := Call{Command: strings.Join(append(slices.Clone(command), c.Args...), " "), Exit: c.Exit}
	for _, w := range c.Wants {
		call.Outputs = append(call.Outputs, Output{Stream: w.Stream, Rows: rows(w.Spec.Items)})
	}
	return call
}

// sameChecks tells whether two runs are checked alike: the same exit status, empty
// streams and sections.
func sameChecks(a, b examples.Call) bool {
	return a.Exit == b.Exit && slices.Equal(a.Empty, b.Empty) &&
		slices.EqualFunc(a.Wants, b.Wants, func(x, y examples.Want) bool { return x.Stream == y.Stream && x.Section == y.Section })
}

// showsRace tells whether the page shows the script's -race run: when it checks the
// program differently from the plain run (a lesson about what -race reports), and is
// not skipped.
func showsRace(s *examples.Script) bool {
	return s.Race.Skip == "" && !slices.EqualFunc(s.Plain.Calls, s.Race.Calls, func(a, b examples.Call) bool {
		return a.Python == b.Python && slices.Equal(a.Args, b.Args) && sameChecks(a, b)
	})
}

func rows(items []expect.Item) []Row {
	var out []Row
	for _, it := range items {
		var r Row
		switch it.Kind {
		case expect.Exact:
			r.Kind, r.Parts = "line", parts(it.Pattern)
		case expect.Count:
			r.Kind, r.Parts, r.Min, r.Max = "count", parts(it.Pattern), it.Min, it.Max
		case expect.Unordered:
			r.Kind, r.Rows = "unordered", rows(it.Block)
			for _, o := range it.Order {
				r.Order = append(r.Order, Order{Before: parts(o.Before), After: parts(o.After)})
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
