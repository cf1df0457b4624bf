// gather(*requests, return_exceptions=True) over HTTP: every request has its own
// slot for a result and one for an error, so one bad URL does not hide the
// others. A local httptest server stands in for example.com; its page answers
// after 300ms, so the first request finishes last.
package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// gather runs every call concurrently and returns results and errors in input order.
func gather[T any](calls ...func() (T, error)) ([]T, []error) {
	results := make([]T, len(calls))
	errs := make([]error, len(calls))
	var wg sync.WaitGroup
	for i, call := range calls {
		wg.Go(func() { results[i], errs[i] = call() })
	}
	wg.Wait()
	return results, errs
}

// fetchStatus returns the status code of a GET request to url.
func fetchStatus(ctx context.Context, client *http.Client, url string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		time.Sleep(300 * time.Millisecond) // the page takes a while; a 404 comes at once
		fmt.Fprintln(w, "hello")
	}))
	defer srv.Close()

	ctx := context.Background()
	urls := []string{srv.URL, "python://example.com", srv.URL + "/missing", "http://bad host/"}
	var calls []func() (int, error)
	for _, url := range urls {
		calls = append(calls, func() (int, error) { return fetchStatus(ctx, srv.Client(), url) })
	}

	codes, errs := gather(calls...)
	var succeeded []int
	for i, url := range urls {
		if errs[i] != nil {
			fmt.Printf("%d %s: error: %v\n", i, url, errs[i])
			continue
		}
		fmt.Printf("%d %s: status %d\n", i, url, codes[i])
		succeeded = append(succeeded, codes[i])
	}
	fmt.Println("succeeded:", succeeded)
	if err := errors.Join(errs...); err != nil { // nil errors are skipped
		fmt.Printf("failed:\n%v\n", err)
	}
}
