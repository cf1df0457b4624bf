// Holding a lock while waiting: three goroutines fill a shared cache. If each one
// keeps the mutex locked during its slow fetch, the fetches run one at a time.
// Fetch first, lock only to store the result: the fetches overlap again.
package main

import (
	"fmt"
	"sync"
	"time"
)

const fetchTime = 200 * time.Millisecond

// fetch stands for a slow call: a network request, a disk read.
func fetch(key string) string {
	time.Sleep(fetchTime)
	return "value of " + key
}

func fill(holdLockWhileFetching bool) time.Duration {
	var mu sync.Mutex
	cache := map[string]string{}
	start := time.Now()
	var wg sync.WaitGroup
	for _, key := range []string{"a", "b", "c"} {
		wg.Go(func() {
			if holdLockWhileFetching {
				mu.Lock()
				defer mu.Unlock()
				cache[key] = fetch(key) // the others wait for the lock all this time
				return
			}
			v := fetch(key) // no lock held while waiting
			mu.Lock()
			defer mu.Unlock()
			cache[key] = v
		})
	}
	wg.Wait()
	return time.Since(start).Round(10 * time.Millisecond)
}

func main() {
	held := fill(true)
	fmt.Printf("lock held during the fetch: %v, one fetch after another (at least 3 × %v): %t\n",
		held, fetchTime, held >= 3*fetchTime)
	short := fill(false)
	fmt.Printf("lock held only to store: %v, fetches overlapped (less than 2 × %v): %t\n",
		short, fetchTime, short < 2*fetchTime)
}
