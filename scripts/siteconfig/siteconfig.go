// Package siteconfig reads what the tools need from the Hugo config: it is the one
// source of the site's languages.
package siteconfig

import (
	"cmp"
	"fmt"
	"os"
	"slices"

	"github.com/pelletier/go-toml/v2"
)

// Path is the Hugo config, from the project root.
const Path = "site/hugo.toml"

// Languages returns the site's language codes, the default first, then by weight.
func Languages(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cfg struct {
		Default   string `toml:"defaultContentLanguage"`
		Languages map[string]struct {
			Weight int `toml:"weight"`
		} `toml:"languages"`
	}
	if err := toml.Unmarshal(data, &cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var langs []string
	for lang := range cfg.Languages {
		langs = append(langs, lang)
	}
	rank := func(lang string) int { // the default comes first
		if lang == cfg.Default {
			return 0
		}
		return 1
	}
	slices.SortFunc(langs, func(a, b string) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(cfg.Languages[a].Weight, cfg.Languages[b].Weight), cmp.Compare(a, b))
	})
	if len(langs) < 2 {
		return nil, fmt.Errorf("%s: the site has %d language(s); the checks compare two or more", path, len(langs))
	}
	return langs, nil
}
