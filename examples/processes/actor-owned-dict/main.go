// The in-process equivalent of a manager: one goroutine owns the map and is
// the only code that ever touches it. Everyone else sends it requests over a
// channel and waits for the answer; the Dict type is the "proxy". No mutex
// is needed, and -race finds nothing, because the map is never shared.
package main

import (
	"fmt"
	"maps"
	"sync"
)

// Dict is a handle to a map owned by its own goroutine.
type Dict struct {
	requests chan func(map[int]string)
}

// NewDict starts the owner goroutine with the initial items.
func NewDict(initial map[int]string) *Dict {
	d := &Dict{requests: make(chan func(map[int]string))}
	go func() {
		m := maps.Clone(initial) // only this goroutine ever sees m
		for req := range d.requests {
			req(m) // one request at a time, in the order they arrive
		}
	}()
	return d
}

// do runs f inside the owner goroutine and waits until it is done.
func (d *Dict) do(f func(map[int]string)) {
	done := make(chan struct{})
	d.requests <- func(m map[int]string) {
		f(m)
		close(done)
	}
	<-done
}

func (d *Dict) Set(code int, subject string) {
	d.do(func(m map[int]string) { m[code] = subject })
}

func (d *Dict) Items() (items map[int]string) {
	d.do(func(m map[int]string) { items = maps.Clone(m) }) // a copy, never m itself
	return items
}

func (d *Dict) Len() (n int) {
	d.do(func(m map[int]string) { n = len(m) })
	return n
}

// Close stops the owner goroutine.
func (d *Dict) Close() { close(d.requests) }

func main() {
	d := NewDict(map[int]string{100: "Maths", 200: "Science"})
	defer d.Close()

	// The notes' plan: two writers, then one reader.
	var writers sync.WaitGroup
	writers.Go(func() {
		d.Set(300, "English")
		fmt.Println("writer 1: inserted 300: English")
	})
	writers.Go(func() {
		d.Set(400, "French")
		fmt.Println("writer 2: inserted 400: French")
	})
	writers.Wait()
	fmt.Println("reader: Dictionary data:", d.Items())

	// A thousand goroutines writing at once: each request is served whole,
	// one after another, so no write is lost.
	var many sync.WaitGroup
	for i := range 1000 {
		many.Go(func() { d.Set(1000+i, "extra") })
	}
	many.Wait()
	fmt.Println("after 1000 concurrent writers, keys:", d.Len())
}
