package serve

import (
	"context"
	"encoding/json"
	"errors"
	"html/template"
	"net/http"
	"time"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/theme"
)

// searchTimeout bounds one search.
const searchTimeout = 5 * time.Second

// searchResponse is the JSON body of /api/search.
type searchResponse struct {
	Query      string       `json:"query"`
	Total      uint64       `json:"total"`
	TookMS     float64      `json:"took_ms"`
	Hits       []hitJSON    `json:"hits"`
	Facets     *[]facetJSON `json:"facets,omitempty"` // left out when the request asked for none (facets=0)
	Suggestion string       `json:"suggestion"`
}

type hitJSON struct {
	URL       string   `json:"url"`
	Anchor    string   `json:"anchor"`
	Title     string   `json:"title"`
	Type      string   `json:"type"`
	Status    string   `json:"status"`
	Version   string   `json:"version"`
	Lang      string   `json:"lang"`
	Date      string   `json:"date"` // YYYY-MM-DD, "" when unknown
	Score     float64  `json:"score"`
	Fragments []string `json:"fragments"`
}

type facetJSON struct {
	Name   string           `json:"name"`
	Values []facetValueJSON `json:"values"`
}

type facetValueJSON struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

func (s *Server) searchAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"error": "metode tidak diizinkan"})
		return
	}
	if s.opts.Searcher == nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "pencarian tidak tersedia di server ini"})
		return
	}
	req, err := parseRequest(r.URL.Query())
	if err != nil {
		writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
		return
	}
	res, err := s.search(r.Context(), req)
	if err != nil {
		status, msg := s.searchFailure(w, r, err)
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	writeJSON(w, http.StatusOK, toJSON(res, req.NoFacets))
}

func (s *Server) search(ctx context.Context, req indexer.Request) (*indexer.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, searchTimeout)
	defer cancel()
	res, err := s.opts.Searcher.Search(ctx, req)
	if err == nil && res == nil {
		err = errors.New("searcher returned no result")
	}
	return res, err
}

// searchFailure maps a search error to a status and a message for users;
// bad queries and an index not ready (ErrBusy, with Retry-After) show
// their own message, other failures are logged.
func (s *Server) searchFailure(w http.ResponseWriter, r *http.Request, err error) (int, string) {
	var qe *indexer.QueryError
	if errors.As(err, &qe) {
		return http.StatusBadRequest, qe.Error()
	}
	if errors.Is(err, ErrBusy) {
		w.Header().Set("Retry-After", busyRetry)
		return http.StatusServiceUnavailable, err.Error()
	}
	if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
		// The client went away (a new keystroke, a closed tab): no one
		// reads the answer, and nothing failed.
		return http.StatusServiceUnavailable, "pencarian dibatalkan"
	}
	s.opts.Logf("serve: search %q: %v", r.URL.RawQuery, err)
	return http.StatusInternalServerError, "pencarian gagal, coba lagi nanti"
}

func toJSON(res *indexer.Result, noFacets bool) searchResponse {
	out := searchResponse{
		Query:      res.Query,
		Total:      res.Total,
		TookMS:     float64(res.Took.Microseconds()) / 1000,
		Hits:       make([]hitJSON, 0, len(res.Hits)),
		Suggestion: res.Suggestion,
	}
	if !noFacets {
		fs := make([]facetJSON, 0, len(res.Facets))
		out.Facets = &fs
	}
	for _, h := range res.Hits {
		frags := h.Fragments
		if frags == nil {
			frags = []string{}
		}
		out.Hits = append(out.Hits, hitJSON{
			URL: h.URL, Anchor: h.Anchor, Title: h.Title, Type: h.Type, Status: h.Status,
			Version: h.Version, Lang: h.Lang, Date: day(h.Date), Score: h.Score, Fragments: frags,
		})
	}
	for _, f := range res.Facets {
		if out.Facets == nil {
			break
		}
		vals := make([]facetValueJSON, 0, len(f.Values))
		for _, v := range f.Values {
			vals = append(vals, facetValueJSON{Value: v.Value, Count: v.Count})
		}
		*out.Facets = append(*out.Facets, facetJSON{Name: f.Name, Values: vals})
	}
	return out
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"kesalahan server"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// searchPage renders the search page on the server.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "metode tidak diizinkan", http.StatusMethodNotAllowed)
		return
	}
	if s.opts.RenderSearch == nil {
		s.static(w, r) // the site's own static search page, if any
		return
	}
	view, status := s.searchView(w, r)
	lang := "id"
	if r.URL.Query().Get("lang") == "en" {
		lang = "en"
	}
	page, err := s.opts.RenderSearch(view, lang)
	if err != nil {
		s.opts.Logf("serve: render search page: %v", err)
		http.Error(w, "halaman pencarian gagal ditampilkan", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if st := s.current(); s.opts.LiveReload && st != nil {
		page = s.inject(page, st)
	}
	s.write(w, r, status, page)
}

// searchView runs the search of a search-page request and returns the
// page's view model with the status to answer.
func (s *Server) searchView(w http.ResponseWriter, r *http.Request) (*theme.Search, int) {
	view := &theme.Search{Available: s.opts.Searcher != nil, Page: 1}
	req, err := parseRequest(r.URL.Query())
	view.Query = req.Query
	if err != nil {
		view.Error = err.Error()
		return view, http.StatusBadRequest
	}
	view.Page = req.Page
	if !view.Available || (req.Query == "" && values(req).Encode() == "") {
		return view, http.StatusOK
	}
	res, err := s.search(r.Context(), req)
	if err != nil {
		status, msg := s.searchFailure(w, r, err)
		view.Error = msg
		return view, status
	}
	s.fillView(view, req, res)
	return view, http.StatusOK
}

// fillView converts a result into the page's view model, with facet
// toggle and pagination URLs.
func (s *Server) fillView(view *theme.Search, req indexer.Request, res *indexer.Result) {
	view.Total, view.Took, view.Suggestion = res.Total, res.Took, res.Suggestion
	for _, h := range res.Hits {
		hit := theme.SearchHit{Title: h.Title, URL: h.URL, Type: h.Type, Status: h.Status, Date: h.Date}
		if h.Anchor != "" {
			hit.URL += "#" + h.Anchor
		}
		for _, f := range h.Fragments {
			hit.Fragments = append(hit.Fragments, template.HTML(f)) // the indexer escapes text, adding only <mark>
		}
		view.Hits = append(view.Hits, hit)
	}
	for _, f := range res.Facets {
		facet := theme.Facet{Name: f.Name}
		cur := filter(req, f.Name)
		for _, fv := range f.Values {
			sel := fv.Value == cur
			next := fv.Value
			if sel {
				next = ""
			}
			facet.Values = append(facet.Values, theme.FacetValue{
				Value: fv.Value, Count: fv.Count, Selected: sel, URL: s.searchURL(withFilter(req, f.Name, next)),
			})
		}
		view.Facets = append(view.Facets, facet)
	}
	if req.Page > 1 {
		prev := req
		prev.Page--
		view.PrevURL = s.searchURL(prev)
	}
	if uint64(req.Page*req.Size) < res.Total && req.Page < maxPage {
		next := req
		next.Page++
		view.NextURL = s.searchURL(next)
	}
}

func (s *Server) searchURL(req indexer.Request) string {
	if q := values(req).Encode(); q != "" {
		return s.opts.SearchPath + "?" + q
	}
	return s.opts.SearchPath
}
