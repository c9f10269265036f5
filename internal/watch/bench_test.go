package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// BenchmarkSaveToBatch measures the time from a file save to the delivery
// of its batch (fsnotify mode, default 15 ms quiet period), and reports the
// 90th percentile as p90-ms.
func BenchmarkSaveToBatch(b *testing.B) {
	root := b.TempDir()
	p := filepath.Join(root, "x.md")
	if err := os.WriteFile(p, []byte("0"), 0o644); err != nil {
		b.Fatal(err)
	}
	w, err := New(root, Options{Logf: b.Logf})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	lat := make([]time.Duration, 0, b.N)
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		if err := os.WriteFile(p, []byte(fmt.Sprint(i)), 0o644); err != nil {
			b.Fatal(err)
		}
		<-w.Batches()
		lat = append(lat, time.Since(start))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)*9/10])/1e6, "p90-ms")
}
