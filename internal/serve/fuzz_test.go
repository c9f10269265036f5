package serve

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/tubei/pustaka/indexer"
)

// FuzzParseRequest checks that any query string either fails with a
// parameter error or yields a request within the cost limits.
func FuzzParseRequest(f *testing.F) {
	for _, seed := range []string{
		"q=pelatihan+asn&type=policy&page=2&size=20", "page=abc", "size=1000", "sort=foo",
		"year=2026&sort=date", "q=%22tanda+kutip", "page=-0&size=+5", "q=" + strings.Repeat("a", 600),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		req, err := parseRequest(v)
		if err != nil {
			if _, ok := err.(*indexer.QueryError); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		if req.Page < 1 || req.Size < 1 || req.Size > 50 || req.Page*req.Size > indexer.MaxResults || len(req.Query) > 512 || req.Year < 0 {
			t.Fatalf("%q gave out-of-bounds request %+v", raw, req)
		}
		back, err := parseRequest(values(req))
		if err != nil || back != req {
			t.Fatalf("round trip of %+v gave %+v, %v", req, back, err)
		}
	})
}

// FuzzSafePath checks that an accepted path never contains a dot segment,
// a dotfile, a backslash or a NUL, whatever the encoding.
func FuzzSafePath(f *testing.F) {
	for _, seed := range []string{
		"/", "/kebijakan/x/", "/../etc/passwd", "/%2e%2e/x", "/a%2fb", "/a%5cb", "/.git/config", "/a/./b", "//x", "/a%00",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, target string) {
		u, err := url.ParseRequestURI(target)
		if err != nil {
			return
		}
		r := &http.Request{URL: u}
		if !safePath(r) {
			return
		}
		p := u.Path
		if strings.ContainsAny(p, "\\\x00") || strings.Contains(p, "/.") || strings.Contains(p, "//") || !strings.HasPrefix(p, "/") {
			t.Fatalf("safePath accepted %q (path %q)", target, p)
		}
	})
}
