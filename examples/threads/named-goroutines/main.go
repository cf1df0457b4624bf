// Three named goroutines are started together and joined with a WaitGroup.
// Go has no thread names: a goroutine's name is whatever we pass to it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func printHello(name string) {
	time.Sleep(600 * time.Millisecond)
	fmt.Printf("%s: Hello\n", name)
}

func printMessage(name, msg string) {
	time.Sleep(100 * time.Millisecond)
	fmt.Printf("%s: %s\n", name, msg)
}

func main() {
	var wg sync.WaitGroup
	wg.Go(func() { printHello("goroutine #1") })
	wg.Go(func() { printHello("goroutine #2") })
	wg.Go(func() { printMessage("goroutine #3", "Good morning") })
	wg.Wait() // join: block until all three have returned
	fmt.Println("all goroutines have finished")
}
