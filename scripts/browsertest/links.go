package main

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
)

// linkcheckerConfig checks every link and anchor of the site, and nothing outside it.
const linkcheckerConfig = `[checking]
threads=4
[filtering]
checkextern=0
ignore=
  ^https?://(?!127\.0\.0\.1)
[AnchorCheck]
`

var summary = regexp.MustCompile(`(\d+) warnings? found\. (\d+) errors? found`)

// checkLinks runs LinkChecker (Debian's linkchecker) from both language roots.
func checkLinks(base string) error {
	f, err := os.CreateTemp("", "linkcheckerrc")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.WriteString(linkcheckerConfig); err != nil {
		return err
	}
	f.Close()
	os.Chmod(f.Name(), 0o644) // linkchecker drops root privileges before reading it
	out, _ := exec.Command("linkchecker", "--config", f.Name(), "--no-status",
		base+"/", base+"/ru/", base+"/en/", base+"/ru/404.html", base+"/en/404.html").CombinedOutput()
	m := summary.FindStringSubmatch(string(out))
	if m == nil {
		return fmt.Errorf("linkchecker gave no summary (is Debian's linkchecker installed?):\n%s", out)
	}
	if m[1] != "0" || m[2] != "0" {
		return fmt.Errorf("broken links or anchors:\n%s", strings.TrimSpace(string(out)))
	}
	return nil
}
