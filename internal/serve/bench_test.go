package serve

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkSearchAPI measures one /api/search request through the whole
// handler chain with a fake searcher: parameter validation, JSON encoding,
// headers, logging middleware.
func BenchmarkSearchAPI(b *testing.B) {
	s, _ := newServer(b, Options{Searcher: &fakeSearcher{res: sampleResult()}})
	h := s.Handler()
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/api/search?q=pelatihan+asn&type=policy&page=2&size=20", nil))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkStatic measures serving one page, plain and gzipped (cached).
func BenchmarkStatic(b *testing.B) {
	for _, enc := range []string{"identity", "gzip"} {
		b.Run(enc, func(b *testing.B) {
			s, _ := newServer(b, Options{})
			h := s.Handler()
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				r := httptest.NewRequest("GET", "/css/site.css", nil)
				r.Header.Set("Accept-Encoding", enc)
				h.ServeHTTP(w, r)
				if w.Code != 200 {
					b.Fatal(w.Code)
				}
			}
		})
	}
}

// BenchmarkStaticNotModified measures a revalidation answered with 304.
func BenchmarkStaticNotModified(b *testing.B) {
	s, _ := newServer(b, Options{})
	h := s.Handler()
	etag := s.current().Output.Files["/kebijakan/peningkatan-kualitas-asn/index.html"].ETag
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/kebijakan/peningkatan-kualitas-asn/", nil)
		r.Header.Set("If-None-Match", etag)
		h.ServeHTTP(w, r)
		if w.Code != 304 {
			b.Fatal(w.Code)
		}
	}
}

// BenchmarkPublishToEvent measures the time from Publish to the arrival of
// its live-reload message at a connected event-stream client over real
// HTTP, and reports the 90th percentile as p90-ms.
func BenchmarkPublishToEvent(b *testing.B) {
	s, a := newServer(b, Options{LiveReload: true})
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	defer s.Close()
	nextData := eventData(b, ts.URL)
	nextData() // hello
	st := makeState(a, 1, nil)
	changed := []string{"/kebijakan/peningkatan-kualitas-asn/index.html"}
	lat := make([]time.Duration, 0, b.N)
	for b.Loop() {
		start := time.Now()
		s.Publish(st, changed)
		nextData()
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*9/10])/1e6, "p90-ms")
}

// eventData connects to the event stream at url and returns a function
// that waits for its next data message, failing b when the stream ends.
func eventData(b *testing.B, url string) func() {
	b.Helper()
	resp, err := http.Get(url + eventsPath)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { resp.Body.Close() })
	sc := bufio.NewScanner(resp.Body)
	return func() {
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "data: ") {
				return
			}
		}
		b.Fatal("stream ended")
	}
}
