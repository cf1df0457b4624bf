// await, in Go, is an ordinary call. The caller stops at the call, the callee
// runs to its end, and the caller resumes with the returned value assigned.
// Blocking inside the callee (a network read, a sleep) would park only this
// goroutine: other goroutines keep running, which is the point of await.
package main

import "fmt"

func addOne(number int) int {
	fmt.Printf("  addOne(%d): running, returning %d\n", number, number+1)
	return number + 1
}

func main() {
	fmt.Println("main: calling addOne(1), main waits here")
	onePlusOne := addOne(1)
	fmt.Println("main: resumed, onePlusOne =", onePlusOne)

	fmt.Println("main: calling addOne(2), main waits here")
	twoPlusOne := addOne(2)
	fmt.Println("main: resumed, twoPlusOne =", twoPlusOne)

	fmt.Println(onePlusOne)
	fmt.Println(twoPlusOne)
}
