// One shared http.Client sends 100 concurrent GET requests to a local test server
// and reads the <title> of every page, like the notes' aiohttp example with one
// ClientSession. The Transport allows up to 100 connections to the host, as
// aiohttp's default pool does; the server holds every request until all 100 have
// arrived, which proves they really were in flight at the same time.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
)

const requests = 100

// barrier lets the handlers go once n requests have arrived, and remembers
// how many were in flight at the same time.
type barrier struct {
	mu       sync.Mutex
	n        int
	inFlight int
	peak     int
	all      chan struct{}
}

func (b *barrier) arrive() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.inFlight++
	b.peak = max(b.peak, b.inFlight)
	b.n--
	if b.n == 0 {
		close(b.all)
	}
}

// maxInFlight reads the peak under the lock: the network between the handlers
// and main is not a synchronisation the race detector can see.
func (b *barrier) maxInFlight() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.peak
}

func (b *barrier) leave() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.inFlight--
}

func newServer(b *barrier) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /page/{n}", func(w http.ResponseWriter, r *http.Request) {
		b.arrive()
		defer b.leave()
		select {
		case <-b.all: // every request is in flight now
		case <-time.After(5 * time.Second): // a smaller pool would never get here
		case <-r.Context().Done():
			return
		}
		n := r.PathValue("n")
		if n == "42" { // one page without a title, as real pages sometimes are
			fmt.Fprint(w, "<html><body><p>no title here</p></body></html>")
			return
		}
		fmt.Fprintf(w, "<html><head><title> Page %s </title></head><body>…</body></html>", n)
	})
	return httptest.NewServer(mux)
}

// pageTitle returns the text of the first <title> element, and false if there is
// none (BeautifulSoup's find('title') returns None then).
func pageTitle(r io.Reader) (string, bool) {
	z := html.NewTokenizer(r)
	for {
		switch z.Next() {
		case html.ErrorToken: // io.EOF or a read error: no title found
			return "", false
		case html.StartTagToken:
			if name, _ := z.TagName(); string(name) == "title" {
				if z.Next() != html.TextToken {
					return "", true // <title></title>
				}
				return strings.TrimSpace(string(z.Text())), true
			}
		}
	}
}

// fetchTitle is the notes' request(): GET the page and parse its title.
func fetchTitle(ctx context.Context, client *http.Client, url string) (string, bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", false, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", false, err
	}
	defer func() {
		io.Copy(io.Discard, resp.Body) // read to EOF: only then can the connection be reused
		resp.Body.Close()              // what `async with session.get(...)` does on exit
	}()
	if resp.StatusCode != http.StatusOK {
		return "", false, fmt.Errorf("%s: %s", url, resp.Status)
	}
	title, ok := pageTitle(resp.Body)
	return title, ok, nil
}

type result struct {
	title string
	ok    bool
	err   error
}

func main() {
	b := &barrier{n: requests, all: make(chan struct{})}
	srv := newServer(b)
	defer srv.Close()

	// One client for the whole program (the ClientSession): it owns the
	// connection pool and is safe for concurrent use.
	client := &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxConnsPerHost: requests, MaxIdleConnsPerHost: requests},
	}
	defer client.CloseIdleConnections() // closing the session

	ctx := context.Background()
	results := make([]result, requests) // results[i] belongs to request i, as in gather
	var wg sync.WaitGroup
	for i := range requests {
		wg.Go(func() {
			url := srv.URL + "/page/" + strconv.Itoa(i)
			title, ok, err := fetchTitle(ctx, client, url)
			results[i] = result{title, ok, err}
		})
	}
	wg.Wait()

	var titles, missing []string
	failed := 0
	for i, r := range results {
		switch {
		case r.err != nil:
			failed++
		case r.ok:
			titles = append(titles, r.title)
		default:
			missing = append(missing, "/page/"+strconv.Itoa(i))
		}
	}
	fmt.Printf("requests: %d, failed: %d\n", requests, failed)
	fmt.Printf("most requests in flight at once: %d\n", b.maxInFlight())
	fmt.Printf("titles found: %d, first three: %q\n", len(titles), titles[:3])
	fmt.Printf("last title: %q\n", titles[len(titles)-1])
	fmt.Printf("pages without a <title>: %v\n", missing)
}
