// Command sitecheck checks the project's promises about the site: no Go or Python code
// typed into a page, every snippet of the notes a page covers shown as a verified
// Python program on it, one term per notion (the glossary's), the same pages and the same UI
// strings in every language with none unused by the templates, every
// example shown in both languages, the same examples in the same order and the same
// heading structure on both sides of each translated page, every code block in the
// built site byte-for-byte the verified program, and every page within its weight
// budget, loading nothing from another site.
//
//	go run ./scripts/sitecheck [-content site/content] [-public site/public] [-examples examples]
//	    [-i18n site/i18n] [-layouts site/layouts] [-config site/hugo.toml]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/concurrency-verified/site/scripts/siteconfig"
)

// languages are the site's, the default first (site/hugo.toml).
var languages []string

func main() {
	var (
		content = flag.String("content", "site/content", "the content folder, one subfolder per language")
		public  = flag.String("public", "site/public", "the built site")
		root    = flag.String("examples", "examples", "the examples folder")
		i18n    = flag.String("i18n", "site/i18n", "the UI strings, one file per language")
		layouts = flag.String("layouts", "site/layouts", "the templates")
		config  = flag.String("config", siteconfig.Path, "the Hugo config, which lists the languages")
	)
	flag.Parse()
	var err error
	if languages, err = siteconfig.Languages(*config); err != nil {
		fail(err)
	}
	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if err := checkContent(*content, report); err != nil {
		fail(err)
	}
	if err := checkNotes(*content, *root, report); err != nil {
		fail(err)
	}
	if err := checkTerms(*content, report); err != nil {
		fail(err)
	}
	if err := checkI18n(*i18n, *layouts, report); err != nil {
		fail(err)
	}
	if err := checkBuilt(*public, *root, report); err != nil {
		fail(err)
	}
	if err := checkWeight(*public, report); err != nil {
		fail(err)
	}
	for _, p := range problems {
		fmt.Println("sitecheck:", p)
	}
	if len(problems) > 0 {
		fmt.Printf("sitecheck: %d problem(s)\n", len(problems))
		os.Exit(1)
	}
	fmt.Println("sitecheck: ok")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sitecheck:", err)
	os.Exit(1)
}
