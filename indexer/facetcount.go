package indexer

import (
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"sync"
	"weak"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Facet counts. bleve counts facets by reading the doc values of every
// matching document, about a microsecond each: two thirds of a broad
// query on 10,000 pages. Here the facet values of every document of an
// index snapshot are read once, from the postings of the facet field,
// into a table by internal document number (facetTable); a query then
// only notes the numbers of the documents it matches (countingSearcher)
// and adds up their values from the table. The table is rebuilt for each
// new snapshot (after every change of the index), on the first query
// that counts facets.

// facetTable holds the facet values of the documents of one snapshot:
// the values of document n are parts[start[n]:start[n+1]], indexes into
// names and values.
type facetTable struct {
	snap   weak.Pointer[scorch.IndexSnapshot]
	names  []string // facet name of each part, e.g. "tag"
	values []string // value of each part, e.g. "pelatihan"
	start  []int32
	parts  []int32
}

// facetTables keeps the table of the latest snapshot.
type facetTables struct {
	mu    sync.Mutex
	table *facetTable
}

// of returns the table of reader r, building it if r is a snapshot not
// seen last; ok is false if r is not a scorch snapshot.
func (ft *facetTables) of(ctx context.Context, r index.IndexReader) (*facetTable, bool, error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, nil
	}
	id := weak.Make(snap)
	ft.mu.Lock()
	defer ft.mu.Unlock()
	if ft.table != nil && ft.table.snap == id {
		return ft.table, true, nil
	}
	t, err := buildFacetTable(ctx, r)
	if err != nil {
		return nil, true, err
	}
	t.snap = id
	ft.table = t
	return t, true, nil
}

// buildFacetTable reads the postings of every term of the facet field.
func buildFacetTable(ctx context.Context, r index.IndexReader) (*facetTable, error) {
	dict, err := r.FieldDict(fFacet)
	if err != nil {
		return nil, err
	}
	defer dict.Close()
	t := &facetTable{}
	partOf := map[string]int32{}
	type pair struct {
		doc  uint64
		part int32
	}
	var pairs []pair
	for e, err := dict.Next(); e != nil || err != nil; e, err = dict.Next() {
		if err != nil {
			return nil, err
		}
		var ids []int32
		for _, p := range strings.Split(e.Term, facetSep) {
			i, ok := partOf[p]
			if !ok {
				name, value, _ := strings.Cut(p, ":")
				i = int32(len(t.names))
				partOf[p] = i
				t.names, t.values = append(t.names, name), append(t.values, value)
			}
			ids = append(ids, i)
		}
		tfr, err := r.TermFieldReader(ctx, []byte(e.Term), fFacet, false, false, false)
		if err != nil {
			return nil, err
		}
		var tfd index.TermFieldDoc
		for d, err := tfr.Next(&tfd); d != nil || err != nil; d, err = tfr.Next(&tfd) {
			if err != nil {
				tfr.Close()
				return nil, err
			}
			n := binary.BigEndian.Uint64(d.ID)
			for _, i := range ids {
				pairs = append(pairs, pair{n, i})
			}
		}
		if err := tfr.Close(); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Compare(a.doc, b.doc) })
	var maxDoc uint64
	if len(pairs) > 0 {
		maxDoc = pairs[len(pairs)-1].doc
	}
	t.start = make([]int32, maxDoc+2)
	t.parts = make([]int32, len(pairs))
	for i, p := range pairs {
		t.parts[i] = p.part
		t.start[p.doc+1]++
	}
	for n := 1; n < len(t.start); n++ {
		t.start[n] += t.start[n-1]
	}
	return t, nil
}

// add counts the values of document d into n, one count per part.
func (t *facetTable) add(n []int, d uint64) {
	if d+1 < uint64(len(t.start)) {
		for _, p := range t.parts[t.start[d]:t.start[d+1]] {
			n[p]++
		}
	}
}

// facets returns the facets of the counts n that add made.
func (t *facetTable) facets(n []int) []Facet {
	byName := map[string][]FacetValue{}
	for i, c := range n {
		if c > 0 {
			byName[t.names[i]] = append(byName[t.names[i]], FacetValue{Value: t.values[i], Count: c})
		}
	}
	return facetList(byName)
}

// facetList orders the values of each facet by count, then value, and
// keeps facetSize of them, for every facet name in order.
func facetList(byName map[string][]FacetValue) []Facet {
	out := make([]Facet, 0, len(facetFields))
	for _, name := range facetFields {
		vs := byName[name]
		slices.SortFunc(vs, func(a, b FacetValue) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Value, b.Value))
		})
		out = append(out, Facet{Name: name, Values: vs[:min(len(vs), facetSize)]})
	}
	return out
}

// countingQuery runs a query and counts the facets of all its matches
// from the facet table of the snapshot it runs on. After the search,
// facets holds them (nil if the reader had no table: then the caller
// asks bleve to count).
type countingQuery struct {
	query.Query
	tables *facetTables
	facets []Facet
	err    error
}

// Searcher wraps the query's searcher in a countingSearcher.
func (q *countingQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	s, err := q.Query.Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	t, ok, err := q.tables.of(ctx, r)
	if err != nil || !ok {
		q.err = err
		return s, nil
	}
	return &countingSearcher{Searcher: s, q: q, table: t}, nil
}

// result reports an error if the facets were not counted.
func (q *countingQuery) result() error {
	if q.err == nil && q.facets == nil {
		return errors.New("facets were not counted")
	}
	return q.err
}

// countingSearcher counts the facet values of every document its
// searcher returns from Next, and makes the facets when it is exhausted.
// It is the top-level searcher, which bleve's collector drives with Next
// alone.
type countingSearcher struct {
	search.Searcher
	q      *countingQuery
	table  *facetTable
	counts []int // per part of the table
}

// Next returns the next match and notes it.
func (s *countingSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	s.note(dm, err)
	return dm, err
}

// note counts a match, or makes the facets at the end.
func (s *countingSearcher) note(dm *search.DocumentMatch, err error) {
	switch {
	case err != nil:
	case dm != nil:
		if s.counts == nil {
			s.counts = make([]int, len(s.table.names))
		}
		s.table.add(s.counts, docNum(dm))
	case s.q.facets == nil:
		s.q.facets = s.table.facets(s.counts)
	}
}
