package serve

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tubei/pustaka/internal/site"
	"github.com/tubei/pustaka/internal/watch"
)

// BenchmarkSaveToServed measures this side of `pustaka serve --watch`
// end to end: a file is saved, the watcher delivers its batch, a stand-in
// for the build publishes a state holding the file, the live-reload client
// hears about it and fetches the page with the new text. The real build's
// time adds to this. Reports the 90th percentile as p90-ms.
func BenchmarkSaveToServed(b *testing.B) {
	root := b.TempDir()
	src := filepath.Join(root, "x.md")
	if err := os.WriteFile(src, []byte("versi 0"), 0o644); err != nil {
		b.Fatal(err)
	}
	w, err := watch.New(root, watch.Options{Logf: b.Logf})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	s := New(Options{LiveReload: true, Logf: b.Logf})
	build := func() *State {
		body, _ := os.ReadFile(src)
		page := "<html><body><p>" + string(body) + "</p></body></html>"
		return &State{Output: &site.Output{Files: map[string]*site.File{"/x/index.html": newFile("/x/index.html", page)}}}
	}
	s.Publish(build(), nil)
	go func() { // the lead's glue: one goroutine receives batches and publishes
		for range w.Batches() {
			s.Publish(build(), []string{"/x/index.html"})
		}
	}()
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()
	next := eventData(b, ts.URL)
	next() // hello
	lat := make([]time.Duration, 0, b.N)
	for i := 1; b.Loop(); i++ {
		want := fmt.Sprintf("versi %d", i)
		start := time.Now()
		if err := os.WriteFile(src, []byte(want), 0o644); err != nil {
			b.Fatal(err)
		}
		next()
		page, err := http.Get(ts.URL + "/x/")
		if err != nil {
			b.Fatal(err)
		}
		body, _ := io.ReadAll(page.Body)
		page.Body.Close()
		lat = append(lat, time.Since(start))
		if !strings.Contains(string(body), want) {
			b.Fatalf("served %q, want %q", body, want)
		}
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*9/10])/1e6, "p90-ms")
}
