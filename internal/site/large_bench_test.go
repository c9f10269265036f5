package site

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/sitetest"
)

// BenchmarkLargeDocument measures the page of a 3 MB regulation
// (sitetest.Regulation: 2,500 articles in 450 chapters) on a site with 20
// small pages, kept compressed as `pustaka serve` keeps them: an op is one
// save of the regulation, from Rebuild until its page is made, compressed
// and published (parse, render, contents, layout, gzip; no history, no
// index). cpu-ms/op is the CPU time of the process per op, which on the
// shared, loaded machine says more than the wall time; build-ms is the
// first build of the whole site.
func BenchmarkLargeDocument(b *testing.B) {
	dir := b.TempDir()
	reg := sitetest.Regulation("Peraturan Bupati Nomor 7 Tahun 2026", 3<<20)
	sitetest.Write(b, dir, "content/peraturan/besar.md", reg)
	for i := range 20 {
		sitetest.Write(b, dir, fmt.Sprintf("content/peraturan/kecil-%d.md", i), sitetest.Regulation(fmt.Sprint("Peraturan kecil ", i), 8<<10))
	}
	s := New(Options{Dir: dir, NoHistory: true, Compress: true})
	res := s.Build(context.Background())
	if res.Diags.Errors() > 0 {
		b.Fatal(res.Diags[0])
	}
	build := res.Stats.Took
	page := s.Output().Files["/peraturan/besar/index.html"]
	if page == nil || !strings.Contains(string(page.Bytes()), `class="toc toc-large"`) {
		b.Fatal("no page /peraturan/besar/ with the contents of a large document")
	}
	b.SetBytes(int64(len(reg)))
	cpu, ok := sitetest.ProcessCPU()
	i := 0
	for b.Loop() {
		i++
		sitetest.Write(b, dir, "content/peraturan/besar.md", reg+strings.Repeat("\nParagraf tambahan.\n", i%2+1))
		res := s.Rebuild(context.Background(), []Change{{Path: "content/peraturan/besar.md"}})
		if res.Stats.Rendered != 1 || res.Diags.Errors() > 0 {
			b.Fatalf("rendered %d, %v", res.Stats.Rendered, res.Diags)
		}
	}
	if end, ok2 := sitetest.ProcessCPU(); ok && ok2 {
		b.ReportMetric(float64(end-cpu)/float64(time.Millisecond)/float64(i), "cpu-ms/op")
	}
	b.ReportMetric(float64(build)/float64(time.Millisecond), "build-ms")
	b.ReportMetric(float64(len(s.Output().Files["/peraturan/besar/index.html"].Gzip)), "gzip-bytes")
}
