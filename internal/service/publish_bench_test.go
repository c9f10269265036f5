package service

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPublish is `pustaka build` (BENCH_INDEX=0: `--no-index`) with
// --no-history of the site whose content/ folder is named by
// $PUSTAKA_BENCH_CONTENT (e.g. a generated 10,000-page corpus), each run
// from an empty site folder, as bench/build measures it. With
// -cpuprofile it shows where a whole build spends its CPU. It is
// skipped when the variable is unset.
func BenchmarkPublish(b *testing.B) {
	content := os.Getenv("PUSTAKA_BENCH_CONTENT")
	if content == "" {
		b.Skip("PUSTAKA_BENCH_CONTENT not set")
	}
	content, err := filepath.Abs(content)
	if err != nil {
		b.Fatal(err)
	}
	noIndex := os.Getenv("BENCH_INDEX") == "0"
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		if err := os.Symlink(content, filepath.Join(dir, "content")); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		opts := Options{Dir: dir, NoHistory: true, NoIndex: noIndex, Log: io.Discard, Getenv: func(string) string { return "" }}
		if err := Publish(context.Background(), opts, PublishOptions{TuneGC: os.Getenv("GOGC") == ""}); err != nil {
			b.Fatal(err)
		}
	}
}
