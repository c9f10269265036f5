package serve

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"strings"
	"sync"

	"github.com/tubei/pustaka/internal/site"
)

// minGzip is the smallest body worth compressing.
const minGzip = 256

// gzipCache keeps compressed bodies by ETag. When the total size would pass
// its limit it starts afresh, which keeps it bounded without bookkeeping;
// a rebuild shares unchanged files, so their entries stay valid.
type gzipCache struct {
	limit int
	mu    sync.Mutex
	size  int
	byTag map[string][]byte
}

func newGzipCache(limit int) *gzipCache {
	return &gzipCache{limit: limit, byTag: map[string][]byte{}}
}

// get returns f's body compressed, from the cache when f has an ETag.
func (c *gzipCache) get(f *site.File) []byte {
	if f.ETag == "" {
		return compress(f.Body)
	}
	c.mu.Lock()
	z, ok := c.byTag[f.ETag]
	c.mu.Unlock()
	if ok {
		return z
	}
	z = compress(f.Body)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.size+len(z) > c.limit {
		clear(c.byTag)
		c.size = 0
	}
	if len(z) <= c.limit {
		c.byTag[f.ETag] = z
		c.size += len(z)
	}
	return z
}

// Compressors are reused: a new gzip writer allocates and clears about
// 1 MB of tables, far more than the work of compressing a page.
var (
	bestWriters = sync.Pool{New: func() any {
		zw, _ := gzip.NewWriterLevel(nil, gzip.BestCompression) // valid level: no error
		return zw
	}}
	fastWriters = sync.Pool{New: func() any {
		zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // valid level: no error
		return zw
	}}
)

func compress(b []byte) []byte { return gzipWith(&bestWriters, b) }

// gzipFast compresses b quickly, for pages made while serving.
func gzipFast(b []byte) []byte { return gzipWith(&fastWriters, b) }

// gzipWith compresses b with a writer of pool.
func gzipWith(pool *sync.Pool, b []byte) []byte {
	var buf bytes.Buffer
	zw := pool.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(b) // bytes.Buffer writes do not fail
	zw.Close()
	pool.Put(zw)
	return buf.Bytes()
}

// gzipETag is the strong validator of the compressed representation.
func gzipETag(etag string) string {
	if etag == "" {
		return ""
	}
	return strings.TrimSuffix(etag, `"`) + `-gz"`
}

// compressible reports whether a body of this type and size is worth gzip.
func compressible(ctype string, n int) bool {
	if n < minGzip {
		return false
	}
	t, _, _ := strings.Cut(ctype, ";")
	switch {
	case strings.HasPrefix(t, "text/"),
		strings.HasSuffix(t, "json"), strings.HasSuffix(t, "xml"),
		t == "application/javascript", t == "image/svg+xml":
		return true
	}
	return false
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(coding) != "gzip" {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
