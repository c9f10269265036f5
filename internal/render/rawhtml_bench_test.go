package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/tubei/pustaka/internal/sitetest"
)

// BenchmarkRenderRawHTML is BenchmarkRender on the page of the vue-id
// corpus with the most raw HTML (the migration guide: 68 upgrade-path
// boxes, demos with scripts and styles), front matter cut off. Skipped
// without the corpus.
func BenchmarkRenderRawHTML(b *testing.B) {
	dir, ok := sitetest.SharedCorpus("vue-id")
	if !ok {
		b.Skip("shared/corpora/vue-id not found")
	}
	src, err := os.ReadFile(filepath.Join(dir, "content", "panduan", "migration.md"))
	if err != nil {
		b.Fatal(err)
	}
	if _, body, ok := bytes.Cut(src[3:], []byte("\n---\n")); ok {
		src = body
	}
	r := New(Options{})
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu, ok := sitetest.ProcessCPU()
	for b.Loop() {
		d := r.Parse(src)
		if _, errs := r.Render(d, benchResolver{}); errs != nil {
			b.Fatal(errs)
		}
		_ = d.Blocks()
	}
	reportCPU(b, cpu, ok, len(src))
}
