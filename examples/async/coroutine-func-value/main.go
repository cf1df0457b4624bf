// What "calling an async def without await" corresponds to in Go: a function
// value that has not been called yet. Making it runs nothing; calling it runs
// the body right there, and the caller gets the result (that is what await does).
package main

import "fmt"

func myCoroutine() {
	fmt.Println("Hello world!")
}

// getBurgers returns the work, not its result: like get_burgers(2) without
// await, which returns a coroutine object with the argument already bound.
func getBurgers(number int) func() int {
	return func() int {
		fmt.Printf("cooking %d burgers\n", number)
		return number
	}
}

func main() {
	result := myCoroutine // no call: just a value that can run later
	fmt.Printf("result is a %T; nothing has been printed by it\n", result)

	coro := getBurgers(2) // the arguments are bound, the body has not run
	fmt.Printf("coro is a %T; nothing has been cooked yet\n", coro)

	result() // now it runs, to the end, before the next line
	burgers := coro()
	fmt.Println("burgers:", burgers)
}
