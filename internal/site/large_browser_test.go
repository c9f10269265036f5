package site

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tubei/pustaka/internal/browsertest"
	"github.com/tubei/pustaka/internal/sitetest"
)

// TestLargeDocumentBrowser opens a 1 MB regulation (over the default
// markdown.large) in Chromium: on a phone its contents are folded above
// the text; on a wide screen they are open at the top, not beside the
// text, in a box no taller than 60 % of the window; a link to an article
// far down lands on it although the text before it is not laid out yet
// (content-visibility), and the contents mark that article.
func TestLargeDocumentBrowser(t *testing.T) {
	ctx := browsertest.Start(t)
	dir := t.TempDir()
	sitetest.Write(t, dir, "content/peraturan/besar.md", sitetest.Regulation("Peraturan Besar", 1<<20))
	res := New(Options{Dir: dir, NoHistory: true, ReadOnly: true}).Build(context.Background())
	if res.Diags.Errors() > 0 {
		t.Fatal(res.Diags)
	}
	srv := httptest.NewServer(res.Output.Handler())
	defer srv.Close()
	page := srv.URL + "/peraturan/besar/"
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(page)); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `(t => (t.open ? "open" : "folded") + (t.getBoundingClientRect().bottom < document.getElementById("isi").getBoundingClientRect().top ? ", above the text" : ", not above"))(document.querySelector("details[data-toc]"))`); got != "folded, above the text" {
		t.Errorf("phone: contents %s, want folded, above the text", got)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900), chromedp.Navigate("about:blank"), chromedp.Navigate(page+"#pasal-600")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitTrue(t, ctx, "the contents to mark Pasal 600", `document.querySelector(".toc a[aria-current]")?.getAttribute("aria-label") === "Pasal 600"`)
	if got := eval[float64](t, ctx, `document.getElementById("pasal-600").getBoundingClientRect().top`); got < -2 || got > 80 {
		t.Errorf("#pasal-600 is at %.0f px from the top of the window, want at the top", got)
	}
	if got := eval[string](t, ctx, `(n => { const r = n.getBoundingClientRect(), t = document.getElementById("isi").getBoundingClientRect(), l = n.querySelector("details > ol").getBoundingClientRect(); return (n.querySelector("details").open ? "open" : "folded") + (r.bottom <= t.top ? ", above the text" : ", beside it") + (l.height <= 0.6 * innerHeight + 1 ? ", in a box" : ", " + l.height + " px tall") })(document.querySelector("nav.toc"))`); got != "open, above the text, in a box" {
		t.Errorf("wide screen: contents %s, want open, above the text, in a box", got)
	}
}
