// The notes' first example done right: the sum of the squares of 1..9999999,
// split between two child processes, each appending its partial sum to a
// shared list that a server owns. Here the main process itself is the
// server: it serves the list with JSON-RPC over each child's stdin and stdout
// (a pipe per child), and the child calls it through a small client stub.
//
// Fixed: each child is started once and both are waited for; the ranges are
// half-open, [1, 5000000) and [5000000, 10000000), so no number is skipped;
// the sums exceed int64, so they are computed in 128 bits and sent as big.Int.
package main

import (
	"fmt"
	"io"
	"log"
	"math/big"
	"math/bits"
	"net/rpc"
	"net/rpc/jsonrpc"
	"os"
	"os/exec"
	"strconv"
	"sync"
)

// List is the shared list; it lives in the main process only.
type List struct {
	mu    sync.Mutex
	items []*big.Int
}

// Append is result_list.append(x), called by a child through its pipe.
func (l *List) Append(x *big.Int, _ *struct{}) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.items = append(l.items, x)
	fmt.Printf("server: result_list.append(%v)\n", x)
	return nil
}

// pipe joins a reader and a writer into the connection that net/rpc needs.
type pipe struct {
	io.Reader
	io.WriteCloser
}

// child computes the sum of i*i for from <= i < to and appends it to the list.
func child(from, to uint64) {
	var hi, lo uint64 // a 128-bit accumulator: the sum does not fit in 64 bits
	for i := from; i < to; i++ {
		var carry uint64
		lo, carry = bits.Add64(lo, i*i, 0)
		hi += carry
	}
	sum := new(big.Int).Lsh(new(big.Int).SetUint64(hi), 64)
	sum.Add(sum, new(big.Int).SetUint64(lo))

	// The client stub: stdout carries requests to the server, stdin the replies.
	list := jsonrpc.NewClient(pipe{os.Stdin, os.Stdout})
	defer list.Close()
	if err := list.Call("List.Append", sum, &struct{}{}); err != nil {
		log.Fatal(err)
	}
}

func main() {
	if len(os.Args) == 4 && os.Args[1] == "child" { // `if __name__ == '__main__':`
		from, _ := strconv.ParseUint(os.Args[2], 10, 64)
		to, _ := strconv.ParseUint(os.Args[3], 10, 64)
		child(from, to)
		return
	}

	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	list := &List{}
	srv := rpc.NewServer()
	if err := srv.Register(list); err != nil {
		log.Fatal(err)
	}

	// Two processes, half-open ranges that meet at 5000000.
	ranges := [][2]string{{"1", "5000000"}, {"5000000", "10000000"}}
	var served sync.WaitGroup
	var cmds []*exec.Cmd
	for _, r := range ranges {
		cmd := exec.Command(self, "child", r[0], r[1])
		cmd.Stderr = os.Stderr
		toChild, err := cmd.StdinPipe()
		if err != nil {
			log.Fatal(err)
		}
		fromChild, err := cmd.StdoutPipe()
		if err != nil {
			log.Fatal(err)
		}
		if err := cmd.Start(); err != nil { // started exactly once
			log.Fatal(err)
		}
		// Serve this child until it closes its end of the pipe.
		served.Go(func() { srv.ServeCodec(jsonrpc.NewServerCodec(pipe{fromChild, toChild})) })
		cmds = append(cmds, cmd)
	}
	served.Wait() // every child has hung up: all its calls are answered
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil { // each one joined
			log.Fatal(err)
		}
	}

	fmt.Printf("result_list holds %d partial sums\n", len(list.items))
	total := new(big.Int)
	for _, x := range list.items {
		total.Add(total, x)
	}
	// The closed form: 1² + 2² + … + n² = n(n+1)(2n+1)/6, for n = 9999999.
	n := big.NewInt(9_999_999)
	want := new(big.Int).Mul(n, new(big.Int).Add(n, big.NewInt(1)))
	want.Mul(want, new(big.Int).Add(new(big.Int).Lsh(n, 1), big.NewInt(1)))
	want.Div(want, big.NewInt(6))
	fmt.Printf("sum(result_list) = %v\n", total)
	fmt.Printf("n(n+1)(2n+1)/6   = %v\n", want)
	fmt.Printf("equal: %v\n", total.Cmp(want) == 0)
}
