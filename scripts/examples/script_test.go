package examples

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestFields(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
		err  string
	}{
		{"run x", []string{"run", "x"}, ""},
		{"  run\tx  ", []string{"run", "x"}, ""},
		{"run x # why", []string{"run", "x"}, ""},
		{"run x#why", []string{"run", "x"}, ""},
		{"# only a comment", nil, ""},
		{"skip 'a # b'", []string{"skip", "a # b"}, ""},
		{"skip 'it''s'", []string{"skip", "it's"}, ""},
		{"run x ''", []string{"run", "x", ""}, ""},
		{"run x a'b c'd", []string{"run", "x", "ab cd"}, ""},
		{"skip 'open", nil, "unterminated"},
		{"run x $HOME", nil, "not supported"},
	} {
		got, err := Fields(tc.line)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Fields(%q): error %v, want one containing %q", tc.line, err, tc.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("Fields(%q) = %q, %v; want %q", tc.line, got, err, tc.want)
		}
	}
}

// edgeScripts are scripts of the slug "probe" that the reader must read as testscript
// does: comments, conditions, quoting, skip.
var edgeScripts = map[string]string{
	"comments":   "# why\nrun probe # the program\nalone  # by itself\nwant stdout out # checked\n! stderr . # quiet\n-- out --\nhello\n",
	"conditions": "[!race] run probe\n[race] run -exit 66 probe\n[race] want stderr race\n! stdout .\n-- race --\n%count 1..99 {{.*}}\n",
	"quoting":    "run probe 'a b' c''d 'it''s'\nwant stdout out\n-- out --\nx\n",
	"python":     "# notes: 001-14, 001-15\nrun probe\nwant stdout out\npython -exit 1 main.py 'a b'\nwant stdout out\n! stderr .\n-- out --\nx\n",
	"skip":       "[race] skip 'no deadlock detection under -race'\nrun -exit 2 probe\nwant stderr err\n-- err --\nfatal error: all goroutines are asleep - deadlock!\n",
}

func TestParseScriptEdges(t *testing.T) {
	s := mustParse(t, edgeScripts["comments"])
	if !s.Alone || len(s.Plain.Calls) != 1 || len(s.Plain.Calls[0].Args) != 0 || s.Plain.Calls[0].Wants[0].Section != "out" {
		t.Errorf("comments: %+v", s)
	}
	s = mustParse(t, edgeScripts["conditions"])
	if s.Plain.Calls[0].Exit != 0 || s.Race.Calls[0].Exit != 66 || len(s.Plain.Calls[0].Wants) != 0 || s.Race.Calls[0].Wants[0].Stream != "stderr" {
		t.Errorf("conditions: %+v", s)
	}
	if !slices.Equal(s.Plain.Calls[0].Empty, []string{"stdout"}) || !slices.Equal(s.Race.Calls[0].Empty, []string{"stdout"}) {
		t.Errorf("conditions: ! stdout . not in both modes: %+v", s)
	}
	s = mustParse(t, edgeScripts["python"])
	if len(s.Plain.Calls) != 2 || s.Plain.Calls[0].Python || !s.Plain.Calls[1].Python || s.Plain.Calls[1].Exit != 1 ||
		!slices.Equal(s.Plain.Calls[1].Args, []string{"a b"}) || !slices.Equal(s.Notes, []string{"001-14", "001-15"}) || !s.Python() {
		t.Errorf("python: %+v", s)
	}
	s = mustParse(t, edgeScripts["skip"])
	if s.Race.Skip != "no deadlock detection under -race" || len(s.Race.Calls) != 0 || s.Plain.Calls[0].Exit != 2 {
		t.Errorf("skip: %+v", s)
	}
}

func TestParseScriptErrors(t *testing.T) {
	for script, want := range map[string]string{
		"run -exit x probe\n":                             "1: run -exit x: not an exit status",
		"run -exit 256 probe\n":                           "1: run -exit 256: not an exit status",
		"run -exit\n":                                     "1: run -exit: missing the status",
		"run other\n":                                     "1: usage: run [-exit N] probe",
		"run probe\npython probe.py\n":                    "2: usage: python [-exit N] main.py",
		"run\n":                                           "1: usage: run [-exit N] probe",
		"want stdout out\nrun probe\n":                    "1: no section \"out\"",
		"run probe\nwant stdout gone\n":                   "2: no section \"gone\"",
		"run probe\nwant stdin out\n":                     "2: usage: want stdout|stderr SECTION",
		"[race] alone\nrun probe\n":                       "1: usage: alone",
		"alone now\nrun probe\n":                          "1: usage: alone",
		"[linux] run probe\n":                             "1: a condition must be [race] or [!race]",
		"[race] [!race] run probe\n":                      "1: a condition must be",
		"run probe\nstdout hello\n":                       "2: unknown command \"stdout\"",
		"run probe\n! stderr hello\n":                     "2: usage: ! stdout . or ! stderr .",
		"! stderr .\nrun probe\n":                         "1: ! before any run",
		"# nothing\n":                                     "no run command for the plain build",
		"[!race] run probe\n":                             "no run command for the -race build",
		"run probe\nwant stdout out\n-- out --\n%bogus\n": "x.txtar:4: unknown directive",
	} {
		_, err := ParseScript("x.txtar", "probe", []byte(script))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseScript(%q): error %v, want one containing %q", script, err, want)
		}
	}
}

// TestSectionLines: a spec error names the line of the spec.txtar, counted across
// the commands and the sections before it.
func TestSectionLines(t *testing.T) {
	script := "# c\nrun probe\nwant stdout a\nwant stderr b\n\n-- a --\nx\ny\n-- b --\nz\n%end\n"
	_, err := ParseScript("x.txtar", "probe", []byte(script))
	if err == nil || !strings.Contains(err.Error(), "x.txtar:11:") {
		t.Fatalf("error %v, want it at x.txtar:11 (the %%end of section b)", err)
	}
	s := mustParse(t, strings.Replace(script, "%end\n", "", 1))
	for name, line := range map[string]int{"a": 7, "b": 10} {
		if sec, _ := s.Section(name); sec.Line != line {
			t.Errorf("section %s starts at line %d, want %d", name, sec.Line, line)
		}
	}
}

func TestRealScriptsParse(t *testing.T) {
	list := realExamples(t)
	for _, e := range list {
		if _, err := e.Snapshot(); err != nil {
			t.Error(err)
		}
	}
}

// TestScriptAgreesWithTestscript runs every real script and the edge cases through
// testscript itself, with commands that only record what they were given, in both
// build modes, and checks that the reader saw the same calls.
func TestScriptAgreesWithTestscript(t *testing.T) {
	dir := t.TempDir()
	var files []string
	slugs := map[string]string{}
	for name, text := range edgeScripts {
		f := filepath.Join(dir, name+".txtar")
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files, slugs[f] = append(files, f), "probe"
	}
	for _, e := range realExamples(t) { // under their slug: testscript wants unique names
		f := filepath.Join(dir, e.Slug()+".txtar")
		if err := os.WriteFile(f, mustRead(t, e.SpecPath()), 0o644); err != nil {
			t.Fatal(err)
		}
		files, slugs[f] = append(files, f), e.Slug()
	}
	for _, race := range []bool{false, true} {
		var mu sync.Mutex // testscript runs the scripts in parallel
		seen := map[string]*Mode{}
		record := func(ts *testscript.TestScript, add func(*Mode)) {
			mu.Lock()
			defer mu.Unlock()
			f := filepath.Join(dir, strings.TrimPrefix(filepath.Base(ts.Getenv("WORK")), "script-")+".txtar")
			if seen[f] == nil {
				seen[f] = &Mode{}
			}
			add(seen[f])
		}
		t.Run(fmt.Sprint("race=", race), func(t *testing.T) {
			testscript.Run(t, testscript.Params{
				Files: files,
				Condition: func(cond string) (bool, error) {
					if cond != "race" {
						return false, fmt.Errorf("unknown condition %q", cond)
					}
					return race, nil
				},
				Cmds: map[string]func(*testscript.TestScript, bool, []string){
					"run": func(ts *testscript.TestScript, _ bool, args []string) {
						record(ts, func(m *Mode) { m.Calls = append(m.Calls, Call{Args: args}) })
					},
					"python": func(ts *testscript.TestScript, _ bool, args []string) {
						record(ts, func(m *Mode) { m.Calls = append(m.Calls, Call{Python: true, Args: args}) })
					},
					"want": func(ts *testscript.TestScript, _ bool, args []string) {
						record(ts, func(m *Mode) {
							c := &m.Calls[len(m.Calls)-1]
							c.Wants = append(c.Wants, Want{Stream: args[0], Section: args[1]})
						})
					},
					"alone": func(*testscript.TestScript, bool, []string) {},
				},
			})
		}) // returns when its parallel scripts have run
		for _, f := range files {
			s, err := ParseScript(f, slugs[f], mustRead(t, f))
			if err != nil {
				t.Fatal(err)
			}
			got := seen[f]
			if got == nil {
				got = &Mode{}
			}
			want := s.Mode(race)
			if len(got.Calls) != len(want.Calls) {
				t.Errorf("%s (race=%v): testscript ran %d calls, the reader read %d", f, race, len(got.Calls), len(want.Calls))
				continue
			}
			for i, c := range got.Calls {
				parsed, err := ParseRun(slugs[f], c.Args)
				if c.Python {
					parsed, err = ParsePython(c.Args)
				}
				w := want.Calls[i]
				if err != nil || parsed.Python != w.Python || parsed.Exit != w.Exit || !slices.Equal(parsed.Args, w.Args) ||
					!slices.EqualFunc(c.Wants, w.Wants, func(a, b Want) bool { return a.Stream == b.Stream && a.Section == b.Section }) {
					t.Errorf("%s (race=%v) call %d: testscript saw %q %+v, the reader read %+v", f, race, i, c.Args, c.Wants, w)
				}
			}
		}
	}
}

func realExamples(t *testing.T) []Example {
	_, file, _, _ := runtime.Caller(0)
	list, err := List(filepath.Join(filepath.Dir(file), "..", "..", "examples"))
	if err != nil || len(list) == 0 {
		t.Fatalf("listing the examples: %d, %v", len(list), err)
	}
	return list
}

func mustParse(t *testing.T, script string) *Script {
	t.Helper()
	s, err := ParseScript("x.txtar", "probe", []byte(script))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustRead(t *testing.T, f string) []byte {
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestChoose(t *testing.T) {
	var seen []Sample
	for i, runs := range []int{1, 5, 2, 9, 1, 3} {
		seen = append(seen, Sample{Runs: runs, Streams: []Stream{{Name: "stdout", Claims: []int{i}}}})
	}
	var got []int
	for _, s := range Choose(seen) {
		got = append(got, s.Runs)
	}
	if want := []int{9, 5, 3, 1}; !slices.Equal(got, want) {
		t.Errorf("Choose kept the runs %v, want the three most frequent and the rarest: %v", got, want)
	}
	if len(Choose(seen[:2])) != 2 {
		t.Error("Choose dropped a sample though there were few")
	}
}

func TestListRefusesADuplicateSlug(t *testing.T) {
	root := t.TempDir()
	for _, dir := range []string{"a/same", "b/same"} {
		os.MkdirAll(filepath.Join(root, dir), 0o755)
		os.WriteFile(filepath.Join(root, dir, ScriptName), []byte("run same\n"), 0o644)
		os.WriteFile(filepath.Join(root, dir, "main.go"), []byte("package main\n"), 0o644)
	}
	if _, err := List(root); err == nil || !strings.Contains(err.Error(), `the same slug "same"`) {
		t.Errorf("List: %v, want the duplicate slug refused", err)
	}
}
