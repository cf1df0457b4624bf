package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
)

// resultCache keeps the record of every example that passed, under a key of all that
// decides its outcome, as go test caches a passing test: a run with the same key would
// run the same bytes the same way, so its record is reused instead.
type resultCache struct {
	dir    string
	base   string // the part of every key that is the same for all examples
	python string // the part of the key of every example with a Python twin
}

// openCache prepares the cache under dir for runs made with the settings of o.
// The key's common part: the verifier's own source (its packages in this module, so
// the checker and the harness too), the module's go.mod and go.sum, the Go toolchain,
// GOOS/GOARCH, GOFLAGS and the run settings (modes, count, hog, time limit). The key
// of an example with a Python twin also has python: the interpreter's path, version
// and module versions.
func openCache(dir string, o options, modes []mode, python string) (*resultCache, error) {
	h := sha256.New()
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	for _, f := range append(slices.Clone(o.sources), "go.mod", "go.sum") {
		name := f
		if filepath.IsAbs(f) { // the same key wherever the tree is
			if name, err = filepath.Rel(wd, f); err != nil {
				return nil, err
			}
		}
		fmt.Fprintf(h, "%s\n", filepath.ToSlash(name))
		if err := hashFile(h, f); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(h, "%s %s/%s GOFLAGS=%q count=%d mutant-runs=%d hog=%v timeout=%v\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, os.Getenv("GOFLAGS"), o.count, o.mutantRuns, o.hog, o.timeout)
	for _, m := range modes {
		fmt.Fprintf(h, "mode %s\n", m.name)
	}
	c := &resultCache{dir: filepath.Join(dir, "results"), base: hex.EncodeToString(h.Sum(nil)), python: python}
	return c, os.MkdirAll(c.dir, 0o755)
}

// ownSources lists the Go files of the verifier's packages that belong to this
// module (the binary itself would not do: go run stamps it with the state of the whole
// work tree).
func ownSources() ([]string, error) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil, errors.New("no build information in the verifier's binary")
	}
	out, err := exec.Command("go", "list", "-deps",
		"-f", `{{if .Module}}{{if .Module.Main}}{{range .GoFiles}}{{$.Dir}}/{{.}}{{"\n"}}{{end}}{{end}}{{end}}`, info.Path).Output()
	if err != nil {
		return nil, fmt.Errorf("listing the verifier's sources: %w", err)
	}
	return strings.Fields(string(out)), nil
}

// hashFile adds the file's content to h; a file that does not exist adds nothing.
func hashFile(h io.Writer, path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err
}

// file is where the record of an example with this content and path is kept; twin
// tells whether it has a Python twin.
func (c *resultCache) file(path, hash string, twin bool) string {
	key := c.base + "\n" + path + "\n" + hash
	if twin {
		key += "\npython " + c.python
	}
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:]))
}

// get returns the cached record of a passing run of this very example, if any.
func (c *resultCache) get(path, hash string, twin bool) (examples.Record, bool) {
	var rec examples.Record
	data, err := os.ReadFile(c.file(path, hash, twin))
	if err != nil || json.Unmarshal(data, &rec) != nil || rec.Hash != hash {
		return examples.Record{}, false
	}
	return rec, true
}

// put keeps a passing record.
func (c *resultCache) put(path string, rec examples.Record, twin bool) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return os.WriteFile(c.file(path, rec.Hash, twin), data, 0o644)
}
