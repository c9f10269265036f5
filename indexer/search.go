package indexer

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/blevesearch/bleve/v2"
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
	if err := ix.gate.enter(ctx); err != nil {
		return nil, err
	}
	out, err := ix.search(ctx, pl, req)
	ix.gate.leave()
	if err != nil {
		return nil, err
	}
	ix.rc.put(gen, key, out)
	out.Took = time.Since(start)
	return out, nil
}

// search runs a validated request.
func (ix *Index) search(ctx context.Context, pl *plan, req Request) (*Result, error) {
	r, err := ix.run(ctx, pl, pl.query, !req.NoFacets)
	if err != nil {
		return nil, err
	}
	defer func() { r.held.release() }()
	out := &Result{Query: pl.query.String()}
	if r.res.Total == 0 {
		fixed, changed, err := ix.correct(pl.query)
		if err != nil {
			return nil, err
		}
		if changed {
			r2, err := ix.run(ctx, pl, fixed, !req.NoFacets)
			if err != nil {
				return nil, err
			}
			if r2.res.Total > 0 {
				r.held.release()
				r = r2
				out.Suggestion, out.Query = fixed.String(), fixed.String()
			} else {
				r2.held.release()
			}
		}
	}
	out.Total, out.Facets = r.res.Total, r.facets
	if out.Hits, err = ix.hits(ctx, r, len(pl.query.Terms) > 0, req.Highlight); err != nil {
		return nil, err
	}
	return out, nil
}

// hits reads the hits of r from the snapshot it ran on: their stored
// fields and, when the query has terms, the matches of its body terms,
// for the anchor and (with highlight) the fragments.
func (ix *Index) hits(ctx context.Context, r ran, terms, highlight bool) ([]Hit, error) {
	if len(r.res.Hits) == 0 {
		return nil, nil
	}
	snap := r.held.snap
	if snap == nil {
		return nil, fmt.Errorf("indexer: the index reader is no scorch snapshot")
	}
	var spans map[uint64][]span
	var located []string // terms of the Indonesian body, located through fLocs
	if terms {
		var vectors []fieldTerm // terms located through term vectors
		for _, ft := range ix.bodyTerms(r.groups) {
			if ix.ours() && ft.field == pairsOf {
				located = append(located, ft.term)
			} else {
				vectors = append(vectors, ft)
			}
		}
		var err error
		if spans, err = spansOf(ctx, snap, vectors, r.res.Hits); err != nil {
			return nil, fmt.Errorf("indexer: locate: %w", err)
		}
	}
	out := make([]Hit, 0, len(r.res.Hits))
	var scratch []byte // each hit's text in turn (see stored)
	for _, dm := range r.res.Hits {
		d, s, err := load(snap, docNum(dm), located, spans[docNum(dm)], &scratch)
		if err != nil {
			return nil, err
		}
		out = append(out, hit(dm.ID, dm.Score, d, s, highlight))
	}
	return out, nil
}

// ran is one search: bleve's result, the query's groups, the facets
// (when asked for) and the snapshot the hits are numbered in.
type ran struct {
	res    *bleve.SearchResult
	groups []group
	facets []Facet
	held   *heldQuery
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
	if err := req.Validate(); err != nil {
		return nil, err
	}
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
	pl.sort = sortOrder(req.Sort, p)
	return pl, nil
}

// run searches one page for p with the filters and sort of pl. The
// facets, when withFacets, come from the facet cache, or are counted
// over the matches of this search (countingQuery) and then cached. The
// caller releases the held snapshot.
func (ix *Index) run(ctx context.Context, pl *plan, p *parsedQuery, withFacets bool) (ran, error) {
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
	if pq, ok := q.(*pageQuery); ok && topExecution && slices.Equal(pl.sort, []string{"-_score"}) {
		res, facets, held, ok, err := ix.topPages(ctx, pq, (pl.page-1)*pl.size, pl.size, counting != nil)
		if err != nil {
			return ran{}, fmt.Errorf("indexer: search %q: %w", p.String(), err)
		}
		if ok {
			r := ran{res: res, groups: gs, held: held}
			switch {
			case counting != nil:
				ix.fc.put(gen, key, facets)
				r.facets = cloneFacets(facets)
			case withFacets:
				r.facets = cloneFacets(cached)
			}
			return r, nil
		}
	}
	held := &heldQuery{Query: searched}
	sr := bleve.NewSearchRequestOptions(held, pl.size, (pl.page-1)*pl.size, false)
	sr.SortBy(pl.sort)
	res, err := ix.bi.SearchInContext(ctx, sr)
	if err == nil && counting != nil {
		err = counting.result()
	}
	if err != nil {
		held.release()
		return ran{}, fmt.Errorf("indexer: search %q: %w", p.String(), err)
	}
	r := ran{res: res, groups: gs, held: held}
	switch {
	case counting != nil:
		ix.fc.put(gen, key, counting.facets)
		r.facets = cloneFacets(counting.facets)
	case withFacets:
		r.facets = cloneFacets(cached)
	}
	return r, nil
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
	if req.Year != 0 { // Validate checked it
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
func sortOrder(s string, p *parsedQuery) []string {
	if s == "date" || (s == "" && len(p.Terms) == 0) {
		return []string{"-" + fDate, "-_score", "_id"}
	}
	// "" or "relevance" (Validate checked it). Score only: a tie-break
	// field would read doc values of every match.
	return []string{"-_score"}
}

// hit makes the Hit of the document id with score and stored fields d;
// its sections and fragments come from spans, the matches in its body.
func hit(id string, score float64, d stored, spans []span, fragments bool) Hit {
	h := Hit{URL: id, Title: d.title, Type: d.typ, Status: d.status, Version: d.version, Lang: d.lang, Date: d.date, Score: score}
	spans = slices.DeleteFunc(spans, func(s span) bool { return s.end > len(d.text) || s.start >= s.end })
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	secs := parseSections(d.secs)
	_, h.Fragments = best(d.text, spans, secs)
	h.Sections = sectionHits(d.text, spans, secs, fragments)
	if !fragments {
		h.Fragments = nil
	}
	return h
}
