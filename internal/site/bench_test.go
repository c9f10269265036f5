package site

import (
	"cmp"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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

// BenchmarkRebuildOne edits one document of the 1,000-page corpus
// ($PUSTAKA_BENCH_PAGES pages if set) and rebuilds: the work behind one
// save in `pustaka serve`. The edited policy has versions; "deferred"
// publishes its page before its version pages (Options.DeferVersions, as
// serve does) and reports the time until the page is out as page-ms.
func BenchmarkRebuildOne(b *testing.B) {
	for _, c := range []struct {
		name        string
		hist, later bool
	}{{"nohistory", false, false}, {"history", true, false}, {"deferred", true, true}} {
		b.Run(c.name, func(b *testing.B) { rebuildOne(b, c.hist, c.later) })
	}
}

// rebuildOne edits the first policy of the corpus and rebuilds, as
// `pustaka serve` does (compressed output); with history, every save is
// a new working draft, so its version and comparison pages are made
// again too.
func rebuildOne(b *testing.B, hist, later bool) {
	dir := corpus(b, cmp.Or(os.Getenv("PUSTAKA_BENCH_PAGES"), "1000"))
	os.RemoveAll(filepath.Join(dir, ".pustaka"))
	s := New(Options{Dir: dir, NoHistory: !hist, Compress: true, DeferVersions: later})
	s.Build(context.Background())
	var path string
	for p, e := range s.entries {
		if !e.page.IsIndex && strings.HasPrefix(p, "kebijakan/") && (path == "" || p < path) {
			path = p
		}
	}
	file := filepath.Join(dir, "content", filepath.FromSlash(path))
	orig, _ := os.ReadFile(file)
	defer os.WriteFile(file, orig, 0o644)
	i := 0
	var page time.Duration
	for b.Loop() {
		i++
		os.WriteFile(file, append(append([]byte{}, orig...), []byte("\n\nParagraf tambahan "+strconv.Itoa(i)+".\n")...), 0o644)
		start := time.Now()
		res := s.Rebuild(context.Background(), []Change{{Path: "content/" + path}})
		page += time.Since(start)
		if res.Stats.Rendered != 1 {
			b.Fatalf("rendered %d", res.Stats.Rendered)
		}
		s.Settle(context.Background())
	}
	b.ReportMetric(float64(page.Microseconds())/1000/float64(i), "page-ms")
}
