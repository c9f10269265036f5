package serve

import (
	"context"
	"net/http"
	"path"
)

// ComparePath is where the server compares any two versions of a
// document on request: /banding/?dok=/kebijakan/x/&dari=ID&ke=ID. A static
// build has the comparisons of consecutive versions only; this route adds
// every other pair.
const ComparePath = "/banding/"

// CompareFunc renders the comparison page of two versions of the document
// published at doc; from and to name versions (a label, a history id, a
// git revision, or "current").
type CompareFunc func(ctx context.Context, doc, from, to string) ([]byte, error)

func (s *Server) compare(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "metode tidak diizinkan", http.StatusMethodNotAllowed)
		return
	}
	q := r.URL.Query()
	doc, from, to := q.Get("dok"), q.Get("dari"), q.Get("ke")
	if doc == "" || doc[0] != '/' || path.Clean(doc)+"/" != doc || len(doc) > 512 {
		http.Error(w, "parameter dok: alamat dokumen tidak sah, mis. /kebijakan/peningkatan-kualitas-asn/", http.StatusBadRequest)
		return
	}
	if from == "" || to == "" || len(from) > 100 || len(to) > 100 {
		http.Error(w, "parameter dari dan ke: pilih dua versi", http.StatusBadRequest)
		return
	}
	page, err := s.opts.Compare(r.Context(), doc, from, to)
	if err != nil {
		http.Error(w, "tidak dapat membandingkan: "+err.Error(), http.StatusBadRequest)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	if st := s.current(); s.opts.LiveReload && st != nil {
		page = s.inject(page, st)
	}
	s.write(w, r, http.StatusOK, page)
}
