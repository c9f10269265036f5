package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/sitetest"
	"github.com/tubei/pustaka/internal/theme"
)

func TestSearchAPI(t *testing.T) {
	fs := &fakeSearcher{res: sampleResult()}
	s, _ := newServer(t, Options{Searcher: fs})
	w := get(s.Handler(), "GET", "/api/search?q=pelatihan+asn&type=policy&status=consultation&tag=sdm&unit=bkpsdm&competency=digital&year=2026&sort=date&page=2&size=5")
	if w.Code != 200 {
		t.Fatalf("code %d: %s", w.Code, w.Body)
	}
	if ct, cc := w.Header().Get("Content-Type"), w.Header().Get("Cache-Control"); ct != "application/json; charset=utf-8" || cc != "no-store" {
		t.Errorf("Content-Type %q, Cache-Control %q", ct, cc)
	}
	want := indexer.Request{Query: "pelatihan asn", Type: "policy", Status: "consultation", Tag: "sdm", Unit: "bkpsdm",
		Competency: "digital", Year: 2026, Sort: "date", Page: 2, Size: 5, Highlight: true}
	if got := fs.last(); got != want {
		t.Errorf("request\n got %+v\nwant %+v", got, want)
	}
	var body map[string]any
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"query", "total", "took_ms", "hits", "facets", "suggestion"} {
		if _, ok := body[k]; !ok {
			t.Errorf("response lacks %q: %s", k, w.Body)
		}
	}
	var res struct {
		Total  uint64
		TookMS float64 `json:"took_ms"`
		Facets *[]facetJSON
		Hits   []struct {
			URL, Title, Type, Status, Version, Lang, Date string
			Score                                         float64
			Fragments                                     []string
			Sections                                      []indexer.SectionHit
		}
	}
	json.Unmarshal(w.Body.Bytes(), &res)
	if res.Total != 23 || res.TookMS != 1.5 || len(res.Hits) != 2 || res.Facets == nil || len(*res.Facets) != 2 {
		t.Errorf("response %+v", res)
	}
	h := res.Hits[0]
	if h.URL != "/kebijakan/peningkatan-kualitas-asn/" || len(h.Sections) != 1 || h.Sections[0] != (indexer.SectionHit{Anchor: "pasal-1", Heading: "Pasal 1", Fragment: "Setiap ASN wajib mengikuti <mark>pelatihan</mark>"}) ||
		h.Date != "2026-03-02" || h.Version != "Draf III" || h.Score != 1.25 || h.Fragments[0] != "Setiap ASN wajib mengikuti <mark>pelatihan</mark>" {
		t.Errorf("hit %+v", h)
	}
	if res.Hits[1].Fragments == nil || res.Hits[1].Sections == nil || res.Hits[1].Date != "" {
		t.Errorf("second hit: fragments and sections must be [] and date empty: %+v", res.Hits[1])
	}
	if !strings.Contains(w.Body.String(), `"values":[{"value":"policy","count":12}`) {
		t.Errorf("facet JSON shape: %s", w.Body)
	}
}

func TestSearchAPIDefaults(t *testing.T) {
	fs := &fakeSearcher{res: &indexer.Result{}}
	s, _ := newServer(t, Options{Searcher: fs})
	w := get(s.Handler(), "GET", "/api/search?q=cuti")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"hits":[]`) || !strings.Contains(w.Body.String(), `"facets":[]`) {
		t.Errorf("code %d body %s", w.Code, w.Body)
	}
	if got := fs.last(); got.Page != 1 || got.Size != 10 || got.Year != 0 {
		t.Errorf("defaults %+v", got)
	}
}

func TestSearchAPIBadParams(t *testing.T) {
	fs := &fakeSearcher{res: sampleResult()}
	s, _ := newServer(t, Options{Searcher: fs})
	long := strings.Repeat("a", 513)
	tests := []string{
		"page=abc", "page=0", "page=-1", "page=101", "size=1000", "size=0", "size=x",
		"sort=foo", "year=x", "year=0", "q=" + long, "tag=" + strings.Repeat("t", 101),
		"page=99999999999999999999999",
	}
	for _, q := range tests {
		w := get(s.Handler(), "GET", "/api/search?"+q)
		var body struct{ Error string }
		json.Unmarshal(w.Body.Bytes(), &body)
		if w.Code != 400 || body.Error == "" {
			t.Errorf("%.40s: code %d body %s; want 400 with an error", q, w.Code, w.Body)
		}
	}
	if len(fs.reqs) != 0 {
		t.Errorf("searcher called for bad parameters: %v", fs.reqs)
	}
	if w := get(s.Handler(), "GET", "/api/search?q="+strings.Repeat("a", 512)); w.Code != 200 {
		t.Errorf("512-byte query: code %d, want 200", w.Code)
	}
}

func TestSearchAPIErrors(t *testing.T) {
	var logs sitetest.Log
	tests := []struct {
		name     string
		searcher Searcher
		code     int
		msg      string
	}{
		{"query error", &fakeSearcher{err: &indexer.QueryError{Pos: 6, Msg: "tanda kutip tidak ditutup"}}, 400, "tanda kutip tidak ditutup (posisi 7)"},
		{"wrapped query error", &fakeSearcher{err: fmt.Errorf("cari: %w", &indexer.QueryError{Pos: -1, Msg: "filter tidak dikenal"})}, 400, "filter tidak dikenal"},
		{"index failure", &fakeSearcher{err: errors.New("bolt: database not open /var/lib/pustaka")}, 500, "pencarian gagal, coba lagi nanti"},
		{"nil result", &fakeSearcher{}, 500, "pencarian gagal, coba lagi nanti"},
		{"no searcher", nil, 503, "pencarian tidak tersedia di server ini"},
		{"index not ready", &fakeSearcher{err: Busy("indeks pencarian sedang dibangun")}, 503, "indeks pencarian sedang dibangun"},
		{"overloaded", &fakeSearcher{err: fmt.Errorf("indexer: %w: %w", indexer.ErrOverloaded, context.DeadlineExceeded)}, 503, "server sedang sibuk, coba lagi sebentar lagi"},
	}
	for _, tt := range tests {
		s, _ := newServer(t, Options{Searcher: tt.searcher, Logf: logs.Logf})
		w := get(s.Handler(), "GET", `/api/search?q="ASN`)
		var body struct{ Error string }
		json.Unmarshal(w.Body.Bytes(), &body)
		if w.Code != tt.code || body.Error != tt.msg {
			t.Errorf("%s: %d %q, want %d %q", tt.name, w.Code, body.Error, tt.code, tt.msg)
		}
		if retry := w.Header().Get("Retry-After"); (retry != "") != (tt.name == "index not ready" || tt.name == "overloaded") {
			t.Errorf("%s: Retry-After %q", tt.name, retry)
		}
	}
	if !strings.Contains(logs.String(), "database not open") || strings.Contains(logs.String(), "sedang dibangun") {
		t.Errorf("log: %q, want the internal error alone", logs.String())
	}
}

// The search page says so too while the index is being built.
func TestSearchPageBusy(t *testing.T) {
	spy := &renderSpy{}
	s, _ := newServer(t, Options{Searcher: &fakeSearcher{err: Busy("indeks pencarian sedang dibangun")}, RenderSearch: spy.render})
	w := get(s.Handler(), "GET", "/cari/?q=pelatihan")
	if w.Code != 503 || w.Header().Get("Retry-After") == "" || spy.view.Error != "indeks pencarian sedang dibangun" {
		t.Errorf("code %d, Retry-After %q, view error %q", w.Code, w.Header().Get("Retry-After"), spy.view.Error)
	}
}

// renderSpy is a RenderSearch that records its view and renders a stub page.
type renderSpy struct {
	view *theme.Search
	lang string
	err  error
}

func (r *renderSpy) render(s *theme.Search, lang string) ([]byte, error) {
	r.view, r.lang = s, lang
	return []byte(fmt.Sprintf("<html><body><h1>Cari: %s</h1><p>%d hasil</p></body></html>", s.Query, s.Total)), r.err
}

func TestSearchPage(t *testing.T) {
	fs := &fakeSearcher{res: sampleResult()}
	spy := &renderSpy{}
	s, _ := newServer(t, Options{Searcher: fs, RenderSearch: spy.render})
	w := get(s.Handler(), "GET", "/cari/?q=pelatihan+asn&type=policy&page=2")
	if w.Code != 200 || !strings.Contains(w.Body.String(), "23 hasil") || w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("code %d body %s", w.Code, w.Body)
	}
	v := spy.view
	if !v.Available || v.Query != "pelatihan asn" || v.Total != 23 || v.Page != 2 || spy.lang != "id" {
		t.Errorf("view %+v lang %q", v, spy.lang)
	}
	// The page is linked with the words to highlight on it; its
	// sections come with it.
	h := v.Hits[0]
	if h.URL != "/kebijakan/peningkatan-kualitas-asn/?cari=pelatihan+asn" || string(h.Fragments[0]) != "Setiap ASN wajib mengikuti <mark>pelatihan</mark>" ||
		len(h.Sections) != 1 || h.Sections[0].URL != "/kebijakan/peningkatan-kualitas-asn/?cari=pelatihan+asn#pasal-1" || h.Sections[0].Heading != "Pasal 1" {
		t.Errorf("hit %+v", h)
	}
	if v.Active != 1 {
		t.Errorf("active filters %d, want 1 (type)", v.Active)
	}
	if v.PrevURL != "/cari/?q=pelatihan+asn&type=policy" || v.NextURL != "/cari/?page=3&q=pelatihan+asn&type=policy" {
		t.Errorf("prev %q next %q", v.PrevURL, v.NextURL)
	}
	types := v.Facets[0].Values
	want := []theme.FacetValue{
		{Value: "policy", Count: 12, Selected: true, URL: "/cari/?q=pelatihan+asn"},
		{Value: "training", Count: 11, URL: "/cari/?q=pelatihan+asn&type=training"},
	}
	if !reflect.DeepEqual(types, want) {
		t.Errorf("type facet\n got %+v\nwant %+v", types, want)
	}
	if y := v.Facets[1].Values[1]; y.URL != "/cari/?q=pelatihan+asn&type=policy&year=2025" || y.Selected {
		t.Errorf("year facet value %+v", y)
	}
}

func TestSearchPageStates(t *testing.T) {
	tests := []struct {
		name     string
		searcher Searcher
		query    string
		code     int
		check    func(*theme.Search) bool
	}{
		{"no searcher", nil, "q=cuti", 200, func(v *theme.Search) bool { return !v.Available && v.Total == 0 }},
		{"empty query does not search", &fakeSearcher{}, "", 200, func(v *theme.Search) bool { return v.Available && v.Error == "" }},
		{"bad param", &fakeSearcher{}, "q=cuti&page=abc", 400, func(v *theme.Search) bool { return v.Query == "cuti" && strings.Contains(v.Error, "page") }},
		{"bad query", &fakeSearcher{err: &indexer.QueryError{Pos: 0, Msg: "kurung tidak ditutup"}}, "q=(cuti", 400,
			func(v *theme.Search) bool { return v.Error == "kurung tidak ditutup (posisi 1)" }},
		{"last page has no next", &fakeSearcher{res: &indexer.Result{Total: 20}}, "q=cuti&page=2", 200,
			func(v *theme.Search) bool { return v.NextURL == "" && v.PrevURL == "/cari/?q=cuti" }},
	}
	for _, tt := range tests {
		spy := &renderSpy{}
		s, _ := newServer(t, Options{Searcher: tt.searcher, RenderSearch: spy.render})
		w := get(s.Handler(), "GET", "/cari/?"+tt.query)
		if w.Code != tt.code || spy.view == nil || !tt.check(spy.view) {
			t.Errorf("%s: code %d view %+v", tt.name, w.Code, spy.view)
		}
	}
	spy := &renderSpy{}
	s, _ := newServer(t, Options{RenderSearch: spy.render})
	get(s.Handler(), "GET", "/cari/?lang=en")
	if spy.lang != "en" {
		t.Errorf("lang=en rendered as %q", spy.lang)
	}
	spy.err = errors.New("template: search.html: no such template")
	if w := get(s.Handler(), "GET", "/cari/"); w.Code != 500 {
		t.Errorf("render failure: code %d, want 500", w.Code)
	}
}

func TestSearchPageWithoutRenderer(t *testing.T) {
	s, _ := newServer(t, Options{})
	st := makeState(loadSite(t), 2, nil)
	st.Output.Files["/cari/index.html"] = newFile("/cari/index.html", "<p>Pencarian memerlukan server</p>")
	s.Publish(st, nil)
	if w := get(s.Handler(), "GET", "/cari/"); w.Code != 200 || !strings.Contains(w.Body.String(), "memerlukan server") {
		t.Errorf("static search page: code %d body %q", w.Code, w.Body)
	}
}

func TestValuesRoundTrip(t *testing.T) {
	in := url.Values{"q": {"cuti & izin"}, "tag": {"sdm"}, "year": {"2025"}, "page": {"3"}, "size": {"20"}, "sort": {"date"}}
	req, err := parseRequest(in)
	if err != nil {
		t.Fatal(err)
	}
	if got := values(req); !reflect.DeepEqual(got, in) {
		t.Errorf("values(parseRequest(v)) = %v, want %v", got, in)
	}
}

func TestSearchAPINoFacets(t *testing.T) {
	res := sampleResult()
	res.Facets = nil // what the index returns for NoFacets
	fs := &fakeSearcher{res: res}
	s, _ := newServer(t, Options{Searcher: fs})
	w := get(s.Handler(), "GET", "/api/search?q=pelat&facets=0")
	if w.Code != 200 || !fs.last().NoFacets || strings.Contains(w.Body.String(), `"facets"`) {
		t.Errorf("facets=0: %d, NoFacets %v, body %s", w.Code, fs.last().NoFacets, w.Body)
	}
	if w := get(s.Handler(), "GET", "/api/search?q=pelat&facets=2"); w.Code != 400 {
		t.Errorf("facets=2: %d, want 400", w.Code)
	}
}

// A search abandoned by its client (a new keystroke, a closed tab) is
// not logged as a failure; a timeout on the server's side is.
func TestSearchAPIClientGone(t *testing.T) {
	var logs sitetest.Log
	s, _ := newServer(t, Options{Searcher: &fakeSearcher{err: fmt.Errorf("indexer: search: %w", context.Canceled)}, Logf: logs.Logf})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/api/search?q=asn", nil).WithContext(ctx))
	if w.Code != 503 || logs.String() != "" {
		t.Errorf("abandoned search: %d, logged %q", w.Code, logs.String())
	}
	s, _ = newServer(t, Options{Searcher: &fakeSearcher{err: fmt.Errorf("indexer: search: %w", context.DeadlineExceeded)}, Logf: logs.Logf})
	if w := get(s.Handler(), "GET", "/api/search?q=asn"); w.Code != 500 || !strings.Contains(logs.String(), "deadline") {
		t.Errorf("timed-out search: %d, logged %q", w.Code, logs.String())
	}
}

func TestHighlightWords(t *testing.T) {
	h := indexer.Hit{Fragments: []string{"<mark>Pelatihan</mark> dan <mark>dilatih</mark> &amp; <mark>PELATIHAN</mark>"},
		Sections: []indexer.SectionHit{{Fragment: "para <mark>melatih</mark>"}}}
	if got := highlightWords(`pelatihan -daring "e-learning" type:policy`, h); got != "pelatihan e-learning dilatih melatih" {
		t.Errorf("highlightWords = %q", got)
	}
}
