package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/concurrency-verified/site/scripts/examples"
)

var (
	// frontNotes is the notes list of a page's front matter: notes: [001-18, C-083].
	frontNotes = regexp.MustCompile(`(?m)^notes:\s*\[([^\]]*)\]`)
	snippetID  = regexp.MustCompile(`^\d{3}-\d{2}$`)
	shortcode  = regexp.MustCompile(`\{\{<\s*example\s+"([^"]+)"`)
)

// checkNotes checks that every snippet of the notes a page covers (the NNN-NN IDs of its
// front matter) is covered by the Python twin of an example the page shows (the
// "# notes:" line of its spec), and that a twin claims only snippets of a page that
// shows it.
func checkNotes(content, root string, report func(string, ...any)) error {
	list, err := examples.List(root)
	if err != nil {
		return err
	}
	claims := map[string][]string{} // example path → snippet IDs its twin covers
	for _, e := range list {
		s, err := e.Snapshot()
		if err != nil {
			return err
		}
		claims[e.Path] = s.Script.Notes
	}
	for _, lang := range languages {
		pageOf := map[string][]string{}  // snippet ID → pages of lang that list it
		shownBy := map[string][]string{} // example path → pages of lang that show it
		dir := filepath.Join(content, lang)
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			var shown []string
			for _, m := range shortcode.FindAllSubmatch(data, -1) {
				shown = append(shown, string(m[1]))
				shownBy[string(m[1])] = append(shownBy[string(m[1])], path)
			}
			m := frontNotes.FindSubmatch(data)
			if m == nil {
				return nil
			}
			for id := range strings.SplitSeq(string(m[1]), ",") {
				id = strings.TrimSpace(id)
				if !snippetID.MatchString(id) {
					continue // a concept (C-NNN): prose, not a program
				}
				pageOf[id] = append(pageOf[id], path)
				if !slices.ContainsFunc(shown, func(ex string) bool { return slices.Contains(claims[ex], id) }) {
					report("%s: snippet %s of the notes is covered by no Python program of an example the page shows (a # notes: line in its spec)", path, id)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range list {
			for _, id := range claims[e.Path] {
				if !slices.ContainsFunc(pageOf[id], func(p string) bool { return slices.Contains(shownBy[e.Path], p) }) {
					report("%s: its Python program claims snippet %s, which no %s page showing it lists in its notes", e.SpecPath(), id, lang)
				}
			}
		}
	}
	return nil
}
