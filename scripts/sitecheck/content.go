package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// typedGo finds Go code written straight into a page: a fenced block or a highlight
// shortcode in Go. Programs must come from examples/ through the example shortcode.
var typedGo = regexp.MustCompile("(?m)^[ \\t]*(```+|~~~+)[ \\t]*\\{?[ \\t]*(go|golang)\\b|\\{\\{<\\s*highlight\\s+\"?(go|golang)\\b")

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
			if loc := typedGo.FindIndex(data); loc != nil {
				line := 1 + strings.Count(string(data[:loc[0]]), "\n")
				report("%s:%d: Go code typed into a page; put the program under examples/ and embed it with {{< example >}}", path, line)
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
