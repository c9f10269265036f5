package site

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// BenchmarkBuildSite is `pustaka build --no-index --no-history` of the
// site folder named by $PUSTAKA_BENCH_SITE (e.g. a 10,000-page corpus),
// writing the output to a temporary folder at the build's GC setting. It
// is skipped when the variable is unset.
func BenchmarkBuildSite(b *testing.B) {
	dir := os.Getenv("PUSTAKA_BENCH_SITE")
	if dir == "" {
		b.Skip("PUSTAKA_BENCH_SITE not set")
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(60))
	}
	out := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		st, err := NewStage(out)
		if err != nil {
			b.Fatal(err)
		}
		res := New(Options{Dir: dir, NoHistory: true, NoIndex: true, Stage: st}).Build(context.Background())
		if res.Diags.Errors() > 0 {
			b.Fatal(res.Diags[0])
		}
		if err := st.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}
