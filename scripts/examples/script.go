package examples

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/concurrency-verified/site/scripts/expect"
)

// Script is an example's spec.txtar, read once: what the verifier runs (testscript
// executes the same lines) and what the page shows. It is the only reader of the
// format; TestScriptAgreesWithTestscript holds it to testscript's own reading.
//
// The commands a script may use:
//
//	run [-exit N] SLUG [ARGS...]   run the program; it must exit with status N (default 0)
//	python [-exit N] main.py [ARGS...]
//	                               run the Python twin, main.py, with python3, likewise
//	want stdout|stderr SECTION     the last run's stream satisfies the spec in SECTION
//	! stdout .  /  ! stderr .      the last run wrote nothing to that stream
//	alone                          run the example with no other example beside it
//	skip [MESSAGE]                 stop the script here (in the modes its condition selects)
//
// A section mutant/NAME.diff declares a broken version of the program (see Mutant).
// A comment line "# notes: 001-18, 001-19" names the snippets of the notes that the
// Python twin covers (for maintainers; readers do not see it).
//
// Any of them but alone may carry the condition [race] or [!race]: the line applies only
// to the -race build, or only to the plain one. As in testscript, # starts a comment
// anywhere outside single quotes, and 'it”s' quotes.
type Script struct {
	File     string // the spec.txtar, for messages
	Slug     string // the program's name, which run must use
	Alone    bool
	Plain    Mode // the commands of the plain build
	Race     Mode // the commands of the -race build
	Sections []Section
	Mutants  []Mutant // broken versions of the lesson that the spec must reject
	Notes    []string // the snippet IDs of the notes the Python twin covers
	wants    map[string]*expect.Spec
}

// Mode is what the script does with one build of the program.
type Mode struct {
	Calls []Call
	Skip  string // the reason given, if the script stops with skip in this mode
}

// Call is one run of the program, or of its Python twin, and the checks of its output.
type Call struct {
	Python bool     // the run is of main.py, with python3
	Exit   int      // the exit status it must end with
	Args   []string // its arguments
	Wants  []Want   // expected-output checks, in script order
	Empty  []string // streams that must be empty
}

// Want is one expected-output check: a stream against a parsed section.
type Want struct {
	Stream, Section string
	Spec            *expect.Spec
}

// Section is one file embedded in a script, with the line where its text starts.
type Section struct {
	Name string
	Line int // line number in the script of the section's first line
	Text string
}

// Mode returns the commands of the plain build, or of the -race build.
func (s *Script) Mode(race bool) Mode {
	if race {
		return s.Race
	}
	return s.Plain
}

// Section returns the named section.
func (s *Script) Section(name string) (Section, bool) {
	i := slices.IndexFunc(s.Sections, func(sec Section) bool { return sec.Name == name })
	if i < 0 {
		return Section{}, false
	}
	return s.Sections[i], true
}

// Want returns the parsed spec of a section that a want command names (others:
// ParseSection).
func (s *Script) Want(section string) (*expect.Spec, bool) {
	spec, ok := s.wants[section]
	return spec, ok
}

// ParseScript reads the spec.txtar of the program slug; file names it in messages.
func ParseScript(file, slug string, data []byte) (*Script, error) {
	a := txtar.Parse(data)
	s := &Script{File: file, Slug: slug, wants: map[string]*expect.Spec{}}
	line := 1 + bytes.Count(a.Comment, []byte("\n"))
	for _, f := range a.Files {
		line++ // the "-- name --" marker
		sec := Section{Name: f.Name, Line: line, Text: string(f.Data)}
		s.Sections = append(s.Sections, sec)
		line += bytes.Count(f.Data, []byte("\n"))
		if strings.HasPrefix(f.Name, MutantPrefix) && strings.HasSuffix(f.Name, MutantSuffix) {
			m, err := parseMutant(sec)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", file, err)
			}
			s.Mutants = append(s.Mutants, m)
		}
	}
	for i, text := range strings.Split(string(a.Comment), "\n") {
		if ids, ok := strings.CutPrefix(strings.TrimSpace(text), NotesPrefix); ok {
			for id := range strings.SplitSeq(ids, ",") {
				if id = strings.TrimSpace(id); id != "" {
					s.Notes = append(s.Notes, id)
				}
			}
			continue
		}
		err := s.command(text)
		var specErr *expect.SpecError
		if errors.As(err, &specErr) {
			return nil, err // it names its own line
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, i+1, err)
		}
	}
	for _, race := range []bool{false, true} {
		if m := s.Mode(race); len(m.Calls) == 0 && m.Skip == "" {
			return nil, fmt.Errorf("%s: no run command for the %s build", file, buildName(race))
		}
	}
	return s, nil
}

// NotesPrefix starts the comment line that names the snippets a Python twin covers.
const NotesPrefix = "# notes:"

// Python tells whether the script runs the Python twin.
func (s *Script) Python() bool {
	for _, m := range []Mode{s.Plain, s.Race} {
		if slices.ContainsFunc(m.Calls, func(c Call) bool { return c.Python }) {
			return true
		}
	}
	return false
}

func buildName(race bool) string {
	if race {
		return "-race"
	}
	return "plain"
}

// command reads one line of the script into both modes, or the one its condition selects.
func (s *Script) command(text string) error {
	args, err := Fields(text)
	if err != nil || len(args) == 0 {
		return err
	}
	modes := []*Mode{&s.Plain, &s.Race}
	switch args[0] {
	case "[race]":
		modes, args = modes[1:], args[1:]
	case "[!race]":
		modes, args = modes[:1], args[1:]
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "[") {
		return fmt.Errorf("a condition must be [race] or [!race], once, before a command")
	}
	if args[0] == "alone" {
		if len(modes) < 2 || len(args) > 1 {
			return fmt.Errorf("usage: alone (with no condition and no arguments)")
		}
		s.Alone = true
		return nil
	}
	for _, m := range modes {
		if m.Skip != "" {
			continue // testscript stops at skip
		}
		if err := s.apply(m, args); err != nil {
			return err
		}
	}
	return nil
}

func (s *Script) apply(m *Mode, args []string) error {
	last := func() (*Call, error) {
		if len(m.Calls) == 0 {
			return nil, fmt.Errorf("%s before any run", args[0])
		}
		return &m.Calls[len(m.Calls)-1], nil
	}
	switch args[0] {
	case "run":
		c, err := ParseRun(s.Slug, args[1:])
		if err != nil {
			return err
		}
		m.Calls = append(m.Calls, c)
	case "python":
		c, err := ParsePython(args[1:])
		if err != nil {
			return err
		}
		m.Calls = append(m.Calls, c)
	case "want":
		stream, section, err := ParseWant(args[1:])
		if err != nil {
			return err
		}
		spec, err := s.parseWant(section)
		if err != nil {
			return err
		}
		c, err := last()
		if err != nil {
			return err
		}
		c.Wants = append(c.Wants, Want{Stream: stream, Section: section, Spec: spec})
	case "!":
		if len(args) != 3 || args[1] != "stdout" && args[1] != "stderr" || args[2] != "." {
			return fmt.Errorf("usage: ! stdout . or ! stderr . (the stream is empty)")
		}
		c, err := last()
		if err != nil {
			return err
		}
		c.Empty = append(c.Empty, args[1])
	case "skip":
		m.Skip = strings.Join(args[1:], " ")
		if m.Skip == "" {
			m.Skip = "skip"
		}
	default:
		return fmt.Errorf("unknown command %q (known: run, python, want, ! stdout ., ! stderr ., alone, skip)", args[0])
	}
	return nil
}

// parseWant parses a section that a want command names, once.
func (s *Script) parseWant(name string) (*expect.Spec, error) {
	if spec, ok := s.wants[name]; ok {
		return spec, nil
	}
	spec, err := s.ParseSection(name)
	if err == nil {
		s.wants[name] = spec
	}
	return spec, err
}

// ParseSection parses the named section as an expected-output spec, whose messages
// give the line numbers of the script file.
func (s *Script) ParseSection(name string) (*expect.Spec, error) {
	sec, ok := s.Section(name)
	if !ok {
		return nil, fmt.Errorf("no section %q", name)
	}
	return expect.Parse(s.File, sec.Line, sec.Text)
}

// ParseRun reads the arguments of "run [-exit N] SLUG [ARGS...]".
func ParseRun(slug string, args []string) (Call, error) {
	return parseCall("run", slug, args)
}

// PythonSource is the Python twin's file, beside main.go.
const PythonSource = "main.py"

// ParsePython reads the arguments of "python [-exit N] main.py [ARGS...]".
func ParsePython(args []string) (Call, error) {
	c, err := parseCall("python", PythonSource, args)
	c.Python = true
	return c, err
}

// parseCall reads "[-exit N] PROGRAM [ARGS...]", the arguments of the command name.
func parseCall(name, program string, args []string) (Call, error) {
	var c Call
	if len(args) >= 1 && args[0] == "-exit" {
		if len(args) < 2 {
			return c, fmt.Errorf("%s -exit: missing the status", name)
		}
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 0 || n > 255 {
			return c, fmt.Errorf("%s -exit %s: not an exit status (0 to 255)", name, args[1])
		}
		c.Exit, args = n, args[2:]
	}
	if len(args) == 0 || args[0] != program {
		return c, fmt.Errorf("usage: %s [-exit N] %s [ARGS...]", name, program)
	}
	c.Args = args[1:]
	return c, nil
}

// ParseWant reads the arguments of "want stdout|stderr SECTION".
func ParseWant(args []string) (stream, section string, err error) {
	if len(args) != 2 || args[0] != "stdout" && args[0] != "stderr" {
		return "", "", fmt.Errorf("usage: want stdout|stderr SECTION")
	}
	return args[0], args[1], nil
}

// Fields splits a script line into words as testscript does: blanks separate words, #
// outside quotes starts a comment, and single quotes quote (” is a quote inside them).
// testscript would expand $NAME; scripts here use no variables, so $ is refused.
func Fields(line string) ([]string, error) {
	var (
		args   []string
		arg    strings.Builder
		inArg  bool
		quoted bool
	)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quoted && c == '\'' && i+1 < len(line) && line[i+1] == '\'':
			arg.WriteByte('\'')
			i++
		case c == '\'':
			quoted, inArg = !quoted, true
		case quoted:
			arg.WriteByte(c)
		case c == '#':
			i = len(line)
		case c == ' ' || c == '\t' || c == '\r':
			if inArg {
				args, inArg = append(args, arg.String()), false
				arg.Reset()
			}
		case c == '$':
			return nil, fmt.Errorf("$ (a variable) is not supported in a spec")
		default:
			arg.WriteByte(c)
			inArg = true
		}
	}
	if quoted {
		return nil, fmt.Errorf("unterminated quoted argument")
	}
	if inArg {
		args = append(args, arg.String())
	}
	return args, nil
}
