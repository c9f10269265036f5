package theme

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"

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
			{"url": "/kebijakan/peningkatan-kualitas-asn/", "title": "Peningkatan Kualitas ASN",
				"type": "policy", "status": "approved", "date": "2026-11-27",
				"fragments": []string{"pengembangan <mark>kompetensi</mark> &lt;b&gt;"},
				"sections": []map[string]any{
					{"anchor": "pasal-1", "heading": "Pasal 1", "fragment": "pengembangan <mark>kompetensi</mark> &lt;b&gt;"},
					{"anchor": "", "heading": "", "fragment": "ASN yang <mark>berkompeten</mark>"},
				}},
			{"url": "/pelatihan/etika/", "title": "Modul Etika", "type": "training", "date": "", "fragments": []string{}, "sections": []any{}},
		},
		"facets": []map[string]any{{"name": "type", "values": []map[string]any{{"value": "policy", "count": 1}}}},
	})
}

// lastQuery waits up to 5 s for the last query the API got to contain
// want, or with exact to be want (a request may still be under way),
// and returns it.
func lastQuery(a *searchAPI, want string, exact ...bool) string {
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if q := a.last(); (len(exact) > 0 && q == want) || (len(exact) == 0 && strings.Contains(q, want)) {
			return q
		}
	}
	return a.last()
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
	wait(t, ctx, `document.querySelectorAll("#search-results > li").length === 2 && location.search === "?q=kompetensi"`)
	if q := lastQuery(api, "q=kompetensi"); !strings.Contains(q, "q=kompetensi") {
		t.Errorf("API query = %q", q)
	}
	// The facet counts follow once typing pauses, and redraw the list:
	// wait for that last request and its answer.
	if q := lastQuery(api, "q=kompetensi", true); q != "q=kompetensi" {
		t.Fatalf("last API query %q, want the facet counts of q=kompetensi", q)
	}
	wait(t, ctx, `document.querySelectorAll("#search-facets section").length > 0 && document.getElementById("search-status").textContent === "2 hasil"`)
	if s := eval[string](t, ctx, `document.getElementById("search-status").textContent`); s != "2 hasil" {
		t.Errorf("status = %q", s)
	}
	if h := eval[string](t, ctx, `document.querySelector(".frag").innerHTML`); h != "pengembangan <mark>kompetensi</mark> &lt;b&gt;" {
		t.Errorf("fragment = %q", h)
	}
	// A hit is a page, linked with the words to highlight there, with its
	// matching sections under it.
	if h := eval[string](t, ctx, `document.querySelector("a.hit-link").getAttribute("href")`); h != "/kebijakan/peningkatan-kualitas-asn/?cari=kompetensi+berkompeten" {
		t.Errorf("hit href = %q", h)
	}
	if s := eval[string](t, ctx, `[...document.querySelectorAll(".hit-sections a")].map(a => a.textContent + " " + a.getAttribute("href")).join("|")`); s != "Pasal 1 /kebijakan/peningkatan-kualitas-asn/?cari=kompetensi+berkompeten#pasal-1|Pembuka /kebijakan/peningkatan-kualitas-asn/?cari=kompetensi+berkompeten" {
		t.Errorf("sections = %q", s)
	}
	if s := eval[string](t, ctx, `document.querySelector(".hit .badge").textContent + "|" + document.querySelector(".hit-meta").textContent`); s != "Ditetapkan|Kebijakan Ditetapkan 27 November 2026" {
		t.Errorf("hit meta = %q", s)
	}

	focused := func() string {
		return eval[string](t, ctx, `document.activeElement.id || (document.activeElement === document.body ? "BODY" : document.activeElement.textContent)`)
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
	if q := lastQuery(api, "type=policy"); !strings.Contains(q, "type=policy") {
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

// TestSearchOnPhone opens the search page at 390 px: the results come
// first, the filters wait behind "Saring" (with the count of those in
// force) and open and close with it; at 1280 px they stand beside the
// results. With PUSTAKA_SHOTS set it saves screenshots of both.
func TestSearchOnPhone(t *testing.T) {
	ctx := browser(t)
	api := &searchAPI{}
	ts := themeServer(t, api)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(ts.URL+"/cari/"), chromedp.SendKeys(chromedp.ID("q"), "kompetensi")); err != nil {
		t.Fatal(err)
	}
	lastQuery(api, "q=kompetensi", true)
	wait(t, ctx, `document.querySelectorAll("#search-results > li").length === 2 && document.querySelectorAll("#search-facets section").length > 0`)
	toggle := `document.getElementById("filter-toggle").textContent.replace(/\s+/g, " ").trim()`
	if s := eval[string](t, ctx, toggle); s != "Saring" {
		t.Errorf("toggle = %q, want Saring", s)
	}
	hidden := `getComputedStyle(document.getElementById("search-facets")).display === "none" && getComputedStyle(document.getElementById("search-filters")).display === "none"`
	if !eval[bool](t, ctx, hidden) {
		t.Error("filters shown on a phone before Saring is pressed")
	}
	if top := eval[float64](t, ctx, `document.querySelector("#search-results > li").getBoundingClientRect().top`); top > 844/2 {
		t.Errorf("first result at %.0f px on an 844 px screen", top)
	}
	shot(t, ctx, "search-390.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("filter-toggle"))); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, hidden) || eval[string](t, ctx, `document.getElementById("filter-toggle").getAttribute("aria-expanded")`) != "true" {
		t.Error("Saring did not open the filters")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#search-facets a"))); err != nil {
		t.Fatal(err)
	}
	wait(t, ctx, `location.search.includes("type=policy")`)
	if s := eval[string](t, ctx, toggle); s != "Saring 1" {
		t.Errorf("toggle with a filter = %q, want Saring 1", s)
	}
	shot(t, ctx, "search-390-saring.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("filter-toggle"))); err != nil {
		t.Fatal(err)
	}
	if !eval[bool](t, ctx, hidden) {
		t.Error("Saring did not close the filters")
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, `getComputedStyle(document.getElementById("filter-toggle")).display !== "none"`) || eval[bool](t, ctx, hidden) {
		t.Error("at 1280 px the filters must stand beside the results, without the toggle")
	}
	shot(t, ctx, "search-1280.png")
}

// TestHighlightOnLanding opens a page as a search result does (?cari=):
// the words are marked, whole words only, and the bar's button clears
// the marks and the parameter.
func TestHighlightOnLanding(t *testing.T) {
	ctx := browser(t)
	ts := themeServer(t, &searchAPI{})
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(ts.URL+"/kebijakan/x/?cari=kompetensi+asn")); err != nil {
		t.Fatal(err)
	}
	marks := `[...document.querySelectorAll("main mark.hl")].map(m => m.textContent.toLowerCase())`
	got := eval[[]string](t, ctx, marks)
	if len(got) == 0 {
		t.Fatal("no word marked")
	}
	for _, m := range got {
		if m != "kompetensi" && m != "asn" {
			t.Errorf("marked %q", m)
		}
	}
	if eval[bool](t, ctx, `document.getElementById("hl-bar").hidden`) {
		t.Error("the highlight bar is hidden")
	}
	shot(t, ctx, "highlight-390.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#hl-bar button"))); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main mark.hl").length`); n != 0 || !eval[bool](t, ctx, `document.getElementById("hl-bar").hidden`) || eval[string](t, ctx, `location.search`) != "" {
		t.Errorf("after clearing: %d marks, search %q", n, eval[string](t, ctx, `location.search`))
	}
}

// shot saves a PNG screenshot of the whole page to $PUSTAKA_SHOTS, if
// set, to look at.
func shot(t *testing.T, ctx context.Context, name string) {
	out := os.Getenv("PUSTAKA_SHOTS")
	if out == "" {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, name), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVersionPicker opens a document with two versions on a phone: the
// picker under the title names the version shown, opens from the
// keyboard, lists the versions with the shown one marked, and closes on
// Escape (focus back on it) and on a tap elsewhere.
func TestVersionPicker(t *testing.T) {
	ctx := browser(t)
	ts := themeServer(t, &searchAPI{})
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740), chromedp.Navigate(ts.URL+"/kebijakan/x/")); err != nil {
		t.Fatal(err)
	}
	state := `(p => p.open + " " + p.querySelector("ul").checkVisibility() + " " + document.activeElement.tagName)(document.querySelector("details.vpick"))`
	if got := eval[string](t, ctx, `document.querySelector("details.vpick summary").textContent`); !strings.Contains(got, "Versi Draf II") {
		t.Errorf("picker says %q, want the version shown", got)
	}
	if got := eval[float64](t, ctx, `document.querySelector("details.vpick").getBoundingClientRect().top - document.querySelector("h1").getBoundingClientRect().bottom`); got < 0 || got > 40 {
		t.Errorf("picker %v px under the title, want right under it", got)
	}
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("details.vpick summary")), chromedp.KeyEvent("\r")); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, state); got != "true true SUMMARY" {
		t.Errorf("after Enter: %q, want the list open", got)
	}
	if got := eval[string](t, ctx, `[...document.querySelectorAll("details.vpick li a")].map(a => a.textContent + (a.getAttribute("aria-current") ? "*" : "") + " " + a.getAttribute("href")).join(", ")`); got != "Draf II* /kebijakan/peningkatan-kualitas-asn/, Draf I /kebijakan/peningkatan-kualitas-asn/v/v1/, Riwayat dan perbandingan versi #versions-title" {
		t.Errorf("picker lists %q", got)
	}
	if got := eval[float64](t, ctx, `document.querySelector("details.vpick li a").getBoundingClientRect().height`); got < 20 {
		t.Errorf("version links %v px high: too small to tap", got)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, state); got != "false false SUMMARY" {
		t.Errorf("after Tab, Escape: %q, want it closed with focus on its summary", got)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, state); got != "true true SUMMARY" {
		t.Errorf("after Space: %q, want it open", got)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#isi p"))); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `String(document.querySelector("details.vpick").open)`); got != "false" {
		t.Error("a tap elsewhere left the picker open")
	}
}
