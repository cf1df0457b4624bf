// Each goroutine has a stack of its own: its own local variables and its own
// chain of calls. What goroutines share is memory reachable from all of them,
// here a slice captured by the closures. Each goroutine writes only its own
// element, so there is no data race.
package main

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
)

// descend calls itself n more times. At the bottom it waits until every
// goroutine is at the bottom of its own recursion, so that all the chains of
// calls are on their stacks at once, then returns its goroutine's stack trace.
func descend(n int, bottom *sync.WaitGroup) string {
	if n == 0 {
		bottom.Done()
		bottom.Wait()
		return string(debug.Stack())
	}
	return descend(n-1, bottom)
}

// deep recurses n times; every frame holds a 1 KiB local array on the stack.
func deep(n int) int {
	var pad [1024]byte
	pad[n%len(pad)] = 1
	if n == 0 {
		return int(pad[0])
	}
	return deep(n-1) + int(pad[n%len(pad)])
}

func main() {
	depths := []int{10, 20, 30}
	frames := make([]int, len(depths)) // shared: captured by every closure

	var wg, bottom sync.WaitGroup
	bottom.Add(len(depths)) // one Done per goroutine at its deepest point
	for i, d := range depths {
		wg.Go(func() {
			trace := descend(d, &bottom) // d and trace are locals on this goroutine's stack
			frames[i] = strings.Count(trace, "main.descend(")
		})
	}
	wg.Wait()
	for i, d := range depths {
		fmt.Printf("goroutine %d: descend(%d) left %d frames on its own stack\n", i, d, frames[i])
	}

	// A goroutine's stack starts at a few KiB and grows on demand: 20000 frames
	// of over 1 KiB each need more than 20 MiB (a typical OS thread gets a fixed
	// 8 MiB), and the runtime provides it by copying the stack to a bigger one.
	var sum int
	wg.Go(func() { sum = deep(20_000) })
	wg.Wait()
	fmt.Printf("recursion 20000 deep (over 20 MiB of stack) returned %d\n", sum)
}
