package history

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// applyUnified applies a unified diff to lines, checking every context
// and removed line, and returns the patched lines.
func applyUnified(t *testing.T, old []string, patch string) []string {
	t.Helper()
	var out []string
	pos := 0
	lines := strings.Split(strings.TrimSuffix(patch, "\n"), "\n")
	for _, l := range lines[2:] {
		if strings.HasPrefix(l, "@@") {
			var a, na, b, nb int
			if _, err := fmt.Sscanf(normRange(l), "@@ -%d,%d +%d,%d @@", &a, &na, &b, &nb); err != nil {
				t.Fatalf("bad hunk header %q: %v", l, err)
			}
			if na > 0 {
				a--
			}
			out = append(out, old[pos:a]...)
			pos = a
			continue
		}
		switch l[0] {
		case ' ', '-':
			if old[pos] != l[1:] {
				t.Fatalf("patch line %q does not match old line %d %q", l, pos, old[pos])
			}
			if l[0] == ' ' {
				out = append(out, old[pos])
			}
			pos++
		case '+':
			out = append(out, l[1:])
		}
	}
	return append(out, old[pos:]...)
}

// normRange writes "-5" as "-5,1" so one format parses every header.
func normRange(h string) string {
	f := strings.Fields(h)
	for i := 1; i <= 2; i++ {
		if !strings.Contains(f[i], ",") {
			f[i] += ",1"
		}
	}
	return strings.Join(f, " ")
}

var moveNote = regexp.MustCompile(`^((?:#+ |\s*- |> |\| |:: |: )?)\(dipindahkan[^)]*\) `)

func stripMoves(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = moveNote.ReplaceAllString(l, "$1")
	}
	return out
}

func TestUnifiedApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 1000 {
		old := randomBlocks(r, r.IntN(30))
		new := editBlocks(r, old)
		d := Compare(old, new)
		u := d.Unified("lama", "baru")
		// The lines of moved blocks carry a note at both ends; without
		// the notes they are the versions' lines.
		la, lb := d.movedLines()
		if !slices.Equal(stripMoves(la), textLines(old)) || !slices.Equal(stripMoves(lb), textLines(new)) {
			t.Fatalf("the lines of Unified are not the versions' lines with move notes:\n%q\n%q", stripMoves(la), textLines(old))
		}
		if u == "" {
			if !reflect.DeepEqual(la, lb) {
				t.Fatal("empty unified diff for different versions")
			}
			continue
		}
		if !strings.HasPrefix(u, "--- lama\n+++ baru\n@@ ") {
			t.Fatalf("bad header:\n%s", u)
		}
		if got := applyUnified(t, la, u); !reflect.DeepEqual(got, lb) && !(len(got) == 0 && len(lb) == 0) {
			t.Fatalf("patch gives\n%q\nwant\n%q\npatch:\n%s", got, lb, u)
		}
	}
}
