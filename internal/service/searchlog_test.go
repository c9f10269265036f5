package service

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tubei/pustaka/internal/searchlog"
	"github.com/tubei/pustaka/internal/sitetest"
)

// typed searches like search as you type does (facets=0), which the
// search log never records, and returns the URLs of the first hits.
func typed(t *testing.T, base, q string) []string {
	t.Helper()
	code, body := get(t, base+"/api/search?facets=0&q="+url.QueryEscape(q))
	if code != 200 {
		t.Fatalf("search %q: %d %s", q, code, body)
	}
	var r struct{ Hits []struct{ URL string } }
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, h := range r.Hits {
		urls = append(urls, h.URL)
	}
	return urls
}

// The editor's loop: a search finds nothing and serve records it; the
// editor adds a synonym group through config.yaml (which named no
// synonyms file before) and the next save makes the search find the page;
// search.log: false, saved while serving, stops the recording.
func TestLiveSearchLog(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	svc := New(Options{Dir: dir, Log: io.Discard})
	srv, live := serveLive(t, svc, ServeOptions{Watch: true})
	if code, _ := get(t, srv.URL+"/cari/?q=kurikulum"); code != 200 {
		t.Fatalf("search page: %d", code)
	}
	typed(t, srv.URL, "kurikul") // a keystroke: not recorded
	get(t, srv.URL+"/cari/?q=materi&from=materri")
	if err := live.slog.log.Flush(); err != nil {
		t.Fatal(err)
	}
	want := []searchlog.Count{{Query: "kurikulum", Count: 1, Days: 1}}
	wantSugg := []searchlog.Count{{Query: "materri", Suggestion: "materi", Count: 1, Days: 1}}
	check := func(when string) {
		t.Helper()
		es, err := searchlog.ReadFile(SearchLogPath(dir))
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		s := searchlog.Summarize(es, "")
		if !slices.Equal(s.None, want) || !slices.Equal(s.Suggestions, wantSugg) {
			t.Errorf("%s: recorded %+v and %+v; want %+v and %+v", when, s.None, s.Suggestions, want, wantSugg)
		}
	}
	check("after the first searches")

	sitetest.Write(t, dir, "data/sinonim.txt", "kurikulum, materi\n")
	sitetest.Save(t, dir, "config.yaml", "title: Uji\nsearch:\n  synonyms: data/sinonim.txt\n")
	eventually(t, "the synonym added in config.yaml to work", func() bool {
		return slices.Contains(typed(t, srv.URL, "kurikulum"), "/pelatihan/satu/")
	})

	sitetest.Save(t, dir, "config.yaml", "title: Uji\nsearch:\n  synonyms: data/sinonim.txt\n  log: false\n")
	eventually(t, "search.log: false to be read", func() bool { return !live.slog.on.Load() })
	get(t, srv.URL+"/cari/?q=zonasi")
	get(t, srv.URL+"/cari/?q=materi&from=materri")
	if err := live.slog.log.Flush(); err != nil {
		t.Fatal(err)
	}
	check("with search.log: false")

	sitetest.Save(t, dir, "config.yaml", "title: Uji\nsearch:\n  synonyms: data/sinonim.txt\n")
	eventually(t, "search.log on again", func() bool { return live.slog.on.Load() })
	for range 2 {
		get(t, srv.URL+"/cari/?q=Zonasi++Kecamatan")
	}
	if err := live.Close(); err != nil { // flushes
		t.Fatal(err)
	}
	want = []searchlog.Count{{Query: "zonasi kecamatan", Count: 2, Days: 1}, want[0]} // most frequent first
	check("after Close")
}

// A server started with search.log: false records nothing and writes no
// log file.
func TestLiveSearchLogOff(t *testing.T) {
	dir := sitetest.WriteArchive(t, filepath.Join("testdata", "site.txtar"))
	sitetest.Write(t, dir, "config.yaml", "title: Uji\nsearch:\n  log: false\n")
	srv, live := serveLive(t, New(Options{Dir: dir, Log: io.Discard}), ServeOptions{})
	get(t, srv.URL+"/cari/?q=zonasi")
	get(t, srv.URL+"/api/search?q=zonasi")
	if err := live.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := searchlog.ReadFile(SearchLogPath(dir)); err == nil {
		t.Error("search.log: false, and the log file was written")
	}
}
