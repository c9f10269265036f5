package indexer

import (
	"context"
	"math"
	"os"
	"reflect"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// bleveExecution runs a page query as bleve would on its own: a
// disjunction of the children that reports each child's score (its score
// breakdown), turned into the page score; a child that is a disjunction
// reports its leaves' scores the same way, of which the best is the
// child's score. The page searcher must give the same results.
func bleveExecution(ctx context.Context, q *pageQuery, r index.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	var ss []search.Searcher
	var slot []int // child index of each searcher
	for i, c := range q.children {
		if c == nil {
			continue
		}
		best := false
		if dq, ok := c.(*query.DisjunctionQuery); ok && dq.Min <= 1 {
			cp := *dq
			cp.RetrieveScoreBreakdown(true)
			c, best = &cp, true
		}
		s, err := c.Searcher(ctx, r, m, opts)
		if err == nil && best {
			s = &bestLeafSearcher{s}
		}
		if err != nil {
			for _, s := range ss {
				s.Close()
			}
			return nil, err
		}
		ss, slot = append(ss, s), append(slot, i)
	}
	if len(ss) == 0 {
		return searcher.NewMatchNoneSearcher(r)
	}
	d, err := searcher.NewDisjunctionSearcher(context.WithValue(ctx, search.IncludeScoreBreakdownKey, true), r, ss, 1, opts)
	if err != nil {
		return nil, err
	}
	return &breakdownSearcher{Searcher: d, q: q, slot: slot, scores: make([]float64, len(q.children)), norm: 1 / math.Sqrt(d.Weight())}, nil
}

// bestLeafSearcher turns the breakdown of a disjunction's match into the
// score of its best leaf.
type bestLeafSearcher struct{ search.Searcher }

func (s *bestLeafSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	return bestLeaf(dm), err
}

func (s *bestLeafSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	return bestLeaf(dm), err
}

func bestLeaf(dm *search.DocumentMatch) *search.DocumentMatch {
	if dm == nil {
		return nil
	}
	dm.Score = 0
	for _, v := range dm.ScoreBreakdown {
		dm.Score = max(dm.Score, v)
	}
	dm.ScoreBreakdown = nil
	return dm
}

// breakdownSearcher computes the page score from bleve's breakdown.
type breakdownSearcher struct {
	search.Searcher
	q      *pageQuery
	slot   []int
	scores []float64
	norm   float64
}

// SetQueryNorm passes the norm on and keeps it: a boolean query around
// the page query sets its own.
func (s *breakdownSearcher) SetQueryNorm(n float64) {
	s.norm = n
	s.Searcher.SetQueryNorm(n)
}

func (s *breakdownSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	return s.score(dm), err
}

func (s *breakdownSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	return s.score(dm), err
}

func (s *breakdownSearcher) score(dm *search.DocumentMatch) *search.DocumentMatch {
	if dm == nil {
		return nil
	}
	clear(s.scores)
	for i, v := range dm.ScoreBreakdown {
		s.scores[s.slot[i]] = v
	}
	clear(dm.ScoreBreakdown)
	dm.Score = pageScore(s.scores, s.q.idf, s.norm) * s.q.boost.Value()
	return dm
}

// samePages checks that the page searcher and bleve's execution give
// the same results for each request: totals, facets, and hits in the
// same order with the same scores (to rounding: bleve sums a disjunction
// of more than ten searchers in the order of its heap).
func samePages(t *testing.T, ix *Index, reqs []Request) {
	t.Helper()
	run := func(req Request) *Result {
		ix.fc.invalidate()
		ix.rc = resultCache{}
		return find(t, ix, req)
	}
	for _, req := range reqs {
		got := run(req)
		pageExecution = bleveExecution
		want := run(req)
		pageExecution = newPageSearcher
		if got.Total != want.Total || !reflect.DeepEqual(got.Facets, want.Facets) || !reflect.DeepEqual(urls(got), urls(want)) {
			t.Errorf("%+v: page searcher %d hits %q, bleve %d hits %q", req, got.Total, urls(got), want.Total, urls(want))
			continue
		}
		for i := range got.Hits {
			g, w := got.Hits[i].Score, want.Hits[i].Score
			if math.Abs(g-w) > 1e-12*math.Abs(w) {
				t.Errorf("%+v: hit %d %s scores %v, bleve %v", req, i, got.Hits[i].URL, g, w)
			}
		}
	}
}

// pageRequests are requests of every kind for the page searcher: the
// relevance queries of file and some that take other paths (a prefix
// being typed, phrases, exclusions, filters, a typo, no match, date
// sort, a second page).
func pageRequests(t *testing.T, file string) []Request {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := ParseRelevance(file, f)
	if err != nil {
		t.Fatal(err)
	}
	reqs := []Request{{Query: "pelat"}, {Query: "pelatihan kinerja"}, {Query: `"survei kepuasan" asn`},
		{Query: "kinerja -pelatihan"}, {Query: "pelatihan", Type: "modul"}, {Query: "tahun:2025 asn"},
		{Query: "pelatiahn "}, {Query: "zzzzqqq"}, {Query: "laporan", Sort: "date"}, {Query: "pelatihan", Page: 2, Size: 5},
		{Query: `"rencana tindak lanjut"`}, {Query: "kinerja asn pegawai m"}}
	for _, c := range cases {
		reqs = append(reqs, Request{Query: c.Query, Size: 20})
	}
	return reqs
}

func TestPageSearcherAsBleve(t *testing.T) {
	for _, analyzer := range []string{"", "standard"} {
		t.Run("analyzer="+analyzer, func(t *testing.T) {
			samePages(t, testIndex(t, Options{Analyzer: analyzer}), pageRequests(t, "testdata/relevance.txt"))
		})
	}
}

// On the generated corpus of 1,000 pages, several segments, its own
// relevance queries.
func TestPageSearcherAsBleveCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 1,000 pages")
	}
	t.Setenv("PUSTAKA_BENCH_PAGES", "1000")
	docs := corpus(t)
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	half := len(docs) / 2
	for _, part := range [][]Document{docs[:half], docs[half:]} {
		if _, err := ix.Update(part, nil); err != nil {
			t.Fatal(err)
		}
	}
	samePages(t, ix, pageRequests(t, "testdata/relevance/gen-1000.txt"))
}

// BenchmarkPageExecution runs the bench queries ("bench") and distinct
// two-word queries as a server gets them ("distinct"), nothing cached,
// with facets and highlighting, alternately through the page searcher and
// through bleve's own execution of the same page query, and reports the
// median and 99th percentile of each and the ratio of the medians
// (page/bleve): taken side by side, the ratio holds on a busy machine
// where the absolute times do not. The CPU time of the benchmark's
// thread (locked to it) is reported too.
func BenchmarkPageExecution(b *testing.B) {
	ix, _ := benchIndex(b)
	b.Run("bench", func(b *testing.B) { comparePageExecution(b, ix, benchQueries) })
	b.Run("distinct", func(b *testing.B) { comparePageExecution(b, ix, distinctQueries(b, 2000)) })
}

// comparePageExecution runs the queries qs alternately through both
// executions, one query at a time.
func comparePageExecution(b *testing.B, ix *Index, qs []string) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	execs := []func(context.Context, *pageQuery, index.IndexReader, mapping.IndexMapping, search.SearcherOptions) (search.Searcher, error){newPageSearcher, bleveExecution}
	defer func() { pageExecution = newPageSearcher }()
	var lat, cpu [2][]time.Duration
	for i := 0; i < b.N; i++ {
		for k, exec := range execs {
			pageExecution = exec
			ix.fc.invalidate()
			ix.rc = resultCache{}
			start, cpu0 := time.Now(), threadCPU(b)
			req := Request{Query: qs[i%len(qs)], Highlight: true}
			if _, err := ix.Search(b.Context(), req); err != nil {
				b.Fatal(err)
			}
			lat[(k+i)%2] = append(lat[(k+i)%2], time.Since(start))
			cpu[(k+i)%2] = append(cpu[(k+i)%2], threadCPU(b)-cpu0)
		}
		execs[0], execs[1] = execs[1], execs[0] // alternate which goes first
	}
	b.StopTimer()
	for k, name := range []string{"page", "bleve"} {
		slices.Sort(lat[k])
		slices.Sort(cpu[k])
		b.ReportMetric(ms(lat[k][len(lat[k])/2]), name+"-p50-ms")
		b.ReportMetric(ms(lat[k][len(lat[k])*99/100]), name+"-p99-ms")
		b.ReportMetric(ms(cpu[k][len(cpu[k])/2]), name+"-cpu-p50-ms")
	}
	b.ReportMetric(float64(lat[0][len(lat[0])/2])/float64(lat[1][len(lat[1])/2]), "p50-ratio")
	b.ReportMetric(float64(cpu[0][len(cpu[0])/2])/float64(cpu[1][len(cpu[1])/2]), "cpu-ratio")
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// threadCPU is the CPU time of the calling thread so far.
func threadCPU(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
