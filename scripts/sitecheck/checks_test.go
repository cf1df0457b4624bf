package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree writes files (path → content) under a temporary folder and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for path, text := range files {
		path = filepath.Join(root, path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// collect runs a check and returns what it reported.
func collect(t *testing.T, check func(report func(string, ...any)) error) []string {
	t.Helper()
	var got []string
	if err := check(func(f string, a ...any) { got = append(got, fmt.Sprintf(f, a...)) }); err != nil {
		t.Fatal(err)
	}
	return got
}

func expectReports(t *testing.T, got []string, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("reports %q, want %d: %q", got, len(want), want)
	}
	for i, w := range want {
		if !strings.Contains(got[i], w) {
			t.Errorf("report %q lacks %q", got[i], w)
		}
	}
}

func TestTypedCodeAndPageParity(t *testing.T) {
	content := tree(t, map[string]string{
		"ru/a.md":          "text\n\n```go\nfunc main() {}\n```\n",
		"en/a.md":          "text\n",
		"ru/only-ru.md":    "",
		"en/b.md":          "{{< highlight golang >}}\nx\n{{< /highlight >}}\n",
		"ru/b.md":          "```text\nprint()\n```\n~~~ {go}\n",
		"ru/c.md":          "```python\nprint()\n```\n",
		"en/c.md":          "{{< highlight py >}}\n",
		"en/inline.md":     "a `go f()` span and ```text\n",
		"ru/inline.md":     "",
		"en/fenced-tab.md": "\t```go\n",
		"ru/fenced-tab.md": "",
	})
	got := collect(t, func(r func(string, ...any)) error { return checkContent(content, r) })
	expectReports(t, got,
		"ru/a.md:3: Go code typed into a page",
		"ru/b.md:4: Go code typed into a page",
		"ru/c.md:1: Python code typed into a page",
		"en/b.md:1: Go code typed into a page",
		"en/c.md:1: Python code typed into a page",
		"en/fenced-tab.md:1: Go code typed into a page",
		"only-ru.md exists in ru but not in en")
}

func TestI18n(t *testing.T) {
	dir := tree(t, map[string]string{
		"ru.toml": "[copy]\nother = \"Копировать\"\n[runs]\none = \"{{ . }} прогон\"\nfew = \"{{ . }} прогона\"\nother = \"{{ . }} прогона\"\n[dead]\nother = \"x\"\n",
		"en.toml": "[copy]\nother = \"Copy\"\n[runs]\none = \"{{ . }} run\"\nother = \"{{ . }} runs\"\n",
	})
	layouts := tree(t, map[string]string{"a.html": `{{ T "copy" }} {{ i18n "runs" 2 }}`})
	got := collect(t, func(r func(string, ...any)) error { return checkI18n(dir, layouts, r) })
	expectReports(t, got,
		`"dead" is used by no template`,
		`"runs" has plural forms but not "many"`,
		`i18n: "dead" is in ru.toml but not in en.toml`)
}

func TestBuilt(t *testing.T) {
	examples := tree(t, map[string]string{
		"p/shown/main.go":      "package main\n",
		"p/shown/spec.txtar":   "run shown\n",
		"p/hidden/main.go":     "package main\n",
		"p/hidden/spec.txtar":  "run hidden\n",
		"p/changed/main.go":    "package main\n\nfunc main() {}\n",
		"p/changed/spec.txtar": "run changed\n",
		"p/twin/main.go":       "package main\n",
		"p/twin/main.py":       "print()\n",
		"p/twin/spec.txtar":    "run twin\npython main.py\n",
	})
	program := func(lang, code string) string {
		return `<div class="program program-` + lang + `"><div class="highlight"><pre tabindex="0" class="chroma"><code>` + code + `</code></pre></div></div>`
	}
	page := func(ex, code, headings string, more ...string) string {
		return `<html><body>` + headings + `<figure data-example="` + ex + `">` + program("go", code) + strings.Join(more, "") + `</figure></body></html>`
	}
	public := tree(t, map[string]string{
		"ru/x/index.html": page("p/shown", "package main\n", "<h2>a</h2><h3>b</h3>") + page("p/changed", "package main\n", "") +
			page("p/twin", "package main\n", "", program("python", "print()\n")),
		"en/x/index.html": page("p/shown", "package <span>main</span>\n", "<h2>a</h2>") + page("p/changed", "package main\n", "") +
			page("p/twin", "package main\n", "", program("python", "print(1)\n")) + page("p/shown", "package main\n", "", program("python", "x\n")),
		"en/y/index.html": page("p/twin", "package main\n", ""),
	})
	got := collect(t, func(r func(string, ...any)) error { return checkBuilt(public, examples, r) })
	joined := strings.Join(got, "\n")
	for _, want := range []string{
		"ru/x/index.html: the code shown for p/changed differs from examples/p/changed/main.go",
		"en/x/index.html: the code shown for p/changed differs",
		"example p/hidden is not shown on any ru page",
		"x/index.html: the heading structure differs between languages",
		"en/x/index.html: the code shown for p/twin differs from examples/p/twin/main.py",
		"en/x/index.html: example p/shown shows a python program, which it does not have",
		"en/y/index.html: example p/twin shows 1 of its 2 programs",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("reports lack %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "p/shown differs") || strings.Contains(joined, "ru/x/index.html: the code shown for p/twin") {
		t.Errorf("highlighting spans count as a difference:\n%s", joined)
	}
}

func TestWeight(t *testing.T) {
	public := tree(t, map[string]string{
		"ru/index.html":     `<html><head><link rel="stylesheet" href="/css/a.css"></head><body>x</body></html>`,
		"css/a.css":         "body{}",
		"en/index.html":     `<html><head><script src="https://cdn.example.com/x.js"></script></head><body>x</body></html>`,
		"en/big/index.html": "<html><body>" + randomText(50000) + "</body></html>",
	})
	got := collect(t, func(r func(string, ...any)) error { return checkWeight(public, r) })
	joined := strings.Join(got, "\n")
	for _, want := range []string{"https://cdn.example.com/x.js", "en/big/index.html"} {
		if !strings.Contains(joined, want) {
			t.Errorf("reports lack %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "ru/index.html") {
		t.Errorf("a light page with a local stylesheet was reported:\n%s", joined)
	}
}

// randomText is n bytes that gzip cannot shrink much.
func randomText(n int) string {
	var b strings.Builder
	x := uint32(1)
	for b.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b.WriteByte("abcdefghijklmnopqrstuvwxyz0123456789"[x%36])
	}
	return b.String()
}

func TestNotes(t *testing.T) {
	root := tree(t, map[string]string{
		"p/twin/main.go":     "package main\n",
		"p/twin/main.py":     "print()\n",
		"p/twin/spec.txtar":  "# notes: 001-01, 009-09\nrun twin\npython main.py\n",
		"p/other/main.go":    "package main\n",
		"p/other/spec.txtar": "run other\n",
	})
	page := "---\ntitle: x\nnotes: [001-01, 001-02, C-001]\n---\n{{< example \"p/twin\" >}}\n{{< example \"p/other\" >}}\n"
	content := tree(t, map[string]string{"ru/a.md": page, "en/a.md": page})
	got := collect(t, func(r func(string, ...any)) error { return checkNotes(content, root, r) })
	expectReports(t, got,
		"ru/a.md: snippet 001-02 of the notes is covered by no Python program",
		"p/twin/spec.txtar: its Python program claims snippet 009-09, which no ru page showing it lists",
		"en/a.md: snippet 001-02 of the notes is covered by no Python program",
		"p/twin/spec.txtar: its Python program claims snippet 009-09, which no en page showing it lists")
}
