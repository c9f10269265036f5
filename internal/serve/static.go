package serve

import (
	"bytes"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/tubei/pustaka/internal/site"
)

// static serves a file of the current site.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	st := s.current()
	if st != nil && st.Output == nil && s.opts.LiveReload {
		s.placeholder(w, r, st) // no good build yet: show the problems, reload when fixed
		return
	}
	if st == nil || st.Output == nil {
		w.Header().Set("Retry-After", "1")
		http.Error(w, "situs sedang dibangun, coba lagi sebentar", http.StatusServiceUnavailable)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "metode tidak diizinkan", http.StatusMethodNotAllowed)
		return
	}
	if !safePath(r) {
		s.notFound(w, r, st)
		return
	}
	name, f := lookup(st.Output, r.URL.Path)
	switch {
	case f != nil:
		s.serveFile(w, r, st, name, f, http.StatusOK)
	case name != "":
		target := name
		if q := r.URL.RawQuery; q != "" {
			target += "?" + q
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
	default:
		s.notFound(w, r, st)
	}
}

// placeholderPage stands in for every page until a build succeeds; the
// live-reload script reloads it on the next generation.
const placeholderPage = `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Situs belum dapat dibangun</title></head>
<body data-pustaka-placeholder><p>Situs belum dapat dibangun. Halaman ini dimuat ulang otomatis setelah kesalahan diperbaiki.</p></body></html>
`

func (s *Server) placeholder(w http.ResponseWriter, r *http.Request, st *State) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	s.write(w, r, http.StatusServiceUnavailable, s.inject([]byte(placeholderPage), st))
}

// lookup finds the file for a URL path. When there is none but the path
// names a folder with an index, it returns the folder URL to redirect to.
func lookup(out *site.Output, p string) (name string, f *site.File) {
	if strings.HasSuffix(p, "/") {
		if f = out.Files[p+"index.html"]; f != nil {
			return p + "index.html", f
		}
		return "", nil
	}
	if f = out.Files[p]; f != nil {
		return p, f
	}
	if out.Files[p+"/index.html"] != nil {
		return p + "/", nil
	}
	return "", nil
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request, st *State) {
	if f := st.Output.Files["/404.html"]; f != nil {
		w.Header().Set("Cache-Control", "no-cache")
		s.serveFile(w, r, st, "/404.html", f, http.StatusNotFound)
		return
	}
	http.Error(w, "halaman tidak ditemukan", http.StatusNotFound)
}

// serveFile writes f with validators, conditional answers and compression.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request, st *State, name string, f *site.File, status int) {
	h := w.Header()
	ctype := contentType(name, f)
	h.Set("Content-Type", ctype)
	if s.opts.LiveReload && isHTML(ctype) {
		s.liveFile(w, r, st, name, f, status)
		return
	}
	h.Set("Cache-Control", "no-cache") // URLs are not fingerprinted: always revalidate
	var body []byte
	etag := f.ETag
	switch {
	case f.Gzip != nil && acceptsGzip(r):
		h.Add("Vary", "Accept-Encoding")
		body, etag = f.Gzip, gzipETag(f.ETag)
		h.Set("Content-Encoding", "gzip")
	case f.Gzip != nil:
		h.Add("Vary", "Accept-Encoding")
		body = f.Bytes()
	default:
		body = f.Body
		if compressible(ctype, len(body)) {
			h.Add("Vary", "Accept-Encoding")
			if acceptsGzip(r) {
				body, etag = s.gz.get(f), gzipETag(f.ETag)
				h.Set("Content-Encoding", "gzip")
			}
		}
	}
	if etag != "" {
		h.Set("ETag", etag)
	}
	if !f.ModTime.IsZero() {
		h.Set("Last-Modified", f.ModTime.UTC().Format(http.TimeFormat))
	}
	if status == http.StatusOK && notModified(r, f) {
		h.Del("Content-Type")
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if status == http.StatusOK {
		// ServeContent adds byte ranges, so that a download of a large
		// attachment over a bad connection can resume.
		http.ServeContent(w, r, "", f.ModTime, bytes.NewReader(body))
		return
	}
	s.write(w, r, status, body)
}

// write sends body with its length; HEAD gets the headers only.
func (s *Server) write(w http.ResponseWriter, r *http.Request, status int, body []byte) {
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func contentType(name string, f *site.File) string {
	if f.ContentType != "" {
		return f.ContentType
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func isHTML(ctype string) bool { return strings.HasPrefix(ctype, "text/html") }

// notModified evaluates If-None-Match, else If-Modified-Since (RFC 9110).
func notModified(r *http.Request, f *site.File) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		return f.ETag != "" && etagMatch(inm, f.ETag)
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || f.ModTime.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !f.ModTime.Truncate(time.Second).After(t)
}

// etagMatch reports whether an If-None-Match list names etag or its gzip
// variant (weak comparison, as RFC 9110 requires for If-None-Match).
func etagMatch(list, etag string) bool {
	for _, c := range strings.Split(list, ",") {
		c = strings.TrimPrefix(strings.TrimSpace(c), "W/")
		if c == "*" || c == etag || c == gzipETag(etag) {
			return true
		}
	}
	return false
}
