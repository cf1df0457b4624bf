// Command browsertest checks the built site as readers use it: it serves site/public
// on loopback, runs a real link checker (LinkChecker, with anchors) over both
// languages, then drives headless Chromium: the language switch lands on the same
// page, the copy button copies exactly the verified program, the theme toggle works
// and is remembered, Russian search finds a page from an inflected word, and axe-core
// finds no accessibility violation on any page, in the light and the dark theme.
//
//	go run ./scripts/browsertest [-public site/public] [-screenshots DIR]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"time"

	"github.com/chromedp/chromedp"
)

func main() {
	var (
		public      = flag.String("public", "site/public", "the built site")
		axe         = flag.String("axe", "site/node_modules/axe-core/axe.min.js", "axe-core's script")
		chromium    = flag.String("chromium", findBrowser(), "the browser")
		screenshots = flag.String("screenshots", "", "if set, save screenshots of a page here")
	)
	flag.Parse()
	if err := run(*public, *axe, *chromium, *screenshots); err != nil {
		fmt.Fprintln(os.Stderr, "browsertest:", err)
		fmt.Println("browsertest: 0 passed, 1 failed")
		os.Exit(1)
	}
}

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

func run(public, axePath, chromium, screenshots string) error {
	if _, err := os.Stat(public); err != nil {
		return fmt.Errorf("%w (run make site first)", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(public)), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()

	if err := checkLinks(base); err != nil {
		return err
	}
	fmt.Println("links: ok (LinkChecker, anchors included, both languages)")

	axe, err := os.ReadFile(axePath)
	if err != nil {
		return fmt.Errorf("%w (run make site, which installs axe-core)", err)
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
	}
	if screenshots != "" {
		checks = append(checks, check{"screenshots", func(ctx context.Context, base string) error {
			return takeScreenshots(ctx, base, screenshots)
		}})
	}
	var failed []error
	for _, c := range checks {
		if err := c.run(ctx, base); err != nil {
			fmt.Printf("FAIL %s: %v\n", c.name, err)
			failed = append(failed, err)
			continue
		}
		fmt.Printf("ok   %s\n", c.name)
	}
	fmt.Printf("browsertest: %d passed, %d failed\n", len(checks)-len(failed), len(failed))
	if len(failed) > 0 {
		os.Exit(1)
	}
	return errors.Join(failed...)
}
