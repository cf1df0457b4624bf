package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/concurrency-verified/site/scripts/examples"
)

// A docstring line that reads like an import is not one; a real import that no
// interpreter has stops verification, naming the module.
func TestFindPython(t *testing.T) {
	dir := t.TempDir()
	twin := func(name, src string) examples.Example {
		e := examples.Example{Path: name, Dir: filepath.Join(dir, name)}
		write(t, e.PythonPath(), src)
		return e
	}
	ok := twin("ok", "\"\"\"Shows what\nfrom running tasks comes.\"\"\"\n\nimport asyncio\n")
	path, identity, err := findPython("", []examples.Example{ok})
	if err != nil || path == "" || !strings.Contains(identity, " 3.") {
		t.Fatalf("findPython = %q, %q, %v; want an interpreter", path, identity, err)
	}
	bad := twin("bad", "import no_such_module_here\n")
	if _, _, err := findPython("", []examples.Example{ok, bad}); err == nil || !strings.Contains(err.Error(), "cannot import no_such_module_here") {
		t.Errorf("findPython with a missing module: %v", err)
	}
	if path, _, err := findPython("", []examples.Example{{Path: "none", Dir: filepath.Join(dir, "none")}}); path != "" || err != nil {
		t.Errorf("findPython with no twin = %q, %v; want nothing", path, err)
	}
}
