// TryLock is Go's lock.acquire(blocking=False): it takes the mutex if it is free
// and returns false at once if it is held, instead of waiting.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex // a zero Mutex is unlocked
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock()) // held by us: fails at once
	mu.Unlock()
	fmt.Println("TryLock after Unlock:", mu.TryLock())
	mu.Unlock()
}
