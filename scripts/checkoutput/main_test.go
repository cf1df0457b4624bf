package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadSpec(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "probe")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "spec.txtar"), []byte("run probe\nwant stdout stdout.want\n-- stdout.want --\nhello\n-- other --\n%bogus\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "plain.want"), []byte("a\n{{dur 1s}}\n"), 0o644)
	for _, tc := range []struct{ path, section, output, err string }{
		{dir, "stdout.want", "hello\n", ""},
		{filepath.Join(dir, "spec.txtar"), "stdout.want", "bye\n", `"bye"`},
		{filepath.Join(dir, "plain.want"), "", "a\n1.1s\n", ""},
		{dir, "missing", "", `no section "missing"`},
		{dir, "other", "", "spec.txtar:6: unknown directive"},
	} {
		spec, err := readSpec(tc.path, tc.section)
		if err == nil {
			err = spec.Check("stdin", tc.output)
		}
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("readSpec(%s, %s) on %q: %v, want %q", tc.path, tc.section, tc.output, err, tc.err)
		}
	}
}
