package serve

import (
	"net/http/httptest"
	"testing"
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
