package expect

import (
	"strconv"
	"strings"
	"testing"
)

// FuzzMatch shows that no spec and no output makes the parser or the matcher panic,
// that matching always ends (the fuzzer reports a hang as a failure), and that on small
// outputs the matcher agrees with the naive reference matcher.
func FuzzMatch(f *testing.F) {
	f.Add("a\n%unordered\nb {{\\d+}}\nc\n%order b {{\\d+}} => c\n%end\nd {{dur 1s}}", "a\nc\nb 1\nd 1.1s\n")
	f.Add("%count 0..3 {{.*}}\nx\n%count 2 y", "x\ny\ny\n")
	f.Add("%unordered\n%count 2 {{a|b}}\na\n%end", "a\nb\na\n")
	f.Add("%%x\n%# c\n{{dur 5ms 300%}}", "%x\n20ms\n")
	f.Add("{{x{2}}}\n%count 5..2 z", "xx\n")
	f.Fuzz(func(t *testing.T, spec, output string) {
		s, err := Parse("want", 1, spec)
		if err != nil {
			return
		}
		err = s.Check("output", output)
		if err != nil && err.Error() == "" {
			t.Fatal("empty error message")
		}
		lines := splitLines(output)
		if len(lines) > 8 {
			return
		}
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " \t\r")
		}
		if ref := reference(s.Items, lines); ref != (err == nil) {
			t.Fatalf("matcher says %v, reference says %v", err, ref)
		}
	})
}

// BenchmarkUnorderedBlock matches a 1,000-line %unordered block of regexp lines with
// 20 %order constraints.
func BenchmarkUnorderedBlock(b *testing.B) {
	const workers, jobs = 20, 50 // 20 × 50 = 1,000 lines
	var spec, out strings.Builder
	spec.WriteString("start\n%unordered\n")
	for w := range workers {
		spec.WriteString("%count 49 worker " + strconv.Itoa(w) + " did job {{\\d+}} in {{dur 10ms 50%}}\n")
		spec.WriteString("worker " + strconv.Itoa(w) + " done\n")
	}
	for w := range workers {
		spec.WriteString("%order worker " + strconv.Itoa(w) + " did job {{\\d+}} in {{dur 10ms 50%}} => worker " + strconv.Itoa(w) + " done\n")
	}
	spec.WriteString("%end\nend\n")
	out.WriteString("start\n")
	for j := range jobs - 1 { // interleave the workers, each job before its worker's "done"
		for w := range workers {
			out.WriteString("worker " + strconv.Itoa(w) + " did job " + strconv.Itoa(j) + " in 11ms\n")
		}
	}
	for w := range workers {
		out.WriteString("worker " + strconv.Itoa(w) + " done\n")
	}
	out.WriteString("end\n")
	s, err := Parse("bench", 1, spec.String())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Check("stdout", out.String()); err != nil {
			b.Fatal(err)
		}
	}
}
