package history

import (
	"bufio"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// samplePolicyProse returns the paragraphs of the sample policy (plain
// Indonesian prose, Markdown marks dropped) with at least eight words.
func samplePolicyProse(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "content", "kebijakan", "peningkatan-kualitas-asn.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(strings.TrimPrefix(string(b), "---\n"), "\n---\n")
	var out []string
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimLeft(line, "-*0123456789. ")
		line = strings.NewReplacer("**", "", "*", "", "`", "").Replace(line)
		if !strings.HasPrefix(line, "#") && len(strings.Fields(line)) >= 8 {
			out = append(out, line)
		}
	}
	if len(out) < 20 {
		t.Fatalf("only %d paragraphs of prose in the sample policy", len(out))
	}
	return out
}

// editProse applies one to four random word edits to s: delete, insert or
// replace a word, or insert a phrase, with words taken from vocab.
func editProse(r *rand.Rand, s string, vocab []string) string {
	ws := strings.Fields(s)
	for range 1 + r.IntN(4) {
		i := r.IntN(len(ws) + 1)
		word := vocab[r.IntN(len(vocab))]
		switch op := r.IntN(4); {
		case op == 0 && i < len(ws) && len(ws) > 3:
			ws = append(ws[:i], ws[i+1:]...)
		case op == 1 && i < len(ws):
			ws[i] = word
		case op == 2:
			ws = append(ws[:i], append([]string{word, vocab[r.IntN(len(vocab))]}, ws[i:]...)...)
		default:
			ws = append(ws[:i], append([]string{word}, ws[i:]...)...)
		}
	}
	return strings.Join(ws, " ")
}

// gitMarkedWords runs git diff --word-diff=porcelain on a and b and counts
// the words (as Words counts them) in the parts git marks.
func gitMarkedWords(t *testing.T, dir, a, b string) int {
	t.Helper()
	fa, fb := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.WriteFile(fa, []byte(a+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(fb, []byte(b+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ := exec.Command("git", "diff", "--no-index", "--no-color", "--word-diff=porcelain", fa, fb).Output()
	n := 0
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	inHunk := false
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "@@") {
			inHunk = true
			continue
		}
		if inHunk && (strings.HasPrefix(line, "-") || strings.HasPrefix(line, "+")) {
			n += countWords(line[1:])
		}
	}
	return n
}

// TestWordsAgainstGit: for random edit scripts on the sample policy's
// prose, no word both versions share at that place is marked (within a
// change, the deleted and inserted words have no common subsequence),
// and Words marks no more words than git --word-diff does, give or take
// two.
func TestWordsAgainstGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	prose := samplePolicyProse(t)
	vocab := strings.Fields(strings.Join(prose, " "))
	r := rand.New(rand.NewPCG(15, 1))
	dir := t.TempDir()
	for n := range 150 {
		a := prose[r.IntN(len(prose))]
		b := editProse(r, a, vocab)
		ss := Words(a, b)
		checkSpans(t, a, b, ss)
		ours := 0
		for i := 0; i < len(ss); {
			if ss[i].Op == Equal {
				i++
				continue
			}
			var del, ins []string
			for ; i < len(ss) && ss[i].Op != Equal; i++ {
				for _, tok := range tokenize(ss[i].Text) {
					if !isWord(tok) {
						continue
					}
					if ss[i].Op == Delete {
						del = append(del, tok)
					} else {
						ins = append(ins, tok)
					}
				}
			}
			ours += len(del) + len(ins)
			if ia, ib := intern(del, ins); lcs(ia, ib) > 0 {
				t.Errorf("case %d: a change marks words both versions share: [-%s-]{+%s+}\nold: %s\nnew: %s", n, strings.Join(del, " "), strings.Join(ins, " "), a, b)
			}
		}
		if git := gitMarkedWords(t, dir, a, b); ours > git+2 {
			t.Errorf("case %d: Words marks %d words, git --word-diff %d\nold: %s\nnew: %s\nours: %s", n, ours, git, a, b, plainSpans(ss))
		}
	}
}
