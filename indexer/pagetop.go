package indexer

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sync"
	"weak"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// The best pages without scoring every match. A query of two common
// words matches nine pages in ten of a site, and bleve's collector
// scores every one of them to keep ten: at 10,000 pages that was two
// thirds of a search, and the distinct queries of 16 clients wait on
// it. A search sorted by score whose query is a page query alone (no
// filter, exclusion or phrase around it) is therefore run here, the way
// MaxScore runs a top-k query (Turtle and Flood, 1995):
//
//   - every leaf has an upper bound of its score: a term query's BM25
//     is its IDF times the term-frequency factor of the document (at
//     most k1: it saturates) times its query weight, and the largest
//     factor any document gives the term is read once per index
//     snapshot (impactCache); other leaves have no bound (+Inf);
//   - the page score only grows with each child's score (pageScore), so
//     the page score computed from bounds bounds the page's score;
//   - once k pages are held, the k-th score is a threshold: the leaves
//     whose bounds together cannot lift a page above it (in practice
//     the bodies, which hold the common words) become non-essential:
//     they are no longer read page by page, only advanced to the pages
//     that the essential leaves (titles, headings, summaries) bring and
//     whose bound, with the non-essential leaves counted at their
//     bounds, beats the threshold. Only those pages are scored, exactly
//     as the page searcher scores them.
//
// The number of matches and the facets still count every match: they
// come from the union of the term leaves' postings, read as bitmaps
// (the pages of the other leaves, which are all essential, are added as
// they are read). The hits, their scores and order are those bleve's
// collector keeps from the page searcher: the same scores, ties by
// document number (a page skipped scores at most the threshold, which
// k pages before it reach). The test TestTopPagesAsExhaustive holds the
// two to each other.

// topExecution: page queries sorted by score run through topPages;
// tests turn it off to compare with the exhaustive execution.
var topExecution = true

// boundMargin widens every bound against rounding: the bound adds the
// same numbers as the exact score, but in another order.
const boundMargin = 1 + 1e-9

// topPages runs q, the whole query of a search sorted by score, and
// returns the hits from..from+size, the number of matches and, when
// count, the facets of all the matches. ok is false when the index
// reader is no scorch snapshot: the caller then runs the search through
// bleve. The caller releases held.
func (ix *Index) topPages(ctx context.Context, q *pageQuery, from, size int, count bool) (res *bleve.SearchResult, facets []Facet, held *heldQuery, ok bool, err error) {
	ai, err := ix.bi.Advanced()
	if err != nil {
		return nil, nil, nil, false, err
	}
	r, err := ai.Reader()
	if err != nil {
		return nil, nil, nil, false, err
	}
	snap, isSnap := r.(*scorch.IndexSnapshot)
	if !isSnap {
		r.Close()
		return nil, nil, nil, false, nil
	}
	held = &heldQuery{Query: q, snap: snap} // the reader's reference, released by held
	defer func() {
		if err != nil {
			held.release()
			held = nil
		}
	}()
	m := ix.bi.Mapping()
	model := scoringModel(m)
	sctx := context.WithValue(ctx, search.GetScoringModelCallbackKey, search.GetScoringModelCallbackFn(func() string { return model }))
	s, err := newPageSearcher(sctx, q, snap, m, search.SearcherOptions{})
	if err != nil {
		return nil, nil, nil, false, err
	}
	defer s.Close()
	res = &bleve.SearchResult{Hits: search.DocumentMatchCollection{}}
	var all *roaring.Bitmap
	if ps, isPage := s.(*pageSearcher); isPage {
		ps.ic = &ix.ic
		ps.bound(snap, model == index.BM25Scoring)
		var top []scored
		top, all, err = ps.top(ctx, snap, from+size)
		if err != nil {
			return nil, nil, nil, false, err
		}
		res.Total = all.GetCardinality()
		for i, h := range top {
			if i == 0 {
				res.MaxScore = h.score
			}
			if i < from {
				continue
			}
			id := make(index.IndexInternalID, 8)
			binary.BigEndian.PutUint64(id, h.doc)
			ext, err := snap.ExternalID(id)
			if err != nil {
				return nil, nil, nil, false, err
			}
			res.Hits = append(res.Hits, &search.DocumentMatch{ID: ext, IndexInternalID: id, Score: h.score, HitNumber: h.doc + 1})
		}
	}
	if count {
		t, _, err := ix.ft.of(ctx, snap)
		if err != nil {
			return nil, nil, nil, false, err
		}
		var n []int
		if all != nil && !all.IsEmpty() {
			n = make([]int, len(t.names))
			it := all.ManyIterator()
			buf := make([]uint32, 512)
			for k := it.NextMany(buf); k > 0; k = it.NextMany(buf) {
				for _, d := range buf[:k] {
					t.add(n, uint64(d))
				}
			}
		}
		facets = t.facets(n)
	}
	return res, facets, held, true, nil
}

// scoringModel is the scoring model bleve's searches use with m.
func scoringModel(m mapping.IndexMapping) string {
	if im, ok := m.(*mapping.IndexMappingImpl); ok && im.ScoringModel == index.BM25Scoring {
		return index.BM25Scoring
	}
	return index.DefaultScoringModel
}

// scored is a page and its score.
type scored struct {
	doc   uint64
	score float64
}

// worse orders the held pages: a lower score, or the same score and a
// later page (bleve's collector keeps the earlier of a tie).
func worse(a, b scored) bool {
	return a.score < b.score || (a.score == b.score && a.doc > b.doc)
}

// pruning is the state of a top-k run of a page searcher.
type pruning struct {
	ub      []float64 // per leaf: its score's bound (+Inf: none)
	units   []int     // original leaves (with their copies), by ascending bound of their own
	p       int       // units[:p] are non-essential
	nonEss  []bool    // per leaf
	nbSum   []float64 // per child: the bounds of its non-essential leaves, summed
	nbCnt   []int     // per child: how many leaves of it are non-essential
	bsum    []float64 // scratch, per child
	bcnt    []int     // scratch, per child
	bscores []float64 // scratch, per child
	nonTerm bool      // some leaf is not a term searcher
}

// bound sets the bound of every leaf: for a term searcher under BM25,
// its IDF times the largest term-frequency factor of its term (0 if no
// document holds it) times its query weight (boost·idf·norm: the square
// root of its Weight times the norm); for a copy, its original's times
// its factor; for any other leaf, none (+Inf). The units (a leaf and
// its copies) are ordered by the page score their bounds alone give.
func (s *pageSearcher) bound(snap *scorch.IndexSnapshot, bm25 bool) {
	pr := &pruning{ub: make([]float64, len(s.leaves)), nonEss: make([]bool, len(s.leaves)),
		nbSum: make([]float64, len(s.children)), nbCnt: make([]int, len(s.children)),
		bsum: make([]float64, len(s.children)), bcnt: make([]int, len(s.children)), bscores: make([]float64, len(s.children))}
	s.pr = pr
	n, err := snap.DocCount()
	for i := range s.leaves {
		l := &s.leaves[i]
		pr.ub[i] = math.Inf(1)
		if l.s == nil {
			continue
		}
		if l.term.field == "" {
			pr.nonTerm = true
			continue
		}
		if !bm25 || err != nil {
			continue
		}
		if l.s.Count() == 0 {
			pr.ub[i] = 0 // no document holds the term
			continue
		}
		d := float64(l.s.Count())
		idf := math.Log(1 + (float64(n)-d+0.5)/(d+0.5))
		f, err := s.ic.get(snap, l.term)
		if err != nil {
			continue // no bound
		}
		pr.ub[i] = idf * f * math.Sqrt(l.s.Weight()) * s.norm * boundMargin
	}
	for i := range s.leaves {
		if l := &s.leaves[i]; l.s == nil {
			pr.ub[i] = pr.ub[l.of] * l.factor * boundMargin
		} else {
			pr.units = append(pr.units, i)
		}
	}
	// order the units by the page score their bounds alone could give
	own := make(map[int]float64, len(pr.units))
	for _, u := range pr.units {
		clear(pr.bsum)
		clear(pr.bcnt)
		s.addBounds(u, pr.bsum, pr.bcnt)
		own[u] = s.boundScore(pr.bsum, pr.bcnt)
		if math.IsInf(pr.ub[u], 1) || math.IsNaN(own[u]) {
			own[u] = math.Inf(1)
		}
	}
	slices.SortStableFunc(pr.units, func(a, b int) int {
		switch {
		case own[a] < own[b]:
			return -1
		case own[a] > own[b]:
			return 1
		}
		return 0
	})
}

// addBounds adds the bounds of unit u (a leaf and its copies) to the
// per-child best scores and counts.
func (s *pageSearcher) addBounds(u int, sum []float64, cnt []int) {
	pr := s.pr
	for _, i := range append([]int{u}, s.leaves[u].copies...) {
		c := s.leaves[i].child
		sum[c] = max(sum[c], pr.ub[i])
		cnt[c]++
	}
}

// boundScore is the page score of per-child best leaf scores (bounds
// or exact; a child scores its best leaf), widened by boundMargin.
func (s *pageSearcher) boundScore(sum []float64, cnt []int) float64 {
	pr := s.pr
	copy(pr.bscores, sum)
	return pageScore(pr.bscores, s.q.idf, s.norm) * s.q.boost.Value() * boundMargin
}

// extend makes non-essential the next units whose bounds, with those of
// the units already so, cannot lift a page above theta, and reports
// whether any became so.
func (s *pageSearcher) extend(theta float64) bool {
	pr := s.pr
	changed := false
	for pr.p < len(pr.units) {
		u := pr.units[pr.p]
		if math.IsInf(pr.ub[u], 1) {
			break
		}
		copy(pr.bsum, pr.nbSum)
		copy(pr.bcnt, pr.nbCnt)
		s.addBounds(u, pr.bsum, pr.bcnt)
		if s.boundScore(pr.bsum, pr.bcnt) > theta {
			break
		}
		copy(pr.nbSum, pr.bsum)
		copy(pr.nbCnt, pr.bcnt)
		pr.nonEss[u] = true
		for _, c := range s.leaves[u].copies {
			pr.nonEss[c] = true
		}
		pr.p++
		changed = true
	}
	return changed
}

// top returns the k best matches, best first, and the document numbers
// of all matches.
func (s *pageSearcher) top(ctx context.Context, snap *scorch.IndexSnapshot, k int) ([]scored, *roaring.Bitmap, error) {
	pr := s.pr
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0)}
	all, err := s.termMatches(snap)
	if err != nil {
		return nil, nil, err
	}
	if err := s.start(sctx); err != nil {
		return nil, nil, err
	}
	var heldTop []scored // a min-heap by worse, at most k
	theta := math.Inf(-1)
	id := make(index.IndexInternalID, 8)
	var matching []int
	for steps := 0; len(s.heap) > 0; steps++ {
		if steps&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		low := s.leaves[s.heap[0]].id
		matching = matching[:0]
		nonTerm := false
		for len(s.heap) > 0 && s.leaves[s.heap[0]].id == low {
			i := s.pop()
			matching = append(matching, i)
			matching = append(matching, s.leaves[i].copies...)
			nonTerm = nonTerm || s.leaves[i].term.field == ""
		}
		if nonTerm {
			all.Add(uint32(low))
		}
		if len(heldTop) < k || s.candidate(matching) > theta {
			// advance the non-essential leaves to the page
			for _, u := range pr.units[:pr.p] {
				l := &s.leaves[u]
				if l.curr != nil && l.id < low {
					binary.BigEndian.PutUint64(id, low)
					sctx.DocumentMatchPool.Put(l.curr)
					m, err := l.s.Advance(sctx, id)
					if err != nil {
						return nil, nil, err
					}
					if err := s.set(l, m); err != nil {
						return nil, nil, err
					}
				}
				if l.curr != nil && l.id == low {
					matching = append(matching, u)
					matching = append(matching, l.copies...)
				}
			}
			slices.Sort(matching)
			h := scored{low, s.exact(matching)}
			switch {
			case len(heldTop) < k:
				heldTop = append(heldTop, h)
				upHeld(heldTop, len(heldTop)-1)
			case worse(heldTop[0], h):
				heldTop[0] = h
				downHeld(heldTop, 0)
			}
			if len(heldTop) == k && heldTop[0].score > theta {
				theta = heldTop[0].score
				if s.extend(theta) {
					s.dropNonEssential()
				}
			}
		}
		// move the essential leaves on (copies and non-essential ones stay)
		for _, i := range matching {
			l := &s.leaves[i]
			if l.s == nil || pr.nonEss[i] {
				continue
			}
			sctx.DocumentMatchPool.Put(l.curr)
			m, err := l.s.Next(sctx)
			if err := s.refill(i, m, err); err != nil {
				return nil, nil, err
			}
		}
	}
	slices.SortFunc(heldTop, func(a, b scored) int {
		switch {
		case worse(b, a):
			return -1
		case worse(a, b):
			return 1
		}
		return 0
	})
	return heldTop, all, nil
}

// candidate bounds the page score of the page that the essential
// leaves matching are at: their exact scores, and the bounds of all the
// non-essential leaves.
func (s *pageSearcher) candidate(matching []int) float64 {
	pr := s.pr
	copy(pr.bsum, pr.nbSum)
	copy(pr.bcnt, pr.nbCnt)
	for _, i := range matching {
		l := &s.leaves[i]
		pr.bsum[l.child] = max(pr.bsum[l.child], s.leafScore(l))
		pr.bcnt[l.child]++
	}
	return s.boundScore(pr.bsum, pr.bcnt)
}

// dropNonEssential takes the non-essential leaves out of the heap.
func (s *pageSearcher) dropNonEssential() {
	s.heap = slices.DeleteFunc(s.heap, func(i int) bool { return s.pr.nonEss[i] })
	for i := len(s.heap)/2 - 1; i >= 0; i-- {
		s.down(i)
	}
}

// upHeld and downHeld keep h a min-heap by worse.
func upHeld(h []scored, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !worse(h[i], h[p]) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func downHeld(h []scored, i int) {
	for {
		c := 2*i + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && worse(h[c+1], h[c]) {
			c++
		}
		if !worse(h[c], h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// termMatches returns the document numbers (in snap) of the documents
// that hold the term of any term leaf, from the postings' bitmaps.
func (s *pageSearcher) termMatches(snap *scorch.IndexSnapshot) (*roaring.Bitmap, error) {
	byField := map[string][]string{}
	for _, l := range s.leaves {
		if l.s != nil && l.term.field != "" && !slices.Contains(byField[l.term.field], l.term.term) {
			byField[l.term.field] = append(byField[l.term.field], l.term.term)
		}
	}
	all := roaring.New()
	var off uint64
	for _, ss := range snap.Segments() {
		seg := ss.Segment()
		deleted := ss.Deleted()
		var bms []*roaring.Bitmap
		local := roaring.New()
		for field, terms := range byField {
			dict, err := seg.Dictionary(field)
			if err != nil {
				return nil, fmt.Errorf("indexer: postings of %s: %w", field, err)
			}
			if dict == nil {
				continue
			}
			for _, t := range terms {
				pl, err := dict.PostingsList([]byte(t), deleted, nil)
				if err != nil {
					return nil, fmt.Errorf("indexer: postings of %s:%s: %w", field, t, err)
				}
				if pl == nil {
					continue
				}
				it := pl.Iterator(false, false, false, nil)
				if opt, ok := it.(segment.OptimizablePostingsIterator); ok {
					if n, ok := opt.DocNum1Hit(); ok {
						local.Add(uint32(n))
					} else if bm := opt.ActualBitmap(); bm != nil {
						bms = append(bms, bm)
					}
					continue
				}
				for p, err := it.Next(); p != nil || err != nil; p, err = it.Next() {
					if err != nil {
						return nil, err
					}
					local.Add(uint32(p.Number()))
				}
			}
		}
		local.Or(roaring.FastOr(bms...))
		if off > 0 {
			local = roaring.AddOffset64(local, int64(off))
		}
		all.Or(local)
		off += seg.Count()
	}
	return all, nil
}

// maxImpacts is the most the impact cache holds; a full cache starts
// over.
const maxImpacts = 1 << 16

// impactCache holds, for the terms of recent page queries, the largest
// term-frequency factor of BM25 that any document of one index
// snapshot gives the term in its field: the bound of a term query's
// score is its IDF times that factor times its query weight. Reading
// the postings of a term once for it costs about as much as one query
// that has the term; the 2-word queries of readers repeat their words.
// The cache belongs to one snapshot (an update makes another) and
// starts over for the next.
type impactCache struct {
	mu   sync.Mutex
	snap weak.Pointer[scorch.IndexSnapshot]
	m    map[termKey]float64
}

// get returns the largest factor of term t in snap, reading its
// postings unless cached.
func (c *impactCache) get(snap *scorch.IndexSnapshot, t termKey) (float64, error) {
	id := weak.Make(snap)
	c.mu.Lock()
	if c.snap == id {
		if f, ok := c.m[t]; ok {
			c.mu.Unlock()
			return f, nil
		}
	}
	c.mu.Unlock()
	f, err := maxImpact(snap, t)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snap != id || len(c.m) >= maxImpacts {
		c.snap, c.m = id, map[termKey]float64{}
	}
	c.m[t] = f
	return f, nil
}

// maxImpact computes the largest factor of t in snap as bleve's term
// scorer computes it (scorer.TermQueryScorer, BM25 with the field's
// average length as bleve takes it), widened by boundMargin.
func maxImpact(snap *scorch.IndexSnapshot, t termKey) (float64, error) {
	n, err := snap.DocCount()
	if err != nil {
		return 0, err
	}
	card, err := snap.FieldCardinality(t.field)
	if err != nil {
		return 0, err
	}
	if n == 0 || card == 0 {
		return 0, fmt.Errorf("indexer: no length of field %s", t.field) // bleve scores by TF-IDF then
	}
	avg := math.Ceil(float64(card) / float64(n))
	r, err := snap.TermFieldReader(context.Background(), []byte(t.term), t.field, true, true, false)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	best := 0.0
	var tfd index.TermFieldDoc
	for d, err := r.Next(&tfd); d != nil || err != nil; d, err = r.Next(tfd.Reset()) {
		if err != nil {
			return 0, err
		}
		tf := math.Sqrt(float64(d.Freq))
		length := 1 / (d.Norm * d.Norm)
		f := (tf * search.BM25_k1) / (tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*length/avg)))
		best = max(best, f)
	}
	return best * boundMargin, nil
}
