package siteconfig

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestLanguages(t *testing.T) {
	got, err := Languages(filepath.Join("..", "..", Path))
	if err != nil || !slices.Equal(got, []string{"ru", "en"}) {
		t.Errorf("the site's languages: %q, %v; want [ru en]", got, err)
	}
	cfg := filepath.Join(t.TempDir(), "hugo.toml")
	os.WriteFile(cfg, []byte("defaultContentLanguage = \"de\"\n[languages.fr]\nweight = 1\n[languages.de]\nweight = 3\n[languages.en]\nweight = 2\n"), 0o644)
	if got, err := Languages(cfg); err != nil || !slices.Equal(got, []string{"de", "fr", "en"}) {
		t.Errorf("Languages = %q, %v; want the default, then by weight: [de fr en]", got, err)
	}
	os.WriteFile(cfg, []byte("[languages.en]\nweight = 1\n"), 0o644)
	if _, err := Languages(cfg); err == nil {
		t.Error("one language: no error")
	}
}
