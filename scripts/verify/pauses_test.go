package main

import (
	"testing"
	"time"
)

func TestPauseWatchLongest(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	var w pauseWatch
	w.record(at(0), at(100))    // before the run
	w.record(at(900), at(1500)) // ends inside it
	w.record(at(1800), at(1900))
	w.record(at(3000), at(3700)) // after it
	for _, tc := range []struct {
		from, to int
		want     time.Duration
		n        int
	}{
		{1000, 2000, 600 * time.Millisecond, 2},
		{1600, 1700, 0, 0},
		{100, 900, 0, 0}, // touching a pause's ends is not overlapping it
		{0, 4000, 700 * time.Millisecond, 4},
	} {
		got, n := w.longest(at(tc.from), at(tc.to))
		if got != tc.want || n != tc.n {
			t.Errorf("longest(%d ms, %d ms) = %v, %d; want %v, %d", tc.from, tc.to, got, n, tc.want, tc.n)
		}
	}
}

func TestRepeatIfPaused(t *testing.T) {
	pass, fail, hung := result{ok: true}, result{log: "mismatch"}, result{hung: true, log: "hung"}
	for _, tc := range []struct {
		name        string
		runs        []result
		paused      []bool // whether the machine paused during each run
		left        int
		wantOK      bool
		wantRepeats int
		wantPaused  bool
	}{
		{"a pass is final", []result{pass}, []bool{true}, 3, true, 0, true},
		{"a failure without a pause is final", []result{fail}, []bool{false}, 3, false, 0, false},
		{"a failure during a pause is repeated", []result{fail, pass}, []bool{true, false}, 3, true, 1, false},
		{"repeats are bounded", []result{fail, fail, fail}, []bool{true, true, true}, 2, false, 2, true},
		{"a hang is not repeated", []result{hung}, []bool{true}, 3, false, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var w pauseWatch
			calls := 0
			run := func() result {
				if tc.paused[calls] {
					from := time.Now()
					time.Sleep(time.Millisecond)
					w.record(from, time.Now())
				}
				calls++
				return tc.runs[calls-1]
			}
			r, repeats, paused := w.repeatIfPaused(run, tc.left)
			if r.ok != tc.wantOK || len(repeats) != tc.wantRepeats || calls != tc.wantRepeats+1 || (paused > 0) != tc.wantPaused {
				t.Errorf("ok %v, %d repeats, %d calls, paused %v; want ok %v, %d repeats, %d calls, paused %v",
					r.ok, len(repeats), calls, paused, tc.wantOK, tc.wantRepeats, tc.wantRepeats+1, tc.wantPaused)
			}
		})
	}
}
