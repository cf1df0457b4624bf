package main

import (
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
	sources := map[string]string{}
	for _, e := range list {
		src, err := os.ReadFile(e.Source())
		if err != nil {
			return err
		}
		sources[e.Path] = string(src)
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

// readPage collects a page's example blocks and headings, and checks that the code of
// every example block is exactly the verified program.
func readPage(path string, sources map[string]string, report func(string, ...any)) (page, error) {
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
		src, ok := sources[ex]
		if !ok {
			report("%s: shows example %q, which is not under examples/", path, ex)
			continue
		}
		code := find(n, func(c *html.Node) bool { return c.Data == "pre" && strings.Contains(attr(c, "class"), "chroma") })
		if code == nil {
			report("%s: example %s has no code block", path, ex)
		} else if got := text(code); got != src {
			report("%s: the code shown for %s differs from examples/%s/main.go", path, ex, ex)
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
