// The mistakes of the notes' first example, translated to Go so that each
// one shows itself:
//  1. p1.start() is called twice and p2 is never started, then joined:
//     exec.Cmd refuses both, as multiprocessing.Process does.
//  2. The ranges range(1, 5_000_000) and range(5_000_001, 10_000_000) skip
//     5000000: range ends are exclusive.
//  3. Not in Python, but in Go: the total does not fit in an int64 and wraps
//     around silently to a wrong, harmless-looking number.
package main

import (
	"fmt"
	"log"
	"math/big"
	"os"
	"os/exec"
)

// sumSquares returns 1² + 2² + … + n² = n(n+1)(2n+1)/6 exactly.
func sumSquares(n int64) *big.Int {
	b := big.NewInt(n)
	s := new(big.Int).Mul(b, big.NewInt(n+1))
	s.Mul(s, big.NewInt(2*n+1))
	return s.Div(s, big.NewInt(6))
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		return // the child's work does not matter here
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}

	// 1. Start p1 twice; wait for p2, which was never started.
	p1 := exec.Command(self, "child")
	p2 := exec.Command(self, "child")
	fmt.Println("p1.Start():", p1.Start())
	fmt.Println("p1.Start() again:", p1.Start())
	fmt.Println("p1.Wait():", p1.Wait())
	fmt.Println("p2.Wait() without Start:", p2.Wait())

	// 2. The notes' ranges, [1, 5000000) and [5000001, 10000000), versus all of 1..9999999.
	right := sumSquares(9_999_999)
	notes := new(big.Int).Sub(right, sumSquares(5_000_000))
	notes.Add(notes, sumSquares(4_999_999))
	fmt.Println("total over the notes' ranges:", notes)
	fmt.Println("total over 1..9999999:       ", right)
	fmt.Println("missing:", new(big.Int).Sub(right, notes), "= 5000000²")

	// 3. The same total in an int64 wraps around.
	var total int64
	for i := int64(1); i < 10_000_000; i++ {
		total += i * i
	}
	fmt.Println("int64 total:", total)
	fmt.Println("int64 total is right:", big.NewInt(total).Cmp(right) == 0)
}
