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
