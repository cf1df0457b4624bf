package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/concurrency-verified/site/scripts/examples"
)

func TestSeenMarksMovedLines(t *testing.T) {
	first := examples.Sample{Runs: 5, Streams: []examples.Stream{{Name: "stdout", Lines: []string{"a", "b", "c"}, Claims: []int{1, 2, 3}}}}
	other := examples.Sample{Runs: 1, Streams: []examples.Stream{{Name: "stdout", Lines: []string{"a", "c", "b", "d"}, Claims: []int{1, 3, 2, 4}}}}
	got := seen([]examples.Sample{first, other})
	var moved []bool
	for _, l := range got[1].Streams[0].Lines {
		moved = append(moved, l.Moved)
	}
	if want := []bool{false, true, true, true}; !slices.Equal(moved, want) {
		t.Errorf("moved = %v, want %v (a stays; b and c swapped; d is extra)", moved, want)
	}
	for _, l := range got[0].Streams[0].Lines {
		if l.Moved {
			t.Errorf("the first sample has a moved line: %+v", l)
		}
	}
	if got[0].Runs != 5 || got[1].Runs != 1 {
		t.Errorf("runs %d, %d; want 5, 1", got[0].Runs, got[1].Runs)
	}
}

// TestEntry reads a probe example the way the page shows it: the command as a reader
// runs it (a comment is not part of it), the race run when the script checks it
// differently, %order rules as pairs and a %count minimum of 0.
func TestEntry(t *testing.T) {
	for _, tc := range []struct {
		name, script, command string
		exit                  int
	}{
		{"plain", "run probe a # why\nwant stdout out\n", "go run ./examples/p/probe a", 0},
		{"race", "[!race] run probe\n[!race] want stdout out\n[race] run -exit 66 probe\n[race] want stdout out\n", "go run -race ./examples/p/probe", 66},
		{"skipped race", "[race] skip 'no'\nrun -exit 2 probe\nwant stdout out\n", "go run ./examples/p/probe", 2},
	} {
		script := tc.script + "-- out --\n%count 0..1 maybe\n%unordered\nx\ny\n%order x => y\n%end\n"
		dir := filepath.Join(t.TempDir(), "probe")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, examples.ScriptName), []byte(script), 0o644)
		os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n"), 0o644)
		e := examples.Example{Path: "p/probe", Dir: dir}
		snap, err := e.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		entry := newEntry("examples", e, snap, examples.Record{Runs: 2}, "go1.26", "")
		if len(entry.Calls) != 1 || entry.Calls[0].Command != tc.command || entry.Calls[0].Exit != tc.exit {
			t.Errorf("%s: calls %+v, want one: %q, exit %d", tc.name, entry.Calls, tc.command, tc.exit)
			continue
		}
		data, _ := json.Marshal(entry.Calls[0].Outputs)
		for _, want := range []string{`"kind":"count","parts":[{"kind":"text","text":"maybe"}],"min":0,"max":1`,
			`"order":[{"before":[{"kind":"text","text":"x"}],"after":[{"kind":"text","text":"y"}]}]`} {
			if !strings.Contains(string(data), want) {
				t.Errorf("%s: outputs %s lack %s", tc.name, data, want)
			}
		}
	}
}

// TestTwin: a Python twin checked by the same sections as the Go program shares its
// output on the page; one checked otherwise does not.
func TestTwin(t *testing.T) {
	for _, tc := range []struct {
		name, script string
		shared       bool
	}{
		{"shared", "run probe\nwant stdout out\n! stderr .\npython main.py\nwant stdout out\n! stderr .\n", true},
		{"own section", "run probe\nwant stdout out\npython main.py\nwant stdout py\n", false},
		{"other exit", "run probe\nwant stdout out\npython -exit 1 main.py\nwant stdout out\n", false},
	} {
		dir := filepath.Join(t.TempDir(), "probe")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, examples.ScriptName), []byte(tc.script+"-- out --\nx\n-- py --\nx\n"), 0o644)
		os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n"), 0o644)
		os.WriteFile(filepath.Join(dir, examples.PythonSource), []byte("print('x')\n"), 0o644)
		e := examples.Example{Path: "p/probe", Dir: dir}
		snap, err := e.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		entry := newEntry("examples", e, snap, examples.Record{Runs: 2}, "go1.26", "3.11.2")
		py := entry.Python
		if len(entry.Calls) != 1 || py == nil || len(py.Calls) != 1 || py.Shared != tc.shared ||
			py.Calls[0].Command != "python3 examples/p/probe/main.py" || py.Code != "print('x')\n" || py.Version != "3.11.2" {
			t.Errorf("%s: entry %+v, twin %+v; want one Go call, one Python call, shared=%v", tc.name, entry, py, tc.shared)
		}
	}
}
