// Command browsertest checks the built site as readers use it: it serves site/public
// on loopback, runs a real link checker (LinkChecker, with anchors) over every
// language while it drives headless Chromium: the language switch lands on the same
// page, the copy button copies exactly the verified program, the theme toggle works
// and is remembered, Russian search finds a page from an inflected word, and axe-core
// finds no accessibility violation on any page, in the light and the dark theme.
//
//	go run ./scripts/browsertest [-public site/public] [-screenshots DIR] [-axe FILE] [-chromium PATH] [-config site/hugo.toml]
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/concurrency-verified/site/scripts/siteconfig"
)

func main() {
	var (
		public      = flag.String("public", "site/public", "the built site")
		axe         = flag.String("axe", "site/node_modules/axe-core/axe.min.js", "axe-core's script")
		chromium    = flag.String("chromium", findBrowser(), "the browser")
		screenshots = flag.String("screenshots", "", "if set, save screenshots of a page here")
		config      = flag.String("config", siteconfig.Path, "the Hugo config, which lists the languages")
	)
	flag.Parse()
	var err error
	if languages, err = siteconfig.Languages(*config); err != nil {
		fmt.Fprintln(os.Stderr, "browsertest:", err)
		os.Exit(1)
	}
	failed, err := run(*public, *axe, *chromium, *screenshots)
	if err != nil {
		fmt.Fprintln(os.Stderr, "browsertest:", err)
	}
	if err != nil || failed > 0 {
		os.Exit(1)
	}
}

// languages are the site's, the default first (site/hugo.toml).
var languages []string

// findBrowser returns Debian's Chromium, or Google Chrome where that is what the
// machine has (GitHub's Ubuntu runners).
func findBrowser() string {
	for _, name := range []string{"chromium", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	return "chromium"
}

// check is one named browser check.
type check struct {
	name string
	run  func(ctx context.Context, base string) error
}

// run sets up the server and the browser, then runs every check; it returns how many
// checks failed, or the error that kept them from running.
func run(public, axePath, chromium, screenshots string) (failed int, err error) {
	if _, err := os.Stat(public); err != nil {
		return 0, fmt.Errorf("%w (run make site first)", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	srv := &http.Server{Handler: allowLinkChecker(http.FileServer(http.Dir(public))), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	links := make(chan error, 1) // LinkChecker runs beside the browser
	go func() { links <- checkLinks(base) }()

	axe, err := os.ReadFile(axePath)
	if err != nil {
		return 0, fmt.Errorf("%w (run make site, which installs axe-core)", err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()

	checks := []check{
		{"language switch lands on the same page", checkLanguageSwitch},
		{"copy button copies the verified program", checkCopy},
		{"theme toggle switches and is remembered", checkTheme},
		{"Russian search finds «горутинами»", checkSearch},
		{"axe-core: no violations on any page, light and dark", func(ctx context.Context, base string) error {
			return checkAxe(ctx, base, public, string(axe))
		}},
		{"links and anchors (LinkChecker), every language", func(context.Context, string) error { return <-links }},
	}
	if screenshots != "" {
		checks = append(checks, check{"screenshots", func(ctx context.Context, base string) error {
			return takeScreenshots(ctx, base, screenshots)
		}})
	}
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		return 0, fmt.Errorf("starting %s: %w", chromium, err)
	}
	for _, c := range checks {
		start := time.Now()
		if err := c.run(ctx, base); err != nil {
			fmt.Printf("FAIL %s: %v\n", c.name, err)
			failed++
			continue
		}
		fmt.Printf("ok   %s (%v)\n", c.name, time.Since(start).Round(100*time.Millisecond))
	}
	fmt.Printf("browsertest: %d passed, %d failed\n", len(checks)-failed, failed)
	return failed, nil
}
