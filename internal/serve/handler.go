package serve

import (
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"time"
)

// maxBody is the largest request body accepted; no route needs one.
const maxBody = 1 << 20

// csp allows only the site's own origin; inline scripts and styles are not
// allowed, images may also be data: URLs.
const csp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

// Handler returns the server's HTTP handler with all routes and hardening.
func (s *Server) Handler() http.Handler {
	return s.logged(s.recovered(s.secured(http.HandlerFunc(s.route))))
}

// route dispatches by path; it does not use http.ServeMux, whose path
// cleaning would turn traversal attempts into redirects instead of 404s.
func (s *Server) route(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	switch {
	case p == "/healthz":
		s.healthz(w, r)
	case p == "/api/search":
		s.searchAPI(w, r)
	case p == s.opts.SearchPath:
		s.searchPage(w, r)
	case p+"/" == s.opts.SearchPath:
		target := s.opts.SearchPath
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
	case p == ComparePath && s.opts.Compare != nil:
		s.compare(w, r)
	case s.opts.LiveReload && p == eventsPath:
		s.events(w, r)
	case s.opts.LiveReload && p == scriptPath:
		serveScript(w, r)
	default:
		s.static(w, r)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	var gen uint64
	if st := s.current(); st != nil {
		gen = st.Gen
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintf(w, "ok %d\n", gen)
}

// secured adds security headers and refuses request bodies over maxBody.
func (s *Server) secured(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Content-Security-Policy", csp)
		if r.ContentLength > maxBody {
			http.Error(w, "permintaan terlalu besar", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		next.ServeHTTP(w, r)
	})
}

// recovered turns a panic into a logged 500; the server keeps running.
func (s *Server) recovered(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.opts.Logf("serve: panic on %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
			if rec, ok := w.(*recorder); !ok || rec.status == 0 {
				http.Error(w, "terjadi kesalahan di server", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// logged writes one access-log line per request.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w}
		start := time.Now()
		next.ServeHTTP(rec, r)
		if s.opts.AccessLog == nil {
			return
		}
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		line := fmt.Sprintf("%s - - [%s] %q %d %d %s\n",
			remoteHost(r), start.UTC().Format("02/Jan/2006:15:04:05 -0700"),
			r.Method+" "+r.URL.RequestURI()+" "+r.Proto, status, rec.bytes, time.Since(start).Round(time.Microsecond))
		s.logMu.Lock()
		defer s.logMu.Unlock()
		s.opts.AccessLog.Write([]byte(line))
	})
}

func remoteHost(r *http.Request) string {
	host := r.RemoteAddr
	if i := strings.LastIndexByte(host, ':'); i > 0 {
		host = host[:i]
	}
	return host
}

// recorder remembers the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach Flush and deadlines.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
