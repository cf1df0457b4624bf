package main

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
)

// linkcheckerConfig checks every link and anchor of the site, and nothing outside it.
// LinkChecker sends at most 10 requests a second to a host unless the host answers
// with a LinkChecker header, as the test server does (allowLinkChecker).
const linkcheckerConfig = `[checking]
threads=4
maxrequestspersecond=1000
[filtering]
checkextern=0
ignore=
  ^https?://(?!127\.0\.0\.1)
[AnchorCheck]
`

var summary = regexp.MustCompile(`(\d+) warnings? found\. (\d+) errors? found`)

// allowLinkChecker lets LinkChecker check the site as fast as it can.
func allowLinkChecker(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("LinkChecker", "allowed")
		h.ServeHTTP(w, r)
	})
}

// checkLinks runs LinkChecker (Debian's linkchecker) from every language's root and 404 page.
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
	args := []string{"--config", f.Name(), "--no-status", base + "/"}
	for _, lang := range languages {
		args = append(args, base+"/"+lang+"/", base+"/"+lang+"/404.html")
	}
	out, _ := exec.Command("linkchecker", args...).CombinedOutput()
	m := summary.FindStringSubmatch(string(out))
	if m == nil {
		return fmt.Errorf("linkchecker gave no summary (is Debian's linkchecker installed?):\n%s", out)
	}
	if m[1] != "0" || m[2] != "0" {
		return fmt.Errorf("broken links or anchors:\n%s", strings.TrimSpace(string(out)))
	}
	return nil
}
