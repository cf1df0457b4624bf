package expect

import "testing"

func TestMutate(t *testing.T) {
	spec := "start\n%unordered\np1\np2\nc{{\\d}}\n%order p2 => c{{\\d}}\n%end\n%count 1..2 tail {{\\d+}}\ndone in {{dur 100ms}}"
	s, err := Parse("want", 1, spec)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := s.Mutate("start\np2\np1\nc2\ntail 1\ndone in 101ms\n")
	if !ok {
		t.Fatal("not mutated")
	}
	for _, w := range r.Wrong {
		t.Error(w)
	}
	if r.Breaking == 0 || r.Allowed == 0 {
		t.Fatalf("want both breaking and allowed mutants, got %+v", r)
	}
	t.Logf("%d of %d breaking mutants killed, %d of %d allowed mutants accepted", r.Killed, r.Breaking, r.Passed, r.Allowed)
}
