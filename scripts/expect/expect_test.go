package expect

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name, want, got string
		ok              bool
		reason          string // a substring of the mismatch reason
	}{
		{"exact", "a\nb\n", "a\nb\n", true, ""},
		{"exact without final newline", "a\nb", "a\nb\n", true, ""},
		{"trailing blanks and CR ignored", "a  \nb\n", "a\r\nb \n", true, ""},
		{"wrong line", "a\nb\n", "a\nc\n", false, `want:2 "b" does not match output:2 "c"`},
		{"extra line", "a\n", "a\nb\n", false, `output:2 "b" is not expected`},
		{"missing line", "a\nb\n", "a\n", false, `want:2 "b": output ended`},
		{"empty spec, empty output", "", "", true, ""},
		{"empty spec, some output", "", "x\n", false, "not expected"},
		{"regexp span", "pid {{\\d+}} done", "pid 4242 done", true, ""},
		{"regexp is anchored", "pid {{\\d+}}", "pid 42x", false, "does not match"},
		{"literal is not a regexp", "a.c", "abc", false, "does not match"},
		{"regexp ending in brace", "x{{\\d{2}}}y", "x42y", true, ""},
		{"duration inside tolerance", "took {{dur 100ms}}", "took 120ms", true, ""},
		{"duration outside tolerance", "took {{dur 100ms}}", "took 130ms", false, "does not match"},
		{"duration widened", "took {{dur 100ms 50%}}", "took 140ms", true, ""},
		{"duration in seconds", "took {{dur 2s}}", "took 1.8734s", true, ""},
		{"duration minutes", "took {{dur 2m}}", "took 2m3.5s", true, ""},
		{"count exact", "%count 3 x", "x\nx\nx\n", true, ""},
		{"count too few", "%count 3 x", "x\nx\n", false, "2 matching line(s), then output ended"},
		{"count too many", "%count 2 x", "x\nx\nx\n", false, "not expected"},
		{"count range backtracks", "%count 0..5 {{.*}}\nend", "a\nb\nend\n", true, ""},
		{"count range zero", "a\n%count 0..2 b\nc", "a\nc\n", true, ""},
		{"percent escape", "%%done", "%done", true, ""},
		{"comment", "%# a note\na", "a", true, ""},
		{"unordered any order", "s\n%unordered\na\nb\nc\n%end\ne", "s\nc\na\nb\ne\n", true, ""},
		{"unordered stays between neighbours", "s\n%unordered\na\nb\n%end\ne", "a\ns\nb\ne\n", false, `want:1 "s" does not match output:1 "a"`},
		{"unordered multiset", "%unordered\na\na\nb\n%end", "a\nb\na\n", true, ""},
		{"unordered multiset counts", "%unordered\na\na\nb\n%end", "a\nb\nb\n", false, "no output line for"},
		{"unordered count inside", "%unordered\n%count 2 a\nb\n%end", "a\nb\na\n", true, ""},
		{"broad regexp does not steal", "%unordered\n{{.*}}\nliteral\n%end", "literal\nother\n", true, ""},
		{"broad regexps both ways", "%unordered\nw{{\\d}}\nw1\n%end", "w1\nw2\n", true, ""},
		{"order holds", "%unordered\np1\np2\nc2\n%order p2 => c2\n%end", "p1\np2\nc2\n", true, ""},
		{"order holds other interleaving", "%unordered\np1\np2\nc2\n%order p2 => c2\n%end", "p2\nc2\np1\n", true, ""},
		{"order violated", "%unordered\np1\np2\nc2\n%order p2 => c2\n%end", "c2\np1\np2\n", false, `%order "p2" => "c2" violated`},
		{"order chain", "%unordered\na\nb\nc\n%order a => b => c\n%end", "a\nc\nb\n", false, `"b" => "c" violated`},
		{"order with regexp", "%unordered\nproduced {{\\d}}\nproduced {{\\d}}\nconsumed\n%order produced {{\\d}} => consumed\n%end", "produced 1\nproduced 2\nconsumed\n", true, ""},
		{"order with regexp violated", "%unordered\nproduced {{\\d}}\nproduced {{\\d}}\nconsumed\n%order produced {{\\d}} => consumed\n%end", "produced 1\nconsumed\nproduced 2\n", false, "violated"},
		{"block too long for output", "%unordered\na\nb\n%end", "a\n", false, "has only 1 line(s) left"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Match(tt.want, tt.got)
			if tt.ok {
				if err != nil {
					t.Fatalf("want a match, got:\n%v", err)
				}
				return
			}
			var mm *Mismatch
			if !errors.As(err, &mm) {
				t.Fatalf("want a *Mismatch, got %v", err)
			}
			if !strings.Contains(mm.Reason, tt.reason) {
				t.Fatalf("reason %q does not contain %q", mm.Reason, tt.reason)
			}
		})
	}
}

func TestSpecErrors(t *testing.T) {
	tests := []struct{ name, spec, err string }{
		{"unknown directive", "a\n%sorted", "want:2: unknown directive %sorted"},
		{"unclosed block", "%unordered\na", "want:1: %unordered block is never closed"},
		{"empty block", "%unordered\n%end", "want:2: empty %unordered block"},
		{"end without block", "a\n%end", "want:2: %end without %unordered"},
		{"nested block", "%unordered\n%unordered", "want:2: %unordered inside"},
		{"order outside block", "%order a => b", "want:1: %order outside"},
		{"order unknown line", "%unordered\na\nb\n%order a => c\n%end", `want:4: %order names "c"`},
		{"order one line", "%unordered\na\n%order a\n%end", "want:3: %order needs at least two"},
		{"bad regexp", "x {{a(}}", "want:1: bad regexp {{a(}}"},
		{"unclosed span", "x {{a", "want:1: unclosed {{"},
		{"empty span", "x {{}}", "want:1: empty {{}}"},
		{"bad duration", "{{dur soon}}", `"soon" is not a positive Go duration`},
		{"bad tolerance", "{{dur 1s 50}}", "tolerance \"50\" must be a percentage"},
		{"count without line", "%count 3", "want:1: %count needs a number and a line"},
		{"count not a number", "%count x y", "want:1: %count x: not a number"},
		{"impossible count", "%count 5..2 y", "want:1: %count 5..2: impossible count"},
		{"zero count", "%count 0 y", "impossible count"},
		{"range in block", "%unordered\n%count 1..2 a\n%end", "a block must have a fixed size"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Match(tt.spec, "")
			var se *SpecError
			if !errors.As(err, &se) {
				t.Fatalf("want a *SpecError, got %v", err)
			}
			if !strings.Contains(err.Error(), tt.err) {
				t.Fatalf("error %q does not contain %q", err, tt.err)
			}
		})
	}
}

func TestMismatchDump(t *testing.T) {
	err := Match("start\n%unordered\nw1\nw2\n%end\ndone", "start\nw2\nw3\ndone\n")
	want := `want:2-5 %unordered block: no output line for
  want:3 "w1"
because these lines match no line left in the block:
  output:3 "w3"
output, each line with the want line that claimed it (? for none):
         1  output:1 | start
         4  output:2 | w2
         ?  output:3 | w3
         ?  output:4 | done`
	if err == nil || err.Error() != want {
		t.Fatalf("got:\n%v\nwant:\n%s", err, want)
	}
}

func TestParseOffsets(t *testing.T) {
	_, err := Parse("examples/x/spec.txtar", 10, "a\n%bogus")
	if err == nil || err.Error() != "examples/x/spec.txtar:11: unknown directive %bogus (known: %count, %unordered, %end, %order, %#; write %% for a line that starts with %)" {
		t.Fatalf("got %v", err)
	}
}

func TestClaims(t *testing.T) {
	s, err := Parse("want", 1, "start\n%unordered\n%count 2 w{{\\d}}\ndone\n%end\n%count 0..3 tail")
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Claims("stdout", "start\nw1\ndone\nw2\ntail\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{1, 3, 4, 3, 6}; !slices.Equal(got, want) {
		t.Fatalf("claims %v, want %v", got, want)
	}
}
