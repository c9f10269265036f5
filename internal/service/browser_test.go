package service

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tubei/pustaka/internal/browsertest"
	"github.com/tubei/pustaka/internal/searchlog"
	"github.com/tubei/pustaka/internal/sitetest"
)

// TestBrowser drives headless Chromium against `pustaka serve` on a test
// site: an edit appears in the open page by itself, the search page finds
// as you type, and a broken front matter shows the problem panel until the
// file is fixed.
func TestBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	dir, srv, _ := startLive(t)

	// 1. Edit a file; the open page shows the new text without the test navigating.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/pelatihan/tiga/"), chromedp.WaitVisible(chromedp.CSS("main"))); err != nil {
		t.Fatal(err)
	}
	sitetest.Save(t, dir, "content/pelatihan/tiga.md", "---\ntitle: Modul Tiga\nweight: 3\nlevel: lanjut\nduration: 45\n---\n## Materi\n\nPeserta menyusun rencana aksi perubahan.\n")
	browsertest.WaitTrue(t, ctx, "the edited text", `document.body.innerText.includes("rencana aksi perubahan")`)

	// 2. Break the front matter: the problem panel names file:line; fix it: the panel goes.
	bad := "---\ntitle: Modul Tiga\nweight: 3\nlevel: pakar\nduration: 45\n---\n## Materi\n\nPeserta menyusun rencana aksi perubahan.\n"
	sitetest.Save(t, dir, "content/pelatihan/tiga.md", bad)
	browsertest.WaitTrue(t, ctx, "the problem panel", `(document.getElementById("pustaka-problems")||{innerText:""}).innerText.includes("content/pelatihan/tiga.md:4:8")`)
	sitetest.Save(t, dir, "content/pelatihan/tiga.md", strings.Replace(bad, "pakar", "lanjut", 1))
	browsertest.WaitTrue(t, ctx, "the problem panel to clear", `!document.getElementById("pustaka-problems") || document.getElementById("pustaka-problems").offsetParent === null`)

	// 3. Type into the search page; results appear as you type, in another word form.
	// A new tab: the first one may still be reloading after the last edit, and
	// a reload landing while the test types would take the search box away.
	tab, closeTab := chromedp.NewContext(ctx)
	defer closeTab()
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/cari/"), chromedp.SendKeys(chromedp.ID("q"), "penyusunan rencana")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, tab, "search results for the new text", `[...document.querySelectorAll("main a")].some(a => a.getAttribute("href").startsWith("/pelatihan/tiga/"))`)
}

// TestBrowserSuggestionTaken types a misspelt word on the search page:
// the "Maksud Anda" link appears as you type, and following it is
// recorded in the search log as a suggestion taken.
func TestBrowserSuggestionTaken(t *testing.T) {
	ctx := browsertest.Start(t)
	_, srv, live := startLive(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/cari/"), chromedp.SendKeys(chromedp.ID("q"), "pelatihn")); err != nil {
		t.Fatal(err)
	}
	// Answers to the words typed so far re-make the status line: wait for
	// the link of the whole word in one look, not for a link then its href.
	browsertest.WaitTrue(t, ctx, "the suggestion link of the whole word",
		`(a => !!a && a.getAttribute("href").includes("from=pelatihn") && a.getAttribute("href").includes("q=pelatihan"))(document.querySelector("#search-status a"))`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#search-status a"))); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, ctx, "the suggested search", `document.getElementById("q").value === "pelatihan" && location.search.includes("from=")`)
	if err := live.slog.log.Flush(); err != nil {
		t.Fatal(err)
	}
	es, err := searchlog.ReadFile(SearchLogPath(live.svc.opts.Dir))
	if err != nil {
		t.Fatal(err)
	}
	s := searchlog.Summarize(es, "")
	if len(s.Suggestions) != 1 || s.Suggestions[0].Query != "pelatihn" || s.Suggestions[0].Suggestion != "pelatihan" {
		t.Errorf("recorded suggestions %+v", s.Suggestions)
	}
}
