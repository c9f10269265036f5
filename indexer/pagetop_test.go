package indexer

import (
	"context"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// sameTop checks that topPages gives what the exhaustive execution (the
// page searcher under bleve's collector) gives for each request: the
// same number of matches, the same facets, the same hits in the same
// order with the same scores, bit for bit.
func sameTop(t *testing.T, ix *Index, reqs []Request) {
	t.Helper()
	run := func(req Request) *Result {
		ix.fc.invalidate()
		ix.rc = resultCache{}
		return find(t, ix, req)
	}
	defer func() { topExecution = true }()
	for _, req := range reqs {
		topExecution = true
		got := run(req)
		topExecution = false
		want := run(req)
		if got.Total != want.Total || !reflect.DeepEqual(got.Facets, want.Facets) || !reflect.DeepEqual(urls(got), urls(want)) {
			t.Errorf("%+v: top pages %d hits %q, exhaustive %d hits %q", req, got.Total, urls(got), want.Total, urls(want))
			continue
		}
		for i := range got.Hits {
			if g, w := got.Hits[i].Score, want.Hits[i].Score; g != w {
				t.Errorf("%+v: hit %d %s scores %v, exhaustive %v", req, i, got.Hits[i].URL, g, w)
			}
		}
		if !reflect.DeepEqual(got, want) && got.Suggestion == want.Suggestion {
			got.Took, want.Took = 0, 0
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%+v: results differ beyond the hits:\n%+v\n%+v", req, got, want)
			}
		}
	}
}

func TestTopPagesAsExhaustive(t *testing.T) {
	for _, analyzer := range []string{"", "standard"} {
		t.Run("analyzer="+analyzer, func(t *testing.T) {
			sameTop(t, testIndex(t, Options{Analyzer: analyzer}), pageRequests(t, "testdata/relevance.txt"))
		})
	}
}

// On the generated corpus of 1,000 pages in two segments: its relevance
// queries, and distinct two-word queries as bench/searchload sends them
// (the last word being typed), first pages of 10 and later pages.
func TestTopPagesAsExhaustiveCorpus(t *testing.T) {
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
	reqs := pageRequests(t, "testdata/relevance/gen-1000.txt")
	for i, q := range distinctQueries(t, 600) {
		switch i % 6 {
		case 0:
			reqs = append(reqs, Request{Query: q + " "})
		case 1:
			reqs = append(reqs, Request{Query: q, Page: 3, Size: 7})
		case 2:
			reqs = append(reqs, Request{Query: q, Size: 1})
		default:
			reqs = append(reqs, Request{Query: q})
		}
	}
	sameTop(t, ix, reqs)
}

// BenchmarkTopExecution runs distinct two-word queries as a server gets
// them (facets and highlighting, nothing cached) alternately through
// topPages and through the exhaustive execution, one query at a time on
// a locked thread, and reports the median, 99th percentile and mean of
// each one's CPU time (a figure that holds on a busy machine where wall
// times do not) and the ratio of the means (top/exhaustive).
//
//	PUSTAKA_BENCH_PAGES=10000 PUSTAKA_BENCH_INDEX=/tmp/idx10000 go test ./indexer -run '^$' -bench TopExecution -benchtime 1500x
func BenchmarkTopExecution(b *testing.B) {
	ix, _ := benchIndex(b)
	qs := distinctQueries(b, 4000)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	defer func() { topExecution = true }()
	var cpu [2][]time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k := range 2 {
			mode := (k + i) % 2 // alternate which goes first
			topExecution = mode == 0
			ix.fc.invalidate()
			ix.rc = resultCache{}
			c0 := threadCPU(b)
			if _, err := ix.Search(b.Context(), Request{Query: qs[i%len(qs)], Highlight: true}); err != nil {
				b.Fatal(err)
			}
			cpu[mode] = append(cpu[mode], threadCPU(b)-c0)
		}
	}
	b.StopTimer()
	var mean [2]time.Duration
	for k, name := range []string{"top", "exhaustive"} {
		c := cpu[k]
		for _, d := range c {
			mean[k] += d
		}
		mean[k] /= time.Duration(len(c))
		slices.Sort(c)
		b.ReportMetric(ms(c[len(c)/2]), name+"-cpu-p50-ms")
		b.ReportMetric(ms(c[len(c)*99/100]), name+"-cpu-p99-ms")
		b.ReportMetric(ms(mean[k]), name+"-cpu-mean-ms")
	}
	b.ReportMetric(float64(mean[0])/float64(mean[1]), "mean-ratio")
}

// Searches while the index changes: the bounds of one snapshot must
// never serve another (the impact cache is per snapshot). Each round
// changes a page so that the words it repeats score higher than any
// page scored before, while searches run alongside (go test -race),
// then checks that topPages agrees with the exhaustive execution.
func TestTopPagesWhileUpdating(t *testing.T) {
	ix := testIndex(t, Options{})
	docs := loadDocs(t)
	queries := []string{"pelatihan kinerja", "laporan", "survei kepuasan", "mentoring asn", "evaluasi"}
	for round := range 4 {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for w := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					if _, err := ix.Search(context.Background(), Request{Query: queries[i%len(queries)], Page: 1 + i%2}); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
		d := docs[round%len(docs)]
		d.Sections = slices.Clone(d.Sections)
		d.Sections[0].Text += strings.Repeat(" laporan evaluasi pelatihan", 5*(round+1))
		_, err := ix.Update([]Document{d}, nil)
		close(stop)
		wg.Wait()
		if err != nil {
			t.Fatal(err)
		}
		var reqs []Request
		for _, q := range queries {
			reqs = append(reqs, Request{Query: q}, Request{Query: q, Size: 1})
		}
		sameTop(t, ix, reqs)
	}
}
