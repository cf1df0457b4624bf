// The notes' three I/O-bound examples: an HTTP request, an SQL query and a
// file read. The servers are local and answer after a fixed delay, standing for
// a slow network. Each operation is timed, and the process's CPU time shows
// where that time went: almost all of it was spent waiting.
//
// CPU time is read with syscall.Getrusage, so this program runs on Linux and
// macOS, not on Windows.
package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

const latency = 300 * time.Millisecond // how long each server takes to answer

func main() {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency) // a slow remote API
		user, _, ok := r.BasicAuth()
		if !ok {
			http.Error(w, "no credentials", http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, `{"login": %q}`, user)
	}))
	defer api.Close()
	db := newFakeDB()
	defer db.Close()

	dir, err := os.MkdirTemp("", "io-bound")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "text.txt")
	if err := os.WriteFile(file, []byte("Hello from a file\n"), 0o600); err != nil {
		log.Fatal(err)
	}

	start, cpuStart := time.Now(), cpuTime()

	// 001-01: r = requests.get(url, auth=('user', 'pass'))
	t := time.Now()
	req, err := http.NewRequest(http.MethodGet, api.URL+"/user", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.SetBasicAuth("user", "pass")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("HTTP GET /user: %s %s, took %v\n", resp.Status, body, since(t))

	// 001-02: users = conn.execute("SELECT * FROM users")
	t = time.Now()
	users, err := query(db.URL, "SELECT * FROM users")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("SQL query: %d rows %v, took %v\n", len(users), users, since(t))

	// 001-03: data = open('text.txt').read(); os.ReadFile also closes the file.
	t = time.Now()
	data, err := os.ReadFile(file)
	if err != nil {
		log.Fatal(err)
	}
	elapsed := time.Since(t)
	fmt.Printf("read text.txt: %q, under 50ms: %v\n", data, elapsed < 50*time.Millisecond)

	wall, cpu := time.Since(start), cpuTime()-cpuStart
	fmt.Printf("all three took %v of wall time\n", wall.Round(10*time.Millisecond))
	fmt.Printf("CPU time used: %v, under a quarter of the wall time: %v\n", cpu.Round(time.Millisecond), cpu < wall/4)
}

// newFakeDB stands for a database server on the network: it reads the query
// from the request body and answers after the latency, one row per line.
func newFakeDB() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sql, _ := io.ReadAll(r.Body)
		time.Sleep(latency) // the server looks the rows up
		if string(sql) != "SELECT * FROM users" {
			http.Error(w, "unknown query", http.StatusBadRequest)
			return
		}
		fmt.Fprint(w, "alice\nbob\ncarol\n")
	}))
}

// query sends one SQL statement to the fake database and returns the rows.
func query(url, sql string) ([]string, error) {
	resp, err := http.Post(url, "text/plain", strings.NewReader(sql))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("query: %s", resp.Status)
	}
	var rows []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		rows = append(rows, sc.Text())
	}
	return rows, sc.Err()
}

// cpuTime is the CPU time (user + system) the whole process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		log.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func since(t time.Time) time.Duration { return time.Since(t).Round(10 * time.Millisecond) }
