// Time limits of an HTTP client, against a local test server: the notes' per-request
// total timeout of 10ms, a session (client) with total = 1s and connect = 100ms, and a
// URL with a scheme the client does not speak. Each error is printed as Go reports it.
//
// The connect timeout needs a server that never completes the TCP handshake. On
// Linux a listening socket whose accept queue is full drops new SYNs, so the
// program shrinks a listener's backlog to 0 and fills it with one connection.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"syscall"
	"time"
)

func newServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /fast", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	// /slow answers after 300ms; /hang waits until the client gives up.
	for path, d := range map[string]time.Duration{"/slow": 300 * time.Millisecond, "/hang": time.Hour} {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(d):
				fmt.Fprintln(w, "finally")
			case <-r.Context().Done(): // the client went away
			}
		})
	}
	return httptest.NewServer(mux)
}

// unresponsiveAddr returns the address of a listener whose accept queue is full,
// so that a new connection attempt gets no answer at all.
func unresponsiveAddr() (addr string, closeAll func(), err error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	raw, err := ln.(*net.TCPListener).SyscallConn()
	if err != nil {
		return "", nil, err
	}
	var lerr error
	if err := raw.Control(func(fd uintptr) { lerr = syscall.Listen(int(fd), 0) }); err != nil {
		return "", nil, err
	}
	if lerr != nil {
		return "", nil, lerr
	}
	first, err := net.Dial("tcp", ln.Addr().String()) // takes the only place in the queue
	if err != nil {
		return "", nil, err
	}
	return ln.Addr().String(), func() { first.Close(); ln.Close() }, nil
}

// get is the notes' fetch_status: it returns the status, or the error.
func get(ctx context.Context, client *http.Client, url string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return "", err
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body) // read to EOF, so that the connection can be reused
	return resp.Status, nil
}

// isTimeout is Go's `except TimeoutError`: every timeout of net/http (a context
// deadline, Client.Timeout, a dial timeout) is a net.Error whose Timeout() is true.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func report(what string, status string, err error, took time.Duration) {
	if err == nil {
		fmt.Printf("%s: %s\n", what, status)
		return
	}
	fmt.Printf("%s: %v\n", what, err)
	fmt.Printf("    a timeout: %t, after %v\n", isTimeout(err), took.Round(10*time.Millisecond))
}

func main() {
	srv := newServer()
	defer srv.Close()

	fmt.Printf("http.DefaultClient.Timeout: %v (no limit at all)\n", http.DefaultClient.Timeout)

	// The session: total = 1s for a whole request, connect = 100ms for the dial.
	dialer := &net.Dialer{Timeout: 100 * time.Millisecond}
	client := &http.Client{
		Timeout:   time.Second,
		Transport: &http.Transport{DialContext: dialer.DialContext},
	}
	defer client.CloseIdleConnections()
	ctx := context.Background()

	start := time.Now()
	status, err := get(ctx, client, srv.URL+"/slow")
	report("GET /slow (300ms) within total 1s", status, err, time.Since(start))

	// Per request, as aiohttp's session.get(url, timeout=ClientTimeout(total=.01)).
	reqCtx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	start = time.Now()
	status, err = get(reqCtx, client, srv.URL+"/slow")
	cancel()
	report("GET /slow with a 10ms request timeout", status, err, time.Since(start))

	start = time.Now()
	status, err = get(ctx, client, srv.URL+"/hang")
	report("GET /hang, total 1s", status, err, time.Since(start))

	addr, closeAll, err := unresponsiveAddr()
	if err != nil {
		fmt.Println("cannot set up the unresponsive listener:", err)
		return
	}
	defer closeAll()
	start = time.Now()
	status, err = get(ctx, client, "http://"+addr+"/")
	report("GET on a server that never answers the connect, connect 100ms", status, err, time.Since(start))

	_, err = get(ctx, client, "python://example.com")
	fmt.Printf("GET python://example.com: %v\n", err)
	fmt.Printf("    a timeout: %t\n", isTimeout(err))
}
