package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// budget is the most a page may transfer, gzipped: its HTML and every stylesheet and
// script it loads (the search index, fetched only when searching, is not counted).
const budget = 30 * 1024

// checkWeight measures every page against the budget and checks that no page loads
// anything from another site.
func checkWeight(public string, report func(string, ...any)) error {
	var weights []int
	heaviest := ""
	err := filepath.WalkDir(public, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") || strings.Contains(path, "pagefind") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return err
		}
		total := gzipSize(data)
		for n := range doc.Descendants() {
			ref := ""
			switch {
			case n.Data == "link" && attr(n, "rel") == "stylesheet", n.Data == "script":
				ref = attr(n, "href") + attr(n, "src")
			case n.Data == "img", n.Data == "iframe", n.Data == "source", n.Data == "video", n.Data == "audio":
				ref = attr(n, "src")
			}
			if ref == "" {
				continue
			}
			u, err := url.Parse(ref)
			if err != nil || u.Host != "" {
				report("%s loads %q from another site", path, ref)
				continue
			}
			asset, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(u.Path)))
			if err != nil {
				report("%s loads %q, which is not in the site", path, ref)
				continue
			}
			total += gzipSize(asset)
		}
		if total > budget {
			report("%s weighs %.1f KB gzipped, over the %d KB budget", path, float64(total)/1024, budget/1024)
		}
		if len(weights) == 0 || total > slices.Max(weights) {
			heaviest = path
		}
		weights = append(weights, total)
		return nil
	})
	if err != nil || len(weights) == 0 {
		return err
	}
	slices.Sort(weights)
	fmt.Printf("sitecheck: %d pages, gzipped HTML+CSS+JS per page: median %.1f KB, max %.1f KB (%s), budget %d KB\n",
		len(weights), float64(weights[len(weights)/2])/1024, float64(weights[len(weights)-1])/1024, heaviest, budget/1024)
	return nil
}

func gzipSize(data []byte) int {
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	w.Write(data)
	w.Close()
	return b.Len()
}
