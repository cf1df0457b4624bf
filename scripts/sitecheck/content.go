package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// typedCode finds Go or Python code written straight into a page: a fenced block or a
// highlight shortcode in either. Programs must come from examples/ through the example
// shortcode.
var typedCode = regexp.MustCompile("(?m)^[ \\t]*(```+|~~~+)[ \\t]*\\{?[ \\t]*(go|golang|python3?|py|pycon)\\b|\\{\\{<\\s*highlight\\s+\"?(go|golang|python3?|py|pycon)\\b")

// checkContent checks the Markdown sources of both languages.
func checkContent(content string, report func(string, ...any)) error {
	trees := map[string][]string{}
	for _, lang := range languages {
		root := filepath.Join(content, lang)
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
				return err
			}
			rel, _ := filepath.Rel(root, path)
			trees[lang] = append(trees[lang], filepath.ToSlash(rel))
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if m := typedCode.FindSubmatchIndex(data); m != nil {
				line := 1 + strings.Count(string(data[:m[0]]), "\n")
				lang := "Go"
				if name := data[max(m[4], m[6]):max(m[5], m[7])]; name[0] == 'p' {
					lang = "Python"
				}
				report("%s:%d: %s code typed into a page; put the program under examples/ and embed it with {{< example >}}", path, line, lang)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	onlyIn(trees, func(page, lang, other string) {
		report("%s exists in %s but not in %s", page, lang, other)
	})
	return nil
}

// onlyIn calls found for every item that one language has and another lacks.
func onlyIn(items map[string][]string, found func(item, lang, other string)) {
	for _, lang := range languages {
		for _, other := range languages {
			for _, item := range items[lang] {
				if other != lang && !slices.Contains(items[other], item) {
					found(item, lang, other)
				}
			}
		}
	}
}
