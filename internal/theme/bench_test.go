package theme

import (
	"bytes"
	"io"
	"strconv"
	"testing"
)

// BenchmarkLoad measures parsing the default theme (done once per build).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(DefaultFS(), "themes/default", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderPolicy measures one policy page, the most common page.
func BenchmarkRenderPolicy(b *testing.B) {
	th := loadDefault(b)
	d := fixtures("id")["single-policy.html"]
	b.ReportAllocs()
	for b.Loop() {
		if err := th.Render(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderParallel renders every layout from all CPUs at once.
func BenchmarkRenderParallel(b *testing.B) {
	th := loadDefault(b)
	var all []*Data
	for _, d := range fixtures("id") {
		all = append(all, d)
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if err := th.Render(io.Discard, all[i%len(all)]); err != nil {
				b.Error(err)
			}
			i++
		}
	})
}

// BenchmarkRenderTermMemo renders a term page listing 1,000 documents
// whose entries the build's Memo already holds: the common case on a large
// site, where a document shows on its section page and several term pages.
func BenchmarkRenderTermMemo(b *testing.B) {
	th := loadDefault(b)
	d := fixtures("id")["term.html"]
	p := *d.Page
	p.Children = nil
	for i := range 1000 {
		l := doc("Kebijakan Nomor "+strconv.Itoa(i), "/kebijakan/2026/kebijakan-"+strconv.Itoa(i)+"/", TypePolicy, "approved")
		p.Children = append(p.Children, l)
	}
	data := &Data{Site: d.Site, Page: &p, Memo: NewMemo()}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := th.Render(&buf, data); err != nil {
			b.Fatal(err)
		}
	}
}
