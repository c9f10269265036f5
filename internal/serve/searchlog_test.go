package serve

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tubei/pustaka/indexer"
	"github.com/tubei/pustaka/internal/searchlog"
)

// bySearch finds nothing for queries starting with "nihil" and the sample
// result for the others.
type bySearch struct{}

func (bySearch) Search(ctx context.Context, req indexer.Request) (*indexer.Result, error) {
	if strings.HasPrefix(req.Query, "nihil") {
		return &indexer.Result{Query: req.Query}, nil
	}
	if strings.HasPrefix(req.Query, "rusak") {
		return nil, &indexer.QueryError{Pos: 0, Msg: "kueri rusak"}
	}
	return sampleResult(), nil
}

// logSpy records what a SearchLog is told.
type logSpy struct {
	mu     sync.Mutex
	events []string
}

func (l *logSpy) NotFound(q string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, "none "+q)
}

func (l *logSpy) SuggestionTaken(q, s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.events = append(l.events, "suggestion "+q+" -> "+s)
}

// Only settled searches are recorded: not the keystrokes of search as you
// type (facets=0), not later pages, not HEAD, not failed searches; a
// "Maksud Anda" link (from=) is a suggestion taken.
func TestSearchLogHook(t *testing.T) {
	spy := &logSpy{}
	s, _ := newServer(t, Options{Searcher: bySearch{}, RenderSearch: (&renderSpy{}).render, SearchLog: spy})
	h := s.Handler()
	for _, tc := range []struct {
		method, target string
		want           []string
	}{
		{"GET", "/api/search?q=nihil+satu&facets=0", nil},
		{"GET", "/api/search?q=nihil+satu", []string{"none nihil satu"}},
		{"GET", "/api/search?q=nihil+satu&facets=1&type=policy", []string{"none nihil satu"}},
		{"GET", "/api/search?q=nihil+satu&page=2", nil},
		{"HEAD", "/api/search?q=nihil+satu", nil},
		{"GET", "/api/search?q=pelatihan", nil},
		{"GET", "/api/search?q=rusak%22", nil},
		{"GET", "/api/search?q=+++", nil},
		{"GET", "/cari/?q=nihil+dua", []string{"none nihil dua"}},
		{"GET", "/cari/?q=pelatihan&from=pelatiahn", []string{"suggestion pelatiahn -> pelatihan"}},
		{"GET", "/cari/?q=nihil+tiga&from=nihill+tiga", []string{"suggestion nihill tiga -> nihil tiga", "none nihil tiga"}},
		{"GET", "/api/search?q=pelatihan&from=pelatiahn&facets=0", nil},
		{"GET", "/cari/?q=pelatihan&from=" + strings.Repeat("x", maxFrom+1), nil},
	} {
		spy.events = nil
		if w := get(h, tc.method, tc.target); w.Code >= 500 {
			t.Fatalf("%s %s: %d %s", tc.method, tc.target, w.Code, w.Body)
		}
		if !slices.Equal(spy.events, tc.want) {
			t.Errorf("%s %s: told %q, want %q", tc.method, tc.target, spy.events, tc.want)
		}
	}
}

// Concurrent requests record through the real log: every search that
// found nothing is counted once (run under -race).
func TestSearchLogConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), searchlog.File)
	log := searchlog.Open(path, searchlog.Options{})
	s, _ := newServer(t, Options{Searcher: bySearch{}, SearchLog: log})
	h := s.Handler()
	const workers, each = 8, 40
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				q := url.QueryEscape(fmt.Sprintf("nihil %d", (w+i)%4))
				if code := get(h, "GET", "/api/search?q="+q).Code; code != 200 {
					t.Errorf("code %d", code)
				}
				if i%10 == 0 {
					log.Flush()
				}
			}
		}()
	}
	wg.Wait()
	if err := log.Close(); err != nil {
		t.Fatal(err)
	}
	es, err := searchlog.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, c := range searchlog.Summarize(es, "").None {
		got[c.Query] = c.Count
	}
	want := map[string]int{"nihil 0": 80, "nihil 1": 80, "nihil 2": 80, "nihil 3": 80}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("counted %v, want %v", got, want)
	}
}
