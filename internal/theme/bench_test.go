package theme

import (
	"io"
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
