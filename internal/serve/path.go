package serve

import (
	"net/http"
	"strings"
)

// safePath reports whether a request path may name a published file: it
// must be absolute and free of dot segments, dotfiles, backslashes, NUL
// bytes and encoded slashes or backslashes. Everything else answers 404.
func safePath(r *http.Request) bool {
	p := r.URL.Path
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return false
	}
	raw := strings.ToLower(r.URL.EscapedPath())
	if strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") || strings.Contains(raw, "%00") {
		return false
	}
	for _, seg := range strings.Split(p[1:], "/") {
		if strings.HasPrefix(seg, ".") {
			return false // ".", "..", ".git", ".env", ...
		}
	}
	return !strings.Contains(p, "//")
}
