// asyncio.gather in Go: one goroutine per call, each writing its own slot
// results[i], and a WaitGroup to wait for all of them. The calls finish in any
// order, but the results come back in the order the calls were passed.
package main

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"time"
)

// gather runs every call concurrently and returns their results in input order.
func gather[T any](calls ...func() T) []T {
	results := make([]T, len(calls))
	var wg sync.WaitGroup
	for i, call := range calls {
		wg.Go(func() { results[i] = call() }) // each goroutine writes only its own slot
	}
	wg.Wait()
	return results
}

// askChat stands for a request to a chat service that answers in 100-200ms.
func askChat(i int) string {
	time.Sleep(100*time.Millisecond + rand.N(100*time.Millisecond))
	fmt.Printf("answer %d arrived\n", i)
	return fmt.Sprintf("answer %d", i)
}

// getWeather and getRates stand for two different services.
func getWeather() string {
	time.Sleep(200 * time.Millisecond)
	return "sunny"
}

func getRates() float64 {
	time.Sleep(100 * time.Millisecond)
	return 1.08
}

func main() {
	start := time.Now()
	calls := make([]func() string, 10)
	for i := range calls {
		calls[i] = func() string { return askChat(i) }
	}
	answers := gather(calls...)
	fmt.Printf("results in input order: %q\n", answers)
	fmt.Println("ten calls of 100-200ms took under 1s (one after another: at least 1s):", time.Since(start) < time.Second)

	// Calls of different types: a goroutine per call, each writing its own variable.
	var weather string
	var rate float64
	var wg sync.WaitGroup
	wg.Go(func() { weather = getWeather() })
	wg.Go(func() { rate = getRates() })
	wg.Wait()
	fmt.Printf("weather: %s, 1 EUR = %.2f USD\n", weather, rate)
}
