package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// One term per notion. site/data/glossary.yaml records, for each notion and language,
// the term the site uses and the variants it avoids; checkTerms reports every page
// that uses a variant. The fields of an entry the check reads, per language (ru_…, en_…):
//
//	ru:        the term as the glossary shows it
//	ru_match:  a regular expression for the term in any inflected form
//	ru_avoid:  regular expressions for the variants to avoid
//	ru_except: regular expressions for phrases that contain a variant but mean something
//	           else («в настоящее время» is "currently", not wall-clock time)
//
// Every expression is matched case-insensitively and only as whole words: a match counts
// only if no letter or digit touches it on either side, so a stem needs \p{L}* to take
// in the endings («сопрограмм\p{L}*» finds сопрограмма, сопрограммами, …).
//
// The rule for introducing a term: a page may name a variant once, where it introduces
// the term («корутина (в русских переводах — сопрограмма)»). The check allows a variant
// on the first line of a page that also has the term itself (outside the variant), and
// reports any later line that does the same, and every line with a variant alone.
//
// What is read: the page's Markdown body and, from its front matter, only the title and
// description, which readers see. Link targets and shortcodes are blanked out first, and
// inline code spans are turned into runs of backticks (identifiers such as `throw` are
// not prose, but a pattern may ask for a code span: «бросает `KeyError`»). The glossary
// page is exempt: it may name every variant.

// glossaryEntry is one notion of glossary.yaml, as far as the term check reads it.
type glossaryEntry struct {
	EN       string   `yaml:"en"`
	RU       string   `yaml:"ru"`
	ENMatch  string   `yaml:"en_match"`
	RUMatch  string   `yaml:"ru_match"`
	ENAvoid  []string `yaml:"en_avoid"`
	RUAvoid  []string `yaml:"ru_avoid"`
	ENExcept []string `yaml:"en_except"`
	RUExcept []string `yaml:"ru_except"`
}

// termRule is one notion in one language, compiled.
type termRule struct {
	term   string           // the term the site uses, as the glossary shows it
	match  *regexp.Regexp   // the term in any form
	avoid  []*regexp.Regexp // the variants
	except []*regexp.Regexp // phrases with a variant that mean something else
}

// loadTermRules reads the glossary and returns each language's rules; a notion without
// variants to avoid has no rule.
func loadTermRules(path string) (map[string][]termRule, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var entries []glossaryEntry
	if err := yaml.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	rules := map[string][]termRule{}
	for _, e := range entries {
		for _, lang := range languages {
			term, match, avoid, except := e.EN, e.ENMatch, e.ENAvoid, e.ENExcept
			if lang == "ru" {
				term, match, avoid, except = e.RU, e.RUMatch, e.RUAvoid, e.RUExcept
			}
			if len(avoid) == 0 {
				if len(except) > 0 {
					return nil, fmt.Errorf("%s: %q: %s_except without %s_avoid", path, e.EN, lang, lang)
				}
				continue
			}
			if match == "" {
				return nil, fmt.Errorf("%s: %q: %s_avoid needs %s_match, the term in any form", path, e.EN, lang, lang)
			}
			r := termRule{term: term}
			if r.match, err = compileTerm(match); err != nil {
				return nil, fmt.Errorf("%s: %q: %w", path, e.EN, err)
			}
			for _, lists := range []struct {
				src []string
				dst *[]*regexp.Regexp
			}{{avoid, &r.avoid}, {except, &r.except}} {
				for _, s := range lists.src {
					re, err := compileTerm(s)
					if err != nil {
						return nil, fmt.Errorf("%s: %q: %w", path, e.EN, err)
					}
					*lists.dst = append(*lists.dst, re)
				}
			}
			rules[lang] = append(rules[lang], r)
		}
	}
	return rules, nil
}

// compileTerm compiles a glossary expression: case-insensitive, and leftmost-longest, so
// that the order of alternatives does not matter («бросает|бросается»).
func compileTerm(expr string) (*regexp.Regexp, error) {
	re, err := regexp.Compile("(?i)" + expr)
	if err != nil {
		return nil, err
	}
	re.Longest()
	return re, nil
}

// checkTerms checks every page of every language under content against the rules of
// the glossary beside it (site/content → site/data/glossary.yaml).
func checkTerms(content string, report func(string, ...any)) error {
	return checkTermsWith(content, filepath.Join(content, "..", "data", "glossary.yaml"), report)
}

// checkTermsWith checks every page of every language under content against the rules
// the glossary gives for that language.
func checkTermsWith(content, glossary string, report func(string, ...any)) error {
	rules, err := loadTermRules(glossary)
	if err != nil {
		return err
	}
	for _, lang := range languages {
		root := filepath.Join(content, lang)
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
				return err
			}
			if rel, _ := filepath.Rel(root, path); filepath.ToSlash(rel) == "glossary.md" {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, f := range findVariants(string(data), rules[lang]) {
				report("%s:%d: %q: the site writes %q (one term per notion, see site/data/glossary.yaml)",
					path, f.line, f.variant, f.term)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// variantUse is one variant found on a page.
type variantUse struct {
	line    int
	variant string // as written
	term    string // the term to write instead
}

// findVariants returns the variants a page uses where the rules do not allow them.
func findVariants(page string, rules []termRule) []variantUse {
	var found []variantUse
	introduced := make([]bool, len(rules))
	lines := strings.Split(page, "\n")
	for i, text := range proseLines(lines) {
		if strings.TrimSpace(text) == "" {
			continue
		}
		for k, r := range rules {
			var uses [][]int
			for _, re := range r.avoid {
				for _, loc := range wholeWords(re, text) {
					if !excepted(r.except, withNext(lines, i), loc) {
						uses = append(uses, loc)
					}
				}
			}
			if len(uses) == 0 {
				continue
			}
			if !introduced[k] && hasTermBesides(r.match, text, uses) {
				introduced[k] = true
				continue
			}
			for _, loc := range uses {
				variant := strings.TrimRight(text[loc[0]:loc[1]], "` \n")
				found = append(found, variantUse{line: i + 1, variant: variant, term: r.term})
			}
		}
	}
	return found
}

// wholeWords returns the matches of re in s that no letter or digit touches.
func wholeWords(re *regexp.Regexp, s string) [][]int {
	var out [][]int
	for _, loc := range re.FindAllStringIndex(s, -1) {
		if loc[0] == loc[1] {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:loc[0]])
		after, _ := utf8.DecodeRuneInString(s[loc[1]:])
		if !wordRune(before) && !wordRune(after) {
			out = append(out, loc)
		}
	}
	return out
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// withNext returns line i and the line after it: an exception may run over a line
// break ("thrown" at the end of a line, "away" on the next).
func withNext(lines []string, i int) string {
	if i+1 < len(lines) {
		return lines[i] + "\n" + lines[i+1]
	}
	return lines[i]
}

// excepted reports whether one of the exceptions matches the raw text (code spans
// included) over the variant found at loc.
func excepted(except []*regexp.Regexp, line string, loc []int) bool {
	for _, re := range except {
		for _, e := range wholeWords(re, line) {
			if e[0] < loc[1] && loc[0] < e[1] {
				return true
			}
		}
	}
	return false
}

// hasTermBesides reports whether the line has the term outside the variants found on it
// (the variant «future-объект» contains the term «future» but does not introduce it).
func hasTermBesides(term *regexp.Regexp, line string, uses [][]int) bool {
	for _, t := range wholeWords(term, line) {
		overlaps := false
		for _, u := range uses {
			if t[0] < u[1] && u[0] < t[1] {
				overlaps = true
			}
		}
		if !overlaps {
			return true
		}
	}
	return false
}

// frontMatterKeys are the front matter fields readers see.
var frontMatterKeys = []string{"title:", "description:"}

// notProse are the parts of a paragraph that are not prose: a link target, a shortcode.
var notProse = regexp.MustCompile(`\]\([^)\n]*\)|\{\{[<%].*?[>%]\}\}`)

// proseLines returns the prose of each line of a page, everything else replaced by
// spaces so that byte offsets stay those of the line: front matter except the fields
// readers see, link targets, shortcodes, and the fence lines of a fenced block. A code
// span (which may run over a line break) becomes a run of backticks. The text inside a
// fenced block (the site's diagrams) is prose.
func proseLines(lines []string) []string {
	out := make([]string, len(lines))
	i := 0
	if end := frontMatterEnd(lines); end > 0 {
		for ; i < end; i++ {
			for _, k := range frontMatterKeys {
				if i > 0 && strings.HasPrefix(lines[i], k) {
					out[i] = strings.Repeat(" ", len(k)) + lines[i][len(k):]
				}
			}
		}
		i = end + 1
	}
	for i < len(lines) {
		if isFence(lines[i]) {
			j := i + 1
			for j < len(lines) && !isFence(lines[j]) {
				out[j] = notProse.ReplaceAllStringFunc(lines[j], spaces)
				j++
			}
			i = j + 1
			continue
		}
		j := i
		for j < len(lines) && !isFence(lines[j]) {
			j++
		}
		block := []byte(strings.Join(lines[i:j], "\n"))
		for _, loc := range notProse.FindAllIndex(block, -1) {
			blank(block[loc[0]:loc[1]])
		}
		fillCodeSpans(block)
		copy(out[i:j], strings.Split(string(block), "\n"))
		i = j
	}
	return out
}

func isFence(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")
}

// fillCodeSpans fills every inline code span with backticks: a span is a run of
// backticks and the text up to the next run of the same length, within one paragraph.
func fillCodeSpans(b []byte) {
	for start := 0; start < len(b); {
		open := bytes.IndexByte(b[start:], '`')
		if open < 0 {
			return
		}
		open += start
		n := 1
		for open+n < len(b) && b[open+n] == '`' {
			n++
		}
		end := closingRun(b[open+n:], n)
		if end < 0 {
			start = open + n
			continue
		}
		end += open + n
		fill(b[open:end], '`')
		start = end
	}
}

// closingRun returns the end of the first run of exactly n backticks in b that comes
// before a blank line, or -1.
func closingRun(b []byte, n int) int {
	for i := 0; i < len(b); {
		if b[i] == '\n' && blankLineAt(b[i+1:]) {
			return -1
		}
		if b[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '`' {
			j++
		}
		if j-i == n {
			return j
		}
		i = j
	}
	return -1
}

func blankLineAt(b []byte) bool {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return len(bytes.TrimSpace(line)) == 0
}

func spaces(s string) string { return strings.Repeat(" ", len(s)) }

// blank replaces every byte but a line break with a space.
func blank(b []byte) { fill(b, ' ') }

// fill replaces every byte but a line break with c.
func fill(b []byte, c byte) {
	for i := range b {
		if b[i] != '\n' {
			b[i] = c
		}
	}
}

// frontMatterEnd returns the index of the line that closes the page's YAML front
// matter, or -1 if it has none.
func frontMatterEnd(lines []string) int {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return -1
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "---" {
			return i
		}
	}
	return -1
}
