package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
)

// pythonCandidates are the interpreters tried, in order, when -python is not given:
// the python3 a reader would run, then Debian's (which make installs packages into).
var pythonCandidates = []string{"python3", "/usr/bin/python3"}

// probe checks, in the interpreter it runs in, that the Python is 3.11 or later and
// imports every module that the files named as arguments import (read with ast, so a
// docstring is not an import); it prints what identifies the interpreter: its path, its
// version and the versions of those modules that are distributions.
const probe = `import ast, importlib, importlib.metadata as md, sys
if sys.version_info < (3, 11):
    sys.exit("Python %d.%d is older than 3.11" % sys.version_info[:2])
mods = set()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for node in ast.walk(ast.parse(f.read(), path)):
            if isinstance(node, ast.Import):
                mods.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                mods.add(node.module.split(".")[0])
missing = []
for m in sorted(mods):
    try:
        importlib.import_module(m)
    except ImportError:
        missing.append(m)
if missing:
    sys.exit("cannot import " + ", ".join(missing))
print(sys.executable, sys.version.split()[0])
for m in sorted(mods):
    try:
        print(m, md.version(m))
    except md.PackageNotFoundError:
        pass
`

// twins returns the Python twins' files among all.
func twins(all []examples.Example) ([]string, error) {
	var files []string
	for _, e := range all {
		_, err := os.Stat(e.PythonPath())
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		files = append(files, e.PythonPath())
	}
	return files, nil
}

// findPython returns the first interpreter (given, or else of pythonCandidates) that is
// Python 3.11 or later and imports every module the twins in all import, with what
// identifies it for the result cache (the same whichever examples are run); "" when no
// example has a twin. Without one it says what each candidate lacked.
func findPython(given string, all []examples.Example) (path, identity string, err error) {
	files, err := twins(all)
	if err != nil || len(files) == 0 {
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
		cmd := exec.Command(p, append([]string{"-c", probe}, files...)...)
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
	return "", "", fmt.Errorf("no Python 3.11 or later imports what the Python twins import:\n\t%s\n"+
		"install one that does (on Debian: apt-get install python3 and python3-MODULE for each module missing; make verify does it)",
		strings.Join(tried, "\n\t"))
}
