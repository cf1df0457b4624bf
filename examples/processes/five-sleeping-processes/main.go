// The notes' version: five children whose slow_square sleeps instead of
// computing. Their sleeps overlap, so together they take about one sleep, not
// five, on any number of cores: a sleeping process does not need a CPU at all.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

const sleep = 800 * time.Millisecond

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		i, err := strconv.Atoi(os.Args[2])
		if err != nil {
			log.Fatal(err)
		}
		asleep := time.Now()
		square := slowSquare(i)
		// Report the result and when this child slept, as Unix nanoseconds.
		fmt.Println(square, asleep.UnixNano(), time.Now().UnixNano())
		return
	}
	self, err := os.Executable()
	if err != nil {
		log.Fatal(err)
	}

	start := time.Now()
	cmds := make([]*exec.Cmd, 5)
	outs := make([]strings.Builder, 5)
	for i := range cmds {
		cmds[i] = exec.Command(self, "child", strconv.Itoa(i))
		cmds[i].Stdout, cmds[i].Stderr = &outs[i], os.Stderr
		if err := cmds[i].Start(); err != nil {
			log.Fatal(err)
		}
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			log.Fatal(err)
		}
	}
	elapsed := time.Since(start)

	var lastAsleep, firstAwake int64 // the latest fall asleep, the earliest wake up
	for i := range outs {
		var square int
		var asleep, awake int64
		if _, err := fmt.Sscan(outs[i].String(), &square, &asleep, &awake); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("child %d: square %d\n", i, square)
		if i == 0 || asleep > lastAsleep {
			lastAsleep = asleep
		}
		if i == 0 || awake < firstAwake {
			firstAwake = awake
		}
	}
	fmt.Printf("took %v: five sleeps of %v\n", elapsed.Round(10*time.Millisecond), sleep)
	fmt.Println("all five were asleep at the same moment:", lastAsleep < firstAwake)
}

func slowSquare(i int) int {
	time.Sleep(sleep) // stands for slow work, as in the notes
	return i * i
}
