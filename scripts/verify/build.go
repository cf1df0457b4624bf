package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
)

// snapshot is one example as it was hashed: the verifier builds and runs these bytes,
// not whatever the folder holds later, so the hash in the report is the hash of what
// passed.
type snapshot struct {
	examples.Example
	*examples.Snapshot
	script string // the snapshot's spec.txtar on disk, for testscript
}

// takeSnapshots reads every example once, before anything is built, and writes the
// snapshots' files under dir.
func takeSnapshots(list []examples.Example, dir string) ([]snapshot, error) {
	snaps := make([]snapshot, len(list))
	for i, e := range list {
		s, err := e.Snapshot()
		if err != nil {
			return nil, err
		}
		into := filepath.Join(dir, filepath.FromSlash(e.Path))
		if err := writeFiles(into, s.Files); err != nil {
			return nil, err
		}
		snaps[i] = snapshot{Example: e, Snapshot: s, script: filepath.Join(into, examples.ScriptName)}
	}
	return snaps, nil
}

// writeFiles writes an example's files into the folder into.
func writeFiles(into string, files map[string][]byte) error {
	if err := os.MkdirAll(into, 0o755); err != nil {
		return err
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(into, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// build compiles the snapshots' programs into dir, in one go command: an overlay puts
// each snapshot's Go files in place of the folder's, so an edit made after hashing is
// not built. go build leaves a binary in dir that is already up to date, so a kept
// dir makes an unchanged example cost nothing to build.
func build(snaps []snapshot, snapDir, dir string, race bool) error {
	overlay := map[string]string{}
	var pkgs []string
	for _, s := range snaps {
		for name := range s.Files {
			if strings.HasSuffix(name, ".go") {
				src, err := filepath.Abs(filepath.Join(s.Dir, name))
				if err != nil {
					return err
				}
				overlay[src] = filepath.Join(snapDir, filepath.FromSlash(s.Path), name)
			}
		}
		pkg := s.Dir
		if !filepath.IsAbs(pkg) {
			pkg = "./" + filepath.ToSlash(pkg)
		}
		pkgs = append(pkgs, pkg)
	}
	data, err := json.Marshal(map[string]any{"Replace": overlay})
	if err != nil {
		return err
	}
	file := filepath.Join(snapDir, fmt.Sprintf("overlay-%v.json", race))
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return err
	}
	args := []string{"build", "-overlay", file, "-o", dir + string(filepath.Separator)}
	if race {
		args = append(args, "-race")
	}
	cmd := exec.Command("go", append(args, pkgs...)...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("building the examples (race=%v): %w", race, err)
	}
	return nil
}

// binDirs are where the examples under root are built, plainly and with -race: folders
// of the cache that are kept between runs, one set per examples folder; set names
// another set (the k-th mutants of every example: "mutant-k").
func binDirs(cache, root, set string) ([2]string, error) {
	var dirs [2]string
	abs, err := filepath.Abs(root)
	if err != nil {
		return dirs, err
	}
	sum := sha256.Sum256([]byte(abs))
	for i, name := range []string{"plain", "race"} {
		dirs[i] = filepath.Join(cache, "bin", hex.EncodeToString(sum[:8]), set, name)
		if err := os.MkdirAll(dirs[i], 0o755); err != nil {
			return dirs, err
		}
	}
	return dirs, nil
}
