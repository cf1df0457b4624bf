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
	"path/filepath"
	"runtime"

	"github.com/concurrency-verified/site/scripts/examples"
)

// resultCache keeps the record of every example that passed, under a key of all that
// decides its outcome, as go test caches a passing test: a run with the same key would
// run the same bytes the same way, so its record is reused instead.
type resultCache struct {
	dir  string
	base string // the part of every key that is the same for all examples
}

// openCache prepares the cache under dir for runs made with the settings of o.
// The key's common part: the verifier itself (its binary, so the checker and the
// harness too), the Go toolchain, GOOS/GOARCH, GOFLAGS, the module's go.mod and go.sum,
// and the run settings (modes, count, hog, time limit).
func openCache(dir string, o options, modes []mode) (*resultCache, error) {
	h := sha256.New()
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	for _, f := range []string{self, "go.mod", "go.sum"} {
		if err := hashFile(h, f); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(h, "%s %s/%s GOFLAGS=%q count=%d hog=%v timeout=%v\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, os.Getenv("GOFLAGS"), o.count, o.hog, o.timeout)
	for _, m := range modes {
		fmt.Fprintf(h, "mode %s\n", m.name)
	}
	c := &resultCache{dir: filepath.Join(dir, "results"), base: hex.EncodeToString(h.Sum(nil))}
	return c, os.MkdirAll(c.dir, 0o755)
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

// file is where the record of an example with this content and path is kept.
func (c *resultCache) file(path, hash string) string {
	sum := sha256.Sum256([]byte(c.base + "\n" + path + "\n" + hash))
	return filepath.Join(c.dir, hex.EncodeToString(sum[:]))
}

// get returns the cached record of a passing run of this very example, if any.
func (c *resultCache) get(path, hash string) (examples.Record, bool) {
	var rec examples.Record
	data, err := os.ReadFile(c.file(path, hash))
	if err != nil || json.Unmarshal(data, &rec) != nil || rec.Hash != hash {
		return examples.Record{}, false
	}
	return rec, true
}

// put keeps a passing record.
func (c *resultCache) put(path string, rec examples.Record) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return os.WriteFile(c.file(path, rec.Hash), data, 0o644)
}
