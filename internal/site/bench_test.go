package site

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// corpus generates a gen-corpus site with n pages once per process, or
// skips when the generator or python3 is missing.
func corpus(b *testing.B, n string) string {
	b.Helper()
	gen, ok := sitetest.CorpusGenerator()
	if !ok {
		b.Skip("python3 or ../shared/bench/gen-corpus not found")
	}
	dir := filepath.Join(os.TempDir(), "pustaka-bench-c"+n)
	if _, err := os.Stat(filepath.Join(dir, "corpus-stats.json")); err != nil {
		out, err := exec.Command("python3", gen, "--pages", n, "--out", dir, "--seed", "1", "--force", "--quiet").CombinedOutput()
		if err != nil {
			b.Skipf("gen-corpus: %v\n%s", err, out)
		}
		os.RemoveAll(filepath.Join(dir, "layouts")) // Hugo's layouts are not ours
	}
	return dir
}

// BenchmarkBuild is a full in-memory build (no writing, no index, no
// history) of the 1,000-page corpus.
func BenchmarkBuild(b *testing.B) {
	dir := corpus(b, "1000")
	for b.Loop() {
		res := New(Options{Dir: dir, NoHistory: true}).Build(context.Background())
		if res.Diags.Errors() > 0 {
			b.Fatal(res.Diags[0])
		}
	}
}

// BenchmarkRebuildOne edits one document of the 1,000-page corpus and
// rebuilds: the work behind one save in `pustaka serve`.
func BenchmarkRebuildOne(b *testing.B) {
	dir := corpus(b, "1000")
	s := New(Options{Dir: dir, NoHistory: true})
	s.Build(context.Background())
	var path string
	for p := range s.entries {
		if !s.entries[p].page.IsIndex {
			path = p
			break
		}
	}
	file := filepath.Join(dir, "content", filepath.FromSlash(path))
	orig, _ := os.ReadFile(file)
	defer os.WriteFile(file, orig, 0o644)
	i := 0
	for b.Loop() {
		i++
		os.WriteFile(file, append(append([]byte{}, orig...), []byte("\n\nParagraf tambahan "+string(rune('a'+i%26))+".\n")...), 0o644)
		res := s.Rebuild(context.Background(), []string{"content/" + path})
		if res.Stats.Rendered != 1 {
			b.Fatalf("rendered %d", res.Stats.Rendered)
		}
	}
}
