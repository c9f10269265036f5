package indonesian

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// wordCase is one line of testdata/words.tsv.
type wordCase struct {
	form, root, note string
	line             int
}

func readWords(tb testing.TB) []wordCase {
	tb.Helper()
	f, err := os.Open("testdata/words.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var cases []wordCase
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 3 {
			tb.Fatalf("testdata/words.tsv:%d: want form<TAB>root<TAB>note, got %q", line, text)
		}
		cases = append(cases, wordCase{fields[0], fields[1], fields[2], line})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return cases
}

// minAccuracy is the share of testdata/words.tsv that must be stemmed to
// the expected root; set just under what the stemmer achieves (97.0%).
const minAccuracy = 0.965

func TestWordList(t *testing.T) {
	cases := readWords(t)
	if len(cases) < 300 {
		t.Fatalf("testdata/words.tsv has %d forms, want at least 300", len(cases))
	}
	s := NewStemmer(nil)
	hits, heldOut, heldOutHits := 0, 0, 0
	for _, c := range cases {
		held := strings.HasPrefix(c.note, "held-out")
		if held {
			heldOut++
		}
		if got := s.Stem(c.form); got == c.root {
			hits++
			if held {
				heldOutHits++
			}
		} else {
			t.Logf("miss testdata/words.tsv:%d: %s -> %s, want %s (%s)", c.line, c.form, got, c.root, c.note)
		}
	}
	acc := float64(hits) / float64(len(cases))
	t.Logf("accuracy: %d/%d = %.1f%%", hits, len(cases), 100*acc)
	if heldOut > 0 {
		t.Logf("of which held-out set: %d/%d = %.1f%%", heldOutHits, heldOut, 100*float64(heldOutHits)/float64(heldOut))
	}
	if acc < minAccuracy {
		t.Errorf("accuracy %.1f%% below %.1f%%", 100*acc, 100*minAccuracy)
	}
}

func BenchmarkStem(b *testing.B) {
	cases := readWords(b)
	b.Run("cached", func(b *testing.B) {
		s := NewStemmer(nil)
		for b.Loop() {
			for _, c := range cases {
				s.Stem(c.form)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cases)), "ns/word")
	})
	b.Run("uncached", func(b *testing.B) {
		s := NewStemmer(nil)
		for b.Loop() {
			for _, c := range cases {
				s.stem(c.form)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cases)), "ns/word")
	})
}
