// Go's counterpart of an event loop: the scheduler with its network poller
// (the netpoller). 200 goroutines each make an HTTP request and block waiting
// for the answer. None of them holds an OS thread while it waits: the runtime
// registers the socket with epoll/kqueue, parks the goroutine and wakes it when
// data arrives. So a few threads serve hundreds of waiting goroutines.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/pprof"
	"sync"
	"sync/atomic"
)

const n = 200

// extra bounds the threads beyond one per processor (GOMAXPROCS): sysmon, the
// template thread, idle threads kept after system calls. It does not grow with n.
const extra = 20

func main() {
	var arrived atomic.Int32
	allIn := make(chan struct{})   // closed when all n requests are inside the server
	release := make(chan struct{}) // closed by main to let the server answer

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if arrived.Add(1) == n {
			close(allIn)
		}
		<-release // hold every request until main has looked around
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()

	var ok atomic.Int32
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			resp, err := http.Get(srv.URL) // blocks this goroutine only
			if err != nil {
				fmt.Println("error:", err)
				return
			}
			defer resp.Body.Close()
			if body, err := io.ReadAll(resp.Body); err == nil && string(body) == "ok" {
				ok.Add(1)
			}
		})
	}

	<-allIn // now n client goroutines are blocked waiting for their answers
	goroutines := runtime.NumGoroutine()
	threads := pprof.Lookup("threadcreate").Count() // OS threads created so far
	procs := runtime.GOMAXPROCS(0)                  // threads that may run Go code at once
	fmt.Printf("requests waiting at the same time: %d\n", arrived.Load())
	fmt.Printf("goroutines alive: at least %d: %v\n", n, goroutines >= n)
	fmt.Printf("OS threads: at most GOMAXPROCS + %d: %v\n", extra, threads <= procs+extra)

	close(release)
	wg.Wait()
	fmt.Printf("answers received: %d\n", ok.Load())
}
