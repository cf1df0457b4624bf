// Inside one Go program, goroutines share memory anyway; what Value and Array
// add in Python (a shared, synchronised number or array) is sync/atomic for
// integers and a sync.Mutex for anything else.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// lockedFloat is like Value('d') with lock=True: a float64 with its own lock.
type lockedFloat struct {
	mu sync.Mutex
	v  float64
}

func (f *lockedFloat) Add(d float64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.v += d
}

func (f *lockedFloat) Value() float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.v
}

func main() {
	var counter atomic.Int32         // like Value('i'): the zero value is 0, ready to use
	array := make([]atomic.Int32, 5) // like Array('i', 5): five zeros
	for i := range array {
		array[i].Store(int32(i + 1)) // like Array('i', [1, 2, 3, 4, 5])
	}
	var total lockedFloat // like Value('d'): 0.0

	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1000 {
				counter.Add(1)
				for i := range array {
					array[i].Add(1)
				}
				total.Add(0.5)
			}
		})
	}
	wg.Wait()

	values := make([]int32, len(array))
	for i := range array {
		values[i] = array[i].Load()
	}
	fmt.Println("counter:", counter.Load())
	fmt.Println("array:", values)
	fmt.Printf("total: %.1f\n", total.Value())
}
