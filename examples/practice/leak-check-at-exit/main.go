// asyncio's debug mode warns about a coroutine that was never awaited. The Go
// counterpart of that mistake is a goroutine nobody waits for: here fetchPrice
// starts one and returns a channel for its answer, and the second caller forgets
// to receive (its "await"). A check at exit finds the goroutines still running,
// gives them a moment to finish, then names the leaked ones and fails the run.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"
)

// fetchPrice starts the work at once and returns where its answer will arrive.
func fetchPrice(item string) <-chan int {
	price := make(chan int) // unbuffered: the sender waits for a receiver
	go func() { price <- 10 * len(item) }()
	return price
}

// leaked waits up to wait for the goroutines other than main to finish and then
// describes those left: their state and function, and who started them.
func leaked(wait time.Duration) []string {
	for deadline := time.Now().Add(wait); runtime.NumGoroutine() > 1 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var found []string
	for i, g := range bytes.Split(buf, []byte("\n\n")) {
		if i == 0 {
			continue // the first stack is the calling goroutine
		}
		var state, fn, creator string
		sc := bufio.NewScanner(bytes.NewReader(g))
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "goroutine "):
				state = line[strings.Index(line, "[") : strings.Index(line, "]")+1]
			case fn == "" && strings.HasPrefix(line, "main."):
				fn, _, _ = strings.Cut(line, "(")
			case strings.HasPrefix(line, "created by "):
				creator, _, _ = strings.Cut(strings.TrimPrefix(line, "created by "), " in goroutine")
			}
		}
		if fn == "" {
			continue // a runtime goroutine (listed with GOTRACEBACK=system)
		}
		found = append(found, fmt.Sprintf("%s %s, started by %s", state, fn, creator))
	}
	return found
}

func main() {
	fmt.Println("apple costs", <-fetchPrice("apple"))
	fetchPrice("pear") // the answer is never received: a forgotten "await"

	if l := leaked(200 * time.Millisecond); len(l) > 0 {
		fmt.Printf("leak check: %d goroutine(s) still running at exit:\n", len(l))
		for _, g := range l {
			fmt.Println("   ", g)
		}
		os.Exit(1)
	}
}
