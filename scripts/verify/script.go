package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/concurrency-verified/site/scripts/examples"
	"github.com/concurrency-verified/site/scripts/expect"
)

// mode is one way of running every example.
type mode struct {
	name   string // "plain", "race", "plain GOMAXPROCS=2", …
	bin    string // folder of the binaries built for this mode
	src    string // folder of the snapshots run in this mode (for main.py)
	only   string // run only this program's commands (main.go or main.py; "": both), as for a mutant of it
	race   bool
	procs  int // GOMAXPROCS for the example; 0 leaves the default
	budget time.Duration
}

// result is one run of one example's script.
type result struct {
	ok       bool
	hung     bool
	log      string
	streams  []examples.Stream // what the checked streams printed, with the spec line claiming each line
	mutation expect.Mutation   // mutants of the checked outputs, when asked for
}

// runScript runs the snapshot's spec.txtar with testscript, outside go test; python
// is the interpreter of the Python twins.
func runScript(s snapshot, m mode, python string, mutate bool) result {
	t := &scriptT{}
	var r result
	deadline := time.Now().Add(m.budget)
	var run runEnv
	p := testscript.Params{
		Files:              []string{s.script},
		RequireUniqueNames: true,
		Deadline:           deadline,
		Setup: func(env *testscript.Env) error {
			// What a reader's go run prints (testscript sets "system"), and no 1s sleep at
			// the exit of every -race binary: races are reported when they happen.
			env.Setenv("GOTRACEBACK", "single")
			env.Setenv("GORACE", "atexit_sleep_ms=0")
			if m.procs > 0 {
				env.Setenv("GOMAXPROCS", fmt.Sprint(m.procs))
			}
			env.Setenv("PYTHONDONTWRITEBYTECODE", "1") // nothing written beside the snapshot
			run = runEnv{
				bin:      filepath.Join(m.bin, s.Slug()),
				python:   python,
				twin:     filepath.Join(m.src, filepath.FromSlash(s.Path), examples.PythonSource),
				dir:      env.WorkDir,
				env:      env.Vars,
				deadline: deadline,
				only:     m.only,
			}
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "race" {
				return m.race, nil
			}
			return false, fmt.Errorf("unknown condition %q (known: race)", cond)
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"run":    runCmd(s.Script, &run, false),
			"python": runCmd(s.Script, &run, true),
			"want":   wantCmd(s.Script, &r, &run, mutate),
			"alone":  func(*testscript.TestScript, bool, []string) {}, // read into Script.Alone
		},
	}
	done := make(chan struct{})
	go func() { // RunT may stop its goroutine with runtime.Goexit
		defer close(done)
		testscript.RunT(t, p)
	}()
	<-done
	r.ok, r.log = !t.failed, strings.ReplaceAll(t.log.String(), s.script, s.SpecPath()) // the reader's file, not the snapshot
	r.hung = strings.Contains(r.log, hungMessage)
	return r
}

const hungMessage = "HUNG: killed at the time limit"

// runEnv is what the run and python commands need: the example's binary, the
// interpreter and the twin's file, the script's work folder, environment and deadline,
// which program ran last, and whether it was skipped (not the one the mode runs).
type runEnv struct {
	bin, python, twin, dir, only string
	env                          []string
	deadline                     time.Time
	lastPython, skipped          bool
}

// runCmd is the script command "run [-exit N] SLUG [ARGS...]" (examples.ParseRun), or
// with python set "python [-exit N] main.py [ARGS...]" (examples.ParsePython): it runs
// the example's program or its Python twin, which must exit with status N, and keeps
// its stdout and stderr for the next commands.
func runCmd(script *examples.Script, run *runEnv, python bool) func(*testscript.TestScript, bool, []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		name, parse := "run", func() (examples.Call, error) { return examples.ParseRun(script.Slug, args) }
		cmd, prog := run.bin, script.Slug
		if python {
			name, parse = "python", func() (examples.Call, error) { return examples.ParsePython(args) }
			cmd, prog = run.python, examples.PythonSource
		}
		call, err := parse()
		if neg {
			err = fmt.Errorf("! %s: use %s -exit N for a program that must fail", name, name)
		}
		ts.Check(err)
		file := map[bool]string{false: "main.go", true: examples.PythonSource}[python]
		if run.skipped = run.only != "" && run.only != file; run.skipped {
			return // its checks are skipped too
		}
		if python {
			if cmd == "" {
				ts.Fatalf("no Python interpreter was found for %s", prog)
			}
			call.Args = append([]string{run.twin}, call.Args...)
		}
		run.lastPython = python
		hung, err := run.exec(cmd, call.Args, ts.Stdout(), ts.Stderr())
		got := 0
		var exit *exec.ExitError
		switch {
		case hung && python:
			ts.Fatalf("%s: %s", prog, hungMessage)
		case hung:
			ts.Fatalf("%s: %s (the goroutine dump is in its stderr above)", prog, hungMessage)
		case errors.As(err, &exit):
			got = exit.ExitCode()
		case err != nil:
			ts.Fatalf("%s: %v", prog, err)
		}
		if got != call.Exit {
			ts.Fatalf("%s exited with status %d, want %d", prog, got, call.Exit)
		}
	}
}

// exec runs the program cmd with args. At the deadline it asks the program for a
// goroutine dump (SIGQUIT, as testscript does), then kills it. However it ends, any
// process it started and left running is killed too, so that no child of a hung
// example spins on; a child that still holds the output when the program exits makes
// the run fail with exec.ErrWaitDelay.
func (r *runEnv) exec(name string, args []string, stdout, stderr io.Writer) (hung bool, err error) {
	ctx, cancel := context.WithDeadline(context.Background(), r.deadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env = r.dir, r.env
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.WaitDelay = 2 * time.Second // for the dump, and for the output to close
	newProcessGroup(cmd)
	err = cmd.Run()
	killProcessGroup(cmd)
	return ctx.Err() != nil, err
}

// wantCmd is the script command "want stdout|stderr SECTION" (examples.ParseWant): the
// last command's output must satisfy the expected-output spec in the named section,
// parsed when the script was read. It adds what it checked to r.
func wantCmd(script *examples.Script, r *result, run *runEnv, mutate bool) func(*testscript.TestScript, bool, []string) {
	return func(ts *testscript.TestScript, neg bool, args []string) {
		stream, section, err := examples.ParseWant(args)
		if neg {
			err = errors.New("! want: not supported")
		}
		ts.Check(err)
		if run.skipped {
			return
		}
		spec, ok := script.Want(section)
		if !ok {
			ts.Fatalf("no section %q in %s", section, script.File)
		}
		output := ts.ReadFile(stream)
		claims, err := spec.Claims(stream, output)
		if err != nil {
			ts.Fatalf("%s does not match its spec\n%v", stream, err)
		}
		r.streams = append(r.streams, examples.Stream{Name: stream, Python: run.lastPython, Lines: expect.Lines(output), Claims: claims})
		if mutate {
			if m, ok := spec.Mutate(output); ok {
				r.mutation.Add(m)
			}
		}
	}
}

// scriptT lets testscript run outside go test.
type scriptT struct {
	log    strings.Builder
	failed bool
}

func (t *scriptT) Skip(args ...any)  { t.Log(args...); runtime.Goexit() }
func (t *scriptT) Fatal(args ...any) { t.Log(args...); t.FailNow() }
func (t *scriptT) Parallel()         {}
func (t *scriptT) Log(args ...any)   { fmt.Fprintln(&t.log, args...) }
func (t *scriptT) FailNow()          { t.failed = true; runtime.Goexit() }
func (t *scriptT) Verbose() bool     { return false }

func (t *scriptT) Run(_ string, f func(testscript.T)) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(t)
	}()
	<-done
}
