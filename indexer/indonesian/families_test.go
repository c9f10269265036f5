package indonesian

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestFamilies checks testdata/families.txt: the stem of each form, the
// readings Roots must offer, and the known gaps, which must still be
// gaps (a fixed one fails until its line says "=").
func TestFamilies(t *testing.T) {
	f, err := os.Open("testdata/families.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := NewStemmer(nil)
	sc := bufio.NewScanner(f)
	n, gaps := 0, 0
	for line := 1; sc.Scan(); line++ {
		text, reason, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		if len(fields) != 3 || strings.TrimSpace(reason) == "" {
			t.Fatalf("testdata/families.txt:%d: want \"form =|~|! word # reason\", got %q", line, sc.Text())
		}
		form, op, want := fields[0], fields[1], fields[2]
		got := s.Stem(form)
		n++
		switch op {
		case "=":
			if got != want {
				t.Errorf("testdata/families.txt:%d: Stem(%q) = %q, want %q (%s)", line, form, got, want, strings.TrimSpace(reason))
			}
		case "~":
			if roots := s.Roots(form); !slices.Contains(roots, want) {
				t.Errorf("testdata/families.txt:%d: Roots(%q) = %q, want it to offer %q (%s)", line, form, roots, want, strings.TrimSpace(reason))
			}
		case "!":
			gaps++
			if got == want {
				t.Errorf("testdata/families.txt:%d: Stem(%q) = %q now: the gap is fixed, write the line with \"=\"", line, form, got)
			} else {
				t.Logf("known gap testdata/families.txt:%d: Stem(%q) = %q, want %q (%s)", line, form, got, want, strings.TrimSpace(reason))
			}
		default:
			t.Fatalf("testdata/families.txt:%d: unknown operator %q", line, op)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d cases, %d known gaps", n, gaps)
}
