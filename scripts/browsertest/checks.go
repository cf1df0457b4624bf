package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
	"golang.org/x/sync/errgroup"
)

const samplePage = "/threads/threading-module-and-daemons/"

// eval runs a script in the page and returns its value (awaiting a promise).
func eval[T any](ctx context.Context, script string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
}

func checkLanguageSwitch(ctx context.Context, base string) error {
	for i, from := range languages { // around the languages and back to the first
		hop := [2]string{from, languages[(i+1)%len(languages)]}
		err := chromedp.Do(ctx,
			chromedp.Navigate(base+"/"+hop[0]+samplePage),
			chromedp.Click(chromedp.CSS(`.lang a[hreflang=`+hop[1]+`]`)),
			chromedp.WaitReady(chromedp.CSS(`html[lang=`+hop[1]+`]`)),
		)
		if err != nil {
			return err
		}
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			return err
		}
		if want := base + "/" + hop[1] + samplePage; loc != want {
			return fmt.Errorf("from /%s%s the switch led to %s, want %s", hop[0], samplePage, loc, want)
		}
	}
	return nil
}

func checkCopy(ctx context.Context, base string) error {
	grant := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for _, name := range []string{"clipboard-read", "clipboard-write"} {
			_, err := cdp.Call(ctx, t, browser.SetPermission, browser.SetPermissionParams{
				Permission: &browser.PermissionDescriptor{Name: name}, Setting: browser.PermissionSettingGranted, Origin: base})
			if err != nil {
				return err
			}
		}
		return nil
	})
	err := chromedp.Do(ctx, grant,
		chromedp.Navigate(base+"/en"+samplePage),
		chromedp.Click(chromedp.CSS(".example button.copy")),
		chromedp.Sleep(200*time.Millisecond),
	)
	if err != nil {
		return err
	}
	path, err := eval[string](ctx, `document.querySelector(".example").dataset.example`)
	if err != nil {
		return err
	}
	label, err := eval[string](ctx, `document.querySelector(".example button.copy").textContent`)
	if err != nil {
		return err
	}
	copied, err := eval[string](ctx, `navigator.clipboard.readText()`)
	if err != nil {
		return err
	}
	want, err := os.ReadFile(filepath.Join("examples", path, "main.go"))
	if err != nil {
		return err
	}
	if copied != string(want) {
		return fmt.Errorf("the clipboard holds %d bytes that differ from examples/%s/main.go (%d bytes)", len(copied), path, len(want))
	}
	if label != "Copied" {
		return fmt.Errorf("the button says %q after copying, want \"Copied\"", label)
	}
	return nil
}

func checkTheme(ctx context.Context, base string) error {
	const bg = `getComputedStyle(document.body).backgroundColor`
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"+languages[0]+"/"), chromedp.Evaluate[chromedp.Void](`localStorage.clear()`), chromedp.Reload()); err != nil {
		return err
	}
	before, err := eval[string](ctx, bg)
	if err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("button.theme"))); err != nil {
		return err
	}
	after, err := eval[string](ctx, bg)
	if err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		return err
	}
	reloaded, err := eval[string](ctx, bg)
	if err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`localStorage.clear()`)); err != nil {
		return err
	}
	switch {
	case before == after:
		return fmt.Errorf("the background stayed %s after the toggle", before)
	case reloaded != after:
		return fmt.Errorf("after a reload the background is %s, want %s as chosen", reloaded, after)
	}
	return nil
}

func checkSearch(ctx context.Context, base string) error {
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	return chromedp.Do(sctx,
		chromedp.Navigate(base+"/ru/"),
		chromedp.SendKeys(chromedp.ID("search-input"), "горутинами"),
		chromedp.WaitVisible(chromedp.CSS(`.search-results a[href*="/ru`+samplePage+`"]`)),
	)
}

// checkAxe runs axe-core on every page of the site, in both themes. Redirect pages
// are left out: the browser leaves them at once, for the page they point to.
func checkAxe(ctx context.Context, base, public, axe string) error {
	var pages []string
	err := filepath.WalkDir(public, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") || strings.Contains(path, "pagefind") {
			return err
		}
		if data, err := os.ReadFile(path); err != nil || strings.Contains(string(data), "http-equiv=refresh") {
			return err
		}
		rel, _ := filepath.Rel(public, path)
		pages = append(pages, "/"+strings.TrimSuffix(filepath.ToSlash(rel), "index.html"))
		return nil
	})
	if err != nil {
		return err
	}
	var (
		mu       sync.Mutex
		problems []string
		jobs     = make(chan string)
	)
	g, gctx := errgroup.WithContext(ctx)
	for range axeTabs { // axe is slow on a page: a few tabs share the work
		tab, cancel := chromedp.NewContext(ctx)
		defer cancel()
		g.Go(func() error {
			for page := range jobs {
				found, err := axePage(tab, base+page, axe)
				if err != nil {
					return fmt.Errorf("%s: %w", page, err)
				}
				mu.Lock()
				for _, v := range found {
					problems = append(problems, page+" "+v)
				}
				mu.Unlock()
			}
			return nil
		})
	}
send:
	for _, page := range pages {
		select {
		case jobs <- page:
		case <-gctx.Done(): // a tab failed: the others stop too
			break send
		}
	}
	close(jobs)
	if err := g.Wait(); err != nil {
		return err
	}
	slices.Sort(problems)
	fmt.Printf("     axe-core checked %d pages in 2 themes\n", len(pages))
	if len(problems) > 0 {
		return fmt.Errorf("%d violations:\n  %s", len(problems), strings.Join(problems, "\n  "))
	}
	return nil
}

// axeTabs is how many pages axe-core checks at once.
const axeTabs = 3

// axePage runs axe-core on one page in both themes and returns its violations.
func axePage(tab context.Context, url, axe string) ([]string, error) {
	if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.Evaluate[chromedp.Void](axe)); err != nil {
		return nil, err
	}
	var found []string
	for _, theme := range []string{"light", "dark"} {
		violations, err := eval[[]string](tab, `document.documentElement.dataset.theme = "`+theme+`";
			axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v =>
				v.id + ": " + v.help + " — " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")))`)
		if err != nil {
			return nil, err
		}
		for _, v := range violations {
			found = append(found, "("+theme+"): "+v)
		}
	}
	return found, nil
}

// takeScreenshots saves a sample page in both languages, both themes, phone and desktop.
func takeScreenshots(ctx context.Context, base, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, lang := range languages {
		for _, theme := range []string{"light", "dark"} {
			for _, size := range []struct {
				name   string
				w, h   int64
				mobile bool
			}{{"desktop", 1280, 900, false}, {"phone", 390, 844, true}} {
				emulate := chromedp.EmulateViewport(size.w, size.h)
				if size.mobile {
					emulate = chromedp.EmulateViewport(size.w, size.h, chromedp.EmulateMobile)
				}
				err := chromedp.Do(ctx, emulate,
					chromedp.Navigate(base+"/"+lang+samplePage),
					chromedp.Evaluate[chromedp.Void](`document.documentElement.dataset.theme = "`+theme+`"; document.querySelector(".example").scrollIntoView()`),
				)
				if err != nil {
					return err
				}
				png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				if err != nil {
					return err
				}
				name := filepath.Join(dir, fmt.Sprintf("%s-%s-%s.png", lang, theme, size.name))
				if err := os.WriteFile(name, png, 0o644); err != nil {
					return err
				}
			}
		}
	}
	return chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900))
}
