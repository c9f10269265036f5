package indexer

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Request limits.
const (
	defaultSize = 10
	maxSize     = 50
	maxWindow   = 1000          // Page*Size
	facetSize   = 30            // values per facet
	facetTerms  = math.MaxInt32 // all distinct terms of the facet field: counts stay exact
)

// facetFields are the facets of every result, in order.
var facetFields = [...]string{fType, fStatus, fTag, fUnit, fComp, fYear}

// storedFields are loaded for every hit.
var storedFields = []string{fTitle, fType, fStatus, fVersion, fLang, fDate, fText, fSecs}

// Search runs req. Bad syntax or bad parameters give a *QueryError.
// When nothing matches, the words are corrected against the index's
// dictionary (edit distance 1, or 2 for words of 8 runes or more) and
// the corrected query is run instead; Result.Suggestion then holds it.
func (ix *Index) Search(ctx context.Context, req Request) (*Result, error) {
	start := time.Now()
	pl, err := newPlan(req)
	if err != nil {
		return nil, err
	}
	gen, key := ix.fc.generation(), resultKey(pl, req.Highlight, !req.NoFacets)
	if out, ok := ix.rc.get(gen, key); ok {
		out.Took = time.Since(start)
		return out, nil
	}
	out, err := ix.search(ctx, pl, req)
	if err != nil {
		return nil, err
	}
	ix.rc.put(gen, key, out)
	out.Took = time.Since(start)
	return out, nil
}

// search runs a validated request.
func (ix *Index) search(ctx context.Context, pl *plan, req Request) (*Result, error) {
	res, gs, fs, err := ix.run(ctx, pl, pl.query, !req.NoFacets)
	if err != nil {
		return nil, err
	}
	out := &Result{Query: pl.query.String()}
	if res.Total == 0 {
		fixed, changed, err := ix.correct(pl.query)
		if err != nil {
			return nil, err
		}
		if changed {
			res2, gs2, fs2, err := ix.run(ctx, pl, fixed, !req.NoFacets)
			if err != nil {
				return nil, err
			}
			if res2.Total > 0 {
				res, gs, fs = res2, gs2, fs2
				out.Suggestion, out.Query = fixed.String(), fixed.String()
			}
		}
	}
	if len(pl.query.Terms) > 0 && len(res.Hits) > 0 {
		if err := ix.locate(ctx, ix.bodyTerms(gs), res.Hits); err != nil {
			return nil, err
		}
	}
	out.Total = res.Total
	for _, dm := range res.Hits {
		out.Hits = append(out.Hits, hit(dm, req.Highlight))
	}
	out.Facets = fs
	return out, nil
}

// plan is a validated Request.
type plan struct {
	query      *parsedQuery
	filters    []filter
	page, size int
	sort       []string
}

// newPlan parses and validates req.
func newPlan(req Request) (*plan, error) {
	p, err := parseQuery(req.Query)
	if err != nil {
		return nil, err
	}
	pl := &plan{query: p}
	if pl.filters, err = requestFilters(req, p.Filters); err != nil {
		return nil, err
	}
	if pl.page, pl.size, err = pageSize(req); err != nil {
		return nil, err
	}
	if pl.sort, err = sortOrder(req.Sort, p); err != nil {
		return nil, err
	}
	return pl, nil
}

// run searches one page for p with the filters and sort of pl, and
// returns the groups of p and the facets when withFacets: from the facet cache, or counted
// over the matches of this search (countingQuery) and then cached.
func (ix *Index) run(ctx context.Context, pl *plan, p *parsedQuery, withFacets bool) (*bleve.SearchResult, []group, []Facet, error) {
	gs := ix.groups(p)
	q := ix.compile(p, gs, pl.filters)
	gen := ix.fc.generation()
	var key string
	var cached []Facet
	var counting *countingQuery
	searched := q
	if withFacets {
		key = facetKey(p, pl.filters)
		var ok bool
		if cached, ok = ix.fc.get(key); !ok {
			counting = &countingQuery{Query: q, tables: &ix.ft}
			searched = counting
		}
	}
	sr := bleve.NewSearchRequestOptions(searched, pl.size, (pl.page-1)*pl.size, false)
	sr.Fields = storedFields
	sr.SortBy(pl.sort)
	res, err := ix.bi.SearchInContext(ctx, sr)
	if err == nil && counting != nil {
		err = counting.result()
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("indexer: search %q: %w", p.String(), err)
	}
	switch {
	case counting != nil:
		ix.fc.put(gen, key, counting.facets)
		return res, gs, cloneFacets(counting.facets), nil
	case withFacets:
		return res, gs, cloneFacets(cached), nil
	}
	return res, gs, nil, nil
}

// locate fills the term locations of hits by running q (bodyTerms of
// the query) on just those documents: recording locations while
// matching the whole index would read the term vectors of every
// matching document.
func (ix *Index) locate(ctx context.Context, q query.Query, hits search.DocumentMatchCollection) error {
	if len(hits) == 0 {
		return nil
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	sr := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
	sr.IncludeLocations = true
	res, err := ix.bi.SearchInContext(ctx, sr)
	if err != nil {
		return fmt.Errorf("indexer: locate: %w", err)
	}
	byID := make(map[string]search.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h.Locations
	}
	for _, h := range hits {
		h.Locations = byID[h.ID]
	}
	return nil
}

// requestFilters combines the filters of req with those in the query.
func requestFilters(req Request, inQuery []filter) ([]filter, error) {
	fs := append([]filter(nil), inQuery...)
	for _, kv := range []struct{ field, value string }{
		{fType, req.Type}, {fStatus, req.Status}, {fTag, req.Tag}, {fUnit, req.Unit}, {fComp, req.Competency},
	} {
		if kv.value != "" {
			f, err := makeFilter(kv.field, kv.value, -1)
			if err != nil {
				return nil, err
			}
			fs = append(fs, *f)
		}
	}
	if req.Year != 0 {
		if req.Year < 1000 || req.Year > 9999 {
			return nil, qerr(-1, "tahun tidak valid: %d", req.Year)
		}
		fs = append(fs, filter{Field: fYear, Value: strconv.Itoa(req.Year)})
	}
	return fs, nil
}

// pageSize validates and defaults the page and size of req.
func pageSize(req Request) (int, int, error) {
	page, size := req.Page, req.Size
	if page == 0 {
		page = 1
	}
	if size == 0 {
		size = defaultSize
	}
	switch {
	case page < 0:
		return 0, 0, qerr(-1, "nomor halaman tidak valid: %d", req.Page)
	case size < 0 || size > maxSize:
		return 0, 0, qerr(-1, "ukuran halaman harus antara 1 dan %d", maxSize)
	case page*size > maxWindow:
		return 0, 0, qerr(-1, "hanya %d hasil pertama yang dapat ditampilkan", maxWindow)
	}
	return page, size, nil
}

// sortOrder returns the bleve sort of a Request.Sort value. An empty
// query without sort lists newest first.
func sortOrder(s string, p *parsedQuery) ([]string, error) {
	switch {
	case s == "date" || (s == "" && len(p.Terms) == 0):
		return []string{"-" + fDate, "-_score", "_id"}, nil
	case s == "" || s == "relevance":
		// Score only: a tie-break field would read doc values of every match.
		return []string{"-_score"}, nil
	}
	return nil, qerr(-1, "urutan tidak dikenal: %q (pilih relevance atau date)", s)
}

// hit converts a bleve match. Anchor and fragments come from the term
// locations bleve recorded in the body field.
func hit(dm *search.DocumentMatch, fragments bool) Hit {
	h := Hit{
		URL:     dm.ID,
		Title:   str(dm.Fields[fTitle]),
		Type:    str(dm.Fields[fType]),
		Status:  str(dm.Fields[fStatus]),
		Version: str(dm.Fields[fVersion]),
		Lang:    str(dm.Fields[fLang]),
		Score:   dm.Score,
	}
	if d, err := time.Parse(time.RFC3339Nano, str(dm.Fields[fDate])); err == nil {
		h.Date = d
	}
	text := str(dm.Fields[fText])
	spans := bodySpans(dm, docLang(h.Lang), len(text))
	h.Anchor, h.Fragments = best(text, spans, parseSections(str(dm.Fields[fSecs])))
	if !fragments {
		h.Fragments = nil
	}
	return h
}

// str returns a stored string field value ("" if absent).
func str(v any) string {
	s, _ := v.(string)
	return s
}
