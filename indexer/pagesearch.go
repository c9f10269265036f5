package indexer

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// Executing a page query. bleve would run it as a disjunction of its
// children (one per group and class), most children being disjunctions
// themselves (one term query per alternative and language), and hand
// each match's child scores over in a map (its score breakdown): at
// 10,000 pages the two layers of merging and the map cost more than
// reading the postings. The page searcher merges the leaves (the
// disjuncts of the children that are disjunctions, the other children
// whole) itself, doc at a time, and gives each child the score of its
// best matching leaf: the BM25 of the group's best alternative in that
// class, which pageScore turns back into a frequency (bm25f); a sum
// times the share of matching leaves, as bleve's disjunction scores,
// would count a word and a completion that shares its root twice and
// weigh a match by how many alternatives the group has. The leaves wait in a heap by their current
// document: the word being typed brings a dozen completions, and so a
// hundred leaves, most of them far from the next document. The query norm is bleve's too, summed in the
// same order, so the scores are the same numbers (pagesearch_test.go
// holds the page searcher to bleve's own execution).

// Searcher returns the page searcher of q.
func (q *pageQuery) Searcher(ctx context.Context, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	return pageExecution(ctx, q, r, m, opts)
}

// pageExecution builds the searcher of a page query; tests swap in
// bleve's own execution to compare.
var pageExecution = newPageSearcher

// pageLeaf is one searcher of the merge, or a copy of one: a term
// query of a term and field that an earlier leaf already reads, with
// another boost (a completion of the word being typed often has the
// word's own root: a quarter of the postings of distinct two-word
// queries at 1,000 pages were read twice). A copy's score is its
// original's times the ratio of their boosts, which is what a term
// searcher of its own would compute: the same BM25 of the same postings
// times the boost (with the same IDF and query norm).
type pageLeaf struct {
	s      search.Searcher       // nil for a copy
	child  int                   // index into pageQuery.children
	curr   *search.DocumentMatch // nil when exhausted
	id     uint64                // document number of curr
	of     int                   // for a copy, the leaf it copies
	orig   search.Searcher       // for a copy, the searcher of that leaf
	factor float64               // for a copy, its boost over its original's
	weight float64               // for a copy, factor squared (see Weight)
	copies []int                 // leaves that copy this one
	term   termKey               // for a term searcher, its field and term ("" otherwise)
}

// termKey is the field and term of a term query.
type termKey struct{ field, term string }

// termOrig is the searcher of a term query and its boost.
type termOrig struct {
	s     search.Searcher
	boost float64
}

// copyOf stands for a copy of a term searcher while the leaves of a
// child are sorted: its Count is its original's, as its own searcher's
// would be.
type copyOf struct {
	search.Searcher
	boost float64
}

// pageChild is how a child's leaves become its score.
type pageChild struct {
	first, end int    // its leaves, leaves[first:end]
	count      uint64 // bleve's Count of the child: the sum of its leaves'
}

// pageSearcher merges the leaves of a page query.
type pageSearcher struct {
	q        *pageQuery
	leaves   []pageLeaf
	children []pageChild // per child; end == first where the child is absent
	order    []int       // children in the order bleve's disjunction sorts them
	scores   []float64   // per child, reused: its best matching leaf's score
	matching []int       // leaves at the current document, reused
	heap     []int       // leaves not exhausted, a min-heap by (id, index)
	started  bool
	terms    map[termKey]termOrig    // term searchers, for copies
	leafOf   map[search.Searcher]int // leaf of each searcher in terms
	keyOf    map[search.Searcher]termKey
	norm     float64 // the query norm the leaves' scores carry
	pr       *pruning
	ic       *impactCache
}

// newPageSearcher builds the leaves of q's children and sets the query
// norm as bleve's disjunction of the children would.
func newPageSearcher(ctx context.Context, q *pageQuery, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	s := &pageSearcher{q: q, children: make([]pageChild, len(q.children)),
		scores: make([]float64, len(q.children))}
	for i, c := range q.children {
		s.children[i] = pageChild{first: len(s.leaves), end: len(s.leaves)}
		if c == nil {
			continue
		}
		if err := s.addChild(ctx, i, c, r, m, opts); err != nil {
			s.Close()
			return nil, err
		}
	}
	if len(s.leaves) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	for i, c := range s.children {
		if c.end > c.first {
			s.order = append(s.order, i)
		}
	}
	sort.Sort(byCount{s.order, s.children})
	s.SetQueryNorm(1 / math.Sqrt(s.Weight()))
	return s, nil
}

// addChild adds the leaves of child i, c: its disjuncts if it is a
// disjunction bleve would score by the sum of their scores and their
// coverage, else c itself.
func (s *pageSearcher) addChild(ctx context.Context, i int, c query.Query, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) error {
	ch := &s.children[i]
	dq, ok := c.(*query.DisjunctionQuery)
	if !ok || dq.Min > 1 {
		ls, err := c.Searcher(ctx, r, m, opts)
		if err != nil {
			return err
		}
		s.leaves = append(s.leaves, pageLeaf{s: ls, child: i})
		ch.end, ch.count = len(s.leaves), ls.Count()
		return nil
	}
	var ss []search.Searcher
	for _, d := range dq.Disjuncts {
		tq, isTerm := d.(*query.TermQuery)
		var key termKey
		if isTerm && tq.FieldVal != "" && tq.Boost() > 0 {
			key = termKey{tq.FieldVal, tq.Term}
			if orig, ok := s.terms[key]; ok {
				ss = append(ss, &copyOf{Searcher: orig.s, boost: tq.Boost() / orig.boost})
				continue
			}
		}
		ls, err := d.Searcher(ctx, r, m, opts)
		if err != nil {
			for _, x := range ss {
				if _, ok := x.(*copyOf); !ok {
					x.Close()
				}
			}
			return err
		}
		if ls == nil {
			continue
		}
		if _, ok := ls.(*searcher.TermSearcher); ok && key.field != "" {
			if s.terms == nil {
				s.terms, s.leafOf, s.keyOf = map[termKey]termOrig{}, map[search.Searcher]int{}, map[search.Searcher]termKey{}
			}
			s.terms[key] = termOrig{ls, tq.Boost()}
			s.keyOf[ls] = key
		}
		ss = append(ss, ls)
	}
	if len(ss) == 0 {
		return nil // bleve: a searcher that matches nothing
	}
	if len(ss) <= searcher.DisjunctionHeapTakeover {
		// bleve's slice searcher sums in this order; its heap searcher
		// (more disjuncts) in the order of its heap, which differs in
		// the last bits at most.
		sort.Sort(searcher.OrderedSearcherList(ss))
	}
	first := len(s.leaves)
	for k, ls := range ss {
		ch.count += ls.Count()
		if c, ok := ls.(*copyOf); ok {
			s.leaves = append(s.leaves, pageLeaf{child: i, factor: c.boost, weight: c.boost * c.boost, orig: c.Searcher})
			continue
		}
		if s.leafOf != nil {
			s.leafOf[ls] = first + k
		}
		s.leaves = append(s.leaves, pageLeaf{s: ls, child: i, term: s.keyOf[ls]})
	}
	for k := first; k < len(s.leaves); k++ {
		if l := &s.leaves[k]; l.s == nil {
			l.of = s.leafOf[l.orig]
			s.leaves[l.of].copies = append(s.leaves[l.of].copies, k)
		}
	}
	ch.end = len(s.leaves)
	return nil
}

// byCount sorts children by their Count, as bleve's disjunction sorts its
// searchers (the same sort, so the same order among equal counts).
type byCount struct {
	order    []int
	children []pageChild
}

func (b byCount) Len() int { return len(b.order) }
func (b byCount) Less(i, j int) bool {
	return b.children[b.order[i]].count < b.children[b.order[j]].count
}
func (b byCount) Swap(i, j int) { b.order[i], b.order[j] = b.order[j], b.order[i] }

// Weight is the sum of the leaves' weights, per child, in bleve's order.
func (s *pageSearcher) Weight() float64 {
	var w float64
	for _, i := range s.order {
		c := s.children[i]
		var cw float64
		for _, l := range s.leaves[c.first:c.end] {
			if l.s == nil {
				cw += s.leaves[l.of].s.Weight() * l.weight
			} else {
				cw += l.s.Weight()
			}
		}
		w += cw
	}
	return w
}

// SetQueryNorm passes the norm to every leaf (a copy follows its
// original).
func (s *pageSearcher) SetQueryNorm(n float64) {
	s.norm = n
	for _, l := range s.leaves {
		if l.s != nil {
			l.s.SetQueryNorm(n)
		}
	}
}

// Count is bleve's worst case: the sum of the leaves' counts.
func (s *pageSearcher) Count() uint64 {
	var n uint64
	for _, l := range s.leaves {
		if l.s == nil {
			n += s.leaves[l.of].s.Count()
		} else {
			n += l.s.Count()
		}
	}
	return n
}

// Min is that of a disjunction that needs one match.
func (s *pageSearcher) Min() int { return 1 }

// Size estimates the searcher's memory, as bleve's searchers do.
func (s *pageSearcher) Size() int {
	n := 64 + len(s.leaves)*96 + len(s.children)*64
	for _, l := range s.leaves {
		if l.s != nil {
			n += l.s.Size()
		}
	}
	return n
}

// DocumentMatchPoolSize is the most matches the merge holds at once.
func (s *pageSearcher) DocumentMatchPoolSize() int {
	n := len(s.leaves)
	for _, l := range s.leaves {
		if l.s != nil {
			n += l.s.DocumentMatchPoolSize()
		}
	}
	return n
}

// Close closes every leaf.
func (s *pageSearcher) Close() error {
	var first error
	for _, l := range s.leaves {
		if l.s == nil {
			continue
		}
		if err := l.s.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// set makes m the current match of leaf l.
func (s *pageSearcher) set(l *pageLeaf, m *search.DocumentMatch) error {
	l.curr = m
	if m == nil {
		return nil
	}
	if len(m.IndexInternalID) != 8 {
		return fmt.Errorf("indexer: a document number of %d bytes: not a scorch index", len(m.IndexInternalID))
	}
	l.id = binary.BigEndian.Uint64(m.IndexInternalID)
	return nil
}

// start moves every leaf to its first match.
func (s *pageSearcher) start(ctx *search.SearchContext) error {
	s.started = true
	for i := range s.leaves {
		l := &s.leaves[i]
		if l.s == nil {
			continue // a copy
		}
		m, err := l.s.Next(ctx)
		if err != nil {
			return err
		}
		if err := s.set(l, m); err != nil {
			return err
		}
		if m != nil {
			s.heap = append(s.heap, i)
		}
	}
	for i := len(s.heap)/2 - 1; i >= 0; i-- {
		s.down(i)
	}
	return nil
}

// before orders the heap: by document, then by leaf.
func (s *pageSearcher) before(a, b int) bool {
	la, lb := &s.leaves[a], &s.leaves[b]
	return la.id < lb.id || (la.id == lb.id && a < b)
}

// down restores the heap below position i.
func (s *pageSearcher) down(i int) {
	h := s.heap
	for {
		c := 2*i + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && s.before(h[c+1], h[c]) {
			c++
		}
		if !s.before(h[c], h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// up restores the heap above position i.
func (s *pageSearcher) up(i int) {
	h := s.heap
	for i > 0 {
		p := (i - 1) / 2
		if !s.before(h[i], h[p]) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

// pop removes the first leaf of the heap and returns it.
func (s *pageSearcher) pop() int {
	h := s.heap
	top := h[0]
	last := len(h) - 1
	h[0] = h[last]
	s.heap = h[:last]
	if last > 0 {
		s.down(0)
	}
	return top
}

// refill makes m, the next match of leaf i (or err, the failure to read
// it), the leaf's current match and puts the leaf back in the heap unless
// it is done.
func (s *pageSearcher) refill(i int, m *search.DocumentMatch, err error) error {
	if err != nil {
		return err
	}
	if err := s.set(&s.leaves[i], m); err != nil {
		return err
	}
	if m != nil {
		s.push(i)
	}
	return nil
}

// push adds leaf i to the heap.
func (s *pageSearcher) push(i int) {
	s.heap = append(s.heap, i)
	s.up(len(s.heap) - 1)
}

// Next returns the next match with its page score.
func (s *pageSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	if len(s.heap) == 0 {
		return nil, nil
	}
	// the leaves at the lowest document and their copies, in leaf order
	// (the heap breaks ties by leaf), so each child sums them in
	// bleve's order
	matching := s.matching[:0]
	low := s.leaves[s.heap[0]].id
	copies := false
	for len(s.heap) > 0 && s.leaves[s.heap[0]].id == low {
		i := s.pop()
		matching = append(matching, i)
		if cs := s.leaves[i].copies; len(cs) > 0 {
			matching, copies = append(matching, cs...), true
		}
	}
	if copies {
		slices.Sort(matching)
	}
	s.matching = matching
	var rv *search.DocumentMatch
	for _, i := range matching {
		if l := &s.leaves[i]; l.s != nil {
			rv = l.curr
			break
		}
	}
	for _, i := range matching {
		if m := s.leaves[i].curr; s.leaves[i].s != nil && m != rv && len(m.FieldTermLocations) > 0 {
			rv.FieldTermLocations = search.MergeFieldTermLocations(rv.FieldTermLocations, []*search.DocumentMatch{m})
		}
	}
	rv.Score = s.exact(matching)
	for _, i := range matching {
		l := &s.leaves[i]
		if l.s == nil {
			continue
		}
		if l.curr != rv {
			ctx.DocumentMatchPool.Put(l.curr)
		}
		m, err := l.s.Next(ctx)
		if err := s.refill(i, m, err); err != nil {
			return nil, err
		}
	}
	return rv, nil
}

// exact returns the page score of the document that the leaves matching
// (in leaf order, copies included) are at.
func (s *pageSearcher) exact(matching []int) float64 {
	clear(s.scores)
	for _, i := range matching {
		l := &s.leaves[i]
		s.scores[l.child] = max(s.scores[l.child], s.leafScore(l))
	}
	return pageScore(s.scores, s.q.idf, s.norm) * s.q.boost.Value()
}

// leafScore is the score of leaf l at its current match: its own, or for
// a copy the score of the leaf it copies times its factor.
func (s *pageSearcher) leafScore(l *pageLeaf) float64 {
	if l.s == nil {
		return s.leaves[l.of].curr.Score * l.factor
	}
	return l.curr.Score
}

// Advance returns the match at or after id with its page score.
func (s *pageSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	if !s.started {
		if err := s.start(ctx); err != nil {
			return nil, err
		}
	}
	if len(id) != 8 {
		return nil, fmt.Errorf("indexer: a document number of %d bytes: not a scorch index", len(id))
	}
	target := binary.BigEndian.Uint64(id)
	for len(s.heap) > 0 && s.leaves[s.heap[0]].id < target {
		i := s.pop()
		l := &s.leaves[i]
		ctx.DocumentMatchPool.Put(l.curr)
		m, err := l.s.Advance(ctx, id)
		if err := s.refill(i, m, err); err != nil {
			return nil, err
		}
	}
	return s.Next(ctx)
}
