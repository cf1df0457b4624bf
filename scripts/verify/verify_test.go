package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/concurrency-verified/site/scripts/examples"
)

// TestScriptCommands verifies the probe examples of testdata/*.txtar, each a spec.txtar
// with its program (section main.go, and main.py for a Python twin) and what the verifier must make of it (section
// result: pass; fail and lines of the failure report; or error and a line of the error
// that stops verification, for a spec that cannot be read).
func TestScriptCommands(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata", err)
	}
	tmp := t.TempDir()
	write(t, filepath.Join(tmp, "go.mod"), "module probe\n\ngo 1.26\n")
	results := map[string][]string{}
	for _, f := range files {
		a, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		result := section(t, a, "result")
		root := "examples"
		if result[0] == "error" {
			root = "broken-" + name // an unreadable spec stops the whole run: run it alone
		}
		data, _ := os.ReadFile(f)
		write(t, filepath.Join(tmp, root, name, examples.ScriptName), string(data))
		write(t, filepath.Join(tmp, root, name, "main.go"), strings.Join(section(t, a, "main.go"), "\n")+"\n")
		if slices.ContainsFunc(a.Files, func(f txtar.File) bool { return f.Name == examples.PythonSource }) {
			write(t, filepath.Join(tmp, root, name, examples.PythonSource), strings.Join(section(t, a, examples.PythonSource), "\n")+"\n")
		}
		results[name] = result
	}
	t.Chdir(tmp)
	o := options{root: "examples", count: 1, mutantRuns: 2, parallel: 2, timeout: 20 * time.Second, mutate: true, fresh: true,
		cache: t.TempDir(), report: "report.json"}
	var out bytes.Buffer
	o.out = &out
	if err := verify(o); err == nil || !strings.HasSuffix(err.Error(), " failed") { // some probes must fail
		t.Errorf("verify: %v, want failures\n%s", err, out.String())
	}
	report, err := examples.ReadVerified("report.json")
	if err != nil {
		t.Fatal(err)
	}
	failures := failureBlocks(out.String())
	for name, result := range results {
		switch result[0] {
		case "pass":
			if _, ok := report.Examples[name]; !ok {
				t.Errorf("%s did not pass:\n%s", name, failures[name])
			}
		case "fail":
			if _, ok := report.Examples[name]; ok {
				t.Errorf("%s passed, want a failure", name)
			}
			for _, line := range result[1:] {
				if !strings.Contains(failures[name], line) {
					t.Errorf("%s: the failure report lacks %q:\n%s", name, line, failures[name])
				}
			}
		case "error":
			o.root = "broken-" + name
			err := verify(o)
			if err == nil || !strings.Contains(err.Error(), result[1]) {
				t.Errorf("%s: error %v, want one containing %q", name, err, result[1])
			}
		}
	}
	// comments says alone: it runs after every other example.
	status := regexp.MustCompile(`(?m)^(?:ok  |FAIL) (\S+) `).FindAllStringSubmatch(out.String(), -1)
	if len(status) == 0 || status[len(status)-1][1] != "comments" {
		t.Errorf("the alone example did not run last: %q", status)
	}
}

// TestEditAfterHashingIsNotVerified: an example is built from the snapshot that was
// hashed, so an edit saved meanwhile is neither built nor vouched for; embed refuses it.
func TestEditAfterHashingIsNotVerified(t *testing.T) {
	tmp := t.TempDir()
	write(t, filepath.Join(tmp, "go.mod"), "module probe\n\ngo 1.26\n")
	dir := filepath.Join(tmp, "examples", "edited")
	write(t, filepath.Join(dir, examples.ScriptName), "run edited\n")
	write(t, filepath.Join(dir, "main.go"), "package main\n\nfunc main() { println(\"hashed\") }\n")
	t.Chdir(tmp)
	e := examples.Example{Path: "edited", Dir: filepath.Join("examples", "edited")}
	snaps, err := takeSnapshots([]examples.Example{e}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "main.go"), "package main\n\nfunc main() { println(\"edited\") }\n")
	bin := t.TempDir()
	if err := build(snaps, filepath.Dir(filepath.Dir(snaps[0].script)), bin, false); err != nil {
		t.Fatal(err)
	}
	got, err := exec.Command(filepath.Join(bin, "edited")).CombinedOutput()
	if err != nil || string(got) != "hashed\n" {
		t.Errorf("the binary printed %q (%v), want the hashed program's \"hashed\"", got, err)
	}
	report := examples.Verified{Examples: map[string]examples.Record{"edited": {Hash: snaps[0].Hash}}}
	now, err := e.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := report.Check("edited", now.Hash); err == nil || !strings.Contains(err.Error(), "changed since it was verified") {
		t.Errorf("embed's check of the edited example: %v, want a refusal", err)
	}
}

// failureBlocks splits the verifier's report into its --- FAIL blocks, by slug.
func failureBlocks(out string) map[string]string {
	blocks := map[string]string{}
	for _, b := range strings.Split(out, "\n--- FAIL: ")[1:] {
		name, _, _ := strings.Cut(b, " ")
		blocks[name] = b
	}
	return blocks
}

func section(t *testing.T, a *txtar.Archive, name string) []string {
	for _, f := range a.Files {
		if f.Name == name {
			return strings.Split(strings.TrimSpace(string(f.Data)), "\n")
		}
	}
	t.Fatalf("no section %s", name)
	return nil
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
