package render

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/sitetest"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// benchResolver resolves every local link without allocating errors.
type benchResolver struct{}

func (benchResolver) ResolveLink(dest string) (string, error) { return "/" + dest, nil }

// reportCPU adds CPU-time metrics to a benchmark: on a shared, overloaded
// machine wall time (ns/op, MB/s) mostly measures waiting, while CPU time per
// op stays close to what an idle machine would show. Call it after the loop.
func reportCPU(b *testing.B, start time.Duration, ok bool, bytes int) {
	end, ok2 := sitetest.ProcessCPU()
	if !ok || !ok2 || b.N == 0 {
		return
	}
	perOp := float64(end-start) / float64(b.N)
	b.ReportMetric(perOp, "cpu-ns/op")
	b.ReportMetric(float64(bytes)/perOp*1e3, "cpu-MB/s")
}

func benchSource(b *testing.B) []byte {
	src, err := os.ReadFile("testdata/bench.md")
	if err != nil {
		b.Fatal(err)
	}
	return src
}

// BenchmarkRender measures Parse+Render of a realistic page; MB/s is
// Markdown bytes per second on one goroutine.
func BenchmarkRender(b *testing.B) {
	src := benchSource(b)
	r := New(Options{})
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu, ok := sitetest.ProcessCPU()
	for b.Loop() {
		d := r.Parse(src)
		if _, errs := r.Render(d, benchResolver{}); errs != nil {
			b.Fatal(errs)
		}
	}
	reportCPU(b, cpu, ok, len(src))
}

// BenchmarkRenderParallel is BenchmarkRender on GOMAXPROCS goroutines
// sharing one Renderer.
func BenchmarkRenderParallel(b *testing.B) {
	src := benchSource(b)
	r := New(Options{})
	b.SetBytes(int64(len(src)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d := r.Parse(src)
			_, _ = r.Render(d, benchResolver{})
		}
	})
}

// BenchmarkBlocks measures plain-text extraction for the indexer.
func BenchmarkBlocks(b *testing.B) {
	src := benchSource(b)
	d := New(Options{}).Parse(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu, ok := sitetest.ProcessCPU()
	for b.Loop() {
		_ = d.Blocks()
	}
	reportCPU(b, cpu, ok, len(src))
}

// BenchmarkGoldmarkFloor is plain goldmark with the extensions of the
// goldmark-floor tool (/work/shared/bench/goldmark-floor), for comparison.
func BenchmarkGoldmarkFloor(b *testing.B) {
	src := benchSource(b)
	md := goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.DefinitionList, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute()),
	)
	var buf bytes.Buffer
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu, ok := sitetest.ProcessCPU()
	for b.Loop() {
		buf.Reset()
		if err := md.Convert(src, &buf); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, ok, len(src))
}
