package history

import (
	"fmt"
	"math/rand/v2"
	"reflect"
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

func TestUnifiedApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 1000 {
		old := randomBlocks(r, r.IntN(30))
		new := editBlocks(r, old)
		u := Compare(old, new).Unified("lama", "baru")
		la, lb := textLines(old), textLines(new)
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
