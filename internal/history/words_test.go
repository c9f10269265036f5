package history

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// rebuild joins the spans that belong to one side of a word diff.
func rebuild(ss []Span, skip Op) string {
	var b strings.Builder
	for _, s := range ss {
		if s.Op != skip {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func checkSpans(t *testing.T, a, b string, ss []Span) {
	t.Helper()
	if got := rebuild(ss, Insert); got != a {
		t.Fatalf("Words(%q, %q): old side = %q", a, b, got)
	}
	if got := rebuild(ss, Delete); got != b {
		t.Fatalf("Words(%q, %q): new side = %q", a, b, got)
	}
	for i, s := range ss {
		if s.Text == "" {
			t.Fatalf("Words(%q, %q): empty span %d", a, b, i)
		}
		if i > 0 && ss[i-1].Op == s.Op {
			t.Fatalf("Words(%q, %q): adjacent %v spans", a, b, s.Op)
		}
		if i > 0 && ss[i-1].Op == Insert && s.Op == Delete {
			t.Fatalf("Words(%q, %q): insertion before deletion", a, b)
		}
	}
}

func TestWordsExamples(t *testing.T) {
	tests := []struct {
		a, b string
		want string // spans as [-del-]{+ins+}
	}{
		{"Pegawai wajib hadir.", "Pegawai wajib hadir tepat waktu.", "Pegawai wajib hadir{+ tepat waktu+}."},
		{"Rapat diadakan setiap bulan.", "Rapat diadakan setiap minggu.", "Rapat diadakan setiap [-bulan-]{+minggu+}."},
		{"a b c", "a b c", "a b c"},
		{"", "baru", "{+baru+}"},
		{"lama", "", "[-lama-]"},
		{"我们的政策", "我们的新政策", "我们的{+新+}政策"},
		{"Rapat 👍 selesai", "Rapat 👍🏽 selesai", "Rapat [-👍-]{+👍🏽+} selesai"},
		{"cafe\u0301 buka", "cafe\u0301 tutup", "cafe\u0301 [-buka-]{+tutup+}"},
		{"satu dua tiga empat", "lima dua enam empat", "[-satu-]{+lima+} dua [-tiga-]{+enam+} empat"},
		{"kepala dinas dan sekretaris daerah", "wakil bupati serta asisten daerah", "[-kepala dinas dan sekretaris-]{+wakil bupati serta asisten+} daerah"},
	}
	for _, tt := range tests {
		ss := Words(tt.a, tt.b)
		checkSpans(t, tt.a, tt.b, ss)
		if got := plainSpans(ss); got != tt.want {
			t.Errorf("Words(%q, %q) = %s, want %s", tt.a, tt.b, got, tt.want)
		}
	}
}

func plainSpans(ss []Span) string {
	var b strings.Builder
	for _, s := range ss {
		switch s.Op {
		case Insert:
			b.WriteString("{+" + s.Text + "+}")
		case Delete:
			b.WriteString("[-" + s.Text + "-]")
		default:
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

var vocab = []string{"pasal", "ayat", "pegawai", "wajib", "hadir", "rapat", ",", ".", " ", "  ", "\n", "政策", "新", "👍", "é", "e\u0301", "bupati", "-", "2026"}

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(vocab[r.IntN(len(vocab))])
		if r.IntN(2) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// mutate applies a random sequence of token insertions, deletions and
// replacements to s.
func mutate(r *rand.Rand, s string) string {
	toks := tokenize(s)
	for range r.IntN(6) {
		i := 0
		if len(toks) > 0 {
			i = r.IntN(len(toks))
		}
		switch r.IntN(3) {
		case 0:
			toks = append(toks[:i], append([]string{vocab[r.IntN(len(vocab))]}, toks[i:]...)...)
		case 1:
			if len(toks) > 0 {
				toks = append(toks[:i], toks[i+1:]...)
			}
		case 2:
			if len(toks) > 0 {
				toks[i] = vocab[r.IntN(len(vocab))]
			}
		}
	}
	return strings.Join(toks, "")
}

func TestWordsProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 1000 {
		a := randomText(r, r.IntN(30))
		b := mutate(r, a)
		checkSpans(t, a, b, Words(a, b))
	}
}

// lcs returns the length of a longest common subsequence of a and b.
func lcs(a, b []int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func TestDiffIntsMinimal(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		a := randomInts(r, r.IntN(25))
		b := randomInts(r, r.IntN(25))
		es := diffInts(a, b)
		eq := 0
		i, j := 0, 0
		for _, e := range es {
			switch e.op {
			case Equal:
				for k := range e.n {
					if a[i+k] != b[j+k] {
						t.Fatalf("diffInts(%v, %v): unequal elements in Equal run", a, b)
					}
				}
				i, j, eq = i+e.n, j+e.n, eq+e.n
			case Delete:
				i += e.n
			case Insert:
				j += e.n
			}
		}
		if i != len(a) || j != len(b) {
			t.Fatalf("diffInts(%v, %v) covers %d, %d", a, b, i, j)
		}
		if want := lcs(a, b); eq != want {
			t.Fatalf("diffInts(%v, %v) keeps %d equal elements, LCS is %d", a, b, eq, want)
		}
	}
}

func randomInts(r *rand.Rand, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = r.IntN(4)
	}
	return out
}
