package serve

import (
	"context"
	"encoding/json"
	"errors"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/theme"
)

// searchTimeout bounds one search.
const searchTimeout = 5 * time.Second

// searchResponse is the JSON body of /api/search.
type searchResponse struct {
	Query      string        `json:"query"`
	Total      uint64        `json:"total"`
	TookMS     float64       `json:"took_ms"`
	Hits       []indexer.Hit `json:"hits"`             // the indexer's one hit shape (README, API)
	Facets     *[]facetJSON  `json:"facets,omitempty"` // left out when the request asked for none (facets=0)
	Suggestion string        `json:"suggestion"`
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
	s.note(r, req, res)
	writeJSON(w, http.StatusOK, toJSON(res, req.NoFacets))
}

// maxFrom bounds the from parameter (the query a followed suggestion
// corrected); a longer one is not recorded.
const maxFrom = 512

// note tells Options.SearchLog of a settled search that found nothing and
// of a followed suggestion (the from parameter); see the package doc.
func (s *Server) note(r *http.Request, req indexer.Request, res *indexer.Result) {
	if s.opts.SearchLog == nil || r.Method != http.MethodGet || req.NoFacets || req.Page > 1 {
		return
	}
	if from := r.URL.Query().Get("from"); from != "" && len(from) <= maxFrom {
		s.opts.SearchLog.SuggestionTaken(from, req.Query)
	}
	if res.Total == 0 && strings.TrimSpace(req.Query) != "" {
		s.opts.SearchLog.NotFound(req.Query)
	}
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
// bad queries, an index not ready (ErrBusy) and a search that found no
// place in time (indexer.ErrOverloaded; both with Retry-After) show
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
	if errors.Is(err, indexer.ErrOverloaded) {
		// Searches waited in line longer than searchTimeout: more
		// arrive than the machine answers.
		w.Header().Set("Retry-After", busyRetry)
		return http.StatusServiceUnavailable, "server sedang sibuk, coba lagi sebentar lagi"
	}
	s.opts.Logf("serve: search %q: %v", r.URL.RawQuery, err)
	return http.StatusInternalServerError, "pencarian gagal, coba lagi nanti"
}

func toJSON(res *indexer.Result, noFacets bool) searchResponse {
	out := searchResponse{
		Query:      res.Query,
		Total:      res.Total,
		TookMS:     float64(res.Took.Microseconds()) / 1000,
		Hits:       append(make([]indexer.Hit, 0, len(res.Hits)), res.Hits...),
		Suggestion: res.Suggestion,
	}
	if !noFacets {
		fs := make([]facetJSON, 0, len(res.Facets))
		out.Facets = &fs
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
	s.note(r, req, res)
	s.fillView(view, req, res)
	return view, http.StatusOK
}

// fillView converts a result into the page's view model, with facet
// toggle and pagination URLs.
func (s *Server) fillView(view *theme.Search, req indexer.Request, res *indexer.Result) {
	view.Total, view.Took, view.Suggestion = res.Total, res.Took, res.Suggestion
	for _, h := range res.Hits {
		view.Hits = append(view.Hits, searchHit(h, req.Query))
	}
	for _, name := range filters {
		if filter(req, name) != "" {
			view.Active++
		}
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
	if uint64(req.Page*req.Size) < res.Total && (req.Page+1)*req.Size <= indexer.MaxResults {
		next := req
		next.Page++
		view.NextURL = s.searchURL(next)
	}
}

// searchHit is the view of one hit: its page linked with ?cari= naming
// the words to highlight there (those of the query and those the
// fragments mark, so that other forms of a word are found too), and its
// sections as sub-results.
func searchHit(h indexer.Hit, query string) theme.SearchHit {
	words := highlightWords(query, h)
	page := h.URL
	if words != "" {
		page += "?" + url.Values{"cari": {words}}.Encode()
	}
	hit := theme.SearchHit{Title: h.Title, URL: page, Type: h.Type, Status: h.Status, Date: h.Date}
	for _, f := range h.Fragments {
		hit.Fragments = append(hit.Fragments, template.HTML(f)) // the indexer escapes text, adding only <mark>
	}
	for _, sec := range h.Sections {
		u := page
		if sec.Anchor != "" {
			u += "#" + sec.Anchor
		}
		hit.Sections = append(hit.Sections, theme.SearchSection{Heading: sec.Heading, URL: u, Fragment: template.HTML(sec.Fragment)})
	}
	return hit
}

// markRE finds the marked words of a fragment.
var markRE = regexp.MustCompile(`<mark>([^<]*)</mark>`)

// highlightWords lists, space-separated and each once (lowercased), the
// words of the query and the words the hit's fragments mark: the
// reader's page highlights them (?cari=). At most 12.
func highlightWords(query string, h indexer.Hit) string {
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		w = strings.ToLower(strings.TrimFunc(html.UnescapeString(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if utf8.RuneCountInString(w) >= 2 && !seen[w] && len(out) < 12 && !strings.Contains(w, ":") {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, w := range strings.Fields(query) {
		if !strings.HasPrefix(w, "-") { // an excluded word is not on the page
			add(w)
		}
	}
	frags := append([]string(nil), h.Fragments...)
	for _, s := range h.Sections {
		frags = append(frags, s.Fragment)
	}
	for _, f := range frags {
		for _, m := range markRE.FindAllStringSubmatch(f, -1) {
			add(m[1])
		}
	}
	return strings.Join(out, " ")
}

func (s *Server) searchURL(req indexer.Request) string {
	if q := values(req).Encode(); q != "" {
		return s.opts.SearchPath + "?" + q
	}
	return s.opts.SearchPath
}
