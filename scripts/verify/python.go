package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
)

// pythonCandidates are the interpreters tried, in order, when -python is not given:
// the python3 a reader would run, then Debian's (which make installs packages into).
var pythonCandidates = []string{"python3", "/usr/bin/python3"}

// probe checks, in the interpreter it runs in, that the Python is 3.11 or later and
// imports the modules named as arguments; it prints what identifies the interpreter:
// its path, its version and the versions of the modules that are distributions.
const probe = `import importlib, importlib.metadata as md, sys
if sys.version_info < (3, 11):
    sys.exit("Python %d.%d is older than 3.11" % sys.version_info[:2])
missing = []
for m in sys.argv[1:]:
    try:
        importlib.import_module(m)
    except ImportError:
        missing.append(m)
if missing:
    sys.exit("cannot import " + ", ".join(missing))
print(sys.executable, sys.version.split()[0])
for m in sys.argv[1:]:
    try:
        print(m, md.version(m))
    except md.PackageNotFoundError:
        pass
`

var importLine = regexp.MustCompile(`(?m)^[ \t]*(?:import|from)[ \t]+([A-Za-z_]\w*)`)

// pythonImports returns the top-level modules the Python twins in all import, and
// whether there is any twin.
func pythonImports(all []examples.Example) (mods []string, any bool, err error) {
	for _, e := range all {
		src, err := os.ReadFile(e.PythonPath())
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, false, err
		}
		any = true
		for _, m := range importLine.FindAllSubmatch(src, -1) {
			mods = append(mods, string(m[1]))
		}
	}
	slices.Sort(mods)
	return slices.Compact(mods), any, nil
}

// findPython returns the first interpreter (given, or else of pythonCandidates) that is
// Python 3.11 or later and imports every module the twins in all import, with what
// identifies it for the result cache (the same whichever examples are run); "" when no
// example has a twin. Without one it says what each candidate lacked.
func findPython(given string, all []examples.Example) (path, identity string, err error) {
	mods, any, err := pythonImports(all)
	if err != nil || !any {
		return "", "", err
	}
	candidates := pythonCandidates
	if given != "" {
		candidates = []string{given}
	}
	var tried []string
	for _, c := range candidates {
		p, err := exec.LookPath(c)
		if err != nil {
			tried = append(tried, c+": not found")
			continue
		}
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(p, append([]string{"-c", probe}, mods...)...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			why := strings.TrimSpace(stderr.String())
			if why == "" {
				why = err.Error()
			}
			tried = append(tried, fmt.Sprintf("%s (%s): %s", c, p, why))
			continue
		}
		return p, stdout.String(), nil
	}
	return "", "", fmt.Errorf("no Python 3.11 or later imports what the Python twins import (%s):\n\t%s\n"+
		"install one that does (on Debian: apt-get install python3 and python3-MODULE for each module missing; make verify does it)",
		strings.Join(mods, ", "), strings.Join(tried, "\n\t"))
}
