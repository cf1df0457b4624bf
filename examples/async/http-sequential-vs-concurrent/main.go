// Many waits, overlapped. Four requests go to a local HTTP server that answers
// each one after a given delay. One after another, the waits add up; started
// together (one goroutine per request), they overlap and the whole batch takes
// about as long as the slowest request.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// newSlowServer answers GET /?delay=300ms after that delay: it stands for a
// slow database or remote API.
func newSlowServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, err := time.ParseDuration(r.URL.Query().Get("delay"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		select {
		case <-time.After(d):
			fmt.Fprintf(w, "answered after %v", d)
		case <-r.Context().Done(): // the client went away
		}
	}))
}

// fetch performs one request and returns the response body. While it waits
// for the answer, only this goroutine is parked; the rest of the program runs.
func fetch(url string) (string, error) {
	resp, err := http.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return string(body), err
}

func main() {
	srv := newSlowServer()
	defer srv.Close()

	// Not sorted: the requests finish in another order than they start.
	delays := []time.Duration{300 * time.Millisecond, 100 * time.Millisecond, 400 * time.Millisecond, 200 * time.Millisecond}
	urls := make([]string, len(delays))
	for i, d := range delays {
		urls[i] = fmt.Sprintf("%s/?delay=%v", srv.URL, d)
	}

	// Sequential: each request starts after the previous one has finished.
	start := time.Now()
	for _, url := range urls {
		body, err := fetch(url)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println("sequential:", body)
	}
	fmt.Printf("sequential total: %v (the sum of the delays)\n", time.Since(start).Round(10*time.Millisecond))

	// Concurrent: one goroutine per request, all waiting at the same time.
	// Results go into their own slots, so they are printed in input order.
	start = time.Now()
	bodies := make([]string, len(urls))
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() { bodies[i], errs[i] = fetch(url) })
	}
	wg.Wait()
	elapsed := time.Since(start)
	for i := range urls {
		if errs[i] != nil {
			fmt.Println("error:", errs[i])
			return
		}
		fmt.Println("concurrent:", bodies[i])
	}
	fmt.Printf("concurrent total: %v (the longest delay)\n", elapsed.Round(10*time.Millisecond))
}
