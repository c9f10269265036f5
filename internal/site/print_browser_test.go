package site

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/tubei/pustaka/internal/browsertest"
)

// TestPrintPolicy prints the sample site's long policy (print media in
// Chromium, A4 width): the policy prints as the document itself, its
// title, metadata and text, without the site's navigation, search,
// breadcrumbs, footer, the document bar, version picker, contents,
// back-links, version table or any form; links leaving the site print
// their address. A page with a translation leaves its language switch
// out too.
func TestPrintPolicy(t *testing.T) {
	ctx := browsertest.Start(t)
	out := sampleSite().Output
	srv := httptest.NewServer(out.Handler())
	defer srv.Close()
	eval := func(js string) string { return eval[string](t, ctx, js) } // the package's eval, for strings
	printed := func(url string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(794, 1123), chromedp.Navigate(srv.URL+url)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
	}
	// shown lists, of the selectors given, those an element of which is rendered.
	shown := func(sels ...string) string {
		t.Helper()
		return eval(`JSON.stringify(` + "`" + strings.Join(sels, "|") + "`" + `.split("|").filter(s => [...document.querySelectorAll(s)].some(e => e.checkVisibility())))`)
	}

	printed("/kebijakan/peningkatan-kualitas-asn/")
	if got := shown(".site-header", ".site-nav", ".searchbox", ".crumbs", ".site-footer", ".docbar", ".vpick", ".toc",
		".backlinks", ".versions", "form", ".totop-fly", ".prefs", ".anchor", ".hl-bar", ".skip"); got != "[]" {
		t.Errorf("print shows %s", got)
	}
	if got := shown("h1", ".meta", "#isi", ".print-only", "#pasal-1"); got != `["h1",".meta","#isi",".print-only","#pasal-1"]` {
		t.Errorf("print shows only %s of the title, metadata, text, status line and Pasal 1", got)
	}
	if got := eval(`document.querySelector("h1").textContent`); !strings.Contains(got, "Peningkatan Kualitas") {
		t.Errorf("printed title %q", got)
	}
	// A link to another site prints its address after its text.
	got := eval(`(a => { a.href = "https://jdih.lebongkab.go.id/perbup/12"; a.textContent = "Perbup"; document.querySelector("#isi p").append(a); return getComputedStyle(a, "::after").content })(document.createElement("a"))`)
	if !strings.Contains(got, "https://jdih.lebongkab.go.id/perbup/12") {
		t.Errorf("a link to another site prints %s after it, want its address", got)
	}

	// So does a link to another page of the site (the path: the sample
	// sets no baseURL).
	got = eval(`getComputedStyle(document.querySelector('#isi a[href^="/kebijakan/keputusan-pengembangan-kompetensi-2021/"]'), "::after").content`)
	if !strings.Contains(got, "/kebijakan/keputusan-pengembangan-kompetensi-2021/") {
		t.Errorf("a link to another page prints %s after it, want its address", got)
	}

	printed("/about/")
	if got := shown(".langswitch", ".vpick"); got != "[]" {
		t.Errorf("printed translation shows %s", got)
	}
}
