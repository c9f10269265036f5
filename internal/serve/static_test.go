package serve

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"testing"
)

func TestRoutesScript(t *testing.T) {
	s, _ := newServer(t, Options{})
	runScript(t, s.Handler(), "testdata/routes.txt")
}

func TestNotYetPublished(t *testing.T) {
	s := New(Options{})
	w := get(s.Handler(), "GET", "/")
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") == "" {
		t.Errorf("before Publish: code %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	if w := get(s.Handler(), "GET", "/healthz"); w.Body.String() != "ok 0\n" {
		t.Errorf("healthz before Publish = %q", w.Body.String())
	}
}

func TestConditionalRequests(t *testing.T) {
	s, _ := newServer(t, Options{})
	h := s.Handler()
	first := get(h, "GET", "/css/site.css")
	etag := first.Header().Get("ETag")
	lastMod := first.Header().Get("Last-Modified")
	if etag == "" || lastMod != "Fri, 20 Nov 2026 09:30:00 GMT" {
		t.Fatalf("ETag %q, Last-Modified %q", etag, lastMod)
	}
	tests := []struct {
		name   string
		header []string
		want   int
	}{
		{"etag match", []string{"If-None-Match", etag}, 304},
		{"etag in list", []string{"If-None-Match", `"lain", ` + etag}, 304},
		{"weak etag", []string{"If-None-Match", "W/" + etag}, 304},
		{"star", []string{"If-None-Match", "*"}, 304},
		{"gzip etag", []string{"If-None-Match", gzipETag(etag)}, 304},
		{"etag differs", []string{"If-None-Match", `"lama"`}, 200},
		{"etag wins over date", []string{"If-None-Match", `"lama"`, "If-Modified-Since", lastMod}, 200},
		{"not modified since", []string{"If-Modified-Since", lastMod}, 304},
		{"modified since", []string{"If-Modified-Since", "Thu, 19 Nov 2026 09:30:00 GMT"}, 200},
		{"bad date", []string{"If-Modified-Since", "kemarin"}, 200},
	}
	for _, tt := range tests {
		w := get(h, "GET", "/css/site.css", tt.header...)
		if w.Code != tt.want {
			t.Errorf("%s: code %d, want %d", tt.name, w.Code, tt.want)
		}
		if w.Code == 304 && w.Body.Len() != 0 {
			t.Errorf("%s: 304 with a body", tt.name)
		}
	}
	// A changed file gets a new validator: the old ETag no longer matches.
	a := loadSite(t)
	s.Publish(makeState(a, 2, nil), []string{"/css/site.css"})
	if w := get(h, "GET", "/css/site.css", "If-None-Match", etag); w.Code != 200 {
		t.Errorf("after rebuild: code %d, want 200", w.Code)
	}
}

func TestGzip(t *testing.T) {
	s, a := newServer(t, Options{})
	h := s.Handler()
	var plain []byte
	for _, f := range a.Files {
		if f.Name == "/css/site.css" {
			plain = bytes.ReplaceAll(f.Data, []byte("{{gen}}"), []byte("1"))
		}
	}
	for range 2 { // the second answer comes from the cache
		w := get(h, "GET", "/css/site.css", "Accept-Encoding", "br, gzip")
		if w.Header().Get("Content-Encoding") != "gzip" || w.Header().Get("Vary") != "Accept-Encoding" {
			t.Fatalf("headers %v", w.Header())
		}
		if !strings.HasSuffix(w.Header().Get("ETag"), `-gz"`) {
			t.Errorf("gzip ETag %q does not differ from the plain one", w.Header().Get("ETag"))
		}
		zr, err := gzip.NewReader(w.Body)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := io.ReadAll(zr)
		if !bytes.Equal(got, plain) {
			t.Errorf("gunzipped body differs:\n%s", got)
		}
	}
	if w := get(h, "GET", "/css/site.css", "Accept-Encoding", "gzip;q=0"); w.Header().Get("Content-Encoding") != "" {
		t.Error("gzip sent although refused with q=0")
	}
	if w := get(h, "GET", "/unduh/lampiran.bin", "Accept-Encoding", "gzip"); w.Header().Get("Content-Encoding") != "" {
		t.Error("tiny binary file gzipped")
	}
	if w := get(h, "GET", "/css/site.css", "Accept-Encoding", "gzip", "If-None-Match", gzipETag(s.current().Output.Files["/css/site.css"].ETag)); w.Code != 304 {
		t.Errorf("revalidating the gzip variant: code %d, want 304", w.Code)
	}
}

func TestGzipCacheBounded(t *testing.T) {
	c := newGzipCache(100)
	for i := range 50 {
		c.get(newFile("/a.css", strings.Repeat("x", 1000+i)))
		c.mu.Lock()
		size := c.size
		c.mu.Unlock()
		if size > 100 {
			t.Fatalf("cache holds %d bytes, limit 100", size)
		}
	}
}

func TestAcceptsGzip(t *testing.T) {
	tests := map[string]bool{
		"gzip": true, "gzip, deflate, br": true, "br;q=1.0, gzip;q=0.8": true,
		"": false, "br": false, "gzip;q=0": false, "gzip; q=0.000": false, "x-gzip2": false,
	}
	for in, want := range tests {
		r, _ := http.NewRequest("GET", "/", nil)
		r.Header.Set("Accept-Encoding", in)
		if got := acceptsGzip(r); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNo404Page(t *testing.T) {
	s := New(Options{})
	st := makeState(loadSite(t), 1, nil)
	delete(st.Output.Files, "/404.html")
	s.Publish(st, nil)
	w := get(s.Handler(), "GET", "/tidak-ada")
	if w.Code != 404 || !strings.Contains(w.Body.String(), "halaman tidak ditemukan") {
		t.Errorf("code %d body %q", w.Code, w.Body.String())
	}
}

func TestBodyLimit(t *testing.T) {
	s, _ := newServer(t, Options{})
	r, _ := http.NewRequest("POST", "/api/search", bytes.NewReader(make([]byte, 2<<20)))
	w := newRecorder()
	s.Handler().ServeHTTP(w, r)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("2 MB body: code %d, want 413", w.Code)
	}
}
