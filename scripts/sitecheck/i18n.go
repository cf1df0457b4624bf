package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/pelletier/go-toml/v2"
)

// pluralForms are the CLDR plural categories a counted string needs in each language.
var pluralForms = map[string][]string{"ru": {"one", "few", "many", "other"}, "en": {"one", "other"}}

// checkI18n checks that both languages have the same UI strings, and that a string
// with plural forms has every form its language needs.
func checkI18n(dir string, report func(string, ...any)) error {
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
