package main

import (
	"fmt"
	"sync"
	"time"
)

// pauseWatch records when the machine woke a sleeping goroutine of the verifier late.
// A timing example that fails during such a pause may have failed because of the
// machine (a busy host stealing CPU time from this VM), so the run is repeated.
type pauseWatch struct {
	mu     sync.Mutex
	pauses []pause
}

type pause struct{ start, end time.Time }

const (
	pauseTick = 5 * time.Millisecond
	pauseMin  = 50 * time.Millisecond // shorter delays are ordinary scheduling
)

// watchPauses starts a goroutine that sleeps pauseTick at a time for as long as the
// verifier runs, and records each wake-up that came pauseMin or more late.
func watchPauses() *pauseWatch {
	w := &pauseWatch{}
	go func() {
		for {
			t := time.Now()
			time.Sleep(pauseTick)
			if now := time.Now(); now.Sub(t)-pauseTick >= pauseMin {
				w.record(t.Add(pauseTick), now)
			}
		}
	}()
	return w
}

func (w *pauseWatch) record(start, end time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pauses = append(w.pauses, pause{start, end})
}

// longest returns the longest recorded pause that overlaps the interval [from, to],
// and how many pauses overlap it.
func (w *pauseWatch) longest(from, to time.Time) (longest time.Duration, n int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.pauses {
		if p.end.After(from) && p.start.Before(to) {
			longest = max(longest, p.end.Sub(p.start))
			n++
		}
	}
	return longest, n
}

// maxRepeats bounds the runs repeated for one example in one pass: a machine that
// keeps pausing cannot verify it, and the run fails.
const maxRepeats = 3

// repeatIfPaused calls run until it passes, fails while the machine did not pause, or
// has been repeated left times. A failed run during which the verifier itself was
// paused proves nothing about the example, so it is repeated; each repeat's log
// goes into repeats, headed by the pause. paused is the longest pause during the
// last run.
func (w *pauseWatch) repeatIfPaused(run func() result, left int) (r result, repeats []string, paused time.Duration) {
	for {
		began := time.Now()
		r = run()
		longest, _ := w.longest(began, time.Now())
		if r.ok || r.hung || longest == 0 || len(repeats) == left {
			return r, repeats, longest
		}
		repeats = append(repeats, fmt.Sprintf("failed while the machine paused the verifier for %v; run again\n%s", longest, indent(r.log)))
	}
}
