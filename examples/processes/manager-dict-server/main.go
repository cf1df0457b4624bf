// A server process that owns a dict, like multiprocessing.Manager: the main
// program starts a manager process, which listens on a unix socket in a
// temporary directory. Child processes reach the dict through a proxy: a
// client stub whose every method is a JSON-RPC call to the manager. As in
// the notes, two children insert and a third prints the whole dict.
//
// Every process is this same program, run again with os/exec; the first
// argument ("manager", "insert", "output") selects its part.
package main

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"maps"
	"net"
	"net/rpc"
	"net/rpc/jsonrpc"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// Dict is the object that lives in the manager process.
type Dict struct {
	mu sync.Mutex // net/rpc serves each call in its own goroutine
	m  map[int]string
}

// Item is one key and value.
type Item struct {
	Code    int
	Subject string
}

func (d *Dict) Update(items map[int]string, _ *struct{}) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	maps.Copy(d.m, items)
	return nil
}

func (d *Dict) Set(it Item, _ *struct{}) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.m[it.Code] = it.Subject
	return nil
}

func (d *Dict) Items(_ struct{}, reply *map[int]string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	*reply = maps.Clone(d.m)
	return nil
}

// DictProxy is the client stub: it looks like a dict, but it holds no data;
// each method sends a request to the manager and waits for the answer.
type DictProxy struct{ c *rpc.Client }

func Connect(sock string) (DictProxy, error) {
	conn, err := net.Dial("unix", sock)
	if err != nil {
		return DictProxy{}, err
	}
	return DictProxy{jsonrpc.NewClient(conn)}, nil
}

func (p DictProxy) Update(items map[int]string) error {
	return p.c.Call("Dict.Update", items, &struct{}{})
}

func (p DictProxy) Set(code int, subject string) error {
	return p.c.Call("Dict.Set", Item{code, subject}, &struct{}{})
}

func (p DictProxy) Items() (map[int]string, error) {
	var m map[int]string
	err := p.c.Call("Dict.Items", struct{}{}, &m)
	return m, err
}

func (p DictProxy) Close() error { return p.c.Close() }

// manager serves the dict until its stdin is closed by the main process.
func manager(sock string) {
	srv := rpc.NewServer()
	if err := srv.Register(&Dict{m: map[int]string{}}); err != nil {
		log.Fatal(err)
	}
	ln, err := net.Listen("unix", sock)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("ready") // tells the main process it may connect
	go func() {
		io.Copy(io.Discard, os.Stdin) // returns when the main process closes our stdin
		ln.Close()
	}()
	for {
		conn, err := ln.Accept()
		if err != nil {
			return // the listener was closed: shut down
		}
		go srv.ServeCodec(jsonrpc.NewServerCodec(conn))
	}
}

// child is the code of the worker processes p1, p2 and p3.
func child(args []string) {
	role, name, sock := args[0], args[1], args[2]
	d, err := Connect(sock)
	if err != nil {
		log.Fatal(err)
	}
	defer d.Close()
	switch role {
	case "insert": // insert_data(dict1, code, subject)
		code, _ := strconv.Atoi(args[3])
		if err := d.Set(code, args[4]); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (pid %d): inserted %d: %s\n", name, os.Getpid(), code, args[4])
	case "output": // output(dict1)
		m, err := d.Items()
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (pid %d): Dictionary data: %v\n", name, os.Getpid(), m)
	}
}

func main() {
	if len(os.Args) > 1 { // the equivalent of `if __name__ == '__main__':`
		if os.Args[1] == "manager" {
			manager(os.Args[2])
		} else {
			child(os.Args[1:])
		}
		return
	}

	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "manager")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	sock := filepath.Join(dir, "dict.sock")

	// `with Manager() as mgr:` starts the server process and waits until it is ready.
	mgr := exec.Command(self, "manager", sock)
	mgr.Stderr = os.Stderr
	stop, err := mgr.StdinPipe()
	if err != nil {
		log.Fatal(err)
	}
	out, err := mgr.StdoutPipe()
	if err != nil {
		log.Fatal(err)
	}
	if err := mgr.Start(); err != nil {
		log.Fatal(err)
	}
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
		log.Fatalf("manager did not start: %q %v", line, err)
	}
	fmt.Printf("main (pid %d): manager process started (pid %d)\n", os.Getpid(), mgr.Process.Pid)

	// mgr.dict({100: "Maths", 200: "Science"}): the dict is created in the manager.
	d, err := Connect(sock)
	if err != nil {
		log.Fatal(err)
	}
	if err := d.Update(map[int]string{100: "Maths", 200: "Science"}); err != nil {
		log.Fatal(err)
	}

	// start runs this program again as a child: role, name, socket, then extra arguments.
	start := func(role, name string, extra ...string) *exec.Cmd {
		cmd := exec.Command(self, append([]string{role, name, sock}, extra...)...)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Start(); err != nil {
			log.Fatal(err)
		}
		return cmd
	}
	wait := func(cmds ...*exec.Cmd) {
		for _, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				log.Fatal(err)
			}
		}
	}
	p1 := start("insert", "p1", "300", "English")
	p2 := start("insert", "p2", "400", "French")
	wait(p1, p2) // both writers have finished before the reader starts
	p3 := start("output", "p3")
	wait(p3)

	// The price of the flexibility: every proxy call is a round trip to
	// another process, while a local map update takes nanoseconds.
	const n = 1000
	t0 := time.Now()
	for i := range n {
		if err := d.Set(1000+i, "x"); err != nil {
			log.Fatal(err)
		}
	}
	proxy := time.Since(t0)
	var mu sync.Mutex
	local := map[int]string{}
	t0 = time.Now()
	for i := range n {
		mu.Lock()
		local[1000+i] = "x"
		mu.Unlock()
	}
	fmt.Printf("main: %d updates through the proxy took longer than %d local locked updates: %v\n", n, n, proxy > time.Since(t0))

	// Leaving the `with` block shuts the manager down.
	d.Close()
	stop.Close()
	wait(mgr)
	fmt.Println("main: manager process has exited")
}
