package theme

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"

	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/tubei/pustaka/internal/browsertest"
)

// searchAPI is a fake /api/search that records the queries it gets.
type searchAPI struct {
	mu      sync.Mutex
	queries []string
}

func (a *searchAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	a.queries = append(a.queries, r.URL.RawQuery)
	a.mu.Unlock()
	if strings.Contains(r.URL.Query().Get("q"), "rusak") {
		http.Error(w, "boom", http.StatusInternalServerError)
		return
	}
	total := 2
	if strings.Contains(r.URL.Query().Get("q"), "banyak") {
		total = 25
	}
	json.NewEncoder(w).Encode(map[string]any{
		"total": total, "took_ms": 1,
		"hits": []map[string]any{
			{"url": "/kebijakan/peningkatan-kualitas-asn/", "anchor": "pasal-1", "title": "Peningkatan Kualitas ASN",
				"type": "policy", "status": "approved", "date": "2026-11-27T00:00:00Z",
				"fragments": []string{"pengembangan <mark>kompetensi</mark> &lt;b&gt;"}},
			{"url": "/pelatihan/etika/", "title": "Modul Etika", "type": "training", "date": "0001-01-01T00:00:00Z"},
		},
		"facets": []map[string]any{{"name": "type", "values": []map[string]any{{"value": "policy", "count": 1}}}},
	})
}

func (a *searchAPI) last() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.queries) == 0 {
		return ""
	}
	return a.queries[len(a.queries)-1]
}

func browser(t *testing.T) context.Context { return browsertest.Start(t) }

func themeServer(t *testing.T, api http.Handler) *httptest.Server {
	th := loadDefault(t)
	page := func(p *Page) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if err := th.Render(w, &Data{Site: fakeSite("id"), Page: p}); err != nil {
				t.Error(err)
			}
		}
	}
	search := searchPage("id", true)
	search.Search = &Search{Available: true}
	mux := http.NewServeMux()
	mux.Handle("/cari/", page(search))
	mux.Handle("/kebijakan/x/", page(policyPage("id")))
	mux.Handle("/banding/", page(comparePage("id")))
	mux.Handle("/api/search", api)
	mux.Handle("/", http.FileServerFS(th.Static()))
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	return ts
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

func wait(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", js, err)
	}
}

// TestSearchScript drives search.js and site.js in Chromium: "/" focuses
// search, live results, aria-live count, keyboard navigation, facets, and
// the server-needed message when the API fails.
func TestSearchScript(t *testing.T) {
	ctx := browser(t)
	api := &searchAPI{}
	ts := themeServer(t, api)

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/kebijakan/x/"), chromedp.KeyEvent("/")); err != nil {
		t.Fatal(err)
	}
	if id := eval[string](t, ctx, `document.activeElement.id`); id != "q-top" {
		t.Errorf(`"/" focused %q, want the header search box`, id)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/cari/"), chromedp.SendKeys(chromedp.ID("q"), "kompetensi")); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `document.querySelectorAll("#search-results li").length === 2`)
	if q := api.last(); !strings.Contains(q, "q=kompetensi") {
		t.Errorf("API query = %q", q)
	}
	if s := eval[string](t, ctx, `document.getElementById("search-status").textContent`); s != "2 hasil" {
		t.Errorf("status = %q", s)
	}
	if h := eval[string](t, ctx, `document.querySelector(".frag").innerHTML`); h != "pengembangan <mark>kompetensi</mark> &lt;b&gt;" {
		t.Errorf("fragment = %q", h)
	}
	if h := eval[string](t, ctx, `document.querySelector("a.hit-link").getAttribute("href")`); h != "/kebijakan/peningkatan-kualitas-asn/#pasal-1" {
		t.Errorf("hit href = %q", h)
	}
	if s := eval[string](t, ctx, `document.querySelector(".hit .badge").textContent + "|" + document.querySelector(".hit-meta").textContent`); s != "Ditetapkan|Kebijakan Ditetapkan 27 November 2026" {
		t.Errorf("hit meta = %q", s)
	}

	focused := func() string {
		return eval[string](t, ctx, `document.activeElement.id || document.activeElement.textContent`)
	}
	down, up := kb.ArrowDown, kb.ArrowUp
	for i, step := range []struct{ key, want string }{
		{down, "Peningkatan Kualitas ASN"}, {down, "Modul Etika"},
		{down, "Modul Etika"}, {up, "Peningkatan Kualitas ASN"}, {up, "q"},
	} {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(step.key)); err != nil {
			t.Fatal(err)
		}
		if got := focused(); got != step.want {
			t.Errorf("arrow key %d: focus is on %q, want %q", i+1, got, step.want)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#search-facets a"))); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `location.search.includes("type=policy")`)
	if q := api.last(); !strings.Contains(q, "type=policy") {
		t.Errorf("facet click: API query = %q", q)
	}

	if eval[int](t, ctx, `document.querySelectorAll(".pager").length`) != 0 {
		t.Error("pager shown for a single page of results")
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), " banyak")); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `document.querySelector(".pager a[rel=next]") !== null`)
	if h := eval[string](t, ctx, `document.querySelector(".pager a").getAttribute("href")`); !strings.Contains(h, "page=2") || !strings.Contains(h, "type=policy") {
		t.Errorf("next page link = %q", h)
	}

	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), " rusak")); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `!document.getElementById("search-unavailable").hidden`)
}

// TestSiteScript checks the copy-link affordance and that #diff-sbs opens
// the side-by-side comparison.
func TestSiteScript(t *testing.T) {
	ctx := browser(t)
	ts := themeServer(t, &searchAPI{})
	// Headless Chromium has no clipboard permission: record what the script copies.
	stub := `navigator.clipboard.writeText = s => { window.copied = s; return Promise.resolve(); }; true`
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/kebijakan/x/")); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, stub)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`h3 a.anchor`))); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `document.getElementById("toast").classList.contains("show")`)
	if got := eval[string](t, ctx, `window.copied`); got != ts.URL+"/kebijakan/x/#pasal-1-ayat-2" {
		t.Errorf("copied %q", got)
	}
	if got := eval[string](t, ctx, `document.getElementById("toast").textContent`); got != "Tautan disalin" {
		t.Errorf("toast = %q", got)
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/banding/")); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `document.getElementById("diff-sbs").open`) {
		t.Error("side-by-side open without #diff-sbs")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`.tabs a[href="#diff-sbs"]`))); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `document.getElementById("diff-sbs").open`)
}
