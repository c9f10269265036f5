package spelling

import "testing"

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"status", "status", 0},
		{"stauts", "status", 1},
		{"aprove", "approve", 1},
		{"pelatiahn", "pelatihan", 1},
		{"kebijakan", "", 9},
		{"é", "e", 1},
		{"ca", "abc", 3},
	} {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"pasal-1", "pasal-12", "ketentuan-umum", "penutup", "bab-ii"}
	for _, c := range []struct {
		word  string
		limit int
		want  string
	}{
		{"pasal-13", 2, "pasal-1"}, // pasal-1 and pasal-12 are both 1 away: the first in order
		{"ketentuan-umun", 2, "ketentuan-umum"},
		{"penutupan", 2, "penutup"},
		{"penutupan", 1, ""},
		{"lampiran", 2, ""},
	} {
		if got := Closest(c.word, cands, c.limit); got != c.want {
			t.Errorf("Closest(%q, %d) = %q, want %q", c.word, c.limit, got, c.want)
		}
		// The bounded search agrees with Distance.
		best, bestD := "", c.limit+1
		for _, cand := range cands {
			if d := Distance(c.word, cand); d < bestD || d == bestD && cand < best {
				best, bestD = cand, d
			}
		}
		if best != c.want {
			t.Errorf("%q: Distance picks %q", c.word, best)
		}
	}
}
