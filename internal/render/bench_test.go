package render

import (
	"bytes"
	"os"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

// benchResolver resolves every local link without allocating errors.
type benchResolver struct{}

func (benchResolver) ResolveLink(dest string) (string, error) { return "/" + dest, nil }

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
	for b.Loop() {
		d := r.Parse(src)
		if _, errs := r.Render(d, benchResolver{}); errs != nil {
			b.Fatal(errs)
		}
	}
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
	for b.Loop() {
		_ = d.Blocks()
	}
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
	for b.Loop() {
		buf.Reset()
		if err := md.Convert(src, &buf); err != nil {
			b.Fatal(err)
		}
	}
}
