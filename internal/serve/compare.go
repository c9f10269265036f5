package serve

import (
	"context"
	"net/http"
	"path"

	"github.com/tubei/pustaka/internal/site"
)

// ComparePath is where the server compares any two versions of a
// document on request: /banding/?dok=/kebijakan/x/&dari=ID&ke=ID, and
// their change matrix with &tampil=matriks. A static build has the
// comparisons of consecutive versions and of each against the current
// one; this route adds every other pair.
const ComparePath = site.ComparePath

// MatrixView is the value of the parameter tampil that asks for the
// change matrix instead of the comparison.
const MatrixView = site.MatrixView

// A CompareRequest asks for the comparison of two versions of a
// document, or their change matrix (site.CompareRequest, which also
// writes the URL this route parses).
type CompareRequest = site.CompareRequest

// CompareFunc renders the page a CompareRequest asks for.
type CompareFunc func(ctx context.Context, req CompareRequest) ([]byte, error)

func (s *Server) compare(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "metode tidak diizinkan", http.StatusMethodNotAllowed)
		return
	}
	q := r.URL.Query()
	doc, from, to, view := q.Get("dok"), q.Get("dari"), q.Get("ke"), q.Get("tampil")
	if doc == "" || doc[0] != '/' || path.Clean(doc)+"/" != doc || len(doc) > 512 {
		http.Error(w, "parameter dok: alamat dokumen tidak sah, mis. /kebijakan/peningkatan-kualitas-asn/", http.StatusBadRequest)
		return
	}
	if from == "" || to == "" || len(from) > 100 || len(to) > 100 {
		http.Error(w, "parameter dari dan ke: pilih dua versi", http.StatusBadRequest)
		return
	}
	if view != "" && view != MatrixView {
		http.Error(w, "parameter tampil: kosongkan, atau \""+MatrixView+"\" untuk matriks perubahan", http.StatusBadRequest)
		return
	}
	page, err := s.opts.Compare(r.Context(), CompareRequest{Doc: doc, From: from, To: to, Matrix: view == MatrixView})
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
