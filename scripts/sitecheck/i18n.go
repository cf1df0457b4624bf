package main

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"

	"github.com/pelletier/go-toml/v2"
)

// pluralForms are the CLDR plural categories a counted string needs in each language.
var pluralForms = map[string][]string{"ru": {"one", "few", "many", "other"}, "en": {"one", "other"}}

// translated finds the UI strings a template asks for: {{ T "key" }} or {{ i18n "key" }}.
var translated = regexp.MustCompile(`\b(?:T|i18n)\s+"([A-Za-z0-9_]+)"`)

// checkI18n checks that both languages have the same UI strings, that a string with
// plural forms has every form its language needs, and that every string is used by a
// template under layouts.
func checkI18n(dir, layouts string, report func(string, ...any)) error {
	used, err := usedKeys(layouts)
	if err != nil {
		return err
	}
	keys := map[string][]string{}
	for _, lang := range languages {
		path := filepath.Join(dir, lang+".toml")
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var strs map[string]map[string]string
		if err := toml.Unmarshal(data, &strs); err != nil {
			return err
		}
		keys[lang] = slices.Sorted(maps.Keys(strs))
		for _, key := range keys[lang] {
			if !used[key] {
				report("%s: %q is used by no template under %s", path, key, layouts)
			}
		}
		for key, forms := range strs {
			if _, counted := forms["one"]; !counted {
				continue
			}
			for _, f := range pluralForms[lang] {
				if _, ok := forms[f]; !ok {
					report("%s: %q has plural forms but not %q", path, key, f)
				}
			}
		}
	}
	onlyIn(keys, func(key, lang, other string) {
		report("i18n: %q is in %s.toml but not in %s.toml", key, lang, other)
	})
	return nil
}

// usedKeys returns the UI strings that the templates under dir ask for.
func usedKeys(dir string) (map[string]bool, error) {
	used := map[string]bool{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		for _, m := range translated.FindAllSubmatch(data, -1) {
			used[string(m[1])] = true
		}
		return err
	})
	return used, err
}
