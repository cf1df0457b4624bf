package main

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/concurrency-verified/site/scripts/examples"
)

// page is what the checks need from one built HTML page.
type page struct {
	examples []string // data-example of each example block, in order
	headings []string // "h2", "h3", … in order
}

// checkBuilt checks the built site against the examples.
func checkBuilt(public, root string, report func(string, ...any)) error {
	list, err := examples.List(root)
	if err != nil {
		return err
	}
	sources := map[string]map[string]string{} // example → language → its program
	for _, e := range list {
		sources[e.Path] = map[string]string{}
		for lang, file := range map[string]string{"go": e.Source(), "python": e.PythonPath()} {
			src, err := os.ReadFile(file)
			if lang == "python" && errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return err
			}
			sources[e.Path][lang] = string(src)
		}
	}
	pages := map[string]map[string]page{} // language → path inside it → page
	for _, lang := range languages {
		pages[lang] = map[string]page{}
		dir := filepath.Join(public, lang)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
				return err
			}
			rel, _ := filepath.Rel(dir, path)
			p, err := readPage(path, sources, report)
			pages[lang][filepath.ToSlash(rel)] = p
			return err
		})
		if err != nil {
			return fmt.Errorf("reading the built site: %w (run make site first)", err)
		}
	}
	for _, e := range list {
		for _, lang := range languages {
			if !slices.ContainsFunc(slices.Collect(maps.Values(pages[lang])), func(p page) bool { return slices.Contains(p.examples, e.Path) }) {
				report("example %s is not shown on any %s page", e.Path, lang)
			}
		}
	}
	first := languages[0]
	for _, lang := range languages[1:] {
		for path, a := range pages[first] {
			b, ok := pages[lang][path]
			if !ok {
				continue // a missing translation is reported from the sources
			}
			if !slices.Equal(a.examples, b.examples) {
				report("%s: the examples differ between languages:\n  %s %v\n  %s %v", path, first, a.examples, lang, b.examples)
			}
			if !slices.Equal(a.headings, b.headings) {
				report("%s: the heading structure differs between languages:\n  %s %v\n  %s %v", path, first, a.headings, lang, b.headings)
			}
		}
	}
	return nil
}

// readPage collects a page's example blocks and headings, and checks that every example
// block shows each of its programs (Go, and Python for a twin), each exactly as verified.
func readPage(path string, sources map[string]map[string]string, report func(string, ...any)) (page, error) {
	f, err := os.Open(path)
	if err != nil {
		return page{}, err
	}
	defer f.Close()
	doc, err := html.Parse(f)
	if err != nil {
		return page{}, fmt.Errorf("%s: %w", path, err)
	}
	var p page
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "h2", "h3", "h4":
			if !inside(n, "nav") {
				p.headings = append(p.headings, n.Data)
			}
		}
		ex := attr(n, "data-example")
		if ex == "" {
			continue
		}
		p.examples = append(p.examples, ex)
		srcs, ok := sources[ex]
		if !ok {
			report("%s: shows example %q, which is not under examples/", path, ex)
			continue
		}
		programs := 0
		for prog := range n.Descendants() {
			lang, ok := strings.CutPrefix(attr(prog, "class"), "program program-")
			if prog.Type != html.ElementNode || !ok {
				continue
			}
			programs++
			file := map[string]string{"go": "main.go", "python": examples.PythonSource}[lang]
			src, known := srcs[lang]
			code := find(prog, func(c *html.Node) bool { return c.Data == "pre" && strings.Contains(attr(c, "class"), "chroma") })
			switch {
			case !known:
				report("%s: example %s shows a %s program, which it does not have", path, ex, lang)
			case code == nil:
				report("%s: example %s has no code block for its %s", path, ex, file)
			case text(code) != src:
				report("%s: the code shown for %s differs from examples/%s/%s", path, ex, ex, file)
			}
		}
		if programs != len(srcs) {
			report("%s: example %s shows %d of its %d programs (main.go and any main.py)", path, ex, programs, len(srcs))
		}
	}
	return p, nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && ok(c) {
			return c
		}
	}
	return nil
}

func inside(n *html.Node, tag string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == tag {
			return true
		}
	}
	return false
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := range n.Descendants() {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
