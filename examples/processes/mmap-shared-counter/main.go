//go:build unix

// Shared memory between two processes, the Go way to what multiprocessing.Value
// and Array do: both processes map the same temp file with MAP_SHARED, so a
// write by one is seen by the other. Plain Go variables are never shared between
// processes; only this mapping is.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

const (
	size    = 4096
	n       = 1_000_000 // atomic increments by each process
	nLocked = 10_000    // locked float additions by each process
)

// shared is how both processes see the mapped bytes.
type shared struct {
	mem     []byte
	counter *int32   // like Value('i'): starts at 0, because a new file is all zeros
	array   []int32  // like Array('i', 5)
	arrived *int32   // how many processes are ready to start counting
	total   *float64 // like Value('d'), guarded by a file lock instead of lock=True
}

func mapFile(f *os.File) (*shared, error) {
	mem, err := syscall.Mmap(int(f.Fd()), 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	ints := unsafe.Slice((*int32)(unsafe.Pointer(&mem[0])), 8)
	return &shared{
		mem:     mem,
		counter: &ints[0],
		array:   ints[1:6],
		arrived: &ints[6],
		total:   (*float64)(unsafe.Pointer(&mem[32])),
	}, nil
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		if err := child(os.Args[2]); err != nil {
			log.Fatal(err)
		}
		return
	}
	if err := parent(); err != nil {
		log.Fatal(err)
	}
}

func parent() error {
	f, err := os.CreateTemp("", "shared-*.bin")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if err := f.Truncate(size); err != nil {
		return err
	}
	s, err := mapFile(f)
	if err != nil {
		return err
	}
	defer syscall.Munmap(s.mem)

	copy(s.array, []int32{1, 2, 3, 4, 5}) // like Array('i', [1, 2, 3, 4, 5])
	fmt.Printf("parent: counter = %d, array = %v\n", atomic.LoadInt32(s.counter), s.array)

	self, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(self, "child", f.Name())
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	if err := work(s, f); err != nil {
		return err
	}
	if err := cmd.Wait(); err != nil {
		return err
	}
	fmt.Printf("parent, after the child: counter = %d, total = %.1f, array = %v\n",
		atomic.LoadInt32(s.counter), *s.total, s.array)
	return nil
}

func child(path string) error {
	// Open the file anew: a file lock belongs to an open file, so the child
	// needs its own, or the parent's lock would not keep it out.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	s, err := mapFile(f)
	if err != nil {
		return err
	}
	defer syscall.Munmap(s.mem)

	fmt.Printf("child: sees array = %v\n", s.array)
	for i := range s.array {
		s.array[i] *= 10 // only the child touches the array until the parent's Wait
	}
	return work(s, f)
}

// work is run by both processes at the same time.
func work(s *shared, f *os.File) error {
	// Wait until both processes are here, so that they really count together.
	atomic.AddInt32(s.arrived, 1)
	for atomic.LoadInt32(s.arrived) < 2 {
		time.Sleep(100 * time.Microsecond)
	}
	for range n {
		atomic.AddInt32(s.counter, 1) // one indivisible read-add-write
	}
	for range nLocked {
		// *s.total += 0.5 is a read and a write: without the lock, the other
		// process could write between them and an addition would be lost.
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			return err
		}
		*s.total += 0.5
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_UN); err != nil {
			return err
		}
	}
	return nil
}
